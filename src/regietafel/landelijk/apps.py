from django.apps import AppConfig


class LandelijkConfig(AppConfig):
    name = "regietafel.landelijk"
