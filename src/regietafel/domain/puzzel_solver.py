"""The puzzle solver (*puzzeloplosser*): a closing distribution when the offers fall short.

One *probleem* is one province, one category (regular or AMV) and one year: each
municipality has its indicative number (*opgave*, the target) and its voluntary offer
(*aanbod*). When the offers together fall short of the provincial task, the remainder
(*rest*) must be placed. Two methods are offered side by side:

- **the legal rule** (`restverdeling_naar_rato`): the remainder goes to the municipalities
  below their own indicative number, pro rata to what they still lack, made whole by the
  largest-remainder method. It knows no maxima or unit sizes.
- **the optimiser** (`los_op`): an integer distribution that never lowers an offer, respects
  each municipality's maximum and unit size (*eenheid*, e.g. an AMV unit of 50), and places
  extra places only below a municipality's own number (unless relaxed). Lexicographic
  objective (docs/solver.md, docs/adr/0003-solver-doel.md):

  0. cover the task if any feasible distribution does (with units: the smallest total that
     covers it); otherwise place all the room there is and say what is missing;
  1. minimise the largest relative shortfall (*tekort / opgave*) of the municipalities
     that can still take places: every municipality is brought to within the same fraction
     of its own number, or as close as its maximum allows;
  2. among those, minimise the total deviation from the proportional remainder rule
     (sum of |extra - quota|, quota = total placed x gap / sum of gaps).

Stage 0 and 1 are computed exactly here (bit-set subset sums and a search over the
shortfall levels at which a municipality's lower bound changes). Stage 2 is solved per
problem: exactly by a greedy without unit sizes, exactly by a table with them, and by
HiGHS (`scipy.optimize.milp`, ``mip_rel_gap = 0``) only where that table would be very
large; a HiGHS failure is `NietOpgelost`, a Dutch message. Municipalities are
handled in the order of their name (then code), so the result does not depend on the input
order. In the legal rule, equal remainders go to the larger gap (the larger quota) first,
then to the name (alphabetical, case-insensitive), then to the code; where such a tie
decided a place, the explanation says so (docs/adr/0006-gelijke-rest.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from fractions import Fraction
from math import ceil, floor, lcm
from typing import Any

from regietafel.domain import opmaak
from regietafel.domain.fouten import RegietafelFout, Soort
from regietafel.domain.tekst import nl_opsomming
from regietafel.domain.verdeelsleutel import Beslissing, Gelijkspel, grootste_rest


@dataclass(frozen=True)
class GemeenteInvoer:
    """One municipality in one problem.

    `opgave` is its indicative number (target) and `aanbod` its voluntary offer; when the
    offer was unknown (a blank cell) it is 0 and `aanbod_onbekend` is set. When the target
    is not yet known it is 0 and `opgave_onbekend` is set: the solver's answer then says
    nothing, and callers must not present it (`solver_invoer.los_op_cycli` refuses).
    `maximum` is the most *extra* places it can realistically add (None: no limit given);
    `eenheid` is the minimum location size, so extra places come in whole multiples of it
    (None: any number).
    A `vrijgesteld` (exempt) municipality receives no extra places.
    """

    code: str
    naam: str
    opgave: int
    aanbod: int
    maximum: int | None = None
    eenheid: int | None = None
    vrijgesteld: bool = False
    aanbod_onbekend: bool = False
    opgave_onbekend: bool = False
    aanbod_was: int | None = None  # the stored offer, when a scenario changed it


@dataclass(frozen=True)
class Opties:
    """Solver options. With `alleen_onder_eigen_aantal` False, municipalities at or above
    their own number may also receive extra places (the "relaxed" rule)."""

    alleen_onder_eigen_aantal: bool = True


class Methode(StrEnum):
    """Which method produced a distribution."""

    WETTELIJK = "wettelijk"  # the legal rule: pro rata to the gap, largest remainder
    OPTIMALISATIE = "optimalisatie"  # the lexicographic optimiser


class SolverFout(RegietafelFout, ValueError):
    """Bad input to the solver: the municipality, the field, the value and a code."""

    thema = "solver"

    def __init__(self, code: str, gemeente: str, veld: str, waarde: object) -> None:
        super().__init__(code=code, veld=veld, waarde=waarde)
        self.gemeente = gemeente

    def parameters(self) -> dict[str, object]:
        return {"gemeente": self.gemeente, "veld": self.veld, "waarde": self.waarde}


class NietOpgelost(RegietafelFout, RuntimeError):
    """The optimiser could not prove an optimal distribution for one problem: HiGHS (stage
    2, with unit sizes) returned no optimum. `probleem` names the problem in Dutch
    ("AMV 2025" or "probleem 3"), `code` the kind of failure, `melding` what HiGHS said.
    Never bad input: stage 1 proved that a distribution exists."""

    soort = Soort.NIET_UITVOERBAAR
    thema = "solver"

    def __init__(self, probleem: str, code: str, melding: str) -> None:
        super().__init__(code=code)
        self.probleem, self.melding = probleem, melding

    def parameters(self) -> dict[str, object]:
        return {"probleem": self.probleem, "melding": self.melding}


@dataclass(frozen=True)
class Toewijzing:
    """The outcome for one municipality: `extra` places on top of its offer, and why.

    `ruimte` is the most extra it could take under the rules and its maximum (None for the
    legal rule, which knows no maxima); `quotum` is its exact pro-rata share of the
    remainder; `uitleg` is the Dutch explanation. `gelijkspel` is set (legal rule only) when
    a tie of equal remainders decided whether it got the last place(s) of the rounding; its
    other side is named by code.
    """

    code: str
    naam: str
    opgave: int
    aanbod: int
    extra: int
    ruimte: int | None
    quotum: Fraction
    uitleg: str
    gelijkspel: Gelijkspel | None = None

    @property
    def totaal(self) -> int:
        """Offer plus extra places."""
        return self.aanbod + self.extra

    @property
    def tekort(self) -> int:
        """How far the municipality stays below its own number afterwards (0 if not)."""
        return max(0, self.opgave - self.totaal)


@dataclass(frozen=True)
class Oplossing:
    """A distribution of one problem by one method, with its figures and explanation.

    `rest` is what the offers fall short of the task; `geplaatst` the extra places placed;
    `ontbreekt` what is still missing afterwards (0 when the distribution closes).
    `grootste_relatieve_tekort` is the largest shortfall / own number among the
    municipalities that could take places; `afwijking` the sum of |extra - quotum|.
    `ontbrekend` lists, in Dutch, what would be needed when it does not close.
    """

    methode: Methode
    opgave: int
    aanbod: int
    rest: int
    geplaatst: int
    toewijzingen: tuple[Toewijzing, ...]
    grootste_relatieve_tekort: Fraction
    afwijking: Fraction
    uitleg: str
    ontbrekend: tuple[str, ...] = field(default=())

    @property
    def ontbreekt(self) -> int:
        """Places still missing after the distribution."""
        return max(0, self.rest - self.geplaatst)

    @property
    def sluitend(self) -> bool:
        """Does the distribution cover the provincial task (*sluitend*)?"""
        return self.ontbreekt == 0

    @property
    def al_gedekt(self) -> bool:
        """Did the voluntary offers already cover the task?"""
        return self.rest == 0


# --------------------------------------------------------------------------------------
# Preparation shared by both methods


@dataclass(frozen=True)
class _Rij:
    g: GemeenteInvoer
    eenheid: int
    gat: int  # max(0, opgave - aanbod): what it still lacks
    kandidaat: bool  # may receive extra places
    ruimte: int  # most extra places, a multiple of `eenheid` (0 if not a candidate)


def _controleer(gemeenten: Sequence[GemeenteInvoer]) -> list[GemeenteInvoer]:
    gezien: set[str] = set()
    for g in gemeenten:
        if g.code in gezien:
            raise SolverFout("dubbel", g.naam, "code", g.code)
        gezien.add(g.code)
        for veld in ("opgave", "aanbod", "maximum"):
            waarde = getattr(g, veld)
            if waarde is not None and waarde < 0:
                raise SolverFout("negatief", g.naam, veld, waarde)
        if g.eenheid is not None and g.eenheid < 1:
            raise SolverFout("eenheid", g.naam, "eenheid", g.eenheid)
    return sorted(gemeenten, key=lambda g: (g.naam, g.code))


def _rest(gemeenten: Sequence[GemeenteInvoer]) -> int:
    return max(0, sum(g.opgave for g in gemeenten) - sum(g.aanbod for g in gemeenten))


def _rijen(gemeenten: list[GemeenteInvoer], opties: Opties, rest: int) -> list[_Rij]:
    rijen = []
    for g in gemeenten:
        u = g.eenheid or 1
        gat = max(0, g.opgave - g.aanbod)
        kandidaat = not g.vrijgesteld and (gat > 0 or not opties.alleen_onder_eigen_aantal)
        ruimte = 0
        if kandidaat:
            grens = g.maximum
            if opties.alleen_onder_eigen_aantal:
                tot_eigen = ceil(gat / u) * u  # a whole unit may pass the own number
                grens = tot_eigen if grens is None else min(grens, tot_eigen)
            elif grens is None:
                grens = ceil(rest / u) * u  # never more is needed
            ruimte = (grens // u) * u
        rijen.append(_Rij(g, u, gat, kandidaat, ruimte))
    return rijen


def _quota(rijen: list[_Rij], totaal: int) -> list[Fraction]:
    """Each municipality's exact share of `totaal`, pro rata to its gap; when no candidate
    lacks anything (relaxed rule only), pro rata to the indicative numbers."""
    gewichten = [r.gat if r.kandidaat else 0 for r in rijen]
    if sum(gewichten) == 0:
        gewichten = [r.g.opgave if r.kandidaat else 0 for r in rijen]
    som = sum(gewichten)
    if som == 0:
        return [Fraction(0)] * len(rijen)
    return [Fraction(totaal * w, som) for w in gewichten]


# --------------------------------------------------------------------------------------
# The legal rule


def restverdeling_naar_rato(
    gemeenten: Sequence[GemeenteInvoer], opties: Opties | None = None
) -> Oplossing:
    """The legal rule: the remainder pro rata to the gap of the municipalities below their
    own indicative number (exempt ones excluded), whole by the largest-remainder method.

    The rule is the law's, so `opties` cannot relax it; it ignores maxima and unit sizes,
    and the explanation warns where its result passes them.
    """
    del opties  # the legal rule has no options; the parameter keeps both methods alike
    lijst = _controleer(gemeenten)
    rest = _rest(lijst)
    rijen = _rijen(lijst, Opties(alleen_onder_eigen_aantal=True), rest)
    gewichten = {r.g.code: r.gat for r in rijen if r.kandidaat}
    namen = {r.g.code: r.g.naam for r in rijen}
    extra: Mapping[str, int] = {}
    gelijkspellen: Mapping[str, Gelijkspel] = {}
    if sum(gewichten.values()):
        verdeling = grootste_rest(rest, gewichten, namen)
        extra, gelijkspellen = verdeling.aantallen, verdeling.gelijkspellen
    geplaatst = sum(extra.values())
    quota = _quota(rijen, rest)
    toewijzingen = tuple(
        _toewijzing(
            r,
            extra.get(r.g.code, 0),
            None,
            q,
            rest,
            Methode.WETTELIJK,
            gelijkspel=gelijkspellen.get(r.g.code),
            namen=namen,
        )
        for r, q in zip(rijen, quota, strict=True)
    )
    return _oplossing(Methode.WETTELIJK, lijst, rijen, rest, geplaatst, toewijzingen, quota)


# --------------------------------------------------------------------------------------
# The optimiser


def los_op(gemeenten: Sequence[GemeenteInvoer], opties: Opties | None = None) -> Oplossing:
    """The optimiser's distribution of one problem (see the module docstring)."""
    return los_op_alle([(gemeenten, opties or Opties())])[0]


@dataclass
class _Fase:
    lijst: list[GemeenteInvoer]
    rijen: list[_Rij]
    rest: int
    totaal: int  # S*: the extra places to place
    ondergrens: list[int]  # per row, from stage 1
    quota: list[Fraction]


def los_op_alle(
    problemen: Sequence[tuple[Sequence[GemeenteInvoer], Opties]],
    namen: Sequence[str] | None = None,
) -> list[Oplossing]:
    """Solve many independent problems (e.g. every province, category and year of the
    country), each on its own: stages 0 and 1 exact, stage 2 by `_fase2`, once for problems
    whose stage 2 is the same (the two years of a cycle often are). `namen` names the
    problems in Dutch for the error when one cannot be solved (`NietOpgelost`)."""
    oplossingen = []
    opgelost: dict[tuple[object, ...], list[int]] = {}  # stage 2 of identical problems once
    for p, (gemeenten, opties) in enumerate(problemen):
        f = _fase_tot_en_met_1(gemeenten, opties)
        sleutel = (f.totaal, *zip(f.ondergrens, f.quota, strict=True)) + tuple(
            (r.eenheid, r.ruimte) for r in f.rijen
        )
        if sleutel not in opgelost:
            naam = namen[p] if namen is not None else f"probleem {p + 1}"
            opgelost[sleutel] = _fase2(f, naam)
        oplossingen.append(_oplossing_van(f, list(opgelost[sleutel])))
    return oplossingen


def _fase_tot_en_met_1(gemeenten: Sequence[GemeenteInvoer], opties: Opties) -> _Fase:
    """One problem checked and prepared, with stages 0 and 1 done: what stage 2 starts from."""
    lijst = _controleer(gemeenten)
    rest = _rest(lijst)
    rijen = _rijen(lijst, opties, rest)
    totaal = _te_plaatsen(rijen, rest)
    ondergrens = _fase1(rijen, totaal)
    return _Fase(lijst, rijen, rest, totaal, ondergrens, _quota(rijen, totaal))


def _oplossing_van(f: _Fase, extra: list[int]) -> Oplossing:
    # the level the receivers were brought to; those held at their maximum aside
    ontvangers = [
        (Fraction(max(0, r.gat - x), r.g.opgave), x < r.ruimte)
        for r, x in zip(f.rijen, extra, strict=True)
        if x and r.g.opgave
    ]
    niveau = max(
        (n for n, vrij in ontvangers if vrij),
        default=max((n for n, _ in ontvangers), default=None),
    )
    toewijzingen = tuple(
        _toewijzing(r, x, r.ruimte, q, f.rest, Methode.OPTIMALISATIE, niveau)
        for r, x, q in zip(f.rijen, extra, f.quota, strict=True)
    )
    return _oplossing(
        Methode.OPTIMALISATIE, f.lijst, f.rijen, f.rest, sum(extra), toewijzingen, f.quota
    )


def _bereikbaar(delen: Sequence[tuple[int, int]], grens: int) -> int:
    """The sums up to `grens` reachable with `aantal` units of `eenheid` per (eenheid,
    aantal) pair, as a bit set (bit s set: sum s reachable)."""
    masker = (1 << (grens + 1)) - 1
    bits = 1
    for eenheid, aantal in delen:
        stap = 1
        while aantal > 0 and bits != masker:
            k = min(stap, aantal)
            bits = (bits | (bits << (k * eenheid))) & masker
            aantal -= k
            stap *= 2
    return bits


def _te_plaatsen(rijen: list[_Rij], rest: int) -> int:
    """Stage 0: the smallest total of extra places, on the units' lattice, that covers
    `rest`; all the room there is when nothing covers it."""
    ruimte = sum(r.ruimte for r in rijen)
    if ruimte <= rest:
        return ruimte
    if all(r.eenheid == 1 for r in rijen if r.ruimte):
        return rest
    grens = rest + max(r.eenheid for r in rijen if r.ruimte)
    bits = _bereikbaar([(r.eenheid, r.ruimte // r.eenheid) for r in rijen if r.ruimte], grens)
    return next(s for s in range(rest, grens + 1) if bits >> s & 1)


def _ondergrenzen(rijen: list[_Rij], teller: int, noemer: int) -> list[int]:
    """Per row, the fewest extra places that bring it within shortfall level teller/noemer
    of its own number, on its lattice and at most its room."""
    grenzen = []
    for r in rijen:
        if not r.ruimte or r.g.opgave == 0:
            grenzen.append(0)
            continue
        nodig = r.gat * noemer - teller * r.g.opgave  # (gat - level * opgave) * noemer
        lb = 0 if nodig <= 0 else -(-nodig // (noemer * r.eenheid)) * r.eenheid
        grenzen.append(min(lb, r.ruimte))
    return grenzen


def _haalbaar(rijen: list[_Rij], ondergrens: list[int], totaal: int) -> bool:
    vast = sum(ondergrens)
    if vast > totaal:
        return False
    if all(r.eenheid == 1 for r in rijen if r.ruimte):
        return True  # room is at least `totaal`; every sum in between is reachable
    over = totaal - vast
    delen = [
        (r.eenheid, (r.ruimte - lb) // r.eenheid)
        for r, lb in zip(rijen, ondergrens, strict=True)
        if r.ruimte > lb
    ]
    return bool(_bereikbaar(delen, over) >> over & 1)


def _fase1(rijen: list[_Rij], totaal: int) -> list[int]:
    """Stage 1, exact: the lowest shortfall level at which `totaal` can still be placed,
    returned as each row's lower bound at that level.

    A row's lower bound only changes where level x own number = gap - a lattice point, so
    the optimum is one of those levels (or 0); a binary search over them, sorted, finds it.
    """
    if totaal == 0:
        return [0] * len(rijen)
    if totaal == sum(r.ruimte for r in rijen):
        return [r.ruimte for r in rijen]
    import numpy as np  # lazy: NumPy, only for the optimiser

    # Candidate levels (gat - x) / opgave for every lattice point x below the gap and within
    # the room, plus 0. Their floating-point values order them exactly: numerators and
    # denominators stay far below 2**26, so distinct fractions differ by more than 2**-52.
    tellers = [np.zeros(1, dtype=np.int64)]
    noemers = [np.ones(1, dtype=np.int64)]
    for r in rijen:
        if r.ruimte and r.g.opgave:
            xs = np.arange(0, min(r.gat, r.ruimte + 1), r.eenheid, dtype=np.int64)
            tellers.append(r.gat - xs)
            noemers.append(np.full(len(xs), r.g.opgave, dtype=np.int64))
    teller, noemer = np.concatenate(tellers), np.concatenate(noemers)
    if max(int(teller.max()), int(noemer.max())) >= 2**26:  # pragma: no cover - beyond any province
        raise ValueError("te grote aantallen voor de exacte niveauzoektocht")
    _, eerste = np.unique(teller / noemer, return_index=True)  # sorted, distinct levels
    laag, hoog = 0, len(eerste) - 1  # the highest level needs no extra from anyone
    while laag < hoog:
        midden = (laag + hoog) // 2
        k = eerste[midden]
        if _haalbaar(rijen, _ondergrenzen(rijen, int(teller[k]), int(noemer[k])), totaal):
            hoog = midden
        else:
            laag = midden + 1
    k = eerste[laag]
    return _ondergrenzen(rijen, int(teller[k]), int(noemer[k]))


def _fase2(f: _Fase, naam: str) -> list[int]:
    """Stage 2 of one problem: per free row, whole units between the stage-1 lower bound
    and the room, adding up to the total, with the least total deviation from the quota.
    Without unit sizes among the free rows this is separable and convex with one sum
    constraint, and `_fase2_gulzig` solves it exactly. With them, `_fase2_eenheden` solves
    it exactly by a table over the places that go to the rows with units, unless that table
    would be large (`_TABEL_GRENS`): then one HiGHS model (`_fase2_highs`)."""
    vrij = [i for i, r in enumerate(f.rijen) if r.ruimte > f.ondergrens[i]]
    if not vrij or f.totaal == sum(f.ondergrens):  # nothing left to choose
        return list(f.ondergrens)
    met_eenheid = [i for i in vrij if f.rijen[i].eenheid > 1]
    if not met_eenheid:
        return _fase2_gulzig(f, vrij)
    over = f.totaal - sum(f.ondergrens)
    keuzes = sum(
        (f.rijen[i].ruimte - f.ondergrens[i]) // f.rijen[i].eenheid + 1 for i in met_eenheid
    )
    if keuzes * (over + 1) <= _TABEL_GRENS:
        return _fase2_eenheden(f, vrij, met_eenheid)
    return _fase2_highs(f, vrij, naam)


_TABEL_GRENS = 5_000_000
"""The most cells (choices of the rows with units × places left + 1) `_fase2_eenheden` may
fill; a national problem needs a few thousand, a larger one goes to HiGHS."""


def _fase2_eenheden(f: _Fase, vrij: Sequence[int], met_eenheid: Sequence[int]) -> list[int]:
    """Stage 2 with unit sizes, exactly, without a MILP. Split the places left over between
    the rows with units (Y) and those without (the rest). Without units the least deviation
    for every amount is the sum of the cheapest one-place steps (each row's costs are
    convex, see `_fase2_gulzig`); with units a table over Y, row by row, holds the least
    deviation of every Y. The best split is the least sum of the two; the rows without units
    then get theirs by the greedy. Deviations are scaled to whole numbers (× the quota's
    common denominator), so every comparison is exact. On a tie: the smallest Y, then the
    fewest units per row."""
    import numpy as np  # lazy: NumPy, only for the optimiser

    over = f.totaal - sum(f.ondergrens)
    noemer = lcm(*(f.quota[i].denominator for i in vrij))
    quotum = {i: int(f.quota[i] * noemer) for i in vrij}

    def kosten(i: int, x: Any) -> Any:
        return np.abs(x * noemer - quotum[i])

    # without units: the cost of every amount z, from the cheapest steps
    stappen = [np.zeros(0, dtype=np.int64)] + [
        np.diff(kosten(i, np.arange(f.ondergrens[i], f.rijen[i].ruimte + 1, dtype=np.int64)))
        for i in vrij
        if f.rijen[i].eenheid == 1
    ]
    goedkoopst = np.sort(np.concatenate(stappen))[:over]
    zonder = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(goedkoopst)])
    # with units: the least extra cost of every Y, row by row
    oneindig = np.int64(2**62)
    tabel = np.full(over + 1, oneindig, dtype=np.int64)
    tabel[0] = 0
    gekozen = []
    for i in met_eenheid:
        r, lb = f.rijen[i], f.ondergrens[i]
        xs = np.arange(lb, r.ruimte + 1, r.eenheid, dtype=np.int64)
        extra = kosten(i, xs) - kosten(i, np.int64(lb))
        nieuw = np.full(over + 1, oneindig, dtype=np.int64)
        keus = np.zeros(over + 1, dtype=np.int64)
        for k, c in enumerate(extra.tolist()):
            schuif = k * r.eenheid
            if schuif > over:
                break
            kandidaat = tabel[: over + 1 - schuif] + c
            beter = kandidaat < nieuw[schuif:]
            nieuw[schuif:][beter] = kandidaat[beter]
            keus[schuif:][beter] = k
        tabel = np.where(nieuw >= oneindig // 2, oneindig, nieuw)
        gekozen.append(keus)
    # the split: Y to the rows with units, over - Y to the others
    totaal = np.full(over + 1, oneindig, dtype=np.int64)
    kan = np.arange(over + 1) >= over + 1 - len(zonder)  # the others can take over - Y
    totaal[kan] = tabel[kan] + zonder[over - np.arange(over + 1)[kan]]
    y = int(np.argmin(totaal))
    ondergrens = list(f.ondergrens)
    for i, keus in zip(reversed(met_eenheid), reversed(gekozen), strict=True):
        k = int(keus[y])
        ondergrens[i] += k * f.rijen[i].eenheid
        y -= k * f.rijen[i].eenheid
    zonder_eenheid = [i for i in vrij if f.rijen[i].eenheid == 1]
    return _fase2_gulzig(replace(f, ondergrens=ondergrens), zonder_eenheid)


def _fase2_gulzig(f: _Fase, vrij: Sequence[int]) -> list[int]:
    """Stage 2 without units, exactly: each row's cost |x − quotum| is convex in x, so
    taking the places one at a time where they add least is optimal (the greedy for a
    separable convex cost under one sum, Gross 1956). A row's extra places cost −1 up to
    ⌊quotum⌋, then one place 1 − 2 × the fraction of its quotum, then +1: all −1 places
    first, then the fractional places by the largest fraction (on a tie the larger quotum,
    then the name, as the legal rule rounds), then +1 places, each in the rows' name order."""
    uitkomst = list(f.ondergrens)
    over = f.totaal - sum(uitkomst)
    stappen: list[tuple[int, Fraction, Fraction, int, int]] = []  # (kind, key, key, row, n)
    for i in vrij:
        x, boven, q = f.ondergrens[i], f.rijen[i].ruimte, f.quota[i]
        heel = min(boven, floor(q))
        if heel > x:
            stappen.append((0, Fraction(0), Fraction(0), i, heel - x))
            x = heel
        if x < boven and x < q:  # here q is not whole: x = ⌊q⌋
            stappen.append((1, -(q - x), -q, i, 1))
            x += 1
        if boven > x:
            stappen.append((2, Fraction(0), Fraction(0), i, boven - x))
    for _soort, _a, _b, i, n in sorted(stappen):
        neem = min(n, over)
        uitkomst[i] += neem
        over -= neem
        if over == 0:
            break
    return uitkomst


def _fase2_highs(f: _Fase, vrij: Sequence[int], naam: str) -> list[int]:
    """Stage 2 with unit sizes, on HiGHS (`mip_rel_gap = 0`): one model for this problem,
    variables per free row a unit count k and a deviation d, x = eenheid × k."""
    # lazy: NumPy and SciPy, only for the optimiser
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp  # type: ignore[import-untyped]
    from scipy.sparse import coo_array  # type: ignore[import-untyped]

    uitkomst = list(f.ondergrens)
    n = len(vrij)
    c = np.concatenate([np.zeros(n), np.ones(n)])
    lb = np.zeros(2 * n)
    ub = np.concatenate([np.zeros(n), np.full(n, np.inf)])
    rij_i: list[int] = []
    kol_i: list[int] = []
    waarden: list[float] = []
    onder: list[float] = []
    boven: list[float] = []
    for j, i in enumerate(vrij):
        r = f.rijen[i]
        lb[j] = f.ondergrens[i] // r.eenheid
        ub[j] = r.ruimte // r.eenheid
        q = float(f.quota[i])
        # d - u k >= -q  and  d + u k >= q
        for teken in (-1.0, 1.0):
            rij_i += [len(onder), len(onder)]
            kol_i += [n + j, j]
            waarden += [1.0, teken * r.eenheid]
            onder.append(teken * q)
            boven.append(np.inf)
    # the sum row: sum(u k) over the free rows = total - the fixed rows' lower bounds
    vast = sum(f.ondergrens[i] for i, r in enumerate(f.rijen) if r.ruimte <= f.ondergrens[i])
    for j, i in enumerate(vrij):
        rij_i.append(len(onder))
        kol_i.append(j)
        waarden.append(float(f.rijen[i].eenheid))
    onder.append(float(f.totaal - vast))
    boven.append(float(f.totaal - vast))
    a = coo_array((waarden, (rij_i, kol_i)), shape=(len(onder), 2 * n)).tocsr()
    integraal = np.concatenate([np.ones(n), np.zeros(n)])
    res: Any = milp(
        c,
        constraints=LinearConstraint(a, np.array(onder), np.array(boven)),
        integrality=integraal,
        bounds=Bounds(lb, ub),
        options={"mip_rel_gap": 0.0, "presolve": True},
    )
    if res.status != 0 or res.x is None:
        raise NietOpgelost(naam, "highs", str(res.message))
    for j, i in enumerate(vrij):
        uitkomst[i] = round(res.x[j]) * f.rijen[i].eenheid
    return uitkomst


# --------------------------------------------------------------------------------------
# Results and their Dutch explanation (made here, in one place)


def _toewijzing(
    r: _Rij,
    extra: int,
    ruimte: int | None,
    quotum: Fraction,
    rest: int,
    methode: Methode,
    niveau: Fraction | None = None,
    gelijkspel: Gelijkspel | None = None,
    namen: Mapping[str, str] | None = None,
) -> Toewijzing:
    uitleg = _uitleg(r, extra, quotum, rest, methode, niveau)
    if gelijkspel is not None:
        uitleg = "; ".join([uitleg, *_gelijkspel_delen(gelijkspel, namen or {})])
    return Toewijzing(
        code=r.g.code,
        naam=r.g.naam,
        opgave=r.g.opgave,
        aanbod=r.g.aanbod,
        extra=extra,
        ruimte=ruimte,
        quotum=quotum,
        uitleg=uitleg,
        gelijkspel=gelijkspel,
    )


_GELIJK = {
    Beslissing.QUOTUM: ("gelijke rest met {wie}", "het grotere gat ging voor"),
    Beslissing.NAAM: ("gelijke rest en gelijk gat met {wie}", "bij gelijk gat besliste de naam"),
    Beslissing.SLEUTEL: (
        "gelijke rest, gelijk gat en gelijke naam met {wie}",
        "de CBS-code besliste",
    ),
}


def _gelijkspel_delen(gs: Gelijkspel, namen: Mapping[str, str]) -> list[str]:
    """The Dutch clauses on a tie that decided a municipality's last place of the rounding,
    one per kind of decision: "gelijke rest met Tynaarlo: het grotere gat ging voor, dus
    kreeg deze gemeente de plaats bij de afronding"."""
    delen = []
    for beslissing, (met, reden) in _GELIJK.items():
        anderen = [namen.get(k, k) for k, b in gs.tegen if b is beslissing]
        if not anderen:
            continue
        wie = nl_opsomming(anderen)
        if gs.kreeg:
            gevolg = "dus kreeg deze gemeente de plaats bij de afronding"
        elif len(anderen) == 1:
            gevolg = f"dus ging de plaats bij de afronding naar {wie}"
        else:
            gevolg = f"dus gingen de plaatsen bij de afronding naar {wie}"
        delen.append(f"{met.format(wie=wie)}: {reden}, {gevolg}")
    return delen


def _gelijkspel_zin(toewijzingen: Sequence[Toewijzing]) -> str:
    """One Dutch sentence on the tie that decided the last place(s) of the legal rule's
    rounding, or "" when none did."""
    gs = {t.code: t.gelijkspel for t in toewijzingen if t.gelijkspel}
    if not gs:
        return ""
    namen = {t.code: t.naam for t in toewijzingen}
    # in the tie order: a winner lists the losers in it, a loser the winners
    winnaar = next(k for k, g in gs.items() if g.kreeg)
    verliezer = gs[winnaar].tegen[0][0]
    kregen = [namen[k] for k, _ in gs[verliezer].tegen]
    misten = [namen[k] for k, _ in gs[winnaar].tegen]
    beslissingen = {b for g in gs.values() for _, b in g.tegen}
    redenen = [_GELIJK[b][1] for b in Beslissing if b in beslissingen]
    laatste = (
        "de laatste plaats ging"
        if len(kregen) == 1
        else f"de laatste {len(kregen)} plaatsen gingen"
    )
    return (
        f" Bij de afronding hadden {nl_opsomming(kregen + misten)} een gelijke rest: {laatste} "
        f"naar {nl_opsomming(kregen)} ({nl_opsomming(redenen)})."
    )


def _extra(n: int) -> str:
    return f"{opmaak.getal(n)} extra {'plaats' if n == 1 else 'plaatsen'}"


def _plaatsen(n: int) -> str:
    return f"{opmaak.getal(n)} {'plaats' if n == 1 else 'plaatsen'}"


def _stand(g: GemeenteInvoer, bijzin: bool = True) -> str:
    """Where the offer stands against the own number, as a subordinate or a main clause."""
    if g.aanbod < g.opgave:
        verschil = opmaak.getal(g.opgave - g.aanbod)
        if bijzin:
            return f"het {verschil} onder het eigen indicatieve aantal zit"
        return f"het aanbod ligt {verschil} onder het eigen indicatieve aantal"
    if g.aanbod > g.opgave:
        verschil = opmaak.getal(g.aanbod - g.opgave)
        if bijzin:
            return f"het aanbod {verschil} boven het eigen indicatieve aantal ligt"
        return f"het aanbod ligt {verschil} boven het eigen indicatieve aantal"
    if bijzin:
        return "het aanbod gelijk is aan het eigen indicatieve aantal"
    return "het aanbod is gelijk aan het eigen indicatieve aantal"


def _uitleg(
    r: _Rij, extra: int, quotum: Fraction, rest: int, methode: Methode, niveau: Fraction | None
) -> str:
    """The Dutch explanation of one municipality's outcome; `niveau` is the largest relative
    shortfall that a municipality receiving extra places keeps (optimiser only)."""
    g = r.g
    delen: list[str] = []
    if extra > 0:
        if r.gat > 0:
            delen.append(f"krijgt {_extra(extra)} omdat {_stand(g)}")
        else:
            delen.append(
                f"krijgt {_extra(extra)} (ruimere regel): de gemeenten onder hun eigen "
                f"aantal hebben te weinig ruimte, terwijl {_stand(g)}"
            )
        if methode is Methode.WETTELIJK:
            delen.append(
                f"naar rato van het tekort: {opmaak.decimaal(quotum)}, afgerond met de "
                f"grootste rest"
            )
            if g.maximum is not None and extra > g.maximum:
                delen.append(
                    f"let op: meer dan het opgegeven maximum van {opmaak.getal(g.maximum)}"
                )
            if r.eenheid > 1 and extra % r.eenheid:
                delen.append(f"let op: geen veelvoud van de eenheid van {opmaak.getal(r.eenheid)}")
        else:
            if g.maximum is not None:
                delen.append(f"maximaal {opmaak.getal(g.maximum)} opgegeven")
            if r.eenheid > 1:
                delen.append(
                    f"{extra // r.eenheid} {'eenheid' if extra == r.eenheid else 'eenheden'} "
                    f"van {opmaak.getal(r.eenheid)}"
                )
            if Fraction(extra) != quotum:
                delen.append(f"naar rato zou het {opmaak.decimaal(quotum)} zijn")
        if g.opgave > g.aanbod + extra:
            delen.append(
                f"blijft {opmaak.getal(g.opgave - g.aanbod - extra)} onder het eigen aantal "
                f"({opmaak.procent(Fraction(g.opgave - g.aanbod - extra, g.opgave))})"
            )
    elif g.vrijgesteld:
        delen.append("geen extra plaatsen: vrijgesteld")
        if r.gat > 0:
            delen.append(f"hoewel {_stand(g)}")
    elif rest == 0:
        delen.append(
            f"geen extra plaatsen: de provinciale opgave is al gedekt; {_stand(g, bijzin=False)}"
        )
    elif r.gat == 0 and not r.kandidaat:
        delen.append(f"geen extra plaatsen omdat {_stand(g)}")
    elif r.kandidaat and r.ruimte == 0 and methode is Methode.OPTIMALISATIE:
        delen.append(f"geen extra plaatsen: maximaal {opmaak.getal(g.maximum or 0)} opgegeven")
        if r.gat > 0:
            delen.append(f"hoewel {_stand(g)}")
    elif methode is Methode.OPTIMALISATIE and niveau is not None and r.g.opgave:
        eigen = Fraction(r.gat, r.g.opgave)
        delen.append(
            f"geen extra plaatsen: met een tekort van {opmaak.procent(eigen)} van het eigen aantal "
            f"zit het er verhoudingsgewijs dichter bij dan de gemeenten die extra plaatsen "
            f"krijgen (die blijven tot {opmaak.procent(niveau)} onder hun aantal)"
        )
        if quotum:
            delen.append(f"naar rato zou het {opmaak.decimaal(quotum)} zijn")
    else:
        delen.append("geen extra plaatsen: de rest is elders geplaatst")
        if quotum:
            delen.append(f"naar rato zou het {opmaak.decimaal(quotum)} zijn")
        if r.gat > 0:
            delen.append(f"blijft {opmaak.getal(r.gat)} onder het eigen indicatieve aantal")
    if g.aanbod_was is not None and g.aanbod_was != g.aanbod:
        delen.append(
            f"in dit scenario biedt het {opmaak.getal(g.aanbod)} in plaats van "
            f"{opmaak.getal(g.aanbod_was)}"
        )
    if g.aanbod_onbekend:
        delen.append("het aanbod is onbekend en telt als 0")
    return "; ".join(delen)


def _oplossing(
    methode: Methode,
    lijst: list[GemeenteInvoer],
    rijen: list[_Rij],
    rest: int,
    geplaatst: int,
    toewijzingen: tuple[Toewijzing, ...],
    quota: list[Fraction],
) -> Oplossing:
    opgave = sum(g.opgave for g in lijst)
    aanbod = sum(g.aanbod for g in lijst)
    tekorten = [
        Fraction(t.tekort, t.opgave)
        for t, r in zip(toewijzingen, rijen, strict=True)
        if r.kandidaat and t.opgave
    ]
    afwijking = sum(
        (abs(t.extra - q) for t, q in zip(toewijzingen, quota, strict=True)), Fraction(0)
    )
    ontbreekt = max(0, rest - geplaatst)
    ontvangers = sum(1 for t in toewijzingen if t.extra)
    if rest == 0:
        uitleg = (
            f"De opgave ({opmaak.getal(opgave)}) is al gedekt: het aanbod is "
            f"{opmaak.getal(aanbod)}; "
            f"dat zijn er {opmaak.getal(aanbod - opgave)} meer dan nodig. Er zijn geen extra "
            "plaatsen nodig."
        )
    else:
        uitleg = (
            f"Het aanbod ({opmaak.getal(aanbod)}) dekt de opgave ({opmaak.getal(opgave)}) niet: er "
            f"ontbreken {_plaatsen(rest)}. "
        )
        if methode is Methode.WETTELIJK:
            uitleg += (
                f"De wettelijke regel verdeelt de rest over de gemeenten onder hun eigen "
                f"indicatieve aantal, naar rato van hun tekort: {_plaatsen(geplaatst)} bij "
                f"{ontvangers} gemeenten."
            )
            uitleg += _gelijkspel_zin(toewijzingen)
        else:
            uitleg += (
                f"De optimalisatie plaatst {_extra(geplaatst)} bij {ontvangers} "
                f"gemeenten: eerst zo dat het grootste relatieve tekort zo klein mogelijk is, "
                f"daarna zo dicht mogelijk bij de verdeling naar rato."
            )
        if geplaatst > rest:
            uitleg += f" Door de eenheden is dat {opmaak.getal(geplaatst - rest)} meer dan nodig."
        uitleg += (
            " De verdeling is sluitend."
            if ontbreekt == 0
            else f" De verdeling is niet sluitend: er ontbreken nog {_plaatsen(ontbreekt)}."
        )
    return Oplossing(
        methode=methode,
        opgave=opgave,
        aanbod=aanbod,
        rest=rest,
        geplaatst=geplaatst,
        toewijzingen=toewijzingen,
        grootste_relatieve_tekort=max(tekorten, default=Fraction(0)),
        afwijking=afwijking,
        uitleg=uitleg,
        ontbrekend=_ontbrekend(rijen, ontbreekt, methode) if ontbreekt else (),
    )


def _ontbrekend(rijen: list[_Rij], ontbreekt: int, methode: Methode) -> tuple[str, ...]:
    """What would be needed to close the distribution, in Dutch."""
    regels = [f"Er ontbreken nog {_plaatsen(ontbreekt)}."]
    kandidaten = [r for r in rijen if r.kandidaat]
    if not kandidaten:
        regels.append("Geen enkele gemeente kan extra plaatsen krijgen.")
    elif methode is Methode.OPTIMALISATIE:
        ruimte = sum(r.ruimte for r in rijen)
        regels.append(
            f"De gemeenten die extra plaatsen mogen krijgen, hebben samen "
            f"{_plaatsen(ruimte)} ruimte."
        )
        vol = [r.g.naam for r in kandidaten if r.g.maximum is not None and r.ruimte == r.g.maximum]
        if vol:
            regels.append("Aan hun maximum zitten: " + ", ".join(vol) + ".")
    vrij = [r.g.naam for r in rijen if r.g.vrijgesteld and r.gat > 0]
    if vrij:
        regels.append("Vrijgesteld, hoewel onder het eigen aantal: " + ", ".join(vrij) + ".")
    if any(not r.kandidaat and not r.g.vrijgesteld for r in rijen):
        regels.append(
            "Mogelijk: plaatsen toestaan bij gemeenten op of boven hun eigen indicatieve aantal "
            "(ruimere regel), een maximum verhogen of een vrijstelling intrekken."
        )
    return tuple(regels)


def als_dict(o: Oplossing) -> dict[str, Any]:
    """A JSON-ready view of a distribution (fractions as decimal numbers)."""
    namen = {t.code: t.naam for t in o.toewijzingen}
    return {
        "methode": o.methode.value,
        "opgave": o.opgave,
        "aanbod": o.aanbod,
        "rest": o.rest,
        "geplaatst": o.geplaatst,
        "ontbreekt": o.ontbreekt,
        "sluitend": o.sluitend,
        "al_gedekt": o.al_gedekt,
        "grootste_relatieve_tekort": round(float(o.grootste_relatieve_tekort), 6),
        "afwijking": round(float(o.afwijking), 6),
        "uitleg": o.uitleg,
        "ontbrekend": list(o.ontbrekend),
        "gemeenten": [
            {
                "cbs_code": t.code,
                "naam": t.naam,
                "opgave": t.opgave,
                "aanbod": t.aanbod,
                "extra": t.extra,
                "totaal": t.totaal,
                "ruimte": t.ruimte,
                "quotum": round(float(t.quotum), 6),
                "uitleg": t.uitleg,
                "gelijke_rest": _gelijkspel_als_dict(t.gelijkspel, namen),
            }
            for t in o.toewijzingen
        ],
    }


def _gelijkspel_als_dict(gs: Gelijkspel | None, namen: Mapping[str, str]) -> dict[str, Any] | None:
    if gs is None:
        return None
    return {
        "kreeg": gs.kreeg,
        "met": [
            {"cbs_code": k, "naam": namen.get(k, k), "beslist_door": b.value} for k, b in gs.tegen
        ],
    }


def verschillen(a: Oplossing, b: Oplossing) -> Mapping[str, int]:
    """Per municipality code, extra places in `b` minus those in `a`."""
    extra_a = {t.code: t.extra for t in a.toewijzingen}
    return {t.code: t.extra - extra_a.get(t.code, 0) for t in b.toewijzingen}
