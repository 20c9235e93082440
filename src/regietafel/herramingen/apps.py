from django.apps import AppConfig


class HerramingenConfig(AppConfig):
    name = "regietafel.herramingen"
    verbose_name = "Herramingen"
    default_auto_field = "django.db.models.BigAutoField"
