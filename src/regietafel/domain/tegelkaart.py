"""A tile map (*tegelkaart*): the province's municipalities as a grid of equal, labelled
tiles, each coloured by how far it has realised its task.

The grid comes from a small layout file per province (``data/tegelkaart-<provincie>.toml``):
it keeps the rough neighbourhood of the municipalities, not their shape. No geographic
boundaries are drawn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

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
