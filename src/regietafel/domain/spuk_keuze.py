"""The choice between SPUK 1 and SPUK 3 as a game, and its stable sets without trying
every subset (docs/adr/0011-spuk-keuze-zonder-opsomming.md).

A municipality entitled to SPUK 1 (amount s > 0) may take it and leave the SPUK 3 pot
(P, shared pro rata to the places w of those in it); the others stay in. A set S of
SPUK 1 takers is *stable* when nobody gets strictly more by switching, on the exact
(unrounded) pot shares. With W the places in the pot and U = P·w/s the pot weight at which
a municipality is indifferent ("its SPUK 1 amount per place against the pot per place"):

- a taker stays out iff W + w = 0 or s·(W + w) ≥ P·w, i.e. W ≥ U − w;
- an entitled municipality in the pot stays iff W > 0 and s·W ≤ P·w, i.e. 0 < W ≤ U.

So for a given W every entitled municipality is a forced taker (U < W), forced in the pot
(W < U − w), or free (U − w ≤ W ≤ U: a band of width w, its own weight). S is stable iff,
at its own W, it holds every forced taker, no forced pot member, and any free ones whose
weights make W come out exactly. The points where U and U − w cross the integers cut the
possible pot weights into at most 2n + 1 stretches (*banden*) with fixed forced and free
sets; in each, the stable sets are the subsets of the free ones whose weight falls in one
window: a subset sum. Bit-set subset sums (Python ints) decide, count and list them, and a
table per suffix of the free ones finds the best: all in time polynomial in the number of
entitled municipalities and the places in the pot, and the listing spends polynomial time
per set it yields. The ADR shows why no bound in the number of municipalities alone holds.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import floor

from regietafel.domain.verdeelsleutel import verdeel_grootste_rest


def spuk3_verdeling(
    pot: int, plaatsen: Mapping[str, int], deelnemers: Iterable[str]
) -> dict[str, int]:
    """The pot shared pro rata to the places of `deelnemers`, in whole euros by largest
    remainder; when they have no places together, nobody gets anything."""
    gekozen = set(deelnemers)
    return verdeel_grootste_rest(pot, {k: w for k, w in plaatsen.items() if k in gekozen})


@dataclass(frozen=True)
class Keuzespel:
    """The choice between SPUK 1 and SPUK 3 as a game. Per municipality (in listed order)
    its SPUK 1 amount and its places in the pot key; `pot` is what is shared (0 when SPUK 3
    is not paid)."""

    spuk1: Mapping[str, int]
    gewicht: Mapping[str, int]
    pot: int

    @property
    def gerechtigden(self) -> tuple[str, ...]:
        """The municipalities entitled to SPUK 1 (amount > 0), in listed order."""
        return tuple(k for k, v in self.spuk1.items() if v > 0)

    def potgewicht(self, spuk1_gemeenten: frozenset[str]) -> int:
        """The places in the pot when `spuk1_gemeenten` take SPUK 1."""
        return sum(w for k, w in self.gewicht.items() if k not in spuk1_gemeenten)

    def wil_wisselen(self, gemeente: str, spuk1_gemeenten: frozenset[str]) -> bool:
        """Whether `gemeente` would get strictly more by switching (exact pot shares)."""
        s1, w = self.spuk1[gemeente], self.gewicht.get(gemeente, 0)
        if gemeente in spuk1_gemeenten:
            noemer = self.potgewicht(spuk1_gemeenten) + w
            return noemer > 0 and self.pot * w > s1 * noemer
        if s1 == 0:
            return False
        noemer = self.potgewicht(spuk1_gemeenten)
        return noemer == 0 or s1 * noemer > self.pot * w

    def is_stabiel(self, spuk1_gemeenten: frozenset[str]) -> bool:
        """No municipality would get more by switching; nobody without SPUK 1 takes it."""
        if any(self.spuk1[k] == 0 for k in spuk1_gemeenten):
            return False
        return not any(self.wil_wisselen(k, spuk1_gemeenten) for k in self.gerechtigden)

    def spuk3(self, spuk1_gemeenten: frozenset[str]) -> dict[str, int]:
        """The pot shares (whole euros) when `spuk1_gemeenten` take SPUK 1."""
        deelnemers = [k for k in self.gewicht if k not in spuk1_gemeenten]
        return spuk3_verdeling(self.pot, self.gewicht, deelnemers)

    def opbrengst(self, spuk1_gemeenten: frozenset[str]) -> int:
        """What SPUK 1 and SPUK 3 pay the municipalities together."""
        return sum(self.spuk1[k] for k in spuk1_gemeenten) + sum(
            self.spuk3(spuk1_gemeenten).values()
        )


# --------------------------------------------------------------------------------------
# The stretches of pot weight


@dataclass(frozen=True)
class _Band:
    """One stretch of pot weights (all at least 1) with the same forced takers (`vast`)
    and free municipalities (`vrij`), as positions in `gerechtigden`. A stable set here is
    `vast` plus the free ones at positions X whose weight lies in `venster` (the weights
    that put W in the stretch); its pot pays out in full (W > 0), so it pays `basis` + the
    SPUK 1 of X."""

    vast: tuple[int, ...]
    vrij: tuple[int, ...]
    gewichten: tuple[int, ...]  # of the free ones
    bedragen: tuple[int, ...]  # their SPUK 1
    venster: tuple[int, int]
    basis: int


def _banden(spel: Keuzespel) -> list[_Band]:
    """Every stretch of pot weight ≥ 1 in which a stable set can lie (module docstring)."""
    codes = spel.gerechtigden
    s = [spel.spuk1[k] for k in codes]
    w = [spel.gewicht.get(k, 0) for k in codes]
    totaal = sum(spel.gewicht.values())
    laagste = max(1, totaal - sum(w))  # every entitled one takes SPUK 1
    # forced taker from W = floor(U) + 1 on; free from W = ceil(U - w) on
    taker_vanaf = [spel.pot * wi // si + 1 for si, wi in zip(s, w, strict=True)]
    vrij_vanaf = [-(-spel.pot * wi // si) - wi for si, wi in zip(s, w, strict=True)]
    grenzen = sorted(
        {laagste, totaal + 1} | {g for g in taker_vanaf + vrij_vanaf if laagste < g <= totaal}
    )
    banden = []
    for laag, volgende in zip(grenzen, grenzen[1:], strict=False):
        hoog = volgende - 1
        vast = tuple(i for i in range(len(codes)) if taker_vanaf[i] <= laag)
        vrij = tuple(i for i in range(len(codes)) if vrij_vanaf[i] <= laag < taker_vanaf[i])
        rest = totaal - sum(w[i] for i in vast)  # = W + the weight of the free takers
        gewichten = tuple(w[i] for i in vrij)
        venster = (max(0, rest - hoog), min(sum(gewichten), rest - laag))
        if venster[0] <= venster[1]:
            banden.append(
                _Band(
                    vast=vast,
                    vrij=vrij,
                    gewichten=gewichten,
                    bedragen=tuple(s[i] for i in vrij),
                    venster=venster,
                    basis=sum(s[i] for i in vast) + spel.pot,
                )
            )
    return banden


def _raakt(bits: int, laag: int, hoog: int) -> bool:
    """Whether the bit set `bits` has a sum in `laag`..`hoog`."""
    laag = max(laag, 0)
    return hoog >= laag and (bits >> laag) & ((1 << (hoog - laag + 1)) - 1) != 0


def _bereikbaar_per_aantal(gewichten: Sequence[int]) -> list[list[int]]:
    """Per suffix j and count c, the sums of c of `gewichten[j:]` as a bit set."""
    m = len(gewichten)
    tabel = [[0] * (m + 1) for _ in range(m + 1)]
    tabel[m][0] = 1
    for j in range(m - 1, -1, -1):
        volgende = tabel[j + 1]
        tabel[j][0] = 1
        for c in range(1, m - j + 1):
            tabel[j][c] = volgende[c] | (volgende[c - 1] << gewichten[j])
    return tabel


def _deelsommen(band: _Band) -> Iterator[tuple[int, ...]]:
    """The positions (in `band.vrij`) of every subset in the window, fewest first, then in
    listed order; each one after at most len(vrij) window tests."""
    tabel = _bereikbaar_per_aantal(band.gewichten)
    m = len(band.gewichten)

    def verder(
        j: int, c: int, laag: int, hoog: int, gekozen: list[int]
    ) -> Iterator[tuple[int, ...]]:
        if c == 0:
            yield tuple(gekozen)
            return
        w = band.gewichten[j]
        if _raakt(tabel[j + 1][c - 1], laag - w, hoog - w):
            gekozen.append(j)
            yield from verder(j + 1, c - 1, laag - w, hoog - w, gekozen)
            gekozen.pop()
        if m - j - 1 >= c and _raakt(tabel[j + 1][c], laag, hoog):
            yield from verder(j + 1, c, laag, hoog, gekozen)

    laag, hoog = band.venster
    for c in range(m + 1):
        if _raakt(tabel[0][c], laag, hoog):
            yield from verder(0, c, laag, hoog, [])


def _stabiel_bij_nul(spel: Keuzespel) -> bool:
    """Whether everyone entitled taking SPUK 1 leaves an empty pot (W = 0) and is stable:
    at W = 0 nobody entitled can be in the pot."""
    alle = frozenset(spel.gerechtigden)
    return spel.potgewicht(alle) == 0 and spel.is_stabiel(alle)


def stabiele_keuzes(spel: Keuzespel) -> Iterator[frozenset[str]]:
    """Every stable set of SPUK 1 takers, fewest takers first, then in listed order; exact
    for any number of entitled municipalities. Lazy: each next set costs polynomial time,
    so the first ones of a province with very many stable sets come at once."""
    codes = spel.gerechtigden

    def per_band(band: _Band) -> Iterator[tuple[int, tuple[int, ...]]]:
        for x in _deelsommen(band):
            posities = tuple(sorted(band.vast + tuple(band.vrij[j] for j in x)))
            yield len(posities), posities

    stromen = [per_band(b) for b in _banden(spel)]
    if _stabiel_bij_nul(spel):
        stromen.append(iter([(len(codes), tuple(range(len(codes))))]))
    for _, posities in heapq.merge(*stromen):
        yield frozenset(codes[i] for i in posities)


def aantal_stabiele_keuzes(spel: Keuzespel) -> int:
    """How many stable sets there are, counted without listing them.

    Per stretch, the subset sums of the free weights as a polynomial Π(1 + x^w) held in one
    Python int with a digit of `b` bits per power of x (no digit can overflow: it counts at
    most 2^m subsets); the digits in the window add up, modulo 2^b − 1, to the count."""
    aantal = 1 if _stabiel_bij_nul(spel) else 0
    for band in _banden(spel):
        b = len(band.gewichten) + 2
        veelterm = 1
        for w in band.gewichten:
            veelterm += veelterm << (b * w)
        laag, hoog = band.venster
        venster = (veelterm >> (b * laag)) & ((1 << (b * (hoog - laag + 1))) - 1)
        aantal += venster % ((1 << b) - 1)
    return aantal


# --------------------------------------------------------------------------------------
# The best stable set, and the total of the next one


def _suffixtabellen(band: _Band) -> tuple[list[list[int]], int]:
    """Per suffix j of the free ones and per weight: the best key of a subset of
    `vrij[j:]` with exactly that weight, negative where none has it. A key is
    SPUK 1 together × (m + 1) + (m − its size): more SPUK 1 first, then fewer takers.
    Returns the tables and m + 1."""
    m = len(band.gewichten)
    basis = m + 1
    geen = -(sum(band.bedragen) + 1) * basis  # stays negative whatever is added to it
    tabellen = [[m]] * (m + 1)
    for j in range(m - 1, -1, -1):
        w, erbij = band.gewichten[j], band.bedragen[j] * basis - 1
        vorige = tabellen[j + 1]
        tabellen[j] = list(map(max, vorige + [geen] * w, [geen] * w + [k + erbij for k in vorige]))
    return tabellen, basis


def _beste_in(tabel: list[int], laag: int, hoog: int) -> int | None:
    """The best key at a weight in `laag`..`hoog`; None when no subset has one."""
    laag = max(laag, 0)
    if hoog < laag:
        return None
    beste = max(tabel[laag : hoog + 1], default=-1)
    return beste if beste >= 0 else None


@dataclass(frozen=True)
class Beste:
    """The stable set that pays the municipalities most together (fewest takers, then
    listed order, on a tie), its total, and the best total of any other stable set (None
    when it is the only one)."""

    spuk1_gemeenten: frozenset[str]
    totaal: int
    volgende: int | None


def _beste_van_band(band: _Band) -> tuple[tuple[int, ...], int, int | None] | None:
    """In one stretch: the best subset (positions in `vrij`: highest key, then the first in
    listed order), its SPUK 1 together, and the best SPUK 1 together of any other subset
    in the window (None when there is no other)."""
    tabellen, basis = _suffixtabellen(band)
    laag, hoog = band.venster
    doel = _beste_in(tabellen[0], laag, hoog)
    if doel is None:
        return None
    gekozen: list[int] = []
    rest = doel
    for j, (w, s) in enumerate(zip(band.gewichten, band.bedragen, strict=True)):
        met = _beste_in(tabellen[j + 1], laag - w, hoog - w)
        if met is not None and met + s * basis - 1 == rest:
            gekozen.append(j)
            laag, hoog, rest = laag - w, hoog - w, rest - s * basis + 1
    # Any other subset first differs from the best at one position k: it makes the other
    # choice there and is free after k (Lawler's partition), so the best of the others is
    # the best over k of the best completion after k.
    laag, hoog = band.venster
    waarde = 0
    tweede: int | None = None
    for k, (w, s) in enumerate(zip(band.gewichten, band.bedragen, strict=True)):
        if k in gekozen:
            anders = _beste_in(tabellen[k + 1], laag, hoog)
            extra = waarde
            laag, hoog, waarde = laag - w, hoog - w, waarde + s
        else:
            anders = _beste_in(tabellen[k + 1], laag - w, hoog - w)
            extra = waarde + s
        if anders is not None and (tweede is None or anders // basis + extra > tweede):
            tweede = anders // basis + extra
    return tuple(gekozen), doel // basis, tweede


def _bovengrens(band: _Band) -> int:
    """At most what a stable set in the stretch pays: `basis` plus the SPUK 1 of the free
    ones filling the window's upper end best, were parts of a municipality allowed (the
    fractional knapsack: by SPUK 1 per place, highest first)."""
    ruimte, waarde = band.venster[1], Fraction(0)
    for s, w in sorted(
        zip(band.bedragen, band.gewichten, strict=True), key=lambda p: Fraction(p[0], p[1])
    )[::-1]:
        deel = min(w, ruimte)
        waarde += Fraction(s * deel, w)
        ruimte -= deel
    return band.basis + floor(waarde)


def beste_stabiele_keuze(spel: Keuzespel) -> Beste | None:
    """The proposal among every stable set (see `Beste`), without listing them; None when
    no set is stable. The stretches are searched by their upper bound, highest first; one
    whose bound is below the two best totals found cannot change the answer."""
    codes = spel.gerechtigden
    kandidaten: list[tuple[int, int, tuple[int, ...]]] = []  # (-total, size, positions)
    totalen: list[int] = []  # of distinct stable sets
    if _stabiel_bij_nul(spel):
        alle = frozenset(codes)
        kandidaten.append((-spel.opbrengst(alle), len(codes), tuple(range(len(codes)))))
        totalen.append(-kandidaten[0][0])
    for grens, band in sorted(((_bovengrens(b), b) for b in _banden(spel)), key=lambda p: -p[0]):
        if len(totalen) >= 2 and grens < sorted(totalen)[-2]:
            break
        gevonden = _beste_van_band(band)
        if gevonden is None:
            continue
        x, waarde, tweede = gevonden
        posities = tuple(sorted(band.vast + tuple(band.vrij[j] for j in x)))
        kandidaten.append((-(band.basis + waarde), len(posities), posities))
        totalen.append(band.basis + waarde)
        if tweede is not None:
            totalen.append(band.basis + tweede)
    if not kandidaten:
        return None
    beste = min(kandidaten)
    totalen.remove(-beste[0])
    winnaar = frozenset(codes[i] for i in beste[2])
    return Beste(winnaar, -beste[0], max(totalen, default=None))
