"""Which locations (*opvanglocaties*) count, for which year, and which are durable.

**Counts toward a year.** A location counts toward year Y of a cycle when its availability
window overlaps Y by at least one day. The window runs from ``beschikbaar_van`` up to (not
including) ``beschikbaar_tot``, the contract end as written in Bijlage 1; an unknown start
is open (the location is taken to be running already, or, when planned, to come within the
cycle), an unknown end and "onbepaalde tijd" never end. So a *planned* location without
dates counts toward every year of the cycle: it is offered for the cycle. (The capacity
over time in `capaciteit` is stricter: a planned location without a date cannot be placed
on a calendar.)

**Durable** (*duurzaam*, Besluit): available for at least `regels.duurzaam_minimaal_jaren`
years, measured over the whole window from start to contract end. Indefinite contracts are
durable when the start is known. A location without a known start, or with an unknown end,
cannot be shown durable and is not.

**Counts toward a cycle** (`uitsluiting`, `cyclusgegevens`): every computation of a cycle
(puzzle, Bijlage 1, SPUK, solver, signaleringen, realisation, capacity, report) sees only
the locations that count toward it; the others are kept apart with the reason. A location
never counts toward a cycle that ends before it starts. With the rule
`beschikbaar_in_cyclusjaren` it must also still be available in one of the cycle's years;
with `alleen_duurzaam` (cycle 2 onwards) it must also be durable.

**Kinds.** Bijlage 1 groups the kinds in three columns: regular (regulier, gezinslocatie,
HTL), special (*bijzondere aard*: TGO, NO) and AMV. The task categories follow from it:
AMV places are category amv, all others asiel_regulier.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from regietafel.domain.model import (
    Categorie,
    Cyclus,
    CyclusGegevens,
    Gemeente,
    GemeenteCijfers,
    Locatie,
    LocatieSoort,
    LocatieStatus,
    NietMeetellend,
    Provincie,
    ProvincieOpgave,
    Regels,
    Uitsluiting,
)


class Kolom(StrEnum):
    """The column of Bijlage 1 a kind of location is listed in."""

    REGULIER = "regulier"
    BIJZONDER = "bijzonder"
    AMV = "amv"


_KOLOM = {
    LocatieSoort.REGULIER: Kolom.REGULIER,
    LocatieSoort.GEZINSLOCATIE: Kolom.REGULIER,
    LocatieSoort.HTL: Kolom.REGULIER,
    LocatieSoort.TGO: Kolom.BIJZONDER,
    LocatieSoort.NO: Kolom.BIJZONDER,
    LocatieSoort.AMV: Kolom.AMV,
}


def kolom_van(soort: LocatieSoort) -> Kolom:
    """The Bijlage 1 column of a kind: regular, special (TGO, NO) or AMV."""
    return _KOLOM[soort]


def is_amv(locatie: Locatie) -> bool:
    """Small-scale reception for unaccompanied minors."""
    return locatie.soort is LocatieSoort.AMV


def categorie_van(soort: LocatieSoort) -> Categorie:
    """The task category a kind's places count toward: AMV → amv, the rest asiel_regulier."""
    return Categorie.AMV if soort is LocatieSoort.AMV else Categorie.ASIEL_REGULIER


def plaatsen(locaties: Iterable[Locatie]) -> int:
    """The places of the locations together."""
    return sum(loc.plaatsen for loc in locaties)


def plaatsen_van_soorten(locaties: Iterable[Locatie], soorten: Iterable[LocatieSoort]) -> int:
    """The places of the locations of the given kinds."""
    gekozen = frozenset(soorten)
    return sum(loc.plaatsen for loc in locaties if loc.soort in gekozen)


def plaatsen_per_categorie(locaties: Iterable[Locatie]) -> dict[Categorie, int]:
    """The places per task category (asiel_regulier, amv); both are always present."""
    uit = {Categorie.ASIEL_REGULIER: 0, Categorie.AMV: 0}
    for loc in locaties:
        uit[categorie_van(loc.soort)] += loc.plaatsen
    return uit


def gepland(locaties: Iterable[Locatie]) -> tuple[Locatie, ...]:
    """The locations still to be realised."""
    return tuple(loc for loc in locaties if loc.status is LocatieStatus.GEPLAND)


def telt_mee_in_jaar(locatie: Locatie, jaar: int) -> bool:
    """Whether the location counts toward `jaar`: its window overlaps the year by a day
    (see the module docstring)."""
    begin, einde = date(jaar, 1, 1), date(jaar + 1, 1, 1)
    if locatie.beschikbaar_van is not None and locatie.beschikbaar_van >= einde:
        return False
    open_einde = locatie.onbepaalde_tijd or locatie.beschikbaar_tot is None
    return open_einde or (locatie.beschikbaar_tot is not None and locatie.beschikbaar_tot > begin)


def locaties_in_jaar(locaties: Iterable[Locatie], jaar: int) -> tuple[Locatie, ...]:
    """The locations that count toward `jaar`, in their listed order."""
    return tuple(loc for loc in locaties if telt_mee_in_jaar(loc, jaar))


def plus_jaren(dag: date, jaren: int) -> date:
    """The same day `jaren` years later; 29 February becomes 1 March in a common year."""
    try:
        return dag.replace(year=dag.year + jaren)
    except ValueError:
        return date(dag.year + jaren, 3, 1)


def is_duurzaam(locatie: Locatie, regels: Regels) -> bool:
    """Whether the location is durable: its window from a known start to its contract end
    (or indefinitely) lasts at least `regels.duurzaam_minimaal_jaren` years."""
    if locatie.beschikbaar_van is None:
        return False
    if locatie.onbepaalde_tijd:
        return True
    if locatie.beschikbaar_tot is None:
        return False
    return locatie.beschikbaar_tot >= plus_jaren(
        locatie.beschikbaar_van, regels.duurzaam_minimaal_jaren
    )


def duurzame_plaatsen(
    locaties: Iterable[Locatie], regels: Regels, soorten: Iterable[LocatieSoort]
) -> int:
    """The places of durable locations of the given kinds."""
    gekozen = frozenset(soorten)
    return sum(
        loc.plaatsen for loc in locaties if loc.soort in gekozen and is_duurzaam(loc, regels)
    )


@dataclass(frozen=True)
class AflopendContract:
    """A location whose contract ends soon: `dagen` from the reference date to the end."""

    locatie: Locatie
    einddatum: date
    dagen: int


def aflopende_contracten(
    locaties: Iterable[Locatie], peildatum: date, horizon_dagen: int
) -> tuple[AflopendContract, ...]:
    """The contracts that end from `peildatum` up to and including `horizon_dagen` days
    later, soonest first; indefinite and unknown ends never do."""
    grens = peildatum + timedelta(days=horizon_dagen)
    uit = [
        AflopendContract(loc, loc.beschikbaar_tot, (loc.beschikbaar_tot - peildatum).days)
        for loc in locaties
        if loc.beschikbaar_tot is not None
        and not loc.onbepaalde_tijd
        and peildatum <= loc.beschikbaar_tot <= grens
    ]
    return tuple(sorted(uit, key=lambda a: (a.einddatum, a.locatie.cbs_code)))


def uitsluiting(locatie: Locatie, cyclus: Cyclus) -> Uitsluiting | None:
    """Why `locatie` does not count toward `cyclus`, or None when it does (see the module
    docstring)."""
    regels = cyclus.regels
    if locatie.beschikbaar_van is not None and locatie.beschikbaar_van.year > cyclus.jaren[-1]:
        return Uitsluiting.NA_CYCLUS
    if regels.beschikbaar_in_cyclusjaren and not any(
        telt_mee_in_jaar(locatie, jaar) for jaar in cyclus.jaren
    ):
        return Uitsluiting.VOOR_CYCLUS
    if regels.alleen_duurzaam and not is_duurzaam(locatie, regels):
        return Uitsluiting.NIET_DUURZAAM
    return None


def uitsluiting_tekst(nm: NietMeetellend, regels: Regels) -> str:
    """Why a location does not count, in Dutch, for the screens and the report."""
    loc = nm.locatie
    if nm.reden is Uitsluiting.NA_CYCLUS:
        return "pas beschikbaar na de jaren van deze cyclus"
    if nm.reden is Uitsluiting.VOOR_CYCLUS:
        return "niet meer beschikbaar in de jaren van deze cyclus"
    if loc.beschikbaar_van is None:
        return "begindatum onbekend, dus niet aantoonbaar duurzaam"
    if loc.beschikbaar_tot is None and not loc.onbepaalde_tijd:
        return "einddatum onbekend, dus niet aantoonbaar duurzaam"
    return f"niet duurzaam: korter dan {regels.duurzaam_minimaal_jaren} jaar beschikbaar"


def cyclusgegevens(
    provincie: Provincie,
    cyclus: Cyclus,
    provincie_opgave: ProvincieOpgave,
    gemeenten: tuple[Gemeente, ...],
    cijfers: Mapping[str, GemeenteCijfers],
    locaties: Iterable[Locatie],
) -> CyclusGegevens:
    """The inputs of one province in one cycle, with every listed location of the province
    split into those that count toward `cyclus` and those that do not (with the reason)."""
    tellen: list[Locatie] = []
    niet: list[NietMeetellend] = []
    for loc in locaties:
        reden = uitsluiting(loc, cyclus)
        if reden is None:
            tellen.append(loc)
        else:
            niet.append(NietMeetellend(loc, reden))
    return CyclusGegevens(
        provincie=provincie,
        cyclus=cyclus,
        provincie_opgave=provincie_opgave,
        gemeenten=gemeenten,
        cijfers=cijfers,
        locaties=tuple(tellen),
        niet_meetellend=tuple(niet),
    )
