from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EquityConfig(AppConfig):
    name = "hub.equity"
    label = "equity"
    verbose_name = _("Equity data")
