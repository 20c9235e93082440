from django.apps import AppConfig


class PublicatiesConfig(AppConfig):
    name = "regietafel.publicaties"
    verbose_name = "Publicaties en bekrachtigingen"
    default_auto_field = "django.db.models.BigAutoField"
