"""Progress (*voortgang*) of a long job in named steps, as the user sees it: a percentage that
only rises, and the step being done ("Noord-Brabant: Bijlage 1").

A job is split into parts, each with its share of the whole (a band of percentages); a part
reports how far it is within its own band, as a fraction from 0 to 1. The whole never goes
back, even when a part reports less than before, and stays below 100 until the job says it
is done (`klaar`): a page that shows 100% offers the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Melder = Callable[[int, str], None]
HOOGSTE_VOOR_KLAAR = 99


@dataclass
class Voortgang:
    """The progress of one job, passed on to `melden` (a percentage and the step)."""

    melden: Melder
    procent: int = 0
    stap: str = ""

    def meld(self, procent: float, stap: str) -> None:
        """Report `stap` at `procent` (never below what was reported before)."""
        nieuw = max(self.procent, min(HOOGSTE_VOOR_KLAAR, int(procent)))
        if (nieuw, stap) == (self.procent, self.stap):
            return
        self.procent, self.stap = nieuw, stap
        self.melden(nieuw, stap)

    def deel(self, van: float, tot: float, voorvoegsel: str = "") -> Deel:
        """The part of the job from `van` to `tot` percent; its steps are named
        "`voorvoegsel`: step" when a prefix is given."""
        return Deel(self, van, tot, voorvoegsel)

    def klaar(self, stap: str = "Klaar") -> None:
        self.procent, self.stap = 100, stap
        self.melden(100, stap)


@dataclass(frozen=True)
class Deel:
    """A band of a job's progress; `meld(fractie, stap)` with `fractie` from 0 to 1."""

    geheel: Voortgang
    van: float
    tot: float
    voorvoegsel: str = ""

    def meld(self, fractie: float, stap: str) -> None:
        fractie = min(1.0, max(0.0, fractie))
        naam = f"{self.voorvoegsel}: {stap}" if self.voorvoegsel else stap
        self.geheel.meld(self.van + fractie * (self.tot - self.van), naam)

    def deel(self, van: float, tot: float, voorvoegsel: str = "") -> Deel:
        """A band within this band: `van` and `tot` as fractions of it."""
        breedte = self.tot - self.van
        naam = ": ".join(n for n in (self.voorvoegsel, voorvoegsel) if n)
        return Deel(self.geheel, self.van + van * breedte, self.van + tot * breedte, naam)


def stil(_procent: int, _stap: str) -> None:
    """A melder that reports nothing (the command line without progress)."""
    return None


def totaal_van_delen(delen: Sequence[int], afronding: int = 5) -> int:
    """The progress of a job made of equal parts that run side by side (a report per
    province), each at its own percentage, and a last step (putting them together) that
    takes `afronding` percent: below 100 until that last step is done."""
    if not delen:
        return 0
    gemiddeld = sum(min(100, max(0, d)) for d in delen) / len(delen)
    return int(gemiddeld * (100 - afronding) / 100)
