"""The readable audit trail of a municipality: every change to its targets, offers and
locations, newest first, with who, when, the old and the new value, and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from typing import Any

from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.provincies.models import Gemeente

VERBORGEN = {"id", "versie", "volgorde", "gemeente", "cyclus"}


@dataclass(frozen=True)
class Verandering:
    veld: str
    oud: Any
    nieuw: Any


@dataclass(frozen=True)
class HistorieRegel:
    wanneer: datetime
    wie: str
    wat: str
    soort: str  # "nieuw", "gewijzigd", "verwijderd"
    veranderingen: tuple[Verandering, ...]
    reden: str


def historie(gemeente: Gemeente, limiet: int = 200) -> list[HistorieRegel]:
    """The changes to `gemeente`'s records, newest first (at most `limiet`)."""
    bronnen = [
        (Aanbod.history.filter(gemeente=gemeente), _aanbod_naam),
        (Opgave.history.filter(gemeente=gemeente), _opgave_naam),
        (Locatie.history.filter(gemeente=gemeente), _locatie_naam),
    ]
    records = chain.from_iterable(
        ((r, naam) for r in qs.select_related("history_user").order_by("-history_date")[:limiet])
        for qs, naam in bronnen
    )
    regels = [_regel(r, naam) for r, naam in records]
    regels = [r for r in regels if r is not None]
    regels.sort(key=lambda r: r.wanneer, reverse=True)
    return regels[:limiet]


def _regel(record: Any, naam: Any) -> HistorieRegel | None:
    soort = {"+": "nieuw", "~": "gewijzigd", "-": "verwijderd"}[record.history_type]
    veranderingen: tuple[Verandering, ...] = ()
    if soort == "gewijzigd":
        vorige = record.prev_record
        if vorige is not None:
            delta = record.diff_against(vorige)
            veranderingen = tuple(
                Verandering(c.field, c.old, c.new)
                for c in delta.changes
                if c.field not in VERBORGEN
            )
        if not veranderingen:
            return None
    gebruiker = record.history_user
    return HistorieRegel(
        wanneer=record.history_date,
        wie=gebruiker.get_username() if gebruiker else "systeem (import)",
        wat=naam(record),
        soort=soort,
        veranderingen=veranderingen,
        reden=record.history_change_reason or "",
    )


def _aanbod_naam(r: Any) -> str:
    return f"Aanbod {r.get_categorie_display()} {r.jaar}"


def _opgave_naam(r: Any) -> str:
    return f"Opgave {r.get_categorie_display()}"


def _locatie_naam(r: Any) -> str:
    return f"Locatie {r.naam or r.get_soort_display()} ({r.plaatsen} plaatsen)"
