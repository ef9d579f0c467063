from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CountersConfig(AppConfig):
    name = "hub.counters"
    label = "counters"
    verbose_name = _("Anonymous counters")

    def ready(self):
        from django.core.signals import request_finished

        from search.signals import match_answered

        from .recording import count_match, flush_if_due

        match_answered.connect(count_match, dispatch_uid="counters_match")
        # After the response has gone: a family never waits for a counter.
        request_finished.connect(flush_if_due, dispatch_uid="counters_flush")
