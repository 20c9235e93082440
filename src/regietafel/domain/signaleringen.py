"""*Signaleringen*: inconsistencies found in the data or the published record.

The published record is reproduced faithfully; where it contradicts itself, a
signalering says so. Each has a stable `code` and a Dutch `melding` made here, in one
place, so the web, the CLI, the API and the report say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from regietafel.domain import opmaak
from regietafel.domain.bijlage1 import bijlage1_cijfers
from regietafel.domain.model import Categorie, CyclusGegevens
from regietafel.domain.oekraine import oekraine_opgave_per_gemeente
from regietafel.domain.onbekend import (
    onbekend_bij_provincie,
    onbekend_in_cyclus,
    parameternamen,
)
from regietafel.domain.plaatsen import is_amv, plaatsen_per_categorie


@dataclass(frozen=True)
class Signalering:
    """One inconsistency: what (`code`), where (`gemeente`, `veld`), and the Dutch text."""

    code: str
    melding: str
    gemeente: str | None = None
    veld: str | None = None
    waarde: str | None = None


@dataclass(frozen=True)
class Groep:
    """Signaleringen of one kind, shown together: under `kop` when there are many of a kind
    that has one (so a page lists 13 municipalities' mismatches as one line that opens),
    otherwise one by one (`kop` None)."""

    kop: str | None
    signaleringen: tuple[Signalering, ...]


# The heading of a kind that can occur once per municipality and category, and from how
# many on the page folds them under it.
_GROEPSKOPPEN = {"locaties_aanbod": "Locaties en aanbod lopen uiteen"}
SAMENVOEGEN_VANAF = 4


def in_groepen(signaleringen: Iterable[Signalering]) -> tuple[Groep, ...]:
    """`signaleringen` in the order of their kinds' first appearance; a kind with a heading
    and at least SAMENVOEGEN_VANAF of them is one Groep with its count and municipalities in
    the heading, every other signalering a Groep of its own."""
    per_code: dict[str, list[Signalering]] = {}
    for s in signaleringen:
        per_code.setdefault(s.code, []).append(s)
    uit: list[Groep] = []
    for code, lijst in per_code.items():
        kop = _GROEPSKOPPEN.get(code)
        if kop is None or len(lijst) < SAMENVOEGEN_VANAF:
            uit += [Groep(None, (s,)) for s in lijst]
            continue
        gemeenten = len({s.gemeente for s in lijst})
        uit.append(Groep(f"{kop}: {len(lijst)} meldingen bij {gemeenten} gemeenten", tuple(lijst)))
    return tuple(uit)


def som_wijkt_af(
    code: str, onderwerp: str, som: int, verwacht: int, gemeente: str | None = None
) -> Signalering | None:
    """A signalering when rows summing to `som` disagree with the stated total `verwacht`."""
    if som == verwacht:
        return None
    return Signalering(
        code=code,
        melding=(
            f"{onderwerp}: de gemeenten tellen op tot {opmaak.getal(som)}, maar het totaal is "
            f"{opmaak.getal(verwacht)} (verschil {opmaak.saldo(som - verwacht)})."
        ),
        gemeente=gemeente,
        waarde=str(som),
    )


_VELDNAAM = {"beschikbaar_van": "beschikbaar van", "beschikbaar_tot": "beschikbaar tot"}
_CATEGORIENAAM = {Categorie.ASIEL_REGULIER: "asielopvang regulier", Categorie.AMV: "AMV"}


def _namen(gegevens: CyclusGegevens) -> dict[str, str]:
    return {g.cbs_code: g.naam for g in gegevens.gemeenten}


def oekraine_som_wijkt_af(gegevens: CyclusGegevens) -> Signalering | None:
    """The rounded Ukrainian targets per municipality that do not add up to the provincial
    target (Drenthe: 5.720 against 5.722)."""
    opgaven = oekraine_opgave_per_gemeente(
        gegevens.provincie_opgave.oekraine_opgave,
        {g.cbs_code: g.inwoners for g in gegevens.gemeenten},
        gegevens.cyclus.regels.oekraine_afronding,
    )
    return som_wijkt_af(
        "oekraine_som",
        "Oekraïne-opgave",
        sum(opgaven.values()),
        gegevens.provincie_opgave.oekraine_opgave,
    )


def locaties_wijken_af_van_aanbod(gegevens: CyclusGegevens) -> list[Signalering]:
    """Per municipality and category, the listed locations' places against the offer in the
    cycle's first year (AMV kinds count as amv, all others as asiel_regulier). Only the
    locations that count toward the cycle are added up; listed ones that do not are named.
    An unknown offer is only flagged when locations are listed."""
    jaar = gegevens.cyclus.jaren[0]
    uit = []
    for g in gegevens.gemeenten:
        per_categorie = plaatsen_per_categorie(gegevens.locaties_van(g.cbs_code))
        buiten = plaatsen_per_categorie(
            nm.locatie for nm in gegevens.niet_meetellend if nm.locatie.cbs_code == g.cbs_code
        )
        for categorie, plaatsen in per_categorie.items():
            aanbod = gegevens.cijfers[g.cbs_code].aanbod.get((categorie, jaar))
            if aanbod == plaatsen or (aanbod is None and plaatsen == 0):
                continue
            aanbodtekst = "leeg" if aanbod is None else opmaak.getal(aanbod)
            niet_mee = (
                f" ({opmaak.getal(buiten[categorie])} genoemde plaatsen tellen niet mee in cyclus "
                f"{gegevens.cyclus.naam})"
                if buiten[categorie]
                else ""
            )
            uit.append(
                Signalering(
                    code="locaties_aanbod",
                    melding=(
                        f"{g.naam}: de locaties tellen op tot {opmaak.getal(plaatsen)} plaatsen "
                        f"{_CATEGORIENAAM[categorie]}{niet_mee}, maar het aanbod voor {jaar} is "
                        f"{aanbodtekst}."
                    ),
                    gemeente=g.cbs_code,
                    veld=f"{categorie.value}.aanbod.{jaar}",
                    waarde=str(plaatsen),
                )
            )
    return uit


def einde_voor_begin(gegevens: CyclusGegevens) -> list[Signalering]:
    """The locations whose contract end lies before their start."""
    namen = _namen(gegevens)
    return [
        Signalering(
            code="einde_voor_begin",
            melding=(
                f"{namen.get(loc.cbs_code, loc.cbs_code)}: de locatie met "
                f"{opmaak.getal(loc.plaatsen)} plaatsen is beschikbaar tot "
                f"{opmaak.datum(loc.beschikbaar_tot)}, vóór de begindatum "
                f"{opmaak.datum(loc.beschikbaar_van)}."
            ),
            gemeente=loc.cbs_code,
            veld="beschikbaar_tot",
            waarde=opmaak.datum(loc.beschikbaar_tot),
        )
        for loc in gegevens.locaties
        if loc.beschikbaar_van is not None
        and loc.beschikbaar_tot is not None
        and loc.beschikbaar_tot < loc.beschikbaar_van
    ]


def _amv_aantallen(gegevens: CyclusGegevens, cbs_code: str) -> set[str]:
    """The municipality's AMV numbers (locations, realisation, offers) as text."""
    getallen: list[int | None] = [
        loc.plaatsen for loc in gegevens.locaties_van(cbs_code) if is_amv(loc)
    ]
    c = gegevens.cijfers.get(cbs_code)
    if c is not None:
        getallen.append(c.realisatie.get(Categorie.AMV))
        getallen += [v for (cat, _), v in c.aanbod.items() if cat is Categorie.AMV]
    return {str(n) for n in getallen if n}


def onleesbare_waarden(gegevens: CyclusGegevens) -> list[Signalering]:
    """The cells that could not be read as their type, e.g. a number in a date column."""
    namen = _namen(gegevens)
    uit = []
    for loc in gegevens.locaties:
        for veld, tekst in loc.onleesbaar:
            hint = ""
            if tekst.strip() in _amv_aantallen(gegevens, loc.cbs_code):
                hint = " (mogelijk het AMV-aantal)"
            elif tekst.strip().isdigit():
                hint = " (mogelijk een aantal)"
            uit.append(
                Signalering(
                    code="onleesbare_waarde",
                    melding=(
                        f"{namen.get(loc.cbs_code, loc.cbs_code)}: bij "
                        f"'{_VELDNAAM.get(veld, veld)}' staat '{tekst}', dat is geen datum{hint}."
                    ),
                    gemeente=loc.cbs_code,
                    veld=veld,
                    waarde=tekst,
                )
            )
    return uit


def bijlage1_amv_is_gepland(gegevens: CyclusGegevens) -> Signalering | None:
    """Bijlage 1's "nog in te vullen amv" when it is not the AMV task minus the filled AMV
    places: the report uses it for the planned, not yet realised places."""
    c = bijlage1_cijfers(gegevens)
    if c.amv_tekort is None or c.nog_in_te_vullen_amv == c.amv_tekort:
        return None
    return Signalering(
        code="bijlage1_amv_nog_in_te_vullen",
        melding=(
            f"Bijlage 1: bij 'nog in te vullen asielopvangplekken amv' staat "
            f"{opmaak.getal(c.nog_in_te_vullen_amv)}, maar opgave {opmaak.getal(c.opgave_amv)} min "
            f"ingevuld {opmaak.getal(c.ingevuld_amv)} is {opmaak.getal(c.amv_tekort)}. Het "
            "getal is het "
            f"aantal geplande, nog niet gerealiseerde AMV-plaatsen; het is overgenomen zoals "
            f"gepubliceerd."
        ),
        veld="nog_in_te_vullen_amv",
        waarde=str(c.nog_in_te_vullen_amv),
    )


def nog_niet_bekend(gegevens: CyclusGegevens) -> list[Signalering]:
    """The cycle's amounts and national figures that are not yet known: the SPUK amounts
    (per place, the pot, the province's amount) in one signalering, the national AMV part in
    another. What depends on them is shown as "nog niet bekend", not computed with 0."""
    naam = gegevens.cyclus.naam
    uit = []
    cyclus, provincie = (
        onbekend_in_cyclus(gegevens.cyclus),
        onbekend_bij_provincie(gegevens.provincie_opgave),
    )
    spuk = tuple(n for n in cyclus + provincie if n != "amv_landelijk")
    if spuk:
        uit.append(
            Signalering(
                code="spuk_bedragen_onbekend",
                melding=(
                    f"SPUK-bedragen van cyclus {naam} zijn nog niet bekend: "
                    f"{parameternamen(spuk)}. Wat daarvan afhangt, wordt niet berekend maar "
                    "als 'nog niet bekend' getoond, tot ze zijn ingevoerd."
                ),
                veld=",".join(spuk),
            )
        )
    if "amv_landelijk" in cyclus:
        uit.append(
            Signalering(
                code="amv_landelijk_onbekend",
                melding=(
                    f"Het landelijke AMV-deel van cyclus {naam} is nog niet bekend: de "
                    "AMV-splitsing van de verdeelsleutel is niet te berekenen."
                ),
                veld="amv_landelijk",
            )
        )
    return uit


def controleer(gegevens: CyclusGegevens) -> tuple[Signalering, ...]:
    """Every inconsistency found in the inputs of a province in a cycle, in a fixed order:
    sums, locations against offers, end before start, unreadable cells, Bijlage 1, and the
    figures that are not yet known."""
    losse = [oekraine_som_wijkt_af(gegevens)]
    uit = [s for s in losse if s is not None]
    uit += locaties_wijken_af_van_aanbod(gegevens)
    uit += einde_voor_begin(gegevens)
    uit += onleesbare_waarden(gegevens)
    bijlage1 = bijlage1_amv_is_gepland(gegevens)
    if bijlage1 is not None:
        uit.append(bijlage1)
    uit += nog_niet_bekend(gegevens)
    return tuple(uit)
