"""A *scenario*: a named set of solver parameters and the result it gave, per province and
cycle. The parameters and the result are JSON in the shape of services.oplossen."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from regietafel.cycli.models import ProvincieCyclus


class Scenario(models.Model):
    provincie_cyclus = models.ForeignKey(
        ProvincieCyclus, on_delete=models.CASCADE, related_name="scenarios"
    )
    naam = models.CharField(_("naam"), max_length=200)
    parameters = models.JSONField(_("parameters"), default=dict)
    resultaat = models.JSONField(_("resultaat"), default=dict)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("scenario")
        verbose_name_plural = _("scenario's")
        ordering = ["-aangemaakt_op", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["provincie_cyclus", "naam"], name="uniek_scenario_per_cyclus"
            )
        ]

    def __str__(self) -> str:
        return self.naam
