"""Dutch sentence parts for messages made in the domain: counts with their noun, lists,
shortened quotes. Figures themselves are written by `domain.opmaak`."""

from __future__ import annotations

from collections.abc import Sequence

from regietafel.domain import opmaak


def nl_aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """A count with its noun in the right number: ``1 plaats``, ``1.352 plaatsen``; none is
    ``geen plaatsen``."""
    if n == 0:
        return f"geen {meervoud}"
    return f"{opmaak.getal(n)} {enkelvoud if n == 1 else meervoud}"


def nl_opsomming(delen: Sequence[str]) -> str:
    """Parts joined the Dutch way: ``Assen, Coevorden en Hoogeveen``."""
    if len(delen) <= 1:
        return "".join(delen)
    return f"{', '.join(delen[:-1])} en {delen[-1]}"


LANGSTE_WAARDE = 80
"""The longest value a message repeats from a file or form; longer ones are cut (issue 22)."""


def ingekort(tekst: str, lengte: int = LANGSTE_WAARDE) -> str:
    """`tekst` cut to `lengte` characters, the last being ``…`` where anything was left out:
    a message quotes the start of a 400 MB cell, not the cell."""
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1] + "…"
