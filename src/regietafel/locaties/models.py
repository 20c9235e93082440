"""Reception locations (*opvanglocaties*) of a municipality."""

from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.domain import model as d
from regietafel.domain import pijplijn as p
from regietafel.domain.pijplijn import FASEN
from regietafel.locaties.soorten import SOORTEN, STATUSSEN
from regietafel.modelbouw import gebruiker, opties, versieveld, volgens
from regietafel.provincies.models import Gemeente

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
    versie = versieveld()
    history = HistoricalRecords()

    Meta = opties(
        _("opvanglocatie"), _("opvanglocaties"), ordering=volgens("gemeente__naam", "volgorde")
    )

    def __str__(self) -> str:
        return f"{self.gemeente}: {self.plaatsen} ({self.soort})"

    def to_domain(self) -> d.Locatie:
        """The location with its phases (prefetch `gemeente` and `fasen` for many)."""
        return d.Locatie(
            cbs_code=self.gemeente.cbs_code,
            plaatsen=self.plaatsen,
            soort=d.LocatieSoort(self.soort),
            status=d.LocatieStatus(self.status),
            beschikbaar_van=self.beschikbaar_van,
            beschikbaar_tot=self.beschikbaar_tot,
            onbepaalde_tijd=self.onbepaalde_tijd,
            opmerking=self.opmerking,
            naam=self.naam,
            onleesbaar=tuple((veld, tekst) for veld, tekst in self.onleesbaar),
            fasen=tuple(f.to_domain() for f in self.fasen.all()),
            gepland_in_gebruik=self.gepland_in_gebruik,
        )

    @staticmethod
    def domain_fields(loc: d.Locatie) -> dict[str, Any]:
        """The stored fields of `loc` (all but its municipality and place in the list);
        `fase` is its last phase."""
        return {
            "naam": loc.naam,
            "plaatsen": loc.plaatsen,
            "soort": loc.soort.value,
            "status": loc.status.value,
            "beschikbaar_van": loc.beschikbaar_van,
            "beschikbaar_tot": loc.beschikbaar_tot,
            "onbepaalde_tijd": loc.onbepaalde_tijd,
            "opmerking": loc.opmerking,
            "onleesbaar": [list(paar) for paar in loc.onleesbaar],
            "fase": loc.fasen[-1].fase.value if loc.fasen else "",
            "gepland_in_gebruik": loc.gepland_in_gebruik,
        }


class Faseovergang(models.Model):
    """A location reaching a phase of the pipeline on a date, known from a source; append-only."""

    locatie = models.ForeignKey(Locatie, on_delete=models.CASCADE, related_name="fasen")
    fase = models.CharField(_("fase"), max_length=20, choices=FASE_KEUZES)
    datum = models.DateField(_("datum"))
    bron = models.CharField(_("bron"), max_length=300)
    ingevoerd_door = gebruiker(
        models.SET_NULL, null=True, blank=True, verbose_name=_("ingevoerd door")
    )
    ingevoerd_op = models.DateTimeField(_("ingevoerd op"))

    Meta = opties(_("faseovergang"), _("faseovergangen"), ordering=volgens("locatie", "datum"))

    def __str__(self) -> str:
        return f"{self.locatie}: {self.get_fase_display()} op {self.datum:%d-%m-%Y}"

    def to_domain(self) -> p.Faseovergang:
        return p.Faseovergang(p.Fase(self.fase), self.datum, self.bron)

    @classmethod
    def from_domain(
        cls,
        locatie: Locatie,
        f: p.Faseovergang,
        door: AbstractBaseUser | None,
        op: datetime,
    ) -> "Faseovergang":
        """An unsaved row of `locatie` reaching `f`, entered by `door` at `op`."""
        return cls(
            locatie=locatie,
            fase=f.fase.value,
            datum=f.datum,
            bron=f.bron,
            ingevoerd_door=door,
            ingevoerd_op=op,
        )
