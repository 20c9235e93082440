from django.apps import AppConfig


class CycliConfig(AppConfig):
    name = "regietafel.cycli"
    verbose_name = "Cycli"
