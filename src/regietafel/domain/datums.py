"""Reading dates as Dutch officials write them (``1-3-2017``) or as ISO (``2017-03-01``)."""

from __future__ import annotations

import re
from datetime import date

_NL = re.compile(r"^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def lees_datum(tekst: str) -> date | None:
    """The date in `tekst`, or None when it is not a date (e.g. ``"28"``)."""
    if m := _NL.match(tekst):
        dag, maand, jaar = (int(g) for g in m.groups())
    elif m := _ISO.match(tekst):
        jaar, maand, dag = (int(g) for g in m.groups())
    else:
        return None
    try:
        return date(jaar, maand, dag)
    except ValueError:
        return None
