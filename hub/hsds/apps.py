from django.apps import AppConfig


class HsdsConfig(AppConfig):
    name = "hub.hsds"
    label = "hsds"
