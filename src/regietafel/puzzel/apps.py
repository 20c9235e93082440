from django.apps import AppConfig


class PuzzelConfig(AppConfig):
    name = "regietafel.puzzel"
