from django.apps import AppConfig


class UitruilConfig(AppConfig):
    name = "regietafel.uitruil"
    verbose_name = "Uitruil tussen gemeenten"
    default_auto_field = "django.db.models.BigAutoField"
