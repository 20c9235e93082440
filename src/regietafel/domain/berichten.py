"""Which e-mail messages (*berichten*) are due: the consultation reminders, and who an
action or a meeting's participant list names. Pure: the caller passes today's date.

A reminder (*herinnering*) goes to a municipality that has not answered, once: `VOORAF`
from `dagen_vooraf` days before the deadline up to the day before it, `TE_LAAT` from the
deadline on (answers are due *before* `antwoord_voor`; received on it is late).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum


class Herinnering(StrEnum):
    """The two reminders of a consultation."""

    VOORAF = "herinnering"  # the deadline is near
    TE_LAAT = "te-laat"  # the deadline has passed without an answer


def verschuldigde_herinnering(
    antwoord_voor: date, vandaag: date, dagen_vooraf: int, beantwoord: bool
) -> Herinnering | None:
    """The reminder a municipality is due today, if any (the caller keeps it from going
    out twice)."""
    if dagen_vooraf < 0:
        raise ValueError("dagen_vooraf is niet negatief")
    if beantwoord:
        return None
    if vandaag >= antwoord_voor:
        return Herinnering.TE_LAAT
    if vandaag >= antwoord_voor - timedelta(days=dagen_vooraf):
        return Herinnering.VOORAF
    return None


def plus_maanden(dag: date, maanden: int) -> date:
    """The same day `maanden` months later (or earlier), on the month's last day when it
    is shorter: 31 January plus one month is 28 or 29 February."""
    index = dag.year * 12 + dag.month - 1 + maanden
    jaar, maand = divmod(index, 12)
    maand += 1
    volgende = date(jaar + (maand == 12), maand % 12 + 1, 1)
    return date(jaar, maand, min(dag.day, (volgende - timedelta(days=1)).day))


def horizon_dagen(peildatum: date, maanden: int) -> int:
    """The days from `peildatum` to the same day `maanden` months later."""
    if maanden < 0:
        raise ValueError("maanden is niet negatief")
    return (plus_maanden(peildatum, maanden) - peildatum).days


def _patroon(naam: str) -> re.Pattern[str]:
    # A name counts as a whole word: "Drenthe" is not named in "Midden-Drenthe".
    return re.compile(rf"(?<![\w-]){re.escape(naam.strip())}(?![\w-])", re.IGNORECASE)


def noemt(tekst: str, naam: str) -> bool:
    """Whether `tekst` (an action's owner, a participant) names the organisation `naam`
    as a whole word, in any case: "Gemeente Assen", "assen en Tynaarlo" name Assen."""
    return bool(naam.strip()) and _patroon(naam).search(tekst) is not None


def genoemde(teksten: Iterable[str], namen: Iterable[str]) -> tuple[str, ...]:
    """The `namen` that any of `teksten` names, in the order of `namen`."""
    alle = tuple(teksten)
    return tuple(n for n in namen if any(noemt(t, n) for t in alle))
