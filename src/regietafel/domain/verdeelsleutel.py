"""The apportionment (*verdeelsleutel*): distribute a total over units by weight.

All arithmetic is exact (`fractions.Fraction`), so no rounding drift can creep in.

Rounding methods (`model.Afronding`):

- half-up: each quota rounded on its own; the sum may differ from the total (as published);
- largest remainder (Hamilton): floors, then the leftover units to the largest remainders;
- D'Hondt and Sainte-Laguë: divisor methods (highest averages with divisors s + 1 and
  2s + 1); the sum is exact.

Ties always go to the unit listed first, so every method is deterministic.

The ministry's key (DOMAIN, "The distribution key"): a municipality's weight is
inhabitants × (1 + SES-WOA score); its indicative number is the national need × its
weight / the national sum of weights, rounded half-up per municipality; the AMV part is
split off as round_half_up(indicative × national AMV / national need).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
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


def verdeel_grootste_rest(totaal: int, gewichten: Gewichten) -> dict[str, int]:
    """Hamilton's method: floor every quota, then give the leftover units to the largest
    remainders (ties go to the unit listed first). The sum is exactly `totaal`."""
    quotas = quota(totaal, gewichten)
    uitkomst = {k: floor(q) for k, q in quotas.items()}
    if not quotas or sum(Fraction(w) for w in gewichten.values()) == 0:
        return uitkomst
    over = totaal - sum(uitkomst.values())
    volgorde = sorted(quotas, key=lambda k: quotas[k] - uitkomst[k], reverse=True)
    for k in volgorde[:over]:
        uitkomst[k] += 1
    return uitkomst


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


def verdeel(totaal: int, gewichten: Gewichten, methode: Afronding) -> dict[str, int]:
    """Distribute `totaal` by `gewichten` with the chosen rounding method."""
    if methode is Afronding.HALF_UP:
        return verdeel_half_up(totaal, gewichten)
    if methode is Afronding.GROOTSTE_REST:
        return verdeel_grootste_rest(totaal, gewichten)
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


def indicatieve_aantallen(
    landelijke_behoefte: int,
    gewichten: Mapping[str, Fraction],
    totaal_gewicht: Fraction | None = None,
) -> dict[str, int]:
    """The indicative number of each unit. `totaal_gewicht` is the national sum of weights;
    leave it out when `gewichten` covers the whole country."""
    noemer = sum(gewichten.values(), Fraction(0)) if totaal_gewicht is None else totaal_gewicht
    return {k: indicatief_aantal(landelijke_behoefte, w, noemer) for k, w in gewichten.items()}


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
    def somverschil_berekend(self) -> int:
        """Σ computed − total."""
        return self.som_berekend - self.totaal

    @property
    def somverschil_gepubliceerd(self) -> int:
        """Σ published − total."""
        return self.som_gepubliceerd - self.totaal

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
