from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo region (`manage.py load_demo`). It may import every other part of the hub; no
    other part imports it (docs/architecture.md)."""

    name = "hub.demo"
    label = "demo"
    verbose_name = "Demo region"
