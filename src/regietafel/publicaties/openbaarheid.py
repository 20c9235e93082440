"""Who reads the details of a location that is not yet public, and the province's setting
of the phase from which they are (issue 22, domain.openbaarheid).

The places, kind and municipality of every location are read by whoever reads the figures.
Its name, remarks and the sources of its phases, before the location reaches the phase set
for the province's cycle (`ProvincieCyclus.locaties_openbaar_vanaf`, by default
collegebesluit), only its own municipality, its province and the ministry read
(services.toegang.leest_locatiedetails); for everyone else, the public, a user without a
role, staff of another province and the other municipalities, every page, API answer and
public document shows the location without them.

For a page without a cycle (the location register, the API's locations) the setting of the
province's current cycle applies.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import transaction

from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain import model as d
from regietafel.domain.openbaarheid import (
    KEUZES_OPENBAAR_VANAF,
    STANDAARD_OPENBAAR_VANAF,
    afgeschermd,
    details_openbaar,
)
from regietafel.domain.pijplijn import Fase
from regietafel.domain.routekaart import Invoerfout
from regietafel.locaties.models import Locatie
from regietafel.services.keuzes import huidige_cyclus
from regietafel.services.opslag import provincie_cyclus
from regietafel.services.stand import hergebruik
from regietafel.services.toegang import Toegang, leest_locatiedetails, mag_bewerken
from regietafel.services.wijzigingen import GeenToegang, claim_versie


def openbaar_vanaf(provincie: str, cyclus: str | None = None) -> Fase:
    """The phase from which the details of the locations of `provincie` are public in
    `cyclus` (None: the province's current cycle); the default when there is no such cycle."""
    naam = cyclus or huidige_cyclus(provincie)
    waarde = (
        ProvincieCyclus.objects.filter(provincie__code=provincie, cyclus__naam=naam)
        .values_list("locaties_openbaar_vanaf", flat=True)
        .first()
    )
    return Fase(waarde) if waarde else STANDAARD_OPENBAAR_VANAF


def gegevens_voor(t: Toegang, gegevens: d.CyclusGegevens) -> d.CyclusGegevens:
    """The inputs of a province's cycle as `t` may read them."""
    provincie = gegevens.provincie.code
    vanaf = openbaar_vanaf(provincie, gegevens.cyclus.naam)
    return afgeschermd(gegevens, vanaf, lambda cbs: leest_locatiedetails(t, provincie, cbs))


def voor_het_publiek(gegevens: d.CyclusGegevens) -> d.CyclusGegevens:
    """The inputs as the public reads them: a public document (the published report) shows
    no location's details before its province's phase."""
    vanaf = openbaar_vanaf(gegevens.provincie.code, gegevens.cyclus.naam)
    return afgeschermd(gegevens, vanaf, lambda _cbs: False)


def _fasen(loc: Locatie) -> list[Fase]:
    """The phases `loc` reached: its current one, and the whole history once it ended (the
    phase before the end decides)."""
    if not loc.fase:
        return []
    if loc.fase != Fase.BEEINDIGD.value:
        return [Fase(loc.fase)]
    return [f.to_domain().fase for f in loc.fasen.all()]


def _openbaar(loc: Locatie, vanaf: Fase) -> bool:
    """Are the details of the stored location `loc` public from phase `vanaf` on?"""
    return details_openbaar(_fasen(loc), loc.status == d.LocatieStatus.GEREALISEERD.value, vanaf)


def ziet_details(t: Toegang, loc: Locatie, vanaf: Fase) -> bool:
    """May `t` read the name, remarks and phase sources of the stored location `loc`?"""
    g = loc.gemeente
    return leest_locatiedetails(t, g.provincie.code, g.cbs_code) or _openbaar(loc, vanaf)


def locaties_voor(
    t: Toegang, locaties: Iterable[Locatie], cyclus: str | None = None
) -> list[Locatie]:
    """The stored locations as `t` may read them, for display only: the name and remarks of
    one whose details `t` may not read are emptied on the object (never saved) and it is
    marked `afgeschermd`. The setting of `cyclus` applies (None: each province's current)."""
    vanaf: dict[str, Fase] = {}
    uit = []
    for loc in locaties:
        code = loc.gemeente.provincie.code
        if code not in vanaf:
            vanaf[code] = openbaar_vanaf(code, cyclus)
        loc.afgeschermd = not ziet_details(t, loc, vanaf[code])  # type: ignore[attr-defined]
        if loc.afgeschermd:  # type: ignore[attr-defined]
            loc.naam, loc.opmerking = "", ""
        uit.append(loc)
    return uit


def verborgen_locaties(t: Toegang, provincie: str, cyclus: str | None = None) -> frozenset[int]:
    """The locations of `provincie` (their keys) whose details `t` may not read; reused until
    the data changes (the public sources pages ask on every view)."""
    if leest_locatiedetails(t, provincie):
        return frozenset()

    def bereken() -> frozenset[int]:
        locaties = Locatie.objects.filter(gemeente__provincie__code=provincie).select_related(
            "gemeente__provincie"
        )
        vanaf = openbaar_vanaf(provincie, cyclus)
        return frozenset(loc.pk for loc in locaties if not ziet_details(t, loc, vanaf))

    return hergebruik(("verborgen locaties", provincie, cyclus, t), bereken)


FASE_LABELS = {f.value: f.label for f in KEUZES_OPENBAAR_VANAF}


@transaction.atomic
def bewaar_openbaar_vanaf(
    t: Toegang,
    gebruiker: Any,
    provincie: str,
    cyclus: str,
    fase: str,
    versie: int,
    reden: str = "",
) -> ProvincieCyclus:
    """Set the phase from which the details of the province's locations are public in
    `cyclus`: only the province itself, based on the version it saw (a concurrent change is
    a Conflict), recorded in the history with who, when and why."""
    if not mag_bewerken(t, provincie):
        raise GeenToegang("Alleen de provincie zelf bepaalt wat van haar locaties openbaar is.")
    if fase not in FASE_LABELS:
        raise Invoerfout("fase", fase, "onbekende_keuze", "de fase van openbaarheid")
    pc: ProvincieCyclus = claim_versie(
        ProvincieCyclus,
        provincie_cyclus(provincie, cyclus).pk,
        versie,
        ["locaties_openbaar_vanaf"],
    )
    pc.locaties_openbaar_vanaf = fase
    # Not bewaar_met_historie: this is no figure, so the sources of the province's figures
    # stay as they are.
    pc._history_user = gebruiker  # type: ignore[attr-defined]
    pc._change_reason = reden.strip() or None  # type: ignore[attr-defined]
    pc.save()
    return pc


def keuzes() -> Sequence[tuple[str, str]]:
    """The phases a province may choose, as (value, label)."""
    return list(FASE_LABELS.items())
