from django.apps import AppConfig


class NoodopvangConfig(AppConfig):
    name = "regietafel.noodopvang"
    verbose_name = "Reserve noodopvang"
