"""A wagtail.contrib.frontend_cache backend that remembers what it was asked to purge (Wagtail's
own MockBackend lives in a module that needs the Azure SDK)."""

from wagtail.contrib.frontend_cache.backends import BaseBackend

PURGED_URLS = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED_URLS.append(url)
