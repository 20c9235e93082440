from django.apps import AppConfig


class BronnenConfig(AppConfig):
    name = "regietafel.bronnen"
    verbose_name = "Bronnen van cijfers"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from regietafel.bronnen.services import verbind_opruimen  # lazy: AppConfig.ready()

        verbind_opruimen()
