"""The minister's distribution decision (*verdeelbesluit*, step 4 of the cycle) and the
supervision of the asylum task after it (*toezicht op de asieltaak*).

The *concept* decision of one province: where the provincial distribution (the ratified
version, or the figures as published) closes in a category and year, it is adopted as it is;
where it falls short, the remainder goes to the municipalities below their own indicative
number by the legal rule (`puzzel_solver.restverdeling_naar_rato`), whose explanation per
municipality is kept. The legal rule places nothing when the offers cover the task, so one
rule gives both cases.

A *decided* decision is what the ministry recorded: a date, a source and per municipality,
category and year a number, in the shape of a distribution version (`WaardenPerGemeente`).
Its difference from the provincial distribution is `routekaart.vergelijk_versies`.

The supervision: per municipality the decided number of the year of the realisation date
against the places in use on that date and on the reference date (*peildatum*), how long a
shortfall has lasted (whole months since the realisation date, or since the places in use
last dropped below the number), and the step of the province's ladder that this implies
(`toezicht.Toezichtladder`, its thresholds counted in months here). This is evidence for
the province's supervision, never the supervision decision itself.

Pure: no Django, no clock; the reference date is an argument.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from regietafel.domain.model import Categorie, Cyclus, CyclusGegevens, Gemeente, Locatie
from regietafel.domain.onbekend import som_of_onbekend
from regietafel.domain.pijplijn import Fase
from regietafel.domain.plaatsen import categorie_van
from regietafel.domain.puzzel_solver import Oplossing, restverdeling_naar_rato
from regietafel.domain.realisatie import fase_van
from regietafel.domain.routekaart import Verschil, WaardenPerGemeente, vergelijk_versies
from regietafel.domain.solver_invoer import (
    CATEGORIE_NAAM,
    CATEGORIEEN,
    Instellingen,
    opgave_onbekend,
    problemen,
)
from regietafel.domain.toezicht import Toezichtladder, Toezichtstap

Waarden = dict[str, dict[str, dict[str, int | None]]]


@dataclass(frozen=True)
class BesluitDeel:
    """The concept decision for one category and year: the legal rule applied to the
    provincial distribution (`oplossing`, with the explanation per municipality).
    `opgave_onbekend`: a target is not yet known, so the rule's outcome is not known."""

    categorie: Categorie
    jaar: int
    oplossing: Oplossing
    opgave_onbekend: bool = False

    @property
    def sluitend(self) -> bool | None:
        """Did the provincial distribution already cover the task here? None (unknown)
        while a target is not yet known."""
        return None if self.opgave_onbekend else self.oplossing.al_gedekt

    @property
    def rest(self) -> int | None:
        """The places the legal rule adds here; None while a target is not yet known."""
        return None if self.opgave_onbekend else self.oplossing.geplaatst


@dataclass(frozen=True)
class Conceptbesluit:
    """The concept *verdeelbesluit* of one province in one cycle.

    `waarden` is {cbs_code: {category: {year: places}}}: the provincial number where the
    distribution closes, plus the legal rule's extra places where it does not, and None
    where a target is not yet known. `sluitend` says the whole distribution closes, so it
    is adopted as it is; None (unknown) while a target it depends on is not yet known."""

    delen: tuple[BesluitDeel, ...]
    waarden: Waarden

    @property
    def sluitend(self) -> bool | None:
        """None (unknown) while one part is not known, even when another does not close:
        the concept as a whole, and its rest, are not known then (`rest` is None exactly
        when this is)."""
        if any(d.sluitend is None for d in self.delen):
            return None
        return all(d.sluitend for d in self.delen)

    @property
    def rest(self) -> int | None:
        """The places the concept adds to the provincial distribution; None (unknown) while
        a target is not yet known."""
        return som_of_onbekend(d.rest for d in self.delen)

    @property
    def ontbreekt(self) -> tuple[str, ...]:
        """What is not yet known for the concept (names of `onbekend.PARAMETERS`)."""
        return ("opgave",) if any(d.opgave_onbekend for d in self.delen) else ()

    def uitleg(self, cbs_code: str) -> tuple[str, ...]:
        """The legal rule's explanation for one municipality, in the parts that did not
        close (a closing part has nothing to explain, an unknown one nothing to say)."""
        return tuple(
            f"{CATEGORIE_NAAM[d.categorie]} {d.jaar}: {t.uitleg}"
            for d in self.delen
            if d.sluitend is False
            for t in d.oplossing.toewijzingen
            if t.code == cbs_code
        )


def conceptbesluit(gegevens: CyclusGegevens) -> Conceptbesluit:
    """The concept decision from `gegevens`, whose offers are the provincial distribution
    (a ratified version put in place by the caller, or the figures as published). Where a
    target is not yet known, the concept's numbers are too (never the rule with 0)."""
    delen = []
    waarden: Waarden = {g.cbs_code: {c.value: {} for c in CATEGORIEEN} for g in gegevens.gemeenten}
    for categorie, jaar, rijen in problemen(gegevens, Instellingen()):
        oplossing = restverdeling_naar_rato(rijen)
        onbekende_opgave = opgave_onbekend(rijen)
        delen.append(BesluitDeel(categorie, jaar, oplossing, onbekende_opgave))
        onbekend = {r.code for r in rijen if r.aanbod_onbekend}
        for t in oplossing.toewijzingen:
            # An unknown offer that receives nothing stays unknown, as the province left it.
            n = None if onbekende_opgave or (t.code in onbekend and not t.extra) else t.totaal
            waarden[t.code][categorie.value][str(jaar)] = n
    return Conceptbesluit(tuple(delen), waarden)


def provinciale_waarden(gegevens: CyclusGegevens) -> Waarden:
    """The provincial distribution in the decision's shape: each municipality's offer per
    category and year (None where it is not known)."""
    return {
        g.cbs_code: {
            c.value: {
                str(j): gegevens.cijfers[g.cbs_code].aanbod.get((c, j))
                for j in gegevens.cyclus.jaren
            }
            for c in CATEGORIEEN
        }
        for g in gegevens.gemeenten
    }


def verschillen(
    provinciaal: WaardenPerGemeente, besluit: WaardenPerGemeente
) -> tuple[Verschil, ...]:
    """Every cell where the decision differs from the provincial distribution."""
    return vergelijk_versies(provinciaal, besluit)


def som(waarden: WaardenPerGemeente, categorie: str, jaar: str) -> int:
    """The decided places of one category and year over the municipalities (unknown as 0)."""
    return sum(per_cat.get(categorie, {}).get(jaar) or 0 for per_cat in waarden.values())


# -------------------------------------------------------------------------- supervision

STANDAARDSTAPPEN_ASIEL = (
    Toezichtstap(
        "Signaal",
        "De provincie wijst de gemeente ambtelijk op het tekort aan plaatsen en vraagt hoe en "
        "wanneer de plaatsen er komen.",
        1,
    ),
    Toezichtstap(
        "Bestuurlijk overleg",
        "De gedeputeerde bespreekt het tekort met de wethouder; de afspraken om de plaatsen "
        "te realiseren worden vastgelegd.",
        3,
    ),
    Toezichtstap(
        "Formele aanwijzing / instructie",
        "Gedeputeerde Staten geven de gemeente schriftelijk een termijn om de plaatsen alsnog "
        "te realiseren en kondigen indeplaatsstelling aan als dat niet gebeurt.",
        6,
    ),
    Toezichtstap(
        "Indeplaatsstelling",
        "Gedeputeerde Staten voorzien namens en op kosten van de gemeente in de opvang "
        "(art. 124 Gemeentewet).",
        12,
    ),
)
"""The default ladder of the asylum task, thresholds in whole months of shortfall after
the realisation date (an assumption of Regietafel, documented in docs/verdeelbesluit.md)."""


def standaardladder_asiel() -> Toezichtladder:
    """The default supervision ladder of the asylum task."""
    return Toezichtladder(STANDAARDSTAPPEN_ASIEL)


def besluitjaar(jaren: Sequence[int], realisatiedatum: date | None) -> int:
    """The year of the decision whose numbers are due on the realisation date: the year of
    that date when it is one of the cycle's, otherwise the cycle's first year."""
    if realisatiedatum is not None and realisatiedatum.year in jaren:
        return realisatiedatum.year
    return jaren[0]


def _in_gebruik(loc: Locatie, dag: date) -> bool:
    if fase_van(loc, dag) is not Fase.IN_GEBRUIK:
        return False
    tot = loc.beschikbaar_tot
    return tot is None or loc.onbepaalde_tijd or tot >= dag


def plaatsen_in_gebruik(locaties: Iterable[Locatie], cbs_code: str, dag: date) -> int:
    """The asylum places (regular and AMV) of one municipality in use on `dag`."""
    return sum(
        loc.plaatsen
        for loc in locaties
        if loc.cbs_code == cbs_code
        and categorie_van(loc.soort) in CATEGORIEEN
        and _in_gebruik(loc, dag)
    )


def hele_maanden(van: date, tot: date) -> int:
    """Whole months from `van` to `tot` (0 when `tot` is not later)."""
    maanden = (tot.year - van.year) * 12 + tot.month - van.month
    if tot.day < van.day:
        maanden -= 1
    return max(0, maanden)


def _wisseldagen(locaties: Iterable[Locatie], van: date, tot: date) -> list[date]:
    """The days between `van` and `tot` on which the places in use may change."""
    dagen = {van, tot}
    for loc in locaties:
        for o in loc.fasen:
            dagen.add(o.datum)
        if loc.beschikbaar_tot is not None and not loc.onbepaalde_tijd:
            dagen.add(loc.beschikbaar_tot + timedelta(days=1))
    return sorted(d for d in dagen if van <= d <= tot)


def tekort_sinds(
    locaties: Sequence[Locatie], cbs_code: str, besloten: int, van: date, peildatum: date
) -> date | None:
    """The day since which the municipality has had fewer places in use than `besloten`,
    counting from `van` (the realisation date) to `peildatum`; None when it has enough on
    `peildatum`."""
    eigen = [loc for loc in locaties if loc.cbs_code == cbs_code]
    sinds: date | None = None
    for dag in _wisseldagen(eigen, van, peildatum):
        sinds = sinds or dag if plaatsen_in_gebruik(eigen, cbs_code, dag) < besloten else None
    return sinds


@dataclass(frozen=True)
class GemeenteAsieltoezicht:
    """One municipality after the decision: the decided number of the decision year, the
    places in use on the realisation date and on the reference date, since when it falls
    short, for how many whole months, and the step of the ladder that implies."""

    cbs_code: str
    naam: str
    besloten: int
    op_realisatiedatum: int
    op_peildatum: int
    tekort_sinds: date | None
    maanden: int
    stap: Toezichtstap | None
    volgende: Toezichtstap | None

    @property
    def tekort(self) -> int:
        """Places still missing on the reference date."""
        return max(0, self.besloten - self.op_peildatum)


@dataclass(frozen=True)
class Asieltoezicht:
    """The supervision evidence of one province: the year and dates it counts with, and
    per municipality its state. Before the realisation date nothing is overdue yet."""

    jaar: int
    realisatiedatum: date | None
    peildatum: date
    ladder: Toezichtladder
    gemeenten: tuple[GemeenteAsieltoezicht, ...]

    def per_stap(self) -> list[tuple[Toezichtstap, list[GemeenteAsieltoezicht]]]:
        """The municipalities on each step, heaviest first; empty steps left out."""
        uit = []
        for s in reversed(self.ladder.stappen):
            op = [g for g in self.gemeenten if g.stap == s]
            if op:
                uit.append((s, op))
        return uit

    @property
    def met_tekort(self) -> int:
        return sum(1 for g in self.gemeenten if g.tekort)


def asieltoezicht(
    gegevens: CyclusGegevens,
    besluit: WaardenPerGemeente,
    ladder: Toezichtladder,
    peildatum: date,
) -> Asieltoezicht:
    """The supervision evidence after the decided `besluit` for the municipalities of
    `gegevens`, with its locations as they are known on `peildatum`."""
    return asieltoezicht_van(
        gegevens.cyclus, gegevens.gemeenten, gegevens.locaties, besluit, ladder, peildatum
    )


def asieltoezicht_van(
    cyclus: Cyclus,
    gemeenten: Sequence[Gemeente],
    locaties: Sequence[Locatie],
    besluit: WaardenPerGemeente,
    ladder: Toezichtladder,
    peildatum: date,
) -> Asieltoezicht:
    """`asieltoezicht` from its parts: the cycle, the municipalities and the locations that
    count toward the cycle (`plaatsen.uitsluiting` is None), as a national overview loads
    them for every province at once."""
    realisatiedatum = cyclus.regels.realisatiedatum
    jaar = besluitjaar(cyclus.jaren, realisatiedatum)
    per_gemeente: dict[str, list[Locatie]] = {}
    for loc in locaties:
        per_gemeente.setdefault(loc.cbs_code, []).append(loc)
    rijen = []
    for g in gemeenten:
        eigen = per_gemeente.get(g.cbs_code, [])
        besloten = sum(
            besluit.get(g.cbs_code, {}).get(c.value, {}).get(str(jaar)) or 0 for c in CATEGORIEEN
        )
        op_rd = (
            plaatsen_in_gebruik(eigen, g.cbs_code, min(realisatiedatum, peildatum))
            if realisatiedatum is not None
            else 0
        )
        sinds = None
        if realisatiedatum is not None and realisatiedatum <= peildatum:
            sinds = tekort_sinds(eigen, g.cbs_code, besloten, realisatiedatum, peildatum)
        maanden = 0 if sinds is None else hele_maanden(sinds, peildatum)
        rijen.append(
            GemeenteAsieltoezicht(
                cbs_code=g.cbs_code,
                naam=g.naam,
                besloten=besloten,
                op_realisatiedatum=op_rd,
                op_peildatum=plaatsen_in_gebruik(eigen, g.cbs_code, peildatum),
                tekort_sinds=sinds,
                maanden=maanden,
                stap=ladder.stap(maanden) if sinds is not None else None,
                volgende=ladder.volgende(maanden) if sinds is not None else None,
            )
        )
    return Asieltoezicht(jaar, realisatiedatum, peildatum, ladder, tuple(rijen))
