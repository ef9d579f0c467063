from django.apps import AppConfig


class HsdsConfig(AppConfig):
    name = "hub.hsds"
    label = "hsds"

    def ready(self):
        from . import signals

        signals.connect()
