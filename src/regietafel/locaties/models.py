"""Reception locations (*opvanglocaties*) of a municipality."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.domain.model import LocatieSoort, LocatieStatus
from regietafel.domain.pijplijn import FASEN
from regietafel.provincies.models import Gemeente

SOORTEN = [
    (LocatieSoort.REGULIER.value, _("regulier")),
    (LocatieSoort.AMV.value, _("AMV")),
    (LocatieSoort.TGO.value, _("bijzonder: TGO")),
    (LocatieSoort.NO.value, _("bijzonder: noodopvang")),
    (LocatieSoort.GEZINSLOCATIE.value, _("gezinslocatie")),
    (LocatieSoort.HTL.value, _("HTL")),
]
STATUSSEN = [
    (LocatieStatus.GEPLAND.value, _("gepland")),
    (LocatieStatus.GEREALISEERD.value, _("gerealiseerd")),
]
FASE_KEUZES = [(f.value, f.label) for f in FASEN]


class Locatie(models.Model):
    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="locaties")
    naam = models.CharField(_("naam"), max_length=200, blank=True)
    plaatsen = models.PositiveIntegerField(_("plaatsen"))
    soort = models.CharField(_("soort"), max_length=20, choices=SOORTEN)
    status = models.CharField(_("status"), max_length=20, choices=STATUSSEN)
    beschikbaar_van = models.DateField(_("beschikbaar van"), null=True, blank=True)
    beschikbaar_tot = models.DateField(_("beschikbaar tot"), null=True, blank=True)
    onbepaalde_tijd = models.BooleanField(_("onbepaalde tijd"), default=False)
    opmerking = models.TextField(_("bijzonderheden"), blank=True)
    # Cells of the source that could not be read as their type, kept to be reported:
    # a list of [field, text] pairs (e.g. ["beschikbaar_van", "28"]).
    onleesbaar = models.JSONField(_("onleesbare invoer"), default=list, blank=True)
    volgorde = models.PositiveIntegerField(_("volgorde"), default=0)
    # The last phase of the pipeline, kept here (from `fasen`) so that a move is a change of
    # the location: versioned, and in its history with the source as the reason.
    fase = models.CharField(_("fase"), max_length=20, choices=FASE_KEUZES, blank=True)
    gepland_in_gebruik = models.DateField(_("gepland in gebruik"), null=True, blank=True)
    versie = models.PositiveIntegerField(_("versie"), default=1)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("opvanglocatie")
        verbose_name_plural = _("opvanglocaties")
        ordering = ["gemeente__naam", "volgorde", "id"]

    def __str__(self) -> str:
        return f"{self.gemeente}: {self.plaatsen} ({self.soort})"


class Faseovergang(models.Model):
    """A location reaching a phase of the pipeline on a date, known from a source; append-only."""

    locatie = models.ForeignKey(Locatie, on_delete=models.CASCADE, related_name="fasen")
    fase = models.CharField(_("fase"), max_length=20, choices=FASE_KEUZES)
    datum = models.DateField(_("datum"))
    bron = models.CharField(_("bron"), max_length=300)
    ingevoerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("ingevoerd door"),
    )
    ingevoerd_op = models.DateTimeField(_("ingevoerd op"))

    class Meta:
        verbose_name = _("faseovergang")
        verbose_name_plural = _("faseovergangen")
        ordering = ["locatie", "datum", "id"]

    def __str__(self) -> str:
        return f"{self.locatie}: {self.get_fase_display()} op {self.datum:%d-%m-%Y}"
