from django.apps import AppConfig


class ProvinciesConfig(AppConfig):
    name = "regietafel.provincies"
    verbose_name = "Provincies en gemeenten"
