"""The dashboard: the key figures of the three tasks (asylum, Ukraine, status holders), the
charts and the tile map, for one province and cycle on one day. Views only present this."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

from regietafel.data import MAP
from regietafel.domain import opmaak
from regietafel.domain.capaciteit import beschikbare_plaatsen, cyclusperiode
from regietafel.domain.onbekend import (
    onbekend_bij_provincie,
    onbekend_in_cyclus,
    ontbreekt_tekst,
    verschil_of_onbekend,
)
from regietafel.domain.statushouders import procent
from regietafel.domain.tegelkaart import Tegel, TegelPlek, ontbrekend, op_alfabet, tegels
from regietafel.locaties.capaciteit import (
    CapaciteitOverzicht,
    capaciteit,
    lijnpunten,
    mutatie_zinnen,
)
from regietafel.locaties.soorten import soortnaam
from regietafel.oekraine.services import OekraineOverzicht, oekraine
from regietafel.reports import grafiek
from regietafel.routekaart.services import StapRegel
from regietafel.routekaart.services import routekaart_status as routekaartstappen
from regietafel.services import klok
from regietafel.services.opslag import NietGevonden
from regietafel.services.stand import hergebruik, hergebruik_op_inhoud
from regietafel.statushouders.services import StatushoudersOverzicht, statushouders

KAARTEN = {
    "asiel": "Asielopvang: beschikbare plaatsen tegenover de opgave",
    "oekraine": "Oekraïne: realisatie tegenover de opgave",
    "statushouders": "Statushouders: gehuisvest tegenover te realiseren",
}
KAARTKEUZES = {"asiel": "Asielopvang", "oekraine": "Oekraïne", "statushouders": "Statushouders"}


@dataclass(frozen=True)
class Grafiek:
    """A chart ready for a page: its id, title, SVG (with the text alternative inside) and
    the same text alternative for the page."""

    id: str
    titel: str
    svg: str
    tekst: str


@dataclass(frozen=True)
class Tegelkaart:
    kolommen: int
    rijen: int
    titel: str
    tegels: tuple[Tegel, ...]
    ontbrekend: tuple[str, ...]
    op_ligging: bool  # from the province's layout file; otherwise by name (op_alfabet)


def tegelindeling(provincie: str) -> tuple[int, int, list[TegelPlek]] | None:
    """The tile layout of a province from ``data/tegelkaart-<provincie>.toml``, if present."""
    pad = Path(MAP) / f"tegelkaart-{provincie}.toml"
    if not pad.exists():
        return None
    with pad.open("rb") as f:
        data = tomllib.load(f)
    plekken = [
        TegelPlek(cbs_code=t["gemeente"], kolom=t["kolom"], rij=t["rij"], label=t["label"])
        for t in data["tegel"]
    ]
    return data["kolommen"], data["rijen"], plekken


def routekaart_status(provincie: str, cyclus: str) -> tuple[StapRegel, ...] | None:
    """The route map's steps as the dashboard lists them; None without that cycle."""
    # Where the process stands depends on the day as well as on the data.
    return hergebruik(
        ("routekaart_status", provincie, cyclus, klok.vandaag()),
        lambda: routekaartstappen(provincie, cyclus),
    )


def peildatum_in_cyclus(jaren: tuple[int, ...], vandaag: date) -> date:
    """Today when it falls in the cycle; otherwise the cycle's first or last day."""
    van, tot = cyclusperiode(jaren)
    return min(max(vandaag, van), date(tot.year - 1, 12, 31))


@dataclass(frozen=True)
class Dashboard:
    provincie: str
    cyclus: str
    peildatum: date
    cap: CapaciteitOverzicht
    beschikbaar: dict[str, int]
    oek: OekraineOverzicht
    sh: StatushoudersOverzicht | None
    grafieken: tuple[Grafiek, ...]
    kaart: Tegelkaart
    kaartsoort: str
    routekaart: tuple[StapRegel, ...] | None

    @property
    def nog_niet_bekend(self) -> str:
        """``Nog niet bekend: …`` for the cycle's amounts and national figures that are not
        yet known (docs/cyclus.md); empty when all are known."""
        g = self.cap.gegevens
        return ontbreekt_tekst(
            onbekend_in_cyclus(g.cyclus) + onbekend_bij_provincie(g.provincie_opgave)
        )

    @property
    def beschikbaar_totaal(self) -> int:
        return sum(self.beschikbaar.values())

    @property
    def opgave_asiel(self) -> int | None:
        """The province's asylum task; None (*nog niet bekend*) while it is not known."""
        return self.cap.capaciteit.opgave

    @property
    def verschil(self) -> int | None:
        """Available minus the task; None (no shortage, no surplus) while the task is not
        known."""
        return verschil_of_onbekend(self.beschikbaar_totaal, self.opgave_asiel)


def _grafiek(
    id_: str, titel: str, teken: Callable[..., str | bytes], invoer: tuple[Any, ...], tekst: str
) -> Grafiek:
    """The chart `teken(*invoer)` as SVG with its text alternative. Drawing takes matplotlib
    tens to hundreds of milliseconds, so each figure is drawn once for its inputs and reused
    for as long as they stay the same (services.stand.hergebruik_op_inhoud)."""
    svg = hergebruik_op_inhoud(
        ("grafiek", id_, teken.__qualname__, repr(invoer)), lambda: teken(*invoer)
    )
    assert isinstance(svg, str)
    return Grafiek(id=id_, titel=titel, svg=grafiek.met_tekstalternatief(svg, titel, tekst),
                   tekst=tekst)  # fmt: skip


def _staven(cap: CapaciteitOverzicht, beschikbaar: dict[str, int], peildatum: date) -> Grafiek:
    titel = f"Asielopvang per gemeente op {opmaak.datum(peildatum)}"
    rijen = [
        grafiek.Staaf(
            naam=g.naam,
            waarde=beschikbaar.get(g.cbs_code, 0),
            doel=cap.capaciteit.opgave_per_gemeente.get(g.cbs_code),
        )
        for g in cap.gegevens.gemeenten
    ]
    return _grafiek(
        "grafiek-gemeenten",
        titel,
        grafiek.staven_per_gemeente,
        (titel, rijen, "beschikbaar", "opgave"),
        grafiek.staven_tekst(titel, rijen, "beschikbaar", "opgave"),
    )


def capaciteitsgrafiek(cap: CapaciteitOverzicht) -> Grafiek:
    """The province's capacity line over the cycle, with its text alternative."""
    c = cap.capaciteit
    titel = f"Beschikbare asielopvangplaatsen {cap.gegevens.provincie.naam}, cyclus " + (
        cap.gegevens.cyclus.naam
    )
    punten = lijnpunten(c)
    return _grafiek(
        "grafiek-capaciteit",
        titel,
        grafiek.capaciteitslijn,
        (titel, punten, c.opgave),
        grafiek.capaciteitslijn_tekst(titel, punten[:-1], c.opgave, mutatie_zinnen(cap)),
    )


def gantt_grafiek(cap: CapaciteitOverzicht) -> Grafiek:
    """The locations as bars over the cycle (a Gantt-like view), with its text alternative."""
    c, namen = cap.capaciteit, cap.namen
    balken = [
        grafiek.GanttBalk(
            label=f"{namen.get(loc.cbs_code, loc.cbs_code)} {loc.plaatsen} {soortnaam(loc.soort)}",
            van=loc.beschikbaar_van,
            tot=None if loc.onbepaalde_tijd else loc.beschikbaar_tot,
            plaatsen=loc.plaatsen,
            soort=loc.soort.value,
        )
        for loc in cap.gegevens.locaties
        if loc not in c.gepland_zonder_datum
        and (loc.onbepaalde_tijd or loc.beschikbaar_tot is None or loc.beschikbaar_tot > c.van)
    ]
    titel = "Opvanglocaties en hun contractperiode"
    return _grafiek(
        "grafiek-locaties",
        titel,
        grafiek.locaties_gantt,
        (titel, balken, c.van, c.tot),
        grafiek.gantt_tekst(titel, balken),
    )


def _kaart(
    provincie: str,
    soort: str,
    cap: CapaciteitOverzicht,
    beschikbaar: dict[str, int],
    oek: OekraineOverzicht,
    sh: StatushoudersOverzicht | None,
) -> Tegelkaart:
    namen = cap.namen
    indeling = tegelindeling(provincie)
    kolommen, rijen, plekken = op_alfabet(namen) if indeling is None else indeling
    aandelen: dict[str, Fraction | None] = {}
    toelichting: dict[str, str] = {}
    if soort == "oekraine":
        for o in oek.gemeenten:
            aandelen[o.cbs_code] = o.aandeel
            toelichting[o.cbs_code] = (
                "niet ingevoerd"
                if o.realisatie is None
                else f"{opmaak.getal(o.realisatie)} van {opmaak.getal(o.opgave)}"
            )
    elif soort == "statushouders":
        for g in sh.halfjaar.gemeenten if sh and sh.halfjaar else ():
            aandelen[g.cbs_code] = g.aandeel
            toelichting[g.cbs_code] = (
                "niet ingevoerd"
                if g.realisatie is None
                else f"{opmaak.getal(g.realisatie)} van {opmaak.getal(g.te_realiseren)}"
            )
    else:
        for code, opgave in cap.capaciteit.opgave_per_gemeente.items():
            waarde = beschikbaar.get(code, 0)
            aandelen[code] = Fraction(waarde, opgave) if opgave else None
            toelichting[code] = (
                f"{opmaak.getal(waarde)}; opgave {opmaak.NOG_NIET_BEKEND}"
                if opgave is None
                else f"{opmaak.getal(waarde)} van {opmaak.getal(opgave)}"
            )
    return Tegelkaart(
        kolommen=kolommen,
        rijen=rijen,
        titel=KAARTEN[soort],
        tegels=tuple(
            tegels(
                plekken,
                namen,
                aandelen,
                toelichting,
                cap.gegevens.cyclus.regels.realisatie_drempels,
            )
        ),
        ontbrekend=tuple(namen[c] for c in ontbrekend(plekken, list(namen))),
        op_ligging=indeling is not None,
    )


def dashboard(
    provincie: str, cyclus: str, peildatum: date | None = None, kaartsoort: str = "asiel"
) -> Dashboard:
    """The dashboard of `provincie` in `cyclus` on `peildatum` (default: today, kept within
    the cycle)."""
    cap = capaciteit(provincie, cyclus)
    peildatum = peildatum or peildatum_in_cyclus(cap.gegevens.cyclus.jaren, klok.vandaag())
    codes = [g.cbs_code for g in cap.gegevens.gemeenten]
    beschikbaar = beschikbare_plaatsen(cap.gegevens.locaties, peildatum, codes)
    oek = oekraine(provincie, cyclus)
    try:
        sh: StatushoudersOverzicht | None = statushouders(provincie)
    except NietGevonden:
        sh = None
    kaartsoort = kaartsoort if kaartsoort in KAARTEN else "asiel"
    return Dashboard(
        provincie=provincie,
        cyclus=cyclus,
        peildatum=peildatum,
        cap=cap,
        beschikbaar=beschikbaar,
        oek=oek,
        sh=sh,
        grafieken=(_staven(cap, beschikbaar, peildatum), capaciteitsgrafiek(cap)),
        kaart=_kaart(provincie, kaartsoort, cap, beschikbaar, oek, sh),
        kaartsoort=kaartsoort,
        routekaart=routekaart_status(provincie, cyclus),
    )


def statushouders_kerncijfer(sh: StatushoudersOverzicht | None) -> dict[str, Any] | None:
    """The status-holder key figure: computed when municipal figures are entered, else the
    reported figure with its source."""
    if sh is None:
        return None
    h = sh.halfjaar
    if h is not None and h.aantal:
        return {
            "periode": sh.periode.label,
            "percentage": procent(h.aandeel),
            "op_koers": h.op_koers,
            "aantal": h.aantal,
            "bron": "berekend uit de ingevoerde cijfers",
        }
    if sh.gerapporteerd is not None:
        return {
            "periode": sh.periode.label,
            "percentage": sh.gerapporteerd.percentage,
            "op_koers": sh.gerapporteerd.op_koers,
            "aantal": sh.gerapporteerd.aantal,
            "bron": f"gerapporteerd: {sh.gerapporteerd.bron}",
        }
    return None
