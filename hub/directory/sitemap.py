"""/sitemap.xml: every live page, once per hub language, with hreflang alternates."""

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from wagtail.contrib.sitemaps import Sitemap


class MultilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    @property
    def languages(self):
        return [code for code, _name in settings.HUB_LANGUAGES]

    def _urls(self, page, protocol, domain):
        # Django's own i18n sitemap loop: one entry per (page, language), each located
        # with that language active, so Wagtail's URLs carry the right prefix.
        return super(Sitemap, self)._urls(page, protocol, domain)

    def location(self, obj):
        # Root-relative, resolved under the language Django's i18n loop has activated.
        return obj.get_url(self.request)


def sitemap_view(request):
    return sitemap_views.sitemap(request, sitemaps={"pages": MultilingualSitemap(request)})
