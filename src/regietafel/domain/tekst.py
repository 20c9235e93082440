"""Figures written the Dutch way, for messages made in the domain."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from fractions import Fraction
from math import floor

NOG_NIET_BEKEND = "nog niet bekend"
"""How every screen, document and API text writes a figure that is not yet known (None)."""


def nl_getal(n: int | None) -> str:
    """An integer with a dot as thousands separator: 5722 -> ``5.722``; unknown (None) ->
    ``nog niet bekend``."""
    return NOG_NIET_BEKEND if n is None else f"{n:,}".replace(",", ".")


def nl_aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """A count with its noun in the right number: ``1 plaats``, ``1.352 plaatsen``; none is
    ``geen plaatsen``."""
    if n == 0:
        return f"geen {meervoud}"
    return f"{nl_getal(n)} {enkelvoud if n == 1 else meervoud}"


def nl_euro(bedrag: int | None) -> str:
    """Whole euros as ``€ 3.084.000``; an unknown amount (None) as ``nog niet bekend``,
    never as ``€ 0``."""
    return NOG_NIET_BEKEND if bedrag is None else f"€ {nl_getal(bedrag)}"


def nl_datum(dag: date) -> str:
    """A date as Dutch officials write it: ``1-3-2017``."""
    return f"{dag.day}-{dag.month}-{dag.year}"


def nl_opsomming(delen: Sequence[str]) -> str:
    """Parts joined the Dutch way: ``Assen, Coevorden en Hoogeveen``."""
    if len(delen) <= 1:
        return "".join(delen)
    return f"{', '.join(delen[:-1])} en {delen[-1]}"


def nl_procent(aandeel: Fraction | None) -> str:
    """A fraction as a whole percentage, rounded half up: 3/4 -> ``75%``; unknown (None) ->
    ``nog niet bekend``."""
    if aandeel is None:
        return NOG_NIET_BEKEND
    return f"{nl_getal(floor(aandeel * 100 + Fraction(1, 2)))}%"


LANGSTE_WAARDE = 80
"""The longest value a message repeats from a file or form; longer ones are cut (issue 22)."""


def ingekort(tekst: str, lengte: int = LANGSTE_WAARDE) -> str:
    """`tekst` cut to `lengte` characters, the last being ``…`` where anything was left out:
    a message quotes the start of a 400 MB cell, not the cell."""
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1] + "…"
