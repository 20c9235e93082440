"""Reception locations (*opvanglocaties*) of a municipality."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.domain.model import LocatieSoort, LocatieStatus
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
    versie = models.PositiveIntegerField(_("versie"), default=1)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("opvanglocatie")
        verbose_name_plural = _("opvanglocaties")
        ordering = ["gemeente__naam", "volgorde", "id"]

    def __str__(self) -> str:
        return f"{self.gemeente}: {self.plaatsen} ({self.soort})"
