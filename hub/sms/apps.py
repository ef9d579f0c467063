from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SmsConfig(AppConfig):
    name = "hub.sms"
    label = "sms"
    verbose_name = _("Search by text message")

    def ready(self):
        from . import checks  # noqa: F401  (registers the configuration check)
