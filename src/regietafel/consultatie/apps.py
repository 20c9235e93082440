from django.apps import AppConfig


class ConsultatieConfig(AppConfig):
    name = "regietafel.consultatie"
    verbose_name = "Consultatie"
    default_auto_field = "django.db.models.BigAutoField"
