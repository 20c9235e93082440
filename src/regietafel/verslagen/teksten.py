"""The report's own texts (*verslagteksten*) and date, per province and cycle: the texts a
province wrote, the defaults with their placeholders filled in for the others, and the
route-map deadlines the report names. Read by the report's stand (`verslagstand`) and the
texts page."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from django.db import transaction

from regietafel.domain import routekaart as rk
from regietafel.domain.model import CyclusGegevens
from regietafel.domain.opmaak import datum_lang
from regietafel.routekaart.models import RoutekaartStap
from regietafel.routekaart.services import parameters
from regietafel.services.opslag import laad_gegevens, provincie_cyclus
from regietafel.verslagen.models import VerslagTekst
from regietafel.verslagen.standaardteksten import HOOFDSTEDEN, SLEUTELS, STANDAARD, invullen


def _waarden(gegevens: CyclusGegevens, provincie: str, cyclus: str) -> dict[str, str]:
    """What the placeholders of the texts stand for in this province and cycle."""

    return {
        "provincie": gegevens.provincie.naam,
        "cyclus": cyclus,
        "jaren": " en ".join(str(j) for j in gegevens.cyclus.jaren),
        "aantal_gemeenten": str(len(gegevens.gemeenten)),
        "hoofdstad": HOOFDSTEDEN.get(gegevens.provincie.naam, ""),
        "verdeelbesluit_uiterlijk": datum_lang(
            routekaartdatum(provincie, cyclus, "verdeelbesluit")
        ),
    }


def verslagteksten(provincie: str, cyclus: str, gegevens: CyclusGegevens | None = None) -> dict:
    """The report's editable texts of this province and cycle: the stored ones, and the
    defaults (placeholders filled in) for the keys that have none."""
    gegevens = gegevens or laad_gegevens(provincie, cyclus)
    opgeslagen = dict(
        VerslagTekst.objects.filter(
            provincie_cyclus__provincie__code=provincie, provincie_cyclus__cyclus__naam=cyclus
        ).values_list("sleutel", "tekst")
    )
    waarden = _waarden(gegevens, provincie, cyclus)
    return {
        sleutel: invullen(opgeslagen.get(sleutel, STANDAARD[sleutel]), waarden)
        for sleutel, _label in SLEUTELS
    }


def standaardteksten(provincie: str, cyclus: str) -> dict[str, str]:
    """The default texts with this province's placeholders filled in."""
    waarden = _waarden(laad_gegevens(provincie, cyclus), provincie, cyclus)
    return {sleutel: invullen(STANDAARD[sleutel], waarden) for sleutel, _label in SLEUTELS}


def eigen_verslagteksten(provincie: str, cyclus: str) -> set[str]:
    """The keys of the texts this province wrote itself (the others are the defaults)."""
    return set(
        VerslagTekst.objects.filter(
            provincie_cyclus__provincie__code=provincie, provincie_cyclus__cyclus__naam=cyclus
        ).values_list("sleutel", flat=True)
    )


def bewaar_verslagteksten(provincie: str, cyclus: str, teksten: Mapping[str, str]) -> None:
    """Store the report's texts at once; a text left as its default stays the default, so
    later changes to the default reach this province too."""
    standaard = standaardteksten(provincie, cyclus)
    with transaction.atomic():
        for sleutel, tekst in teksten.items():
            gelijk = tekst.strip() == standaard.get(sleutel, "").strip()
            bewaar_verslagtekst(provincie, cyclus, sleutel, "" if gelijk else tekst)


def bewaar_verslagtekst(provincie: str, cyclus: str, sleutel: str, tekst: str) -> None:
    """Store one of the report's texts; an empty text restores the default."""
    if sleutel not in STANDAARD:
        raise ValueError(f"Onbekend onderdeel van het verslag: '{sleutel}'.")
    pc = provincie_cyclus(provincie, cyclus)
    if tekst.strip():
        VerslagTekst.objects.update_or_create(
            provincie_cyclus=pc, sleutel=sleutel, defaults={"tekst": tekst}
        )
    else:
        VerslagTekst.objects.filter(provincie_cyclus=pc, sleutel=sleutel).delete()


def routekaartdatum(provincie: str, cyclus: str, code: str) -> date:
    """The deadline of the route map's step `code` in this province and cycle: as stored
    when the route map was made (and perhaps moved by the province), else as the cycle's
    parameters give it."""

    pc = provincie_cyclus(provincie, cyclus)
    stap = RoutekaartStap.objects.filter(routekaart__provincie_cyclus=pc, code=code).first()
    if stap is not None:
        return stap.deadline
    return next(s.deadline for s in rk.routekaart(parameters(pc)) if s.code == code)


def verslagdatum(provincie: str, cyclus: str) -> date:
    """The report's own date, and that of its covering letters: the day of the route map's
    step "verslag" (the CdK's report to the minister; 31 October of the preparation year
    unless the province moved it), not the day the file happens to be made."""
    return routekaartdatum(provincie, cyclus, "verslag")
