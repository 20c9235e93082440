"""A *scenario*: a named set of solver parameters and the result it gave, per province and
cycle. The parameters and the result are JSON in the shape of services.oplossen."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from regietafel.modelbouw import bij_provincie_cyclus, gebruiker, nieuwste_eerst, opties, uniek


class Scenario(models.Model):
    provincie_cyclus = bij_provincie_cyclus("scenarios", models.CASCADE)
    naam = models.CharField(_("naam"), max_length=200)
    parameters = models.JSONField(_("parameters"), default=dict)
    resultaat = models.JSONField(_("resultaat"), default=dict)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    aangemaakt_door = gebruiker(models.SET_NULL, null=True, blank=True)

    Meta = opties(
        _("scenario"),
        _("scenario's"),
        ordering=nieuwste_eerst("aangemaakt_op"),
        constraints=[uniek("uniek_scenario_per_cyclus", "provincie_cyclus", "naam")],
    )

    def __str__(self) -> str:
        return self.naam
