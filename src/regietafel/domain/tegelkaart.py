"""A tile map (*tegelkaart*): the province's municipalities as a grid of equal, labelled
tiles, each coloured by how far it has realised its task.

The grid comes from a small layout file per province (``data/tegelkaart-<provincie>.toml``):
it keeps the rough neighbourhood of the municipalities, not their shape. No geographic
boundaries are drawn. A province without such a file gets its municipalities by name
(`op_alfabet`), so its dashboard still shows every tile.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import ceil, isqrt

from regietafel.domain.statushouders import procent


@dataclass(frozen=True)
class TegelPlek:
    """Where a municipality's tile sits: column and row from 1, and its short label."""

    cbs_code: str
    kolom: int
    rij: int
    label: str


@dataclass(frozen=True)
class Tegel:
    """A tile: its place, the realisation (None: unknown) and its colour class."""

    plek: TegelPlek
    naam: str
    aandeel: Fraction | None
    klasse: str
    toelichting: str

    @property
    def procent(self) -> int | None:
        return procent(self.aandeel)


KLASSEN = ("onbekend", "laag", "bijna", "gehaald")


def klasse(aandeel: Fraction | None, drempels: Sequence[Fraction]) -> str:
    """``onbekend``, ``laag`` (below the first threshold), ``bijna`` (below the last) or
    ``gehaald``. With thresholds (3/4, 1): 0.5 is laag, 0.8 bijna, 1.2 gehaald."""
    if aandeel is None:
        return "onbekend"
    if aandeel >= drempels[-1]:
        return "gehaald"
    return "bijna" if aandeel >= drempels[0] else "laag"


def tegels(
    plekken: Sequence[TegelPlek],
    namen: Mapping[str, str],
    aandelen: Mapping[str, Fraction | None],
    toelichting: Mapping[str, str],
    drempels: Sequence[Fraction],
) -> list[Tegel]:
    """The tiles of the municipalities in the layout, in reading order (row, column)."""
    return [
        Tegel(
            plek=p,
            naam=namen.get(p.cbs_code, p.label),
            aandeel=aandelen.get(p.cbs_code),
            klasse=klasse(aandelen.get(p.cbs_code), drempels),
            toelichting=toelichting.get(p.cbs_code, ""),
        )
        for p in sorted(plekken, key=lambda p: (p.rij, p.kolom))
    ]


def ontbrekend(plekken: Sequence[TegelPlek], codes: Sequence[str]) -> list[str]:
    """Municipalities of the province without a tile: the layout file needs a row for them."""
    geplaatst = {p.cbs_code for p in plekken}
    return [c for c in codes if c not in geplaatst]


def op_alfabet(namen: Mapping[str, str]) -> tuple[int, int, list[TegelPlek]]:
    """A layout without a layout file: the municipalities (`namen`, CBS code to name) by name,
    row by row, in a grid as square as their number allows (7 make 3 columns of 3 rows)."""
    codes = sorted(namen, key=lambda c: (namen[c].casefold(), c))
    kolommen = max(1, isqrt(len(codes) - 1) + 1) if codes else 1
    rijen = max(1, ceil(len(codes) / kolommen))
    plekken = [
        TegelPlek(cbs_code=c, kolom=i % kolommen + 1, rij=i // kolommen + 1, label=namen[c])
        for i, c in enumerate(codes)
    ]
    return kolommen, rijen, plekken
