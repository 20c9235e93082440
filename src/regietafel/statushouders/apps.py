from django.apps import AppConfig


class StatushoudersConfig(AppConfig):
    name = "regietafel.statushouders"
    verbose_name = "Huisvesting statushouders"
