"""The apportionment (*verdeelsleutel*): distribute a total over units by weight.

All arithmetic is exact (`fractions.Fraction`), so no rounding drift can creep in.

Rounding methods (`model.Afronding`):

- half-up: each quota rounded on its own; the sum may differ from the total (as published);
- largest remainder (Hamilton): floors, then the leftover units to the largest remainders;
- D'Hondt and Sainte-Laguë: divisor methods (highest averages with divisors s + 1 and
  2s + 1); the sum is exact.

Every method is deterministic. Largest remainder breaks a tie of equal remainders by the
larger quota (equivalently the larger weight), then by name (case-insensitive; a unit
without a name goes by its key), then by key, so its result never depends on the order of
the units (docs/adr/0006-gelijke-rest.md); `grootste_rest` also says which units got or
missed a unit by such a tie. The divisor methods give a tie to the unit listed first.

The ministry's key (DOMAIN, "The distribution key"): a municipality's weight is
inhabitants × (1 + SES-WOA score); its indicative number is the national need × its
weight / the national sum of weights, rounded half-up per municipality; the AMV part is
split off as round_half_up(indicative × national AMV / national need).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from math import floor

from regietafel.domain.model import Afronding
from regietafel.domain.onbekend import NietBerekenbaar

Gewichten = Mapping[str, int | Fraction]


def quota(totaal: int, gewichten: Gewichten) -> dict[str, Fraction]:
    """The exact (unrounded) share of `totaal` for each unit, proportional to its weight."""
    som = sum((Fraction(w) for w in gewichten.values()), Fraction(0))
    if som == 0:
        return {k: Fraction(0) for k in gewichten}
    return {k: Fraction(totaal) * Fraction(w) / som for k, w in gewichten.items()}


def half_up(waarde: Fraction) -> int:
    """Round half away from zero for non-negative values, as the ministry publishes."""
    return floor(waarde + Fraction(1, 2))


def verdeel_half_up(totaal: int, gewichten: Gewichten) -> dict[str, int]:
    """Round each quota half-up on its own; the sum may differ from `totaal`."""
    return {k: half_up(q) for k, q in quota(totaal, gewichten).items()}


class Beslissing(StrEnum):
    """What decided between two units with an equal remainder (largest remainder)."""

    QUOTUM = "quotum"  # the larger quota (the larger weight) went first
    NAAM = "naam"  # equal quota too: the name went first (alphabetical, case-insensitive)
    SLEUTEL = "sleutel"  # equal quota and name too: the key went first


@dataclass(frozen=True)
class Gelijkspel:
    """One unit in the tie that decided the last unit(s) of a largest-remainder
    apportionment: whether it got the unit (`kreeg`), and the units on the other side of the
    cut with what decided between it and each of them (`tegen`, in the tie order)."""

    kreeg: bool
    tegen: tuple[tuple[str, Beslissing], ...]


@dataclass(frozen=True)
class Restverdeling:
    """A largest-remainder apportionment: the whole numbers per unit (in the input order),
    the exact quota, and per unit in a deciding tie its `Gelijkspel` (other units absent)."""

    aantallen: Mapping[str, int]
    quota: Mapping[str, Fraction]
    gelijkspellen: Mapping[str, Gelijkspel]


def _beslissing(
    a: str, b: str, quotas: Mapping[str, Fraction], namen: Mapping[str, str]
) -> Beslissing:
    """What put `a` before `b`, two units with the same remainder."""
    if quotas[a] != quotas[b]:
        return Beslissing.QUOTUM
    if namen.get(a, a) != namen.get(b, b):
        return Beslissing.NAAM
    return Beslissing.SLEUTEL


def grootste_rest(
    totaal: int, gewichten: Gewichten, namen: Mapping[str, str] | None = None
) -> Restverdeling:
    """Hamilton's method: floor every quota, then one more for the largest remainders until
    the sum is exactly `totaal` (every unit gets the floor or the ceiling of its quota).

    Equal remainders go in this order: the larger quota first, then the name from `namen`
    (case-insensitive, then as written; a unit without a name goes by its key), then the
    key. A tie *decides* when the units with the remainder of the last unit given out do
    not all get one; those units are reported in `gelijkspellen`.
    """
    namen = namen or {}
    quotas = quota(totaal, gewichten)
    uitkomst = {k: floor(q) for k, q in quotas.items()}
    if not quotas or sum(Fraction(w) for w in gewichten.values()) == 0:
        return Restverdeling(uitkomst, quotas, {})
    rest = {k: quotas[k] - uitkomst[k] for k in quotas}

    def volgorde(k: str) -> tuple[Fraction, Fraction, str, str, str]:
        naam = namen.get(k, k)
        return (-rest[k], -quotas[k], naam.casefold(), naam, k)

    rij = sorted(quotas, key=volgorde)
    over = totaal - sum(uitkomst.values())
    for k in rij[:over]:
        uitkomst[k] += 1
    gelijkspellen: dict[str, Gelijkspel] = {}
    if 0 < over < len(rij) and rest[rij[over - 1]] == rest[rij[over]]:
        grens = rest[rij[over]]
        winnaars = [k for k in rij[:over] if rest[k] == grens]
        verliezers = [k for k in rij[over:] if rest[k] == grens]
        for w in winnaars:
            tegen = tuple((v, _beslissing(w, v, quotas, namen)) for v in verliezers)
            gelijkspellen[w] = Gelijkspel(True, tegen)
        for v in verliezers:
            tegen = tuple((w, _beslissing(w, v, quotas, namen)) for w in winnaars)
            gelijkspellen[v] = Gelijkspel(False, tegen)
    return Restverdeling(uitkomst, quotas, gelijkspellen)


def verdeel_grootste_rest(
    totaal: int, gewichten: Gewichten, namen: Mapping[str, str] | None = None
) -> dict[str, int]:
    """Hamilton's method (`grootste_rest`): the whole numbers only. The sum is exactly
    `totaal` (unless every weight is zero: then every unit gets 0)."""
    return dict(grootste_rest(totaal, gewichten, namen).aantallen)


def _verdeel_met_delers(
    totaal: int,
    gewichten: Gewichten,
    deler: Callable[[int], int],
    start: Callable[[Fraction], int],
) -> dict[str, int]:
    """A divisor method: the unit with the highest average weight / deler(seats) gets the
    next unit, ties to the unit listed first.

    It starts from `start(quota)` per unit, which is the method's own result for some house
    size (a common divisor applied to every unit), and then adds or removes units one by one,
    so even a national total takes at most a few steps per unit.
    """
    w = {k: Fraction(v) for k, v in gewichten.items()}
    if sum(w.values()) == 0:
        return dict.fromkeys(w, 0)
    plek = {k: i for i, k in enumerate(w)}
    zetels = {k: start(q) if w[k] > 0 else 0 for k, q in quota(totaal, w).items()}
    while sum(zetels.values()) < totaal:
        k = max(
            (k for k in w if w[k] > 0),
            key=lambda k: (w[k] / deler(zetels[k]), -plek[k]),
        )
        zetels[k] += 1
    while sum(zetels.values()) > totaal:
        # The unit given out last: the lowest average, the later-listed unit on a tie.
        k = min(
            (k for k in w if zetels[k] > 0),
            key=lambda k: (w[k] / deler(zetels[k] - 1), -plek[k]),
        )
        zetels[k] -= 1
    return zetels


def verdeel_dhondt(totaal: int, gewichten: Gewichten) -> dict[str, int]:
    """D'Hondt (Jefferson): highest averages with divisors 1, 2, 3, …; the sum is exactly
    `totaal` (unless every weight is zero: then every unit gets 0)."""
    return _verdeel_met_delers(totaal, gewichten, lambda s: s + 1, floor)


def verdeel_sainte_lague(totaal: int, gewichten: Gewichten) -> dict[str, int]:
    """Sainte-Laguë (Webster): highest averages with divisors 1, 3, 5, …; the sum is exactly
    `totaal` (unless every weight is zero: then every unit gets 0)."""
    return _verdeel_met_delers(totaal, gewichten, lambda s: 2 * s + 1, half_up)


def verdeel(
    totaal: int,
    gewichten: Gewichten,
    methode: Afronding,
    namen: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """Distribute `totaal` by `gewichten` with the chosen rounding method; `namen` are the
    units' names for largest remainder's tie order (without them the key is the name)."""
    if methode is Afronding.HALF_UP:
        return verdeel_half_up(totaal, gewichten)
    if methode is Afronding.GROOTSTE_REST:
        return verdeel_grootste_rest(totaal, gewichten, namen)
    if methode is Afronding.DHONDT:
        return verdeel_dhondt(totaal, gewichten)
    if methode is Afronding.SAINTE_LAGUE:
        return verdeel_sainte_lague(totaal, gewichten)
    raise NotImplementedError(methode)


def gewicht(inwoners: int, ses_score: Fraction | None) -> Fraction:
    """A municipality's weight in the key: inhabitants × (1 + SES-WOA score); an unknown
    score counts as the national average, 0."""
    return Fraction(inwoners) * (1 + (ses_score or Fraction(0)))


def indicatief_aantal(landelijke_behoefte: int, gewicht: Fraction, totaal_gewicht: Fraction) -> int:
    """One municipality's indicative number (asylum incl. AMV): the national need × its
    weight / the national sum of weights, rounded half-up on its own."""
    if totaal_gewicht == 0:
        return 0
    return half_up(Fraction(landelijke_behoefte) * gewicht / totaal_gewicht)


def amv_aantal(indicatief: int, amv_landelijk: int | None, landelijke_behoefte: int) -> int:
    """The AMV part of an indicative number: round_half_up(indicative × AMV_national /
    national need). NietBerekenbaar while the national AMV part is not yet known (None):
    it is never taken as 0."""
    if amv_landelijk is None:
        raise NietBerekenbaar("de AMV-splitsing", ("amv_landelijk",))
    if landelijke_behoefte == 0:
        return 0
    return half_up(Fraction(indicatief * amv_landelijk, landelijke_behoefte))


def splits_amv(
    indicatief: int, amv_landelijk: int | None, landelijke_behoefte: int
) -> tuple[int, int]:
    """An indicative number split into (regular, AMV); the two add up to `indicatief`.
    NietBerekenbaar while `amv_landelijk` is not yet known."""
    amv = amv_aantal(indicatief, amv_landelijk, landelijke_behoefte)
    return indicatief - amv, amv


@dataclass(frozen=True)
class Verschil:
    """One unit where a computed distribution and a published one disagree; None is a unit
    missing on that side."""

    eenheid: str
    berekend: int | None
    gepubliceerd: int | None

    @property
    def verschil(self) -> int:
        """Computed minus published (a missing side counts as 0)."""
        return (self.berekend or 0) - (self.gepubliceerd or 0)


@dataclass(frozen=True)
class Vergelijking:
    """A computed distribution against a published one: the units that differ, and both sums
    against the stated total."""

    verschillen: tuple[Verschil, ...]
    som_berekend: int
    som_gepubliceerd: int
    totaal: int

    @property
    def gelijk(self) -> bool:
        return not self.verschillen


def verschillen(berekend: Mapping[str, int], gepubliceerd: Mapping[str, int]) -> list[Verschil]:
    """The units whose computed and published numbers differ, computed units first in their
    order, then units only published."""
    eenheden = list(berekend) + [k for k in gepubliceerd if k not in berekend]
    return [
        Verschil(k, berekend.get(k), gepubliceerd.get(k))
        for k in eenheden
        if berekend.get(k) != gepubliceerd.get(k)
    ]


def vergelijk(
    berekend: Mapping[str, int], gepubliceerd: Mapping[str, int], totaal: int
) -> Vergelijking:
    """Compare a computed distribution with a published one and with the stated `totaal`."""
    return Vergelijking(
        verschillen=tuple(verschillen(berekend, gepubliceerd)),
        som_berekend=sum(berekend.values()),
        som_gepubliceerd=sum(gepubliceerd.values()),
        totaal=totaal,
    )
