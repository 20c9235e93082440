"""Reserve emergency reception (*reserve noodopvang*): places a municipality keeps at hand
in case the national reception (Ter Apel) overflows, with how fast they can be opened and
on what conditions (seed 004).

These places are kept apart from the task: they are not an offer (*aanbod*), not a
location of the puzzle, and count toward no opgave, SPUK or Bijlage 1 figure. This module
only sums them, per province and status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class ReserveStatus(StrEnum):
    """Where a standby capacity stands: explored, promised, activated or ended."""

    VERKEND = "verkend"
    TOEGEZEGD = "toegezegd"
    GEACTIVEERD = "geactiveerd"
    BEEINDIGD = "beeindigd"


# Statuses whose places can still be (or are) opened: an ended reserve is history.
INZETBAAR = (ReserveStatus.VERKEND, ReserveStatus.TOEGEZEGD, ReserveStatus.GEACTIVEERD)


@dataclass(frozen=True)
class Reserve:
    """One standby capacity of a municipality in a province."""

    provincie: str
    cbs_code: str
    plaatsen: int
    status: ReserveStatus
    openen_binnen_dagen: int | None = None


@dataclass(frozen=True)
class ReserveTotaal:
    """The places per status of one province (or nationally), and how many reserves."""

    per_status: Mapping[ReserveStatus, int]
    aantal: int
    snelste_dagen: int | None

    @property
    def inzetbaar(self) -> int:
        """The places not ended: explored, promised or activated."""
        return sum(self.per_status.get(s, 0) for s in INZETBAAR)


def reservetotaal(reserves: Iterable[Reserve]) -> ReserveTotaal:
    """The sum of `reserves` per status, with the fastest opening time of those not ended."""
    lijst = list(reserves)
    per_status = {s: sum(r.plaatsen for r in lijst if r.status is s) for s in ReserveStatus}
    dagen = [
        r.openen_binnen_dagen
        for r in lijst
        if r.status in INZETBAAR and r.openen_binnen_dagen is not None
    ]
    return ReserveTotaal(per_status, len(lijst), min(dagen) if dagen else None)


def totalen_per_provincie(reserves: Iterable[Reserve]) -> dict[str, ReserveTotaal]:
    """`reservetotaal` per province code."""
    per: dict[str, list[Reserve]] = {}
    for r in reserves:
        per.setdefault(r.provincie, []).append(r)
    return {code: reservetotaal(rs) for code, rs in per.items()}
