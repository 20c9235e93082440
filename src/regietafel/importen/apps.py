from django.apps import AppConfig


class ImportenConfig(AppConfig):
    name = "regietafel.importen"
    verbose_name = "Importen"

    def ready(self) -> None:
        # The import kinds of issue 15 register their planners in importen.services.
        from regietafel.importen import soorten  # noqa: F401  # lazy: needs the models loaded
