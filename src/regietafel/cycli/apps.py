from django.apps import AppConfig, apps


class CycliConfig(AppConfig):
    name = "regietafel.cycli"
    verbose_name = "Cycli"

    def ready(self) -> None:
        from regietafel.services.stand import volg_wijzigingen  # lazy: AppConfig.ready()

        volg_wijzigingen(
            {c.label for c in apps.get_app_configs() if c.name.startswith("regietafel.")}
        )
