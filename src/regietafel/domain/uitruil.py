"""Exchanges (*uitruil*) between two municipalities of a province.

An exchange is a deal between municipality A and municipality B: A takes N places of one
category over from B, and B in return takes M of another category (or M status holders)
over from A. It is modelled as two transfers of task (*overnames*), one per side:

- side A: A's task in category X rises by N in each period of the side; B's falls by N;
- side B: B's task in category Y rises by M in each period of its side; A's falls by M.

So an exchange never changes the provincial total of a category: every transfer adds to one
municipality exactly what it takes from another. The periods are years of the cycle for
the asylum categories (the puzzle's offers are per year) and half years (``2026-1``) for
status holders (whose *taakstelling* is per half year).

An exchange is *voorgesteld* (proposed) by one of its parties or by the province; it is
*bevestigd* (confirmed) once both municipalities agreed, and *bekrachtigd* (ratified) when
the province ties it to a ratified distribution version. Only confirmed and ratified
exchanges count in the balances.

Pure: no Django, no I/O, no clock.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from regietafel.domain import opmaak
from regietafel.domain.fouten import Veldfout
from regietafel.domain.model import Categorie, CyclusGegevens
from regietafel.domain.onbekend import verschil_of_onbekend


class UitruilCategorie(StrEnum):
    """What a side of an exchange takes over: asylum places of a kind, or status holders."""

    ASIEL_REGULIER = "asiel_regulier"
    AMV = "amv"
    STATUSHOUDERS = "statushouders"


CATEGORIE_NAMEN = {
    UitruilCategorie.ASIEL_REGULIER: "asielopvang regulier",
    UitruilCategorie.AMV: "AMV",
    UitruilCategorie.STATUSHOUDERS: "statushouders",
}
ASIEL = {
    UitruilCategorie.ASIEL_REGULIER: Categorie.ASIEL_REGULIER,
    UitruilCategorie.AMV: Categorie.AMV,
}


class UitruilStatus(StrEnum):
    """Where an exchange stands: proposed, confirmed by both parties, ratified."""

    VOORGESTELD = "voorgesteld"
    BEVESTIGD = "bevestigd"
    BEKRACHTIGD = "bekrachtigd"


@dataclass(frozen=True)
class UitruilFout(Veldfout):
    """Bad input for an exchange."""

    thema = "uitruil"


@dataclass(frozen=True)
class Overname:
    """One side of an exchange: `neemt` takes `aantal` of `categorie` over from `van`, in
    each of `perioden` (years as ``"2025"``, half years as ``"2026-1"``)."""

    neemt: str  # CBS code
    van: str  # CBS code
    categorie: UitruilCategorie
    aantal: int
    perioden: tuple[str, ...]


@dataclass(frozen=True)
class Uitruil:
    """An exchange: A's side (`a`) and B's return (`b`), with whether each party agreed."""

    a: Overname
    b: Overname
    akkoord_a: bool = False
    akkoord_b: bool = False
    bekrachtigd: bool = False

    @property
    def gemeente_a(self) -> str:
        return self.a.neemt

    @property
    def gemeente_b(self) -> str:
        return self.b.neemt

    @property
    def status(self) -> UitruilStatus:
        if self.bekrachtigd:
            return UitruilStatus.BEKRACHTIGD
        if self.akkoord_a and self.akkoord_b:
            return UitruilStatus.BEVESTIGD
        return UitruilStatus.VOORGESTELD

    @property
    def telt_mee(self) -> bool:
        """Whether the exchange counts in the balances (confirmed by both, or ratified)."""
        return self.status is not UitruilStatus.VOORGESTELD


_HALFJAAR = re.compile(r"^(\d{4})-([12])$")


def cyclusperioden(categorie: UitruilCategorie, jaren: Sequence[int]) -> tuple[str, ...]:
    """All periods of the cycle for a category: its years, or its half years."""
    if categorie is UitruilCategorie.STATUSHOUDERS:
        return tuple(f"{j}-{h}" for j in jaren for h in (1, 2))
    return tuple(str(j) for j in jaren)


def lees_perioden(
    tekst: str, categorie: UitruilCategorie, jaren: Sequence[int], veld: str
) -> tuple[str, ...]:
    """Periods written as ``2025, 2026`` (or ``2026-1`` for status holders); empty text is
    the whole cycle. Sorted, without duplicates."""
    delen = [d.strip() for d in re.split(r"[,;\s]+", tekst) if d.strip()]
    if not delen:
        return cyclusperioden(categorie, jaren)
    geldig = cyclusperioden(categorie, jaren)
    uit = set()
    for deel in delen:
        if categorie is UitruilCategorie.STATUSHOUDERS:
            leesbaar = _HALFJAAR.match(deel) is not None
        else:
            leesbaar = deel.isdigit()
        if not leesbaar:
            raise UitruilFout(veld, deel, "geen_periode")
        if deel not in geldig:
            raise UitruilFout(veld, deel, "periode_buiten_cyclus")
        uit.add(deel)
    return tuple(p for p in geldig if p in uit)


def lees_categorie(waarde: str, veld: str) -> UitruilCategorie:
    try:
        return UitruilCategorie(waarde)
    except ValueError:
        raise UitruilFout(veld, waarde, "onbekende_categorie") from None


def lees_aantal(waarde: object, veld: str) -> int:
    """A positive whole number; text is read as a number (the web form and the CLI)."""
    if isinstance(waarde, str) and waarde.strip().isdigit():
        waarde = int(waarde.strip())
    if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde <= 0:
        raise UitruilFout(veld, waarde, "geen_aantal")
    return waarde


@dataclass(frozen=True)
class Voorstel:
    """A proposed exchange as entered: A takes `aantal_a` of `categorie_a` from B; B takes
    `aantal_b` of `categorie_b` from A. Periods as text (empty: the whole cycle)."""

    gemeente_a: str
    categorie_a: str
    aantal_a: object
    gemeente_b: str
    categorie_b: str
    aantal_b: object
    perioden_a: str = ""
    perioden_b: str = ""


def controleer_voorstel(
    v: Voorstel,
    gemeenten: Collection[str],
    jaren: Sequence[int],
    namen: Mapping[str, str] | None = None,
) -> Uitruil:
    """The proposal checked against the province's municipalities (CBS codes) and the
    cycle's years; raises UitruilFout on the first problem."""
    for veld, code in (("gemeente_a", v.gemeente_a), ("gemeente_b", v.gemeente_b)):
        if code not in gemeenten:
            raise UitruilFout(veld, code, "buiten_provincie")
    if v.gemeente_a == v.gemeente_b:
        naam = (namen or {}).get(v.gemeente_a, v.gemeente_a)
        raise UitruilFout("gemeente_b", naam, "dezelfde_gemeente")
    cat_a = lees_categorie(v.categorie_a, "categorie_a")
    cat_b = lees_categorie(v.categorie_b, "categorie_b")
    if cat_a is cat_b:
        raise UitruilFout("categorie_b", CATEGORIE_NAMEN[cat_a], "dezelfde_categorie")
    return Uitruil(
        _overname("a", v.gemeente_a, v.gemeente_b, cat_a, v.aantal_a, v.perioden_a, jaren),
        _overname("b", v.gemeente_b, v.gemeente_a, cat_b, v.aantal_b, v.perioden_b, jaren),
    )


def _overname(
    kant: str,
    neemt: str,
    van: str,
    categorie: UitruilCategorie,
    aantal: object,
    perioden: str,
    jaren: Sequence[int],
) -> Overname:
    """Side `kant` ("a" or "b") of a proposal, read; an error names the side's field
    (``aantal_b``)."""
    return Overname(
        neemt,
        van,
        categorie,
        lees_aantal(aantal, f"aantal_{kant}"),
        lees_perioden(perioden, categorie, jaren, f"perioden_{kant}"),
    )


def partij(u: Uitruil, gemeente: str | None) -> str | None:
    """ "a" or "b" when `gemeente` is a party to `u`, else None."""
    if gemeente == u.gemeente_a:
        return "a"
    if gemeente == u.gemeente_b:
        return "b"
    return None


def na_akkoord(u: Uitruil, gemeente: str | None) -> Uitruil:
    """`u` with the agreement of `gemeente` (a party that had not agreed yet)."""
    kant = partij(u, gemeente)
    if kant is None:
        raise UitruilFout("gemeente", gemeente, "geen_partij")
    if u.bekrachtigd:
        raise UitruilFout("status", u.status.value, "al_bekrachtigd")
    if (u.akkoord_a if kant == "a" else u.akkoord_b) is True:
        raise UitruilFout("gemeente", gemeente, "al_akkoord")
    return Uitruil(u.a, u.b, u.akkoord_a or kant == "a", u.akkoord_b or kant == "b")


def na_bekrachtiging(u: Uitruil, versie_bekrachtigd: bool, versie: object) -> Uitruil:
    """`u` ratified with a distribution version; only a confirmed exchange, only with a
    ratified version."""
    if u.bekrachtigd:
        raise UitruilFout("status", u.status.value, "al_bekrachtigd")
    if u.status is not UitruilStatus.BEVESTIGD:
        raise UitruilFout("status", u.status.value, "niet_bevestigd")
    if not versie_bekrachtigd:
        raise UitruilFout("verdelingsversie", versie, "versie_niet_bekrachtigd")
    return Uitruil(u.a, u.b, True, True, bekrachtigd=True)


Sleutel = tuple[str, UitruilCategorie, str]
"""(CBS code, category, period)."""


def effecten(uitruilen: Iterable[Uitruil]) -> dict[Sleutel, int]:
    """The change of task per municipality, category and period from `uitruilen` (all of
    them, whatever their status; filter on `telt_mee` first for the balances). Cells that
    net to zero are left out."""
    delta: dict[Sleutel, int] = defaultdict(int)
    for u in uitruilen:
        for o in (u.a, u.b):
            for p in o.perioden:
                delta[(o.neemt, o.categorie, p)] += o.aantal
                delta[(o.van, o.categorie, p)] -= o.aantal
    return {k: v for k, v in sorted(delta.items()) if v}


@dataclass(frozen=True)
class SaldoMetUitruil:
    """One municipality (or the province, `cbs_code` None), asylum category and year: the
    target and the balance (offer − target) without and with the counted exchanges."""

    cbs_code: str | None
    naam: str
    categorie: Categorie
    jaar: int
    opgave: int | None
    opgave_met_uitruil: int | None
    aanbod: int | None

    @property
    def saldo(self) -> int | None:
        return verschil_of_onbekend(self.aanbod, self.opgave)

    @property
    def saldo_met_uitruil(self) -> int | None:
        return verschil_of_onbekend(self.aanbod, self.opgave_met_uitruil)


def _plus(waarde: int | None, delta: int) -> int | None:
    # An unknown target stays unknown: an exchange cannot make it known.
    return None if waarde is None else waarde + delta


def _som(waarden: Iterable[int | None]) -> int | None:
    bekend = [w for w in waarden if w is not None]
    return sum(bekend) if bekend else None


def saldi_met_uitruil(
    gegevens: CyclusGegevens, uitruilen: Iterable[Uitruil]
) -> tuple[SaldoMetUitruil, ...]:
    """Per municipality, asylum category and year: the balance without and with the
    exchanges that count, then the province's totals per category and year (the last
    rows, `cbs_code` None). The province's target is the same with and without."""
    delta = effecten(u for u in uitruilen if u.telt_mee)
    rijen = []
    for g in gegevens.gemeenten:
        c = gegevens.cijfers[g.cbs_code]
        for ucat, cat in ASIEL.items():
            for jaar in gegevens.cyclus.jaren:
                opgave = c.opgave.get(cat)
                rijen.append(
                    SaldoMetUitruil(
                        g.cbs_code,
                        g.naam,
                        cat,
                        jaar,
                        opgave,
                        _plus(opgave, delta.get((g.cbs_code, ucat, str(jaar)), 0)),
                        c.aanbod.get((cat, jaar)),
                    )
                )
    totalen = [
        SaldoMetUitruil(
            None,
            "Totaal",
            cat,
            jaar,
            _som(r.opgave for r in deel),
            _som(r.opgave_met_uitruil for r in deel),
            _som(r.aanbod for r in deel),
        )
        for cat in ASIEL.values()
        for jaar in gegevens.cyclus.jaren
        for deel in [[r for r in rijen if (r.categorie, r.jaar) == (cat, jaar)]]
    ]
    return (*rijen, *totalen)


def _perioden_tekst(o: Overname, jaren: Sequence[int]) -> str:
    if o.perioden == cyclusperioden(o.categorie, jaren):
        return "de hele cyclus"
    return ", ".join(o.perioden)


def overname_tekst(
    o: Overname, namen: Mapping[str, str], jaren: Sequence[int], in_ruil: bool = False
) -> str:
    """``Assen neemt 50 plaatsen AMV over van Emmen (de hele cyclus)``."""
    eenheid = "" if o.categorie is UitruilCategorie.STATUSHOUDERS else "plaatsen "
    return (
        f"{namen.get(o.neemt, o.neemt)} neemt {'in ruil ' if in_ruil else ''}"
        f"{opmaak.getal(o.aantal)} {eenheid}{CATEGORIE_NAMEN[o.categorie]} over van "
        f"{namen.get(o.van, o.van)} ({_perioden_tekst(o, jaren)})"
    )


def uitruil_tekst(u: Uitruil, namen: Mapping[str, str], jaren: Sequence[int]) -> str:
    """The exchange in one Dutch sentence, for the page, the CLI and the report."""
    return f"{overname_tekst(u.a, namen, jaren)}; {overname_tekst(u.b, namen, jaren, True)}."
