"""Figures written the Dutch way, for messages made in the domain."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from fractions import Fraction
from math import floor


def nl_getal(n: int) -> str:
    """An integer with a dot as thousands separator: 5722 -> ``5.722``."""
    return f"{n:,}".replace(",", ".")


def nl_euro(bedrag: int) -> str:
    """Whole euros as ``€ 3.084.000``."""
    return f"€ {nl_getal(bedrag)}"


def nl_datum(dag: date) -> str:
    """A date as Dutch officials write it: ``1-3-2017``."""
    return f"{dag.day}-{dag.month}-{dag.year}"


def nl_opsomming(delen: Sequence[str]) -> str:
    """Parts joined the Dutch way: ``Assen, Coevorden en Hoogeveen``."""
    if len(delen) <= 1:
        return "".join(delen)
    return f"{', '.join(delen[:-1])} en {delen[-1]}"


def nl_procent(aandeel: Fraction) -> str:
    """A fraction as a whole percentage, rounded half up: 3/4 -> ``75%``."""
    return f"{nl_getal(floor(aandeel * 100 + Fraction(1, 2)))}%"
