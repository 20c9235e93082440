"""Cycles of the law and each province's inputs for a cycle."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.domain.openbaarheid import KEUZES_OPENBAAR_VANAF, STANDAARD_OPENBAAR_VANAF
from regietafel.provincies.models import Provincie

OPENBAAR_VANAF_KEUZES = [(f.value, f.label) for f in KEUZES_OPENBAAR_VANAF]


class Cyclus(models.Model):
    naam = models.CharField(_("naam"), max_length=20, unique=True)
    jaren = models.JSONField(_("jaren"))
    landelijke_behoefte = models.PositiveIntegerField(_("landelijke behoefte"))
    # Empty (NULL) while the national AMV part is not yet known; never 0 for unknown.
    amv_landelijk = models.PositiveIntegerField(
        _("waarvan AMV"), null=True, blank=True, help_text=_("leeg: nog niet bekend")
    )
    # The rule parameters (amounts, thresholds, rounding) of this cycle; see domain.model.Regels.
    # An amount per place that is not yet known is null.
    regels = models.JSONField(_("regels"))
    # Moved on by every change through services.cyclusinvoer, so concurrent edits conflict.
    versie = models.PositiveIntegerField(_("versie"), default=1)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("cyclus")
        verbose_name_plural = _("cycli")
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam


class ProvincieCyclus(models.Model):
    provincie = models.ForeignKey(Provincie, on_delete=models.PROTECT, related_name="cycli")
    cyclus = models.ForeignKey(Cyclus, on_delete=models.PROTECT, related_name="provincies")
    oekraine_opgave = models.PositiveIntegerField(_("provinciale Oekraïne-opgave"))
    # Set by the ministry; empty (NULL) while not yet known, never 0 for unknown.
    spuk3_pot = models.PositiveIntegerField(
        _("SPUK 3-budget (euro)"), null=True, blank=True, help_text=_("leeg: nog niet bekend")
    )
    provincie_bedrag = models.PositiveIntegerField(
        _("bedrag provincie (euro)"), null=True, blank=True, help_text=_("leeg: nog niet bekend")
    )
    kolomjaren = models.JSONField(_("jaren per kolom"), default=dict, blank=True)
    # Published figures are readable by the public, without logging in.
    gepubliceerd = models.BooleanField(_("gepubliceerd"), default=False)
    # From this phase of the pipeline on, the name, remarks and phase sources of a location
    # are public; before it only its municipality, the province and the ministry read them
    # (domain.openbaarheid, services.openbaarheid).
    locaties_openbaar_vanaf = models.CharField(
        _("naam en bijzonderheden van locaties openbaar vanaf fase"),
        max_length=20,
        choices=OPENBAAR_VANAF_KEUZES,
        default=STANDAARD_OPENBAAR_VANAF.value,
    )
    versie = models.PositiveIntegerField(_("versie"), default=1)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("provincie in cyclus")
        verbose_name_plural = _("provincies in cyclus")
        constraints = [
            models.UniqueConstraint(fields=["provincie", "cyclus"], name="uniek_provincie_cyclus")
        ]

    def __str__(self) -> str:
        return f"{self.provincie} {self.cyclus}"


class Gegevensstand(models.Model):
    """One row per stored change to the data (see services.stand, ADR 0005): the stand,
    the key under which computed pages may be reused, is the sum over the rows. A writer
    only inserts, so no writer waits for another's lock; old rows are merged into one
    row with their sums from time to time."""

    aantal = models.PositiveBigIntegerField(_("aantal wijzigingen"), default=1)
    getal = models.BigIntegerField(_("willekeurig getal"))

    class Meta:
        verbose_name = _("gegevensstand")
        verbose_name_plural = _("gegevensstand")

    def __str__(self) -> str:
        return f"{self.aantal} × {self.getal:x}"
