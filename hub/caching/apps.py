from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "hub.caching"
    label = "hub_caching"
    verbose_name = "Caching"

    def ready(self):
        from . import receivers

        receivers.connect()
