from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VerslagenConfig(AppConfig):
    name = "regietafel.verslagen"
    verbose_name = _("verslagen")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Connects the receiver.
        from regietafel.verslagen import signalen  # noqa: F401  # lazy: AppConfig.ready()
