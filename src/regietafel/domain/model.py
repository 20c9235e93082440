"""The domain objects of a Spreidingswet cycle.

Dutch nouns are kept where the users know them; each is explained in English here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction

from regietafel.domain.pijplijn import Fase, Faseovergang


class Categorie(StrEnum):
    """A category of the task (*opgave*): regular asylum, unaccompanied minors, Ukraine."""

    ASIEL_REGULIER = "asiel_regulier"
    AMV = "amv"
    OEKRAINE = "oekraine"


class LocatieSoort(StrEnum):
    """The kind of a reception location (*opvanglocatie*)."""

    REGULIER = "regulier"
    AMV = "amv"  # kleinschalige opvang voor alleenstaande minderjarige vreemdelingen
    TGO = "tgo"  # tijdelijke gemeentelijke opvang (bijzondere aard)
    NO = "no"  # noodopvang (bijzondere aard)
    GEZINSLOCATIE = "gezinslocatie"
    HTL = "htl"  # handhaving- en toezichtlocatie


class LocatieStatus(StrEnum):
    """Whether a location's places are still planned or already realised."""

    GEPLAND = "gepland"
    GEREALISEERD = "gerealiseerd"


class Afronding(StrEnum):
    """A rounding method for an apportionment (*verdeelsleutel*)."""

    HALF_UP = "half_up"
    GROOTSTE_REST = "grootste_rest"
    DHONDT = "dhondt"
    SAINTE_LAGUE = "sainte_lague"


@dataclass(frozen=True)
class Provincie:
    """A province; `code` is the short slug used on the command line (``drenthe``)."""

    code: str
    naam: str


@dataclass(frozen=True)
class Gemeente:
    """A municipality, with its CBS code (``GM0106``) and inhabitants in a reference year."""

    cbs_code: str
    naam: str
    inwoners: int
    inwoners_peiljaar: int
    ses_score: Fraction | None = None


@dataclass(frozen=True)
class Regels:
    """The rule parameters of one cycle, taken from regulation or inferred from the record.

    Nothing here has a default: every cycle states its own values (see the data files).
    `spuk3_soorten` are the kinds whose places make up the pro-rata key of the SPUK 3 pot
    (an assumption worked back from the Drenthe record: every listed place). An amount per
    place that the ministry has not yet set is None (*nog niet bekend*), never 0.
    """

    spuk1_bedrag_per_plaats: int | None
    spuk2_bedrag_per_plaats: int | None
    spuk3_drempel: Fraction
    duurzaam_minimaal_jaren: int
    oekraine_afronding: Afronding
    spuk1_soorten: frozenset[LocatieSoort]
    spuk2_soorten: frozenset[LocatieSoort]
    spuk3_soorten: frozenset[LocatieSoort]
    realisatie_drempels: tuple[Fraction, ...]
    # Cycle 2 onwards: only durable (multi-year) places count toward the task.
    alleen_duurzaam: bool = False
    # Whether a location must still be available in the cycle's own years to count toward it.
    # Cycle 1's record counts every listed location, also one whose contract ended before
    # 2025 while its extension was discussed (Westerveld); cycle 2 does not.
    beschikbaar_in_cyclusjaren: bool = False
    # The date by which the places are offered to COA (cycle 1: 1 July 2025); None: not set.
    realisatiedatum: date | None = None
    # The first phase of the location pipeline whose places count as firm ("vast").
    eerste_vaste_fase: Fase = Fase.RAADSBESLUIT
    # The staleness norm per kind of figure that departs from the defaults (a number of
    # days, or None: fixed for the cycle); see domain.actualiteit.
    actualiteit: tuple[tuple[str, int | None], ...] = ()


@dataclass(frozen=True)
class Cyclus:
    """A two-year cycle of the law (``2025-2026``) with the national need and its rules.

    `amv_landelijk` (the national AMV part of the need) is None while it is not yet known."""

    naam: str
    jaren: tuple[int, ...]
    landelijke_behoefte: int
    amv_landelijk: int | None
    regels: Regels


@dataclass(frozen=True)
class ProvincieOpgave:
    """A province's inputs for a cycle that are not per municipality.

    `oekraine_opgave` is the provincial Ukrainian target that is apportioned over the
    municipalities; `spuk3_pot` and `provincie_bedrag` are amounts set by the ministry,
    None while they are not yet known (never 0 for unknown).
    `kolomjaren` names the year each realisation/ambition column refers to; `gepubliceerd`
    makes the figures readable by the public.
    """

    oekraine_opgave: int
    spuk3_pot: int | None
    provincie_bedrag: int | None
    kolomjaren: Mapping[str, str] = field(default_factory=dict)
    gepubliceerd: bool = False


@dataclass(frozen=True)
class GemeenteCijfers:
    """One municipality's figures in a cycle: *opgave* (target), *realisatie*, *aanbod* (offer).

    `None` means unknown (a blank cell); 0 means none. `opgave` holds the ministry's
    indicative numbers for asiel_regulier and amv; the Oekraïne target is computed.
    `aanbod` is keyed by (category, year).
    """

    cbs_code: str
    opgave: Mapping[Categorie, int | None]
    realisatie: Mapping[Categorie, int | None]
    oekraine_ambitie: int | None
    aanbod: Mapping[tuple[Categorie, int], int | None]


@dataclass(frozen=True)
class Locatie:
    """A reception location of a municipality, as listed in Bijlage 1.

    `beschikbaar_tot` is None with `onbepaalde_tijd` False when the end is unknown.
    `onleesbaar` keeps (field, text) pairs for cells that could not be read as their
    type, such as a number in a date column; they are reported, never silently dropped.
    """

    cbs_code: str
    plaatsen: int
    soort: LocatieSoort
    status: LocatieStatus
    beschikbaar_van: date | None = None
    beschikbaar_tot: date | None = None
    onbepaalde_tijd: bool = False
    opmerking: str = ""
    naam: str = ""
    onleesbaar: tuple[tuple[str, str], ...] = ()
    # The pipeline: the phases reached, oldest first, and the planned date of `in gebruik`.
    fasen: tuple[Faseovergang, ...] = ()
    gepland_in_gebruik: date | None = None


class Uitsluiting(StrEnum):
    """Why a listed location does not count toward a cycle (see `plaatsen.uitsluiting`)."""

    NA_CYCLUS = "na_cyclus"  # available only after the cycle's last year
    VOOR_CYCLUS = "voor_cyclus"  # ended before the cycle's first year
    NIET_DUURZAAM = "niet_duurzaam"  # the cycle counts durable places only


@dataclass(frozen=True)
class NietMeetellend:
    """A listed location that does not count toward the cycle, and why."""

    locatie: Locatie
    reden: Uitsluiting


@dataclass(frozen=True)
class CyclusGegevens:
    """Everything the computations need for one province in one cycle.

    `locaties` are the locations that count toward this cycle; the other listed locations
    of the province are in `niet_meetellend`. Build it with `plaatsen.cyclusgegevens`, which
    makes that split by the cycle's rules, so that every computation counts the same way.
    """

    provincie: Provincie
    cyclus: Cyclus
    provincie_opgave: ProvincieOpgave
    gemeenten: tuple[Gemeente, ...]
    cijfers: Mapping[str, GemeenteCijfers]
    locaties: tuple[Locatie, ...]
    niet_meetellend: tuple[NietMeetellend, ...] = ()

    @property
    def alle_locaties(self) -> tuple[Locatie, ...]:
        """Every listed location of the province: those that count, then the others."""
        return self.locaties + tuple(nm.locatie for nm in self.niet_meetellend)

    def locaties_van(self, cbs_code: str) -> tuple[Locatie, ...]:
        """The locations of one municipality, in their listed order."""
        return tuple(loc for loc in self.locaties if loc.cbs_code == cbs_code)
