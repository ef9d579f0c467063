from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "hub.translations"
    label = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from wagtail.signals import page_published

        from .coverage import record_published

        page_published.connect(record_published, dispatch_uid="translations-record")
