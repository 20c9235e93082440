"""Which details of a reception location are public (issue 22).

A municipality that explores a place for a location meets resistance before its college has
decided (the Drenthe implementation review, seed 003: "aanzienlijke maatschappelijke
weerstand" in small villages). So the places of every location, its kind and its
municipality are published with the figures, but its *details* are not until the location
has reached the phase the province sets for the cycle (by default the college's decision,
`collegebesluit`): its name, its remarks (*bijzonderheden*) and the sources of its phases,
free texts that may name the place or the owner.

A location without recorded phases counts as `in gebruik` when it is realised and as `idee`
when it is planned, as the data files record the report's "nog te realiseren". A location
that ended (`beëindigd`) keeps the furthest phase it reached before: a plan abandoned as an
idea stays confidential.

Who else may read the details (the municipality itself, its province, the ministry) is
services.toegang's rule; here is only which location is public, and what remains of one
that is not. Pure: no Django.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from regietafel.domain.model import CyclusGegevens, Locatie, LocatieStatus, NietMeetellend
from regietafel.domain.pijplijn import FASEN, Fase, Faseovergang

STANDAARD_OPENBAAR_VANAF = Fase.COLLEGEBESLUIT
# The phases a province may choose: `beëindigd` is no step towards a location.
KEUZES_OPENBAAR_VANAF: tuple[Fase, ...] = tuple(f for f in FASEN if f is not Fase.BEEINDIGD)


def verste_fase(fasen: Sequence[Fase], gerealiseerd: bool) -> Fase:
    """The furthest phase a location reached before any end; without recorded phases
    `in gebruik` for a realised location and `idee` for a planned one."""
    bereikt = [f for f in fasen if f is not Fase.BEEINDIGD]
    if bereikt:
        return max(bereikt, key=lambda f: f.rang)
    return Fase.IN_GEBRUIK if gerealiseerd else Fase.IDEE


def details_openbaar(fasen: Sequence[Fase], gerealiseerd: bool, vanaf: Fase) -> bool:
    """Are the details of a location that reached `fasen` public, from phase `vanaf` on?"""
    return verste_fase(fasen, gerealiseerd).rang >= vanaf.rang


def locatie_openbaar(loc: Locatie, vanaf: Fase) -> bool:
    """`details_openbaar` for a location of the domain."""
    gerealiseerd = loc.status is LocatieStatus.GEREALISEERD
    return details_openbaar([o.fase for o in loc.fasen], gerealiseerd, vanaf)


def zonder_details(loc: Locatie) -> Locatie:
    """`loc` as who may not read its details sees it: no name, no remarks, its phases
    with their dates but not their sources. Every figure stays as it was."""
    fasen = tuple(Faseovergang(o.fase, o.datum, "") for o in loc.fasen)
    return replace(loc, naam="", opmerking="", fasen=fasen)


def afgeschermd(
    gegevens: CyclusGegevens, vanaf: Fase, ziet_alles: Callable[[str], bool]
) -> CyclusGegevens:
    """The inputs with the details of every location that is not yet public (from phase
    `vanaf` on) removed, except for the municipalities whose details the reader sees
    anyway (`ziet_alles(cbs_code)`)."""

    def lezer_ziet(loc: Locatie) -> Locatie:
        if ziet_alles(loc.cbs_code) or locatie_openbaar(loc, vanaf):
            return loc
        return zonder_details(loc)

    return replace(
        gegevens,
        locaties=tuple(lezer_ziet(loc) for loc in gegevens.locaties),
        niet_meetellend=tuple(
            NietMeetellend(lezer_ziet(nm.locatie), nm.reden) for nm in gegevens.niet_meetellend
        ),
    )
