"""The *routekaart* (route map) of a cycle: the steps of the provincial process with their
dates, and where the process stands on a given day.

The dates follow from the cycle's years and a few parameters. The defaults are the
statutory deadlines (the CdK reports before 1 November, the minister decides the
distribution before 31 December, the places are realised within six months after it) and
the months of the Drenthe route maps (seed 001 for cycle 1, seed 000 for cycle 2: answers
before 1 April, the puzzle in April and May, the PRT in June and July, the "tik" in
September). The memo of 30 January 2026 has no step 5; the numbering follows the memo.

Pure: no Django, no clock; "today" is always an argument.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from regietafel.domain.fouten import Veldfout
from regietafel.domain.onbekend import verschil_of_onbekend


class StapStatus(StrEnum):
    """The status of a route-map step as the PRT secretary records it."""

    GEPLAND = "gepland"
    BEZIG = "bezig"
    AFGEROND = "afgerond"


class ConsultatieStatus(StrEnum):
    """A municipality's state in the consultation (*consultatie*)."""

    GEVRAAGD = "gevraagd"  # asked, the answer deadline has not passed
    BEANTWOORD = "beantwoord"  # answered in time
    TE_LAAT = "te_laat"  # answered after the deadline
    VERLOPEN = "verlopen"  # not answered, the deadline has passed


def laatste_dag(jaar: int, maand: int) -> date:
    """The last day of a month."""
    return date(jaar, maand, calendar.monthrange(jaar, maand)[1])


def plus_maanden(d: date, maanden: int) -> date:
    """`d` moved `maanden` months on; the day is clipped to the month's length."""
    index = d.month - 1 + maanden
    jaar, maand = d.year + index // 12, index % 12 + 1
    return date(jaar, maand, min(d.day, calendar.monthrange(jaar, maand)[1]))


@dataclass(frozen=True)
class RoutekaartParameters:
    """The parameters of a cycle's route map; None means the statutory default.

    `antwoord_voor` is the date before which the municipalities answer (default 1 April of
    the preparation year); `verslag_uiterlijk` the last day of the CdK's report (default
    31 October: "voor 1 november"); `verdeelbesluit_uiterlijk` the minister's last day
    (default 31 December); the places are realised `realisatie_maanden` after the decision.
    """

    jaren: tuple[int, ...]
    antwoord_voor: date | None = None
    verslag_uiterlijk: date | None = None
    verdeelbesluit_uiterlijk: date | None = None
    realisatie_maanden: int = 6

    @property
    def voorbereidingsjaar(self) -> int:
        """The year before the cycle, in which the province prepares the distribution."""
        return self.jaren[0] - 1


@dataclass(frozen=True)
class Stap:
    """One step of the route map: a window from `begin` to `deadline` (inclusive)."""

    code: str
    nummer: int
    wat: str
    verantwoordelijke: str
    begin: date
    deadline: date
    wettelijk: bool = False


@dataclass(frozen=True)
class StapStand:
    """A step with its recorded status, on a given day."""

    stap: Stap
    status: StapStatus
    te_laat: bool
    nu: bool


@dataclass(frozen=True)
class Stand:
    """Where the process stands on `peildatum`: the steps of now, the overdue ones and the
    next deadline that is still open."""

    peildatum: date
    stappen: tuple[StapStand, ...]
    huidige: tuple[Stap, ...] = field(default=())
    te_laat: tuple[Stap, ...] = field(default=())
    volgende_deadline: Stap | None = None


def routekaart(p: RoutekaartParameters) -> tuple[Stap, ...]:
    """The steps of the route map of the cycle with parameters `p`, in order."""
    if not p.jaren:
        raise ValueError("een cyclus heeft ten minste één jaar")
    if p.realisatie_maanden < 1:
        raise ValueError("de realisatietermijn is ten minste één maand")
    j = p.voorbereidingsjaar
    antwoord_voor = p.antwoord_voor or date(j, 4, 1)
    verslag = p.verslag_uiterlijk or date(j, 10, 31)
    verdeelbesluit = p.verdeelbesluit_uiterlijk or date(j, 12, 31)
    realisatie = plus_maanden(verdeelbesluit + timedelta(days=1), p.realisatie_maanden)

    def stap(
        code: str, nummer: int, wat: str, wie: str, begin: date, eind: date, wet: bool = False
    ) -> Stap:
        return Stap(code, nummer, wat, wie, min(begin, eind), eind, wet)

    return (
        stap("capaciteitsbesluit", 1, "Ontvangst en duiding capaciteitsbesluit",
             "ministerie en provincie", date(j, 2, 1), laatste_dag(j, 2)),
        stap("consultatie", 2, "Brief aan de colleges en gemeentelijke consultatie",
             "provincie (PRT-secretariaat)", date(j, 2, 1), antwoord_voor - timedelta(days=1)),
        stap("puzzel", 3, "Puzzel: antwoorden bundelen, tekorten en overschotten bespreken",
             "provincie en gemeenten", antwoord_voor, laatste_dag(j, 5)),
        stap("bespreking", 4, "Conceptverdeling in de PRT; gemeenten leggen haar voor aan "
             "college en raad", "PRT en gemeenten", date(j, 6, 1), laatste_dag(j, 7)),
        stap("instemming", 6, "Bestuurlijke instemming: de 'tik' op de verdeling (bekrachtigen)",
             "bestuurlijke PRT", date(j, 9, 1), laatste_dag(j, 9)),
        stap("verslag", 7, "Provinciaal verslag van de CdK aan de minister",
             "Commissaris van de Koning", date(j, 10, 1), verslag, True),
        stap("verdeelbesluit", 8, "Verdeelbesluit van de minister", "minister",
             verslag + timedelta(days=1), verdeelbesluit, True),
        stap("realisatie", 9, "Plaatsen beschikbaar voor het COA (realisatie)",
             "gemeenten en COA", verdeelbesluit + timedelta(days=1), realisatie, True),
    )  # fmt: skip


def stand(stappen: Sequence[Stap], statussen: Mapping[str, StapStatus], peildatum: date) -> Stand:
    """Where the route map stands on `peildatum`, given the recorded status per step code.

    A step is overdue (*te laat*) when its deadline has passed and it is not finished; the
    next deadline is the earliest one on or after `peildatum` of an unfinished step.
    """
    standen = []
    for s in stappen:
        status = statussen.get(s.code, StapStatus.GEPLAND)
        open_ = status is not StapStatus.AFGEROND
        standen.append(
            StapStand(
                stap=s,
                status=status,
                te_laat=open_ and s.deadline < peildatum,
                nu=s.begin <= peildatum <= s.deadline,
            )
        )
    komend = sorted(
        (st.stap for st in standen if st.status is not StapStatus.AFGEROND
         and st.stap.deadline >= peildatum),
        key=lambda s: (s.deadline, s.nummer),
    )  # fmt: skip
    return Stand(
        peildatum=peildatum,
        stappen=tuple(standen),
        huidige=tuple(st.stap for st in standen if st.nu),
        te_laat=tuple(st.stap for st in standen if st.te_laat),
        volgende_deadline=komend[0] if komend else None,
    )


def afgerond_tot_en_met(stappen: Sequence[Stap], code: str) -> tuple[str, ...]:
    """The codes of the steps a fact finishes: step `code` and every step numbered before
    it. A published report shows that the consultation, the puzzle and the "tik" happened,
    whether or not the secretary ticked them off; `code` not in `stappen` finishes none."""
    eind = next((s.nummer for s in stappen if s.code == code), None)
    if eind is None:
        return ()
    return tuple(s.code for s in stappen if s.nummer <= eind)


def consultatiestatus(
    antwoord_op: date | None, antwoord_voor: date, peildatum: date
) -> ConsultatieStatus:
    """A municipality's consultation state: answered on `antwoord_op` (None: not yet),
    with answers due before `antwoord_voor`, seen on `peildatum`."""
    if antwoord_op is not None:
        return (
            ConsultatieStatus.BEANTWOORD
            if antwoord_op < antwoord_voor
            else (ConsultatieStatus.TE_LAAT)
        )
    return ConsultatieStatus.GEVRAAGD if peildatum < antwoord_voor else ConsultatieStatus.VERLOPEN


@dataclass(frozen=True)
class ActieFeit:
    """What carry-over needs to know of a PRT action: its id, the date of the meeting that
    raised it, and whether it is still open."""

    id: int
    overleg_datum: date
    open: bool


def over_te_nemen_acties(acties: Sequence[ActieFeit], datum: date) -> tuple[int, ...]:
    """The ids of the actions that carry over to a meeting on `datum`: those still open
    that were raised at an earlier meeting, oldest first."""
    gekozen = sorted(
        (a for a in acties if a.open and a.overleg_datum < datum),
        key=lambda a: (a.overleg_datum, a.id),
    )
    return tuple(a.id for a in gekozen)


WaardenPerGemeente = Mapping[str, Mapping[str, Mapping[str, int | None]]]


@dataclass(frozen=True)
class Verschil:
    """One difference between two distribution versions: municipality, category, year."""

    cbs_code: str
    categorie: str
    jaar: str
    oud: int | None
    nieuw: int | None

    @property
    def delta(self) -> int | None:
        return verschil_of_onbekend(self.nieuw, self.oud)


def vergelijk_versies(oud: WaardenPerGemeente, nieuw: WaardenPerGemeente) -> tuple[Verschil, ...]:
    """Every cell (municipality, category, year) whose value differs between two versions,
    sorted; a cell missing on one side counts as unknown (None)."""
    uit = []
    for code in sorted(set(oud) | set(nieuw)):
        a, b = oud.get(code, {}), nieuw.get(code, {})
        for cat in sorted(set(a) | set(b)):
            ja, jb = a.get(cat, {}), b.get(cat, {})
            for jaar in sorted(set(ja) | set(jb)):
                x, y = ja.get(jaar), jb.get(jaar)
                if x != y:
                    uit.append(Verschil(code, cat, jaar, x, y))
    return tuple(uit)


@dataclass(frozen=True)
class Invoerfout(Veldfout):
    """Bad input for the routekaart; `label` names the field in the message, when given."""

    thema = "routekaart"
    label: str = ""

    def parameters(self) -> dict[str, object]:
        return {"veld": self.label or self.veld, "waarde": self.waarde}
