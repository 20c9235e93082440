from django.apps import AppConfig


class ImportenConfig(AppConfig):
    name = "regietafel.importen"
    verbose_name = "Importen"
