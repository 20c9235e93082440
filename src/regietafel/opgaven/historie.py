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
from regietafel.publicaties.openbaarheid import verborgen_locaties
from regietafel.services.toegang import Toegang, leest_locatiedetails

VERBORGEN = {"id", "versie", "volgorde", "gemeente", "cyclus"}
# The free texts of a location that are not public before its phase (services.openbaarheid).
DETAILS = {"naam", "opmerking"}
NIET_OPENBAAR = "(niet openbaar)"


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


def historie(
    gemeente: Gemeente,
    limiet: int = 200,
    *,
    lezer: Toegang | None = None,
    cyclus: str | None = None,
) -> list[HistorieRegel]:
    """The changes to `gemeente`'s records, newest first (at most `limiet`). For a `lezer`
    who may not read the details of a location yet (services.openbaarheid, the setting of
    `cyclus`; a deleted location counts as not public), its changes are listed without its
    name, remarks and the reason given: they would name what is not public."""
    verborgen = set() if lezer is None else _verborgen(gemeente, lezer, cyclus)

    def locatie_naam(r: Any) -> str:
        if r.id in verborgen:
            return f"Locatie {r.get_soort_display()} ({r.plaatsen} plaatsen)"
        return _locatie_naam(r)

    # (records, their name, whether a record is of a location whose details are hidden)
    bronnen = [
        (Aanbod.history.filter(gemeente=gemeente), _aanbod_naam, set()),
        (Opgave.history.filter(gemeente=gemeente), _opgave_naam, set()),
        (Locatie.history.filter(gemeente=gemeente), locatie_naam, verborgen),
    ]
    records = chain.from_iterable(
        (
            (r, naam, r.id in geheim)
            for r in qs.select_related("history_user").order_by("-history_date")[:limiet]
        )
        for qs, naam, geheim in bronnen
    )
    regels = [_regel(r, naam, afgeschermd) for r, naam, afgeschermd in records]
    regels = [r for r in regels if r is not None]
    regels.sort(key=lambda r: r.wanneer, reverse=True)
    return regels[:limiet]


def _verborgen(gemeente: Gemeente, lezer: Toegang, cyclus: str | None) -> set[int]:
    """The locations of `gemeente` whose details `lezer` may not read, deleted ones included
    (their phase is gone with them)."""
    provincie = gemeente.provincie.code
    if leest_locatiedetails(lezer, provincie, gemeente.cbs_code):
        return set()
    bestaand = set(gemeente.locaties.values_list("pk", flat=True))
    ooit = set(Locatie.history.filter(gemeente=gemeente).values_list("id", flat=True))
    return set(verborgen_locaties(lezer, provincie, cyclus)) | (ooit - bestaand)


def _regel(record: Any, naam: Any, afgeschermd: bool = False) -> HistorieRegel | None:
    soort = {"+": "nieuw", "~": "gewijzigd", "-": "verwijderd"}[record.history_type]
    veranderingen: tuple[Verandering, ...] = ()
    if soort == "gewijzigd":
        vorige = record.prev_record
        if vorige is not None:
            delta = record.diff_against(vorige)
            veranderingen = tuple(
                Verandering(c.field, NIET_OPENBAAR, NIET_OPENBAAR)
                if afgeschermd and c.field in DETAILS
                else Verandering(c.field, c.old, c.new)
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
        reden="" if afgeschermd else record.history_change_reason or "",
    )


def _aanbod_naam(r: Any) -> str:
    return f"Aanbod {r.get_categorie_display()} {r.jaar}"


def _opgave_naam(r: Any) -> str:
    return f"Opgave {r.get_categorie_display()}"


def _locatie_naam(r: Any) -> str:
    return f"Locatie {r.naam or r.get_soort_display()} ({r.plaatsen} plaatsen)"
