"""The report's short section on realisation timing: how many places are in use by the
realisation date, which are not yet in use when the report is made, and which contracts end
before the realisation date."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from regietafel.domain import opmaak
from regietafel.domain.model import Locatie
from regietafel.domain.realisatie import Realisatie
from regietafel.domain.tekst import nl_aantal
from regietafel.reports.document import Alinea, Blok, Cel, Sectie, Tabel


@dataclass(frozen=True)
class RealisatieInvoer:
    """The realisation overview on the report's date, with the municipalities' names and
    the kinds of location as users write them."""

    realisatie: Realisatie
    namen: Mapping[str, str]
    soorten: Mapping[str, str]


def _rij(r: RealisatieInvoer, loc: Locatie, wat: str) -> tuple[str, ...]:
    naam = r.namen.get(loc.cbs_code, loc.cbs_code)
    return (naam, opmaak.getal(loc.plaatsen), r.soorten.get(loc.soort.value, loc.soort.value), wat)


def _plaatsen(n: int) -> str:
    return nl_aantal(n, "plaats", "plaatsen")


def realisatie_zinnen(x: Realisatie) -> str:
    """The section's sentences: the share in use on the realisation date (or that it is not
    yet known), then on the reference date the places not yet in use and those whose
    contract ends before the realisation date; a clause that would say "0" is left out."""
    peildatum = opmaak.datum(x.peildatum)
    if x.realisatiedatum is None:
        eerste = (
            f"De realisatiedatum van deze cyclus is {opmaak.NOG_NIET_BEKEND}, en daarmee "
            "ook hoeveel plaatsen er op die datum in gebruik zijn."
        )
    elif x.aandeel is None:  # a date, but no places in the pipeline
        return (
            f"Op {peildatum} zijn er nog geen locaties die op de realisatiedatum van "
            f"{opmaak.datum(x.realisatiedatum)} in gebruik kunnen zijn."
        )
    else:
        eerste = (
            f"Op de realisatiedatum van {opmaak.datum(x.realisatiedatum)} is naar verwachting "
            f"{opmaak.procent(x.aandeel, 0)} van de plaatsen in gebruik "
            f"({opmaak.getal(x.in_gebruik_op_realisatiedatum)} van {opmaak.getal(x.plaatsen)})."
        )
    if not x.plaatsen:
        return eerste
    niet = x.plaatsen_niet_in_gebruik
    stand = (
        "zijn alle plaatsen in gebruik"
        if niet == 0
        else f"{'is' if niet == 1 else 'zijn'} {_plaatsen(niet)} nog niet in gebruik"
    )
    aflopend = (
        f"; van {_plaatsen(x.plaatsen_aflopend)} loopt het contract af vóór de realisatiedatum"
        if x.plaatsen_aflopend
        else ""
    )
    return f"{eerste} Op {peildatum} {stand}{aflopend}."


def realisatie_sectie(r: RealisatieInvoer) -> Sectie:
    x = r.realisatie
    blokken: list[Blok] = [Alinea(realisatie_zinnen(x))]
    rijen = [
        _rij(r, loc, f"nog niet in gebruik ({_fase(x, loc)})") for loc in x.niet_in_gebruik
    ] + [
        _rij(r, loc, f"contract tot {opmaak.datum(loc.beschikbaar_tot)}")
        for loc in x.aflopend_voor_realisatiedatum
        if loc.beschikbaar_tot is not None
    ]
    if rijen:
        kop = (Cel("Gemeente"), Cel("Plaatsen"), Cel("Soort"), Cel("Stand"))
        blokken.append(
            Tabel(
                "Locaties die op de realisatiedatum niet meetellen",
                (kop,),
                tuple(rijen),
                getallen=frozenset({1}),
            )  # fmt: skip
        )
    return Sectie("realisatie", "Realisatie", tuple(blokken), niveau=2)


def _fase(x: Realisatie, loc: Locatie) -> str:
    return next(r.fase.label for r in x.locaties if r.locatie is loc)
