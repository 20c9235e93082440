"""Reception of Ukrainian displaced persons (*opvang Oekraïense ontheemden*).

This is an effort obligation (*inspanningsverplichting*), not a legal task. Municipal
reception is called GOO (*gemeentelijke opvang Oekraïners*). The provincial target is
apportioned over the municipalities by inhabitants, with a chosen rounding method.

Temporary protection (*tijdelijke bescherming*, the RTB) ends on a date set by the
government: 4 March 2027 at the time of writing (seed 004), kept as a parameter. After it,
GOO locations are wound down (*afgebouwd*) or transformed into housing (*omgezet*).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

from regietafel.domain.model import Afronding
from regietafel.domain.verdeelsleutel import verdeel

EINDE_TIJDELIJKE_BESCHERMING = date(2027, 3, 4)


def oekraine_opgave_per_gemeente(
    provinciale_opgave: int, inwoners: Mapping[str, int], afronding: Afronding
) -> dict[str, int]:
    """The Ukrainian target per municipality: the provincial target by inhabitants."""
    return verdeel(provinciale_opgave, dict(inwoners), afronding)


@dataclass(frozen=True)
class GooLocatie:
    """A GOO location: its places, when it opened, its planned end (None: unknown, taken to
    end with temporary protection) and whether it can be transformed into housing (None:
    not known yet)."""

    cbs_code: str
    naam: str
    plaatsen: int
    beschikbaar_van: date | None = None
    geplande_einde: date | None = None
    transformeerbaar: bool | None = None
    opmerking: str = ""


class Afloop(StrEnum):
    """What happens to a GOO location's places at its end."""

    EINDIGT = "eindigt"  # wound down
    OMGEZET = "omgezet"  # transformed into housing
    ONBEKEND = "onbekend"  # not known whether it can be transformed


def afloop(loc: GooLocatie) -> Afloop:
    if loc.transformeerbaar is None:
        return Afloop.ONBEKEND
    return Afloop.OMGEZET if loc.transformeerbaar else Afloop.EINDIGT


def einddatum(loc: GooLocatie, einde_bescherming: date = EINDE_TIJDELIJKE_BESCHERMING) -> date:
    """The day the location's places end: its planned end, or else the end of temporary
    protection."""
    return loc.geplande_einde or einde_bescherming


def kwartaal(dag: date) -> tuple[int, int]:
    """The (year, quarter) of a day: 4-3-2027 is (2027, 1)."""
    return dag.year, (dag.month - 1) // 3 + 1


@dataclass(frozen=True)
class Kwartaal:
    """The GOO places ending in one quarter, by what happens to them."""

    jaar: int
    kwartaal: int
    eindigt: int
    omgezet: int
    onbekend: int
    locaties: tuple[GooLocatie, ...]

    @property
    def label(self) -> str:
        return f"{self.jaar}-K{self.kwartaal}"

    @property
    def totaal(self) -> int:
        return self.eindigt + self.omgezet + self.onbekend


def afbouw_per_kwartaal(
    locaties: Iterable[GooLocatie], einde_bescherming: date = EINDE_TIJDELIJKE_BESCHERMING
) -> tuple[Kwartaal, ...]:
    """Per quarter in which places end: how many end, are transformed, or are undecided."""
    per: dict[tuple[int, int], list[GooLocatie]] = {}
    for loc in locaties:
        per.setdefault(kwartaal(einddatum(loc, einde_bescherming)), []).append(loc)
    uit = []
    for (jaar, k), locs in sorted(per.items()):
        som = dict.fromkeys(Afloop, 0)
        for loc in locs:
            som[afloop(loc)] += loc.plaatsen
        uit.append(
            Kwartaal(
                jaar=jaar,
                kwartaal=k,
                eindigt=som[Afloop.EINDIGT],
                omgezet=som[Afloop.OMGEZET],
                onbekend=som[Afloop.ONBEKEND],
                locaties=tuple(
                    sorted(locs, key=lambda x: (einddatum(x, einde_bescherming), x.naam))
                ),
            )
        )
    return tuple(uit)


def na_einde_bescherming(
    locaties: Iterable[GooLocatie], einde_bescherming: date = EINDE_TIJDELIJKE_BESCHERMING
) -> list[GooLocatie]:
    """Locations planned to run past the end of temporary protection: they need a new basis
    (housing or regular reception) and are flagged."""
    return [
        loc for loc in locaties if loc.geplande_einde and loc.geplande_einde > einde_bescherming
    ]


def aandeel_van_opgave(realisatie: int | None, opgave: int) -> Fraction | None:
    """Realisation as a fraction of the target (1 = on target); None when the realisation
    is unknown or there is no target.

    >>> aandeel_van_opgave(50, 200), aandeel_van_opgave(None, 200), aandeel_van_opgave(3, 0)
    (Fraction(1, 4), None, None)
    """
    if realisatie is None or opgave == 0:
        return None
    return Fraction(realisatie, opgave)


@dataclass(frozen=True)
class OekraineGemeente:
    """One municipality's Ukrainian figures: target (computed), realisation, ambition and
    the places in its GOO locations."""

    cbs_code: str
    naam: str
    inwoners: int
    opgave: int
    realisatie: int | None
    ambitie: int | None
    goo_plaatsen: int

    @property
    def aandeel(self) -> Fraction | None:
        """Realisation as a fraction of the target (1 = on target)."""
        return aandeel_van_opgave(self.realisatie, self.opgave)


def oekraine_per_gemeente(
    gemeenten: Sequence[tuple[str, str, int]],
    provinciale_opgave: int,
    realisatie: Mapping[str, int | None],
    ambitie: Mapping[str, int | None],
    locaties: Sequence[GooLocatie],
    afronding: Afronding,
) -> list[OekraineGemeente]:
    """The Ukrainian figures per municipality; `gemeenten` are (code, name, inhabitants)."""
    opgave = oekraine_opgave_per_gemeente(
        provinciale_opgave, {code: inw for code, _naam, inw in gemeenten}, afronding
    )
    return [
        OekraineGemeente(
            cbs_code=code,
            naam=naam,
            inwoners=inw,
            opgave=opgave[code],
            realisatie=realisatie.get(code),
            ambitie=ambitie.get(code),
            goo_plaatsen=sum(loc.plaatsen for loc in locaties if loc.cbs_code == code),
        )
        for code, naam, inw in gemeenten
    ]
