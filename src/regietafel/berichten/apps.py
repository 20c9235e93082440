from django.apps import AppConfig


class BerichtenConfig(AppConfig):
    name = "regietafel.berichten"
    verbose_name = "Berichten (e-mail)"
    default_auto_field = "django.db.models.BigAutoField"
