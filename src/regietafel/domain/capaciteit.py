"""Capacity over time (*capaciteit*): the available reception places per month, per
municipality and for the province, from the locations' availability windows.

A location's places are available on a day when

- it is realised, or planned with a known start date (a planned location without a date
  cannot be placed in time and is listed apart);
- it has started: ``beschikbaar_van`` on or before the day, or unknown (a realised location
  with an unknown start is taken to be running already);
- its contract has not ended: ``beschikbaar_tot`` is the contract end as written in
  Bijlage 1, "beschikbaar *tot* 1-4-2026", so the places are gone *on* that date. An unknown
  end and "onbepaalde tijd" never end.

The capacity changes only on the dates where a window opens or closes (a *mutatie*); the
month table shows the places at the start of each month and the lowest level within it, so
a contract ending on 31 March shows in March, not a month later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from regietafel.domain.model import Locatie, LocatieStatus
from regietafel.domain.onbekend import som_of_onbekend


def in_venster(loc: Locatie, dag: date) -> bool:
    """Whether `loc` offers its places on `dag` (see the module docstring for the rule)."""
    if loc.status is LocatieStatus.GEPLAND and loc.beschikbaar_van is None:
        return False
    if loc.beschikbaar_van is not None and loc.beschikbaar_van > dag:
        return False
    return loc.onbepaalde_tijd or loc.beschikbaar_tot is None or dag < loc.beschikbaar_tot


def beschikbare_plaatsen(
    locaties: Iterable[Locatie], dag: date, gemeenten: Iterable[str] = ()
) -> dict[str, int]:
    """The available places per municipality on `dag`; every code in `gemeenten` is present,
    with 0 when it has nothing available."""
    uit = dict.fromkeys(gemeenten, 0)
    for loc in locaties:
        if in_venster(loc, dag):
            uit[loc.cbs_code] = uit.get(loc.cbs_code, 0) + loc.plaatsen
    return uit


def eerste_van_maand(dag: date) -> date:
    return dag.replace(day=1)


def volgende_maand(dag: date) -> date:
    """The first day of the month after `dag`."""
    return date(dag.year + dag.month // 12, dag.month % 12 + 1, 1)


def maanden(van: date, tot: date) -> list[date]:
    """The first day of each month from `van`'s month up to (not including) `tot`."""
    uit = []
    maand = eerste_van_maand(van)
    while maand < tot:
        uit.append(maand)
        maand = volgende_maand(maand)
    return uit


def cyclusperiode(jaren: Sequence[int]) -> tuple[date, date]:
    """The first day of a cycle and the first day after it: 2025-2026 is 1-1-2025 to 1-1-2027."""
    return date(jaren[0], 1, 1), date(jaren[-1] + 1, 1, 1)


@dataclass(frozen=True)
class Mutatie:
    """A change in capacity: on `datum` the places of `locatie` open (+) or close (−);
    `totaal_na` is the province's available places from that day on."""

    datum: date
    locatie: Locatie
    verschil: int
    totaal_na: int

    @property
    def cbs_code(self) -> str:
        return self.locatie.cbs_code


@dataclass(frozen=True)
class CapaciteitMaand:
    """One month: the places at its first day and the lowest level during the month, per
    municipality and for the province."""

    maand: date
    per_gemeente: Mapping[str, int]
    totaal: int
    laagste_totaal: int
    laagste_per_gemeente: Mapping[str, int]


@dataclass(frozen=True)
class Capaciteit:
    """Capacity over a period against the task (*opgave*) of the cycle.

    `opgave_per_gemeente` is each municipality's asylum task (regular incl. AMV); `opgave`
    is their sum, None (*nog niet bekend*) while one of them is not known, never a sum that
    counts an unknown task as 0. `gepland_zonder_datum` are planned locations that cannot be
    placed in time yet.
    """

    van: date
    tot: date
    maanden: tuple[CapaciteitMaand, ...]
    mutaties: tuple[Mutatie, ...]
    opgave_per_gemeente: Mapping[str, int | None]
    opgave: int | None
    gepland_zonder_datum: tuple[Locatie, ...]

    @property
    def laagste(self) -> CapaciteitMaand:
        """The month with the lowest level of the period (the first, when tied)."""
        return min(self.maanden, key=lambda m: m.laagste_totaal)

    def tekort_vanaf(self) -> date | None:
        """The first day on which the province's places fall below its task, if any; None
        while the task is not known."""
        if self.opgave is None:
            return None
        if self.maanden and self.maanden[0].totaal < self.opgave:
            return self.van
        for m in self.mutaties:
            if m.totaal_na < self.opgave:
                return m.datum
        return None


def onder_opgave(opgave: int | None, plaatsen: int) -> bool:
    """A municipality is below its task in a month when its lowest number of places in it
    is less than its task; with an unknown task it is not known, so never marked below.

    >>> onder_opgave(100, 99), onder_opgave(100, 100), onder_opgave(None, 0)
    (True, False, False)
    """
    return opgave is not None and opgave > plaatsen


def _wisseldagen(loc: Locatie) -> list[tuple[date, int]]:
    """The days the location's places open (+) and close (−); none when never available."""
    if loc.status is LocatieStatus.GEPLAND and loc.beschikbaar_van is None:
        return []
    einde = None if loc.onbepaalde_tijd else loc.beschikbaar_tot
    if loc.beschikbaar_van is not None and einde is not None and einde <= loc.beschikbaar_van:
        return []
    uit = []
    if loc.beschikbaar_van is not None:
        uit.append((loc.beschikbaar_van, loc.plaatsen))
    if einde is not None:
        uit.append((einde, -loc.plaatsen))
    return uit


def bereken_capaciteit(
    locaties: Sequence[Locatie],
    opgave_per_gemeente: Mapping[str, int | None],
    van: date,
    tot: date,
) -> Capaciteit:
    """Capacity per month from `van` to `tot` (exclusive) for the municipalities in
    `opgave_per_gemeente`, with every change in between.

    >>> from regietafel.domain.model import LocatieSoort
    >>> loc = Locatie("GM1", 40, LocatieSoort.NO, LocatieStatus.GEREALISEERD,
    ...               beschikbaar_tot=date(2026, 3, 31))
    >>> c = bereken_capaciteit([loc], {"GM1": 30}, date(2026, 3, 1), date(2026, 5, 1))
    >>> [(m.maand.month, m.totaal, m.laagste_totaal) for m in c.maanden]
    [(3, 40, 0), (4, 0, 0)]
    """
    codes = list(opgave_per_gemeente)
    bekend = [loc for loc in locaties if loc.cbs_code in opgave_per_gemeente]
    wissels = sorted(
        (
            (dag, i, verschil)
            for i, loc in enumerate(bekend)
            for dag, verschil in _wisseldagen(loc)
            if van < dag < tot
        ),
        key=lambda w: (w[0], w[2], w[1]),
    )
    stand = beschikbare_plaatsen(bekend, van, codes)
    totaal = sum(stand.values())
    mutaties = []
    for dag, i, verschil in wissels:
        totaal += verschil
        mutaties.append(Mutatie(datum=dag, locatie=bekend[i], verschil=verschil, totaal_na=totaal))
    per_maand = []
    for maand in maanden(van, tot):
        begin = beschikbare_plaatsen(bekend, max(maand, van), codes)
        einde = min(volgende_maand(maand), tot)
        binnen = [m for m in mutaties if maand < m.datum < einde]
        laagste = dict(begin)
        lopend = dict(begin)
        laagste_totaal = totaal_maand = sum(begin.values())
        for m in binnen:
            lopend[m.cbs_code] += m.verschil
            laagste[m.cbs_code] = min(laagste[m.cbs_code], lopend[m.cbs_code])
            laagste_totaal = min(laagste_totaal, m.totaal_na)
        per_maand.append(
            CapaciteitMaand(
                maand=maand,
                per_gemeente=begin,
                totaal=totaal_maand,
                laagste_totaal=laagste_totaal,
                laagste_per_gemeente=laagste,
            )
        )
    return Capaciteit(
        van=van,
        tot=tot,
        maanden=tuple(per_maand),
        mutaties=tuple(mutaties),
        opgave_per_gemeente=dict(opgave_per_gemeente),
        opgave=som_of_onbekend(opgave_per_gemeente.values()),
        gepland_zonder_datum=tuple(
            loc
            for loc in bekend
            if loc.status is LocatieStatus.GEPLAND and loc.beschikbaar_van is None
        ),
    )
