"""The source (*bron*) of every stored figure, and its reference date (*peildatum*).

A figure comes from an import (a file, named and fingerprinted by its SHA-256), from a
document (for example the capaciteitsbesluit of a date, or the provincial report), or from
a person who entered it (name and moment). Its *peildatum* is the day the figure describes,
which is not the day it was stored: the inhabitants of 1 January 2023 stay of that day.

Figures older than a chosen age are stale (*verouderd*); the age is a parameter
(`Actualiteit`), set per province or per request. Pure: "today" is always an argument.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from regietafel.domain import opmaak
from regietafel.domain.datums import lees_datum
from regietafel.domain.tekst import nl_aantal


class BronSoort(StrEnum):
    """What kind of source a figure has."""

    DOCUMENT = "document"
    IMPORT = "import"
    PERSOON = "persoon"


# The groups of figures a data file can name in its `[[bron]]` section; the puzzle's column
# keys (``asiel_regulier.aanbod.2025``) fall into these groups.
CIJFERGROEPEN: dict[str, str] = {
    "inwoners": "inwoners",
    "oekraine.opgave": "Oekraïne: provinciale opgave",
    "oekraine.realisatie": "Oekraïne: realisatie",
    "oekraine.ambitie": "Oekraïne: ambitie",
    "asiel_regulier.opgave": "asielopvang regulier: opgave",
    "asiel_regulier.realisatie": "asielopvang regulier: realisatie",
    "asiel_regulier.aanbod": "asielopvang regulier: aanbod",
    "amv.opgave": "AMV: opgave",
    "amv.realisatie": "AMV: realisatie",
    "amv.aanbod": "AMV: aanbod",
    "locaties": "opvanglocaties (plaatsen)",
}

MELDINGEN = {
    "verplicht": "Vul {veld} in.",
    "geen_datum": "{veld}: '{waarde}' is geen datum; schrijf d-m-jjjj.",
    "geen_hash": "{veld}: '{waarde}' is geen SHA-256 (64 hexadecimale tekens).",
    "geen_dagen": "{veld}: '{waarde}' is geen aantal dagen; vul een heel getal van 1 of meer in.",
    "onbekende_groep": "{veld}: '{waarde}' is geen bekende groep cijfers.",
    "onbekende_keuze": "{veld}: '{waarde}' staat niet in de lijst; kies een van de waarden.",
    "dubbele_groep": "{veld}: de cijfers '{waarde}' staan al bij een andere bron.",
    "peildatum_na_document": "{veld}: de peildatum {waarde} ligt na de datum van het document.",
}


@dataclass(frozen=True)
class BronFout(ValueError):
    """Bad input for a source: the field, the value and a code; the Dutch message is made
    from the code here, so the web app, the CLI and the API say the same thing."""

    veld: str
    waarde: object
    code: str

    def __str__(self) -> str:
        return MELDINGEN[self.code].format(veld=self.veld, waarde=self.waarde)


@dataclass(frozen=True)
class Bron:
    """Where a figure comes from. Build one with `document`, `uit_import` or
    `ingevoerd_door`, which check their input."""

    soort: BronSoort
    titel: str = ""  # a document's title, e.g. "Capaciteitsbesluit"
    datum: date | None = None  # a document's date
    bestandsnaam: str = ""  # an import's file
    sha256: str = ""  # an import's fingerprint
    persoon: str = ""  # who imported or entered the figure
    moment: datetime | None = None  # when it was imported or entered

    @property
    def omschrijving(self) -> str:
        """The source in one Dutch line, as the puzzle, the report and the CLI show it."""
        if self.soort is BronSoort.DOCUMENT:
            return f"{self.titel} van {opmaak.datum(self.datum)}" if self.datum else self.titel
        wanneer = (
            f"{opmaak.datum(self.moment.date())} om {self.moment:%H:%M}" if self.moment else ""
        )
        # Without a name (as the public sees it) the sentence still reads.
        door = f" door {self.persoon}" if self.persoon else ""
        if self.soort is BronSoort.IMPORT:
            return (
                f"Import van {self.bestandsnaam} (SHA-256 {self.sha256[:12]}…) op {wanneer}{door}"
            )
        return f"Ingevoerd{door} op {wanneer}"

    @property
    def sorteersleutel(self) -> tuple[int, str, str]:
        """Documents first, then imports, then people; each in time order."""
        if self.moment is not None:
            wanneer = self.moment.isoformat()
        else:
            wanneer = self.datum.isoformat() if self.datum else ""
        naam = self.titel + self.bestandsnaam + self.persoon
        return (list(BronSoort).index(self.soort), wanneer, naam)


def _verplicht(veld: str, waarde: str) -> str:
    tekst = waarde.strip()
    if not tekst:
        raise BronFout(veld, waarde, "verplicht")
    return tekst


def document(titel: str, datum: date | None) -> Bron:
    """A document source, e.g. ``document("Capaciteitsbesluit", date(2024, 1, 31))``."""
    return Bron(
        BronSoort.DOCUMENT, titel=_verplicht("de titel van het document", titel), datum=datum
    )


_HEX64 = re.compile(r"[0-9a-f]{64}")


def uit_import(bestandsnaam: str, sha256: str, persoon: str, moment: datetime) -> Bron:
    """An imported file as the source of the figures it wrote."""
    naam = _verplicht("de bestandsnaam", bestandsnaam)
    if not _HEX64.fullmatch(sha256):
        raise BronFout("sha256", sha256, "geen_hash")
    return Bron(BronSoort.IMPORT, bestandsnaam=naam, sha256=sha256, persoon=persoon, moment=moment)


def ingevoerd_door(persoon: str, moment: datetime) -> Bron:
    """A person who entered the figure by hand, at `moment`."""
    return Bron(
        BronSoort.PERSOON, persoon=_verplicht("de naam van wie invoert", persoon), moment=moment
    )


@dataclass(frozen=True)
class Herkomst:
    """A stored figure's source and its reference date (*peildatum*)."""

    bron: Bron
    peildatum: date


@dataclass(frozen=True)
class Actualiteit:
    """When a figure is stale: its *peildatum* lies more than `max_dagen` days before today.

    180 days (half a year, the rhythm of the status-holder tasks) is a default; a province
    sets its own, and a page or command can ask for another age.
    """

    max_dagen: int = 180

    def __post_init__(self) -> None:
        if isinstance(self.max_dagen, bool) or not isinstance(self.max_dagen, int):
            raise BronFout("ouder dan (dagen)", self.max_dagen, "geen_dagen")
        if self.max_dagen < 1:
            raise BronFout("ouder dan (dagen)", self.max_dagen, "geen_dagen")


def leeftijd(peildatum: date, vandaag: date) -> int:
    """The age of a figure in days (negative for a reference date in the future)."""
    return (vandaag - peildatum).days


def is_verouderd(peildatum: date, vandaag: date, norm: Actualiteit) -> bool:
    """Whether a figure of `peildatum` is stale on `vandaag`."""
    return leeftijd(peildatum, vandaag) > norm.max_dagen


@dataclass(frozen=True)
class Peilbereik:
    """The reference dates of a column of figures: the oldest and the most recent."""

    van: date
    tot: date

    @property
    def tekst(self) -> str:
        if self.van == self.tot:
            return opmaak.datum(self.tot)
        return f"{opmaak.datum(self.van)} t/m {opmaak.datum(self.tot)}"


def peilbereik(peildata: Iterable[date]) -> Peilbereik | None:
    """The range of reference dates, or None when no figure has one."""
    alle = sorted(peildata)
    return Peilbereik(alle[0], alle[-1]) if alle else None


def peildatum_per_kolom(herkomsten: Mapping[tuple[str, str], Herkomst]) -> dict[str, Peilbereik]:
    """Per column the range of reference dates; `herkomsten` is keyed (row, column)."""
    per_kolom: dict[str, list[date]] = {}
    for (_, kolom), h in herkomsten.items():
        per_kolom.setdefault(kolom, []).append(h.peildatum)
    uit: dict[str, Peilbereik] = {}
    for kolom, data in per_kolom.items():
        bereik = peilbereik(data)
        if bereik is not None:
            uit[kolom] = bereik
    return uit


@dataclass(frozen=True)
class Bronvermelding:
    """One source in a list of sources: how many of the figures come from it, and their
    reference dates."""

    bron: Bron
    aantal: int
    peildata: Peilbereik

    @property
    def tekst(self) -> str:
        cijfers = nl_aantal(self.aantal, "cijfer", "cijfers")
        return f"{self.bron.omschrijving} ({cijfers}, peildatum {self.peildata.tekst})"


def gebruikte_bronnen(herkomsten: Iterable[Herkomst]) -> tuple[Bronvermelding, ...]:
    """The distinct sources behind a set of figures (e.g. a report's), documents first."""
    per_bron: dict[Bron, list[date]] = {}
    for h in herkomsten:
        per_bron.setdefault(h.bron, []).append(h.peildatum)
    vermeldingen = []
    for bron, data in per_bron.items():
        bereik = peilbereik(data)
        assert bereik is not None  # every source here has at least one figure
        vermeldingen.append(Bronvermelding(bron, len(data), bereik))
    return tuple(sorted(vermeldingen, key=lambda v: v.bron.sorteersleutel))


@dataclass(frozen=True)
class Bronopgave:
    """A data file's statement: these groups of figures come from this document, as of this
    reference date."""

    bron: Bron
    peildatum: date
    groepen: tuple[str, ...]


def bronnen_uit_dict(rijen: Iterable[Mapping[str, Any]]) -> tuple[Bronopgave, ...]:
    """The `[[bron]]` entries of a data file (``document``, ``datum``, ``peildatum``,
    ``cijfers``), checked: known groups, each group at most once, readable dates."""
    uit: list[Bronopgave] = []
    gezien: set[str] = set()
    for i, rij in enumerate(rijen, 1):
        plaats = f"bron {i}"
        bron = document(str(rij.get("document", "")), _datum(rij, "datum", plaats))
        peildatum = _datum(rij, "peildatum", plaats) or bron.datum
        if peildatum is None:
            raise BronFout(f"{plaats}, peildatum", "", "verplicht")
        if bron.datum is not None and peildatum > bron.datum:
            raise BronFout(f"{plaats}, peildatum", opmaak.datum(peildatum), "peildatum_na_document")
        groepen = tuple(str(g) for g in rij.get("cijfers", []))
        if not groepen:
            raise BronFout(f"{plaats}, cijfers", "", "verplicht")
        for groep in groepen:
            if groep not in CIJFERGROEPEN:
                raise BronFout(f"{plaats}, cijfers", groep, "onbekende_groep")
            if groep in gezien:
                raise BronFout(f"{plaats}, cijfers", groep, "dubbele_groep")
            gezien.add(groep)
        uit.append(Bronopgave(bron, peildatum, groepen))
    return tuple(uit)


def _datum(rij: Mapping[str, Any], veld: str, plaats: str) -> date | None:
    tekst = str(rij.get(veld, "")).strip()
    if not tekst:
        return None
    d = lees_datum(tekst)
    if d is None:
        raise BronFout(f"{plaats}, {veld}", tekst, "geen_datum")
    return d
