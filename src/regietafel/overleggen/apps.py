from django.apps import AppConfig


class OverleggenConfig(AppConfig):
    name = "regietafel.overleggen"
    verbose_name = "PRT-overleggen"
    default_auto_field = "django.db.models.BigAutoField"
