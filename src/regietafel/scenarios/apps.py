from django.apps import AppConfig


class ScenariosConfig(AppConfig):
    name = "regietafel.scenarios"
    verbose_name = "Scenario's"
    default_auto_field = "django.db.models.BigAutoField"
