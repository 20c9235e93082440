"""Cycles of the law and each province's inputs for a cycle."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.data import regels_naar_dict, regels_uit_dict
from regietafel.domain import model as d
from regietafel.domain.openbaarheid import KEUZES_OPENBAAR_VANAF, STANDAARD_OPENBAAR_VANAF
from regietafel.domain.plaatsen import cyclusgegevens
from regietafel.modelbouw import opties, uniek, versieveld, waarden
from regietafel.provincies.models import Gemeente, Provincie

if TYPE_CHECKING:  # the targets, offers and locations refer to this module's models
    from regietafel.locaties.models import Locatie
    from regietafel.opgaven.models import Aanbod, Opgave

OPENBAAR_VANAF_KEUZES = [(f.value, f.label) for f in KEUZES_OPENBAAR_VANAF]
# The fields of a cycle, and of a province's inputs for it, stored as the domain has them.
CYCLUSVELDEN = ("naam", "landelijke_behoefte", "amv_landelijk")
OPGAVEVELDEN = ("oekraine_opgave", "spuk3_pot", "provincie_bedrag", "kolomjaren", "gepubliceerd")


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
    versie = versieveld()
    history = HistoricalRecords()

    Meta = opties(_("cyclus"), _("cycli"), ordering=["naam"])

    def __str__(self) -> str:
        return self.naam

    def to_domain(self) -> d.Cyclus:
        return d.Cyclus(
            **waarden(self, CYCLUSVELDEN),
            jaren=tuple(self.jaren),
            regels=regels_uit_dict(self.regels),
        )

    @staticmethod
    def domain_fields(c: d.Cyclus) -> dict[str, Any]:
        """The stored fields of `c` (all but its name)."""
        return {
            "jaren": list(c.jaren),
            "landelijke_behoefte": c.landelijke_behoefte,
            "amv_landelijk": c.amv_landelijk,
            "regels": regels_naar_dict(c.regels),
        }


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
    versie = versieveld()
    history = HistoricalRecords()

    Meta = opties(
        _("provincie in cyclus"),
        _("provincies in cyclus"),
        constraints=[uniek("uniek_provincie_cyclus", "provincie", "cyclus")],
    )

    def __str__(self) -> str:
        return f"{self.provincie} {self.cyclus}"

    def to_domain(
        self,
        gemeenten: Iterable[Gemeente],
        opgaven: Iterable[Opgave],
        aanbod: Iterable[Aanbod],
        locaties: Iterable[Locatie],
    ) -> d.CyclusGegevens:
        """All inputs of this province in this cycle as domain objects, from its stored
        municipalities (in order), their targets and offers of this cycle, and the
        locations (with their phases prefetched); the caller reads the rows."""
        gemeenten = list(gemeenten)
        return cyclusgegevens(
            provincie=self.provincie.to_domain(),
            cyclus=self.cyclus.to_domain(),
            provincie_opgave=self.opgave_to_domain(),
            gemeenten=tuple(g.to_domain() for g in gemeenten),
            cijfers=_cijfers_to_domain(gemeenten, opgaven, aanbod),
            locaties=tuple(loc.to_domain() for loc in locaties),
        )

    def opgave_to_domain(self) -> d.ProvincieOpgave:
        return d.ProvincieOpgave(**waarden(self, OPGAVEVELDEN))

    @staticmethod
    def domain_fields(po: d.ProvincieOpgave) -> dict[str, Any]:
        """The stored fields of `po` (its years per column as a plain dict)."""
        return {**waarden(po, OPGAVEVELDEN), "kolomjaren": dict(po.kolomjaren)}


def _cijfers_to_domain(
    gemeenten: list[Gemeente], opgaven: Iterable[Opgave], aanbod: Iterable[Aanbod]
) -> dict[str, d.GemeenteCijfers]:
    per_id = {g.id: g.cbs_code for g in gemeenten}
    opgave: dict[str, dict[d.Categorie, int | None]] = {c: {} for c in per_id.values()}
    realisatie: dict[str, dict[d.Categorie, int | None]] = {c: {} for c in per_id.values()}
    ambitie: dict[str, int | None] = {}
    for o in opgaven:
        code, cat = per_id[o.gemeente_id], d.Categorie(o.categorie)
        opgave[code][cat] = o.opgave
        realisatie[code][cat] = o.realisatie
        if cat is d.Categorie.OEKRAINE:
            ambitie[code] = o.ambitie
    per_jaar: dict[str, dict[tuple[d.Categorie, int], int | None]] = {
        c: {} for c in per_id.values()
    }
    for a in aanbod:
        per_jaar[per_id[a.gemeente_id]][(d.Categorie(a.categorie), a.jaar)] = a.plaatsen
    return {
        code: d.GemeenteCijfers(
            cbs_code=code,
            opgave=opgave[code],
            realisatie=realisatie[code],
            oekraine_ambitie=ambitie.get(code),
            aanbod=per_jaar[code],
        )
        for code in per_id.values()
    }


class Gegevensstand(models.Model):
    """One row per stored change to the data (see services.stand, ADR 0005): the stand,
    the key under which computed pages may be reused, is the sum over the rows. A writer
    only inserts, so no writer waits for another's lock; old rows are merged into one
    row with their sums from time to time."""

    aantal = models.PositiveBigIntegerField(_("aantal wijzigingen"), default=1)
    getal = models.BigIntegerField(_("willekeurig getal"))

    Meta = opties(_("gegevensstand"))

    def __str__(self) -> str:
        return f"{self.aantal} × {self.getal:x}"
