"""*Bijlage 1*: the ministry's report format of the provincial report (*provinciaal verslag*).

Six figures and a list of locations per municipality, reproduced as the Drenthe report
(seed 002) fills them in:

- opgave regulier: the provincial task, regular **including** AMV (Σ asiel + amv opgave);
- ingevuld regulier: the places of every location that counts toward the cycle (see
  `plaatsen.cyclusgegevens`), planned AMV included;
- nog in te vullen regulier: the task minus the filled places, at least 0;
- opgave amv: Σ amv opgave;
- ingevuld amv: the realised AMV places (Σ amv realisatie of the puzzle figures);
- nog in te vullen amv: the planned, not yet realised AMV places (status gepland, kind AMV).

The last one is *not* task minus filled: the report uses it for "planned". We reproduce it
faithfully; `signaleringen.controleer` flags the difference.

Unknown is not zero: while any municipality's indicative number is unknown (cycle 2 before
the capaciteitsbesluit is entered), the task and what is still to fill are unknown (None).
A blank realisation cell counts as none, as the record sums it (De Wolden's AMV); with no
realisation known at all, the filled AMV places are unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from regietafel.domain import opmaak
from regietafel.domain.model import Categorie, CyclusGegevens, Locatie, LocatieSoort
from regietafel.domain.plaatsen import Kolom, gepland, kolom_van, plaatsen, uitsluiting_tekst

ONBEPAALDE_TIJD = "onbep. tijd"


@dataclass(frozen=True)
class Bijlage1Cijfers:
    """The six figures at the top of Bijlage 1."""

    opgave_regulier: int | None
    ingevuld_regulier: int
    nog_in_te_vullen_regulier: int | None
    opgave_amv: int | None
    ingevuld_amv: int | None
    nog_in_te_vullen_amv: int

    @property
    def realisatie_aandeel(self) -> Fraction | None:
        """Filled over task (regular incl. AMV): the province's realisation share used for
        the SPUK 3 threshold. 0 when there is no task; None while the task is unknown."""
        if self.opgave_regulier is None:
            return None
        if self.opgave_regulier == 0:
            return Fraction(0)
        return Fraction(self.ingevuld_regulier, self.opgave_regulier)

    @property
    def amv_tekort(self) -> int | None:
        """What "nog in te vullen amv" would be as task minus filled, at least 0; None
        while either is unknown."""
        if self.opgave_amv is None or self.ingevuld_amv is None:
            return None
        return max(0, self.opgave_amv - self.ingevuld_amv)


@dataclass(frozen=True)
class Bijlage1Locatie:
    """One row of the location list. `gemeente_totaal` is set on a municipality's first row
    only, as in the report; a column that does not apply is None. `van_tekst` and
    `tot_tekst` are the cells as the report shows them (an unreadable cell as written)."""

    cbs_code: str
    gemeente: str
    gemeente_totaal: int | None
    plaatsen: int
    regulier: int | None
    bijzonder: int | None
    bijzonder_soort: str
    amv: int | None
    van: date | None
    tot: date | None
    onbepaalde_tijd: bool
    van_tekst: str
    tot_tekst: str
    opmerking: str


@dataclass(frozen=True)
class NietMeetellendeLocatie:
    """A listed location that does not count toward this cycle, shown apart with why."""

    regel: Bijlage1Locatie
    reden: str


@dataclass(frozen=True)
class Bijlage1:
    """Bijlage 1 as a whole; `niet_meetellend` lists the province's other locations."""

    cijfers: Bijlage1Cijfers
    locaties: tuple[Bijlage1Locatie, ...]
    niet_meetellend: tuple[NietMeetellendeLocatie, ...] = ()


def _som_alle(waarden: list[int | None]) -> int | None:
    """The sum, or None when any value is unknown: a task is never partly known."""
    return None if any(w is None for w in waarden) else sum(w for w in waarden if w is not None)


def _som_bekende(waarden: list[int | None]) -> int | None:
    """The sum of the known values (a blank cell counts as none), None when none is known."""
    bekend = [w for w in waarden if w is not None]
    return sum(bekend) if bekend else None


def bijlage1_cijfers(gegevens: CyclusGegevens) -> Bijlage1Cijfers:
    """The six figures from the inputs (see the module docstring)."""
    cijfers = [gegevens.cijfers[g.cbs_code] for g in gegevens.gemeenten]
    opgave_amv = _som_alle([c.opgave.get(Categorie.AMV) for c in cijfers])
    opgave_asiel = _som_alle([c.opgave.get(Categorie.ASIEL_REGULIER) for c in cijfers])
    opgave = None if opgave_amv is None or opgave_asiel is None else opgave_asiel + opgave_amv
    ingevuld = plaatsen(gegevens.locaties)
    return Bijlage1Cijfers(
        opgave_regulier=opgave,
        ingevuld_regulier=ingevuld,
        nog_in_te_vullen_regulier=None if opgave is None else max(0, opgave - ingevuld),
        opgave_amv=opgave_amv,
        ingevuld_amv=_som_bekende([c.realisatie.get(Categorie.AMV) for c in cijfers]),
        nog_in_te_vullen_amv=plaatsen(
            loc for loc in gepland(gegevens.locaties) if loc.soort is LocatieSoort.AMV
        ),
    )


def _cel(datum: date | None, onleesbaar: dict[str, str], veld: str) -> str:
    if datum is not None:
        return opmaak.datum(datum)
    return onleesbaar.get(veld, "")


def _regel(loc: Locatie, naam: str, gemeente_totaal: int | None) -> Bijlage1Locatie:
    kolom = kolom_van(loc.soort)
    onleesbaar = dict(loc.onleesbaar)
    tot_tekst = (
        ONBEPAALDE_TIJD
        if loc.onbepaalde_tijd
        else _cel(loc.beschikbaar_tot, onleesbaar, "beschikbaar_tot")
    )
    return Bijlage1Locatie(
        cbs_code=loc.cbs_code,
        gemeente=naam,
        gemeente_totaal=gemeente_totaal,
        plaatsen=loc.plaatsen,
        regulier=loc.plaatsen if kolom is Kolom.REGULIER else None,
        bijzonder=loc.plaatsen if kolom is Kolom.BIJZONDER else None,
        bijzonder_soort=loc.soort.value.upper() if kolom is Kolom.BIJZONDER else "",
        amv=loc.plaatsen if kolom is Kolom.AMV else None,
        van=loc.beschikbaar_van,
        tot=loc.beschikbaar_tot,
        onbepaalde_tijd=loc.onbepaalde_tijd,
        van_tekst=_cel(loc.beschikbaar_van, onleesbaar, "beschikbaar_van"),
        tot_tekst=tot_tekst,
        opmerking=loc.opmerking,
    )


def bijlage1_locaties(gegevens: CyclusGegevens) -> tuple[Bijlage1Locatie, ...]:
    """The location list: per municipality (in the data set's order) its locations in their
    listed order, the municipality's total on its first row."""
    uit = []
    for g in gegevens.gemeenten:
        locaties = gegevens.locaties_van(g.cbs_code)
        totaal = plaatsen(locaties)
        for i, loc in enumerate(locaties):
            uit.append(_regel(loc, g.naam, totaal if i == 0 else None))
    return tuple(uit)


def niet_meetellende_locaties(gegevens: CyclusGegevens) -> tuple[NietMeetellendeLocatie, ...]:
    """The listed locations that do not count toward the cycle, with the reason in Dutch."""
    namen = {g.cbs_code: g.naam for g in gegevens.gemeenten}
    return tuple(
        NietMeetellendeLocatie(
            _regel(nm.locatie, namen.get(nm.locatie.cbs_code, nm.locatie.cbs_code), None),
            uitsluiting_tekst(nm, gegevens.cyclus.regels),
        )
        for nm in gegevens.niet_meetellend
    )


def bereken_bijlage1(gegevens: CyclusGegevens) -> Bijlage1:
    """Bijlage 1 of a province in a cycle."""
    return Bijlage1(
        cijfers=bijlage1_cijfers(gegevens),
        locaties=bijlage1_locaties(gegevens),
        niet_meetellend=niet_meetellende_locaties(gegevens),
    )
