"""Capacity over time: load a province's locations and cycle, compute the available places
per month against the task, and the contracts that end.

See docs/oekraine-statushouders-capaciteit.md."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from regietafel.domain import opmaak
from regietafel.domain.capaciteit import (
    Capaciteit,
    bereken_capaciteit,
    cyclusperiode,
    onder_opgave,
)
from regietafel.domain.model import Categorie, CyclusGegevens, Locatie
from regietafel.domain.onbekend import som_of_onbekend
from regietafel.domain.plaatsen import aflopende_contracten
from regietafel.publicaties.openbaarheid import gegevens_voor
from regietafel.services.opslag import laad_actuele_gegevens
from regietafel.services.stand import hergebruik
from regietafel.services.toegang import Toegang, inzage_locatiedetails


@dataclass(frozen=True)
class Waarschuwingen:
    """Contracts that end from `peildatum` up to `horizon_dagen` days later (the rules
    engine's `plaatsen.aflopende_contracten`), and those that ended in the same horizon
    before the peildatum while the location is still listed."""

    peildatum: date
    horizon_dagen: int
    aflopend: tuple[Locatie, ...]
    verlopen: tuple[Locatie, ...]


@dataclass(frozen=True)
class CapaciteitOverzicht:
    """Everything the capacity page, the dashboard and the CLI show."""

    gegevens: CyclusGegevens
    capaciteit: Capaciteit
    waarschuwingen: Waarschuwingen

    @property
    def namen(self) -> dict[str, str]:
        return {g.cbs_code: g.naam for g in self.gegevens.gemeenten}


def opgave_asiel(gegevens: CyclusGegevens) -> dict[str, int | None]:
    """Each municipality's asylum task in the cycle: regular plus AMV (the Bijlage 1 task);
    None (*nog niet bekend*) while either part is not known, never a part counted as 0."""
    uit: dict[str, int | None] = {}
    for g in gegevens.gemeenten:
        opgave = gegevens.cijfers[g.cbs_code].opgave
        uit[g.cbs_code] = som_of_onbekend(
            [opgave.get(Categorie.ASIEL_REGULIER), opgave.get(Categorie.AMV)]
        )
    return uit


def standaard_horizon(gegevens: CyclusGegevens, peildatum: date) -> int:
    """The default horizon: from the peildatum to the end of the cycle (at least 90 days)."""
    _van, tot = cyclusperiode(gegevens.cyclus.jaren)
    return max(90, (tot - peildatum).days)


def capaciteit(
    provincie: str,
    cyclus: str,
    peildatum: date | None = None,
    horizon_dagen: int | None = None,
    lezer: Toegang | None = None,
) -> CapaciteitOverzicht:
    """Capacity over the cycle, with the contract warnings seen from `peildatum` (default:
    the start of the cycle) over `horizon_dagen` (default: to the end of the cycle), of the
    locations as they are now; for a `lezer`, without the details of the locations it may
    not read yet. Reused until the data changes (services.stand), per what of the details
    the reader sees."""
    inzage = inzage_locatiedetails(lezer, provincie)
    return hergebruik(
        ("capaciteit", "actueel", provincie, cyclus, peildatum, horizon_dagen, inzage),
        lambda: _bereken(provincie, cyclus, peildatum, horizon_dagen, lezer),
    )


def _bereken(
    provincie: str,
    cyclus: str,
    peildatum: date | None,
    horizon_dagen: int | None,
    lezer: Toegang | None,
) -> CapaciteitOverzicht:
    gegevens = laad_actuele_gegevens(provincie, cyclus)
    if lezer is not None:
        gegevens = gegevens_voor(lezer, gegevens)
    van, tot = cyclusperiode(gegevens.cyclus.jaren)
    peildatum = peildatum or van
    horizon = horizon_dagen if horizon_dagen is not None else standaard_horizon(gegevens, peildatum)
    c = bereken_capaciteit(gegevens.locaties, opgave_asiel(gegevens), van, tot)
    eerder = peildatum - timedelta(days=horizon)
    w = Waarschuwingen(
        peildatum=peildatum,
        horizon_dagen=horizon,
        aflopend=tuple(
            a.locatie for a in aflopende_contracten(gegevens.locaties, peildatum, horizon)
        ),
        verlopen=tuple(
            a.locatie
            for a in aflopende_contracten(gegevens.locaties, eerder, horizon)
            if a.einddatum < peildatum
        ),
    )
    return CapaciteitOverzicht(gegevens=gegevens, capaciteit=c, waarschuwingen=w)


@dataclass(frozen=True)
class GemeenteMaand:
    """One municipality in one month: its places at the first day, the lowest level in the
    month, and whether that lowest level is below its task."""

    waarde: int
    laagste: int
    onder: bool


@dataclass(frozen=True)
class GemeenteCapaciteit:
    """One municipality's row of the month table."""

    naam: str
    cbs_code: str
    opgave: int | None
    maanden: tuple[GemeenteMaand, ...]


def capaciteit_per_gemeente(o: CapaciteitOverzicht) -> list[GemeenteCapaciteit]:
    """The month table per municipality, in the order of the cycle's municipalities, with
    each month marked below the municipality's task (domain.capaciteit.onder_opgave)."""
    c = o.capaciteit
    uit = []
    for g in o.gegevens.gemeenten:
        opgave = c.opgave_per_gemeente.get(g.cbs_code)
        maanden = tuple(
            GemeenteMaand(
                waarde=m.per_gemeente[g.cbs_code],
                laagste=m.laagste_per_gemeente[g.cbs_code],
                onder=onder_opgave(opgave, m.laagste_per_gemeente[g.cbs_code]),
            )
            for m in c.maanden
        )
        uit.append(GemeenteCapaciteit(g.naam, g.cbs_code, opgave, maanden))
    return uit


def mutatie_zinnen(o: CapaciteitOverzicht) -> list[str]:
    """Each change as a short Dutch phrase: ``1-4-2026: −1.000 (Assen), 2.620``."""
    namen = o.namen
    return [
        f"{opmaak.datum(m.datum)}: {opmaak.saldo(m.verschil)} "
        f"({namen.get(m.cbs_code, m.cbs_code)}), {opmaak.getal(m.totaal_na)}"
        for m in o.capaciteit.mutaties
    ]


def lijnpunten(c: Capaciteit) -> list[tuple[date, int]]:
    """The points of the capacity line: the start, every change, and the end of the period."""
    punten = [(c.van, c.maanden[0].totaal if c.maanden else 0)]
    punten += [(m.datum, m.totaal_na) for m in c.mutaties]
    punten.append((c.tot, punten[-1][1]))
    return punten


def _locatie_dict(loc: Locatie, namen: dict[str, str]) -> dict[str, Any]:
    return {
        "cbs_code": loc.cbs_code,
        "gemeente": namen.get(loc.cbs_code, loc.cbs_code),
        "naam": loc.naam,
        "plaatsen": loc.plaatsen,
        "soort": loc.soort.value,
        "status": loc.status.value,
        "beschikbaar_van": loc.beschikbaar_van.isoformat() if loc.beschikbaar_van else None,
        "beschikbaar_tot": loc.beschikbaar_tot.isoformat() if loc.beschikbaar_tot else None,
        "onbepaalde_tijd": loc.onbepaalde_tijd,
    }


def capaciteit_als_dict(o: CapaciteitOverzicht) -> dict[str, Any]:
    """The stable JSON shape of `regietafel capaciteit --json`."""
    c, namen = o.capaciteit, o.namen
    return {
        "provincie": o.gegevens.provincie.code,
        "cyclus": o.gegevens.cyclus.naam,
        "van": c.van.isoformat(),
        "tot": c.tot.isoformat(),
        "opgave": c.opgave,
        "opgave_per_gemeente": dict(c.opgave_per_gemeente),
        "gemeenten": namen,
        "maanden": [
            {
                "maand": m.maand.isoformat()[:7],
                "totaal": m.totaal,
                "laagste_totaal": m.laagste_totaal,
                "per_gemeente": dict(m.per_gemeente),
                "laagste_per_gemeente": dict(m.laagste_per_gemeente),
            }
            for m in c.maanden
        ],
        "mutaties": [
            {
                "datum": m.datum.isoformat(),
                "cbs_code": m.cbs_code,
                "gemeente": namen.get(m.cbs_code, m.cbs_code),
                "verschil": m.verschil,
                "totaal_na": m.totaal_na,
            }
            for m in c.mutaties
        ],
        "tekort_vanaf": (d.isoformat() if (d := c.tekort_vanaf()) else None),
        "gepland_zonder_datum": [_locatie_dict(loc, namen) for loc in c.gepland_zonder_datum],
        "waarschuwingen": {
            "peildatum": o.waarschuwingen.peildatum.isoformat(),
            "horizon_dagen": o.waarschuwingen.horizon_dagen,
            "aflopend": [_locatie_dict(loc, namen) for loc in o.waarschuwingen.aflopend],
            "verlopen": [_locatie_dict(loc, namen) for loc in o.waarschuwingen.verlopen],
        },
    }
