from django.apps import AppConfig


class VerdelingenConfig(AppConfig):
    name = "regietafel.verdelingen"
    verbose_name = "Verdelingen"
    default_auto_field = "django.db.models.BigAutoField"
