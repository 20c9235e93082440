"""The consultation (*consultatie*) of the municipalities: the question the province asks at
the start of a cycle, and each municipality's answer."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.modelbouw import (
    EenPerEigenaar,
    bij_provincie_cyclus,
    gebruiker,
    opties,
    uniek,
    versieveld,
)
from regietafel.provincies.models import Gemeente


class Voortzetten(models.TextChoices):
    """Does the municipality continue its current commitments?"""

    JA = "ja", _("ja")
    NEE = "nee", _("nee")
    DEELS = "deels", _("gedeeltelijk")


class Consultatie(EenPerEigenaar):
    provincie_cyclus = bij_provincie_cyclus("consultatie", soort=models.OneToOneField)
    # Answers are due before this date ("voor 1 april"): received on it is late.
    antwoord_voor = models.DateField(_("antwoord voor"))
    toelichting = models.TextField(_("toelichting"), blank=True)
    geopend_op = models.DateTimeField(_("geopend op"))
    geopend_door = gebruiker()
    history = HistoricalRecords()

    Meta = opties(_("consultatie"), _("consultaties"))


class Antwoord(models.Model):
    """A municipality's answer. `aanbod` is {category: {year: places or None}};
    `ingevoerd_door` is who typed it in: the municipality itself, or province staff for an
    answer received by letter (`per_brief`)."""

    consultatie = models.ForeignKey(
        Consultatie, on_delete=models.CASCADE, related_name="antwoorden"
    )
    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="+")
    voortzetten = models.CharField(
        _("huidige afspraken voortzetten"), max_length=10, choices=Voortzetten.choices
    )
    aanbod = models.JSONField(_("aanbod"), default=dict)
    opmerking = models.TextField(_("opmerkingen"), blank=True)
    ontvangen_op = models.DateField(_("ontvangen op"))
    per_brief = models.BooleanField(_("per brief ontvangen"), default=False)
    ingevoerd_op = models.DateTimeField(_("ingevoerd op"))
    ingevoerd_door = gebruiker()
    # Moved on by every save, so that two people entering the same letter conflict.
    versie = versieveld()
    history = HistoricalRecords()

    Meta = opties(
        _("antwoord"),
        _("antwoorden"),
        constraints=[uniek("een_antwoord_per_gemeente", "consultatie", "gemeente")],
    )

    def __str__(self) -> str:
        return f"Antwoord {self.gemeente}"
