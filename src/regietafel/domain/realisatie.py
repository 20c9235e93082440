"""Realisation timing (*realisatie*): are the offered places really there by the cycle's
realisation date, and which locations are firm or soft?

This is the evidence the invoeringstoets (seed 003) asks for: the share of the places in
use by the realisation date, per location the planned against the actual date of
`in gebruik`, the places not yet in use on the reference date (*peildatum*), and the
contracts that end before the realisation date.

A location without recorded phases counts by its status: a realised one as in use since an
unknown date, a planned one as an idea (the weakest claim the record supports).

Pure: no Django, no clock; the reference date is an argument.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from regietafel.domain.model import Categorie, Locatie, LocatieStatus
from regietafel.domain.pijplijn import FASEN, Fase, Zekerheid, datum_van, fase_op, zekerheid
from regietafel.domain.plaatsen import categorie_van


def fase_van(locatie: Locatie, dag: date | None = None) -> Fase | None:
    """The phase of `locatie` on `dag` (None: now). None: not yet in the pipeline then."""
    if not locatie.fasen:
        return Fase.IN_GEBRUIK if locatie.status is LocatieStatus.GEREALISEERD else Fase.IDEE
    if dag is None:
        return locatie.fasen[-1].fase
    return fase_op(locatie.fasen, dag)


def in_gebruik_sinds(locatie: Locatie) -> date | None:
    """The recorded date on which `locatie` came into use (None: not, or not recorded)."""
    return datum_van(locatie.fasen, Fase.IN_GEBRUIK)


@dataclass(frozen=True)
class LocatieRealisatie:
    """One location in the realisation overview: its phase on the reference date and its
    planned and actual date of `in gebruik`."""

    locatie: Locatie
    fase: Fase
    gepland: date | None
    werkelijk: date | None
    in_gebruik_op_realisatiedatum: bool

    @property
    def bron(self) -> str:
        """Where the date of `in gebruik` comes from ("" when not reached)."""
        return next((o.bron for o in self.locatie.fasen if o.fase is Fase.IN_GEBRUIK), "")

    @property
    def dagen_later(self) -> int | None:
        """Days the location came into use after the planned date (negative: earlier)."""
        if self.gepland is None or self.werkelijk is None:
            return None
        return (self.werkelijk - self.gepland).days


@dataclass(frozen=True)
class Realisatie:
    """The realisation of one province's locations in a cycle, as known on `peildatum`.

    `plaatsen` are the places of the locations in the pipeline and not ended on `peildatum`;
    `in_gebruik_op_realisatiedatum` those of them in use on the realisation date (a location
    whose contract ends before it does not count). With no realisation date set, the share
    is unknown.
    """

    peildatum: date
    realisatiedatum: date | None
    locaties: tuple[LocatieRealisatie, ...]
    niet_in_gebruik: tuple[Locatie, ...]
    aflopend_voor_realisatiedatum: tuple[Locatie, ...]

    @property
    def plaatsen(self) -> int:
        return sum(r.locatie.plaatsen for r in self.locaties)

    @property
    def in_gebruik_op_realisatiedatum(self) -> int:
        return sum(r.locatie.plaatsen for r in self.locaties if r.in_gebruik_op_realisatiedatum)

    @property
    def plaatsen_niet_in_gebruik(self) -> int:
        return sum(loc.plaatsen for loc in self.niet_in_gebruik)

    @property
    def plaatsen_aflopend(self) -> int:
        return sum(loc.plaatsen for loc in self.aflopend_voor_realisatiedatum)

    @property
    def aandeel(self) -> Fraction | None:
        """The share of the places in use on the realisation date."""
        if self.realisatiedatum is None or not self.plaatsen:
            return None
        return Fraction(self.in_gebruik_op_realisatiedatum, self.plaatsen)


def _eindigt_voor(locatie: Locatie, dag: date) -> bool:
    tot = locatie.beschikbaar_tot
    return tot is not None and not locatie.onbepaalde_tijd and tot < dag


def realisatie(
    locaties: Iterable[Locatie], realisatiedatum: date | None, peildatum: date
) -> Realisatie:
    """The realisation overview of `locaties` as known on `peildatum`.

    Only what was recorded by `peildatum` counts: a location in use on the realisation date
    is one that had reached `in gebruik` by the earlier of the two dates, has not ended, and
    whose contract does not end before the realisation date.
    """
    rijen = []
    niet_in_gebruik = []
    for loc in locaties:
        fase = fase_van(loc, peildatum)
        if fase is None or fase is Fase.BEEINDIGD:
            continue
        if fase is not Fase.IN_GEBRUIK:
            niet_in_gebruik.append(loc)
        op_tijd = realisatiedatum is not None and (
            fase_van(loc, min(peildatum, realisatiedatum)) is Fase.IN_GEBRUIK
            and not _eindigt_voor(loc, realisatiedatum)
        )
        rijen.append(
            LocatieRealisatie(loc, fase, loc.gepland_in_gebruik, in_gebruik_sinds(loc), op_tijd)
        )
    aflopend = (
        tuple(r.locatie for r in rijen if _eindigt_voor(r.locatie, realisatiedatum))
        if realisatiedatum is not None
        else ()
    )
    return Realisatie(peildatum, realisatiedatum, tuple(rijen), tuple(niet_in_gebruik), aflopend)


@dataclass(frozen=True)
class FaseTelling:
    """A municipality's listed places counted by phase, and by firm against soft, per
    category (regular asylum and AMV)."""

    cbs_code: str
    per_fase: Mapping[Fase, int]
    per_zekerheid: Mapping[tuple[Categorie, Zekerheid], int]

    def plaatsen(self, z: Zekerheid, categorie: Categorie | None = None) -> int:
        """The places of zekerheid `z`, of one category or (None) of both."""
        return sum(
            n for (cat, zk), n in self.per_zekerheid.items() if zk is z and categorie in (None, cat)
        )


def telling_per_fase(
    locaties: Iterable[Locatie], cbs_codes: Sequence[str], eerste_vaste_fase: Fase
) -> tuple[FaseTelling, ...]:
    """Per municipality (in the order of `cbs_codes`), its places counted by current phase
    and as firm or soft under the cycle's `eerste_vaste_fase`."""
    per_fase = {c: dict.fromkeys(FASEN, 0) for c in cbs_codes}
    per_zekerheid: dict[str, dict[tuple[Categorie, Zekerheid], int]] = {
        c: {(cat, z): 0 for cat in (Categorie.ASIEL_REGULIER, Categorie.AMV) for z in Zekerheid}
        for c in cbs_codes
    }
    for loc in locaties:
        fase = fase_van(loc)
        if loc.cbs_code not in per_fase or fase is None:
            continue
        per_fase[loc.cbs_code][fase] += loc.plaatsen
        sleutel = (categorie_van(loc.soort), zekerheid(fase, eerste_vaste_fase))
        per_zekerheid[loc.cbs_code][sleutel] += loc.plaatsen
    return tuple(FaseTelling(c, per_fase[c], per_zekerheid[c]) for c in cbs_codes)
