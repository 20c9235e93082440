from django.apps import AppConfig


class OekraineConfig(AppConfig):
    name = "regietafel.oekraine"
    verbose_name = "Opvang Oekraïense ontheemden"
