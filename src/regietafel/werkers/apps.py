from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WerkersConfig(AppConfig):
    name = "regietafel.werkers"
    verbose_name = _("achtergrondwerkers")
    default_auto_field = "django.db.models.BigAutoField"
