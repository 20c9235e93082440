from django.apps import AppConfig


class VerdeelbesluitenConfig(AppConfig):
    name = "regietafel.verdeelbesluiten"
    verbose_name = "Verdeelbesluiten"
    default_auto_field = "django.db.models.BigAutoField"
