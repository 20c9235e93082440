"""The supervision ladder for housing status holders (*interbestuurlijk toezicht*, IBT).

The province supervises whether each municipality meets its half-yearly *taakstelling*
(Huisvestingswet 2014, art. 28; Gemeentewet art. 124, as revised by the Wet revitalisering
generiek toezicht). It escalates along an *interventieladder*: the longer a municipality
stays behind, the heavier the step, up to *indeplaatsstelling* (the province does the task
in the municipality's name and at its expense).

Per municipality this module counts the consecutive half years below target up to a chosen
half year, and reads the step off the province's ladder (`Toezichtladder`, a province
parameter). "Below target" is the status-holders rule: housed less than was due, the task
plus any backlog carried in (`GemeenteHalfjaar.op_koers` is False).

A half year whose figures are unknown neither counts nor resets: a missing figure is no
evidence that the municipality was behind, nor that it caught up (otherwise not reporting
would wipe the record). Such half years are counted separately, so the screen can say
"3 halfjaren onder de taakstelling, 1 halfjaar onbekend".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

from regietafel.domain.fouten import RegietafelFout
from regietafel.domain.statushouders import GemeenteHalfjaar, Periode, ProvincieHalfjaar


@dataclass(frozen=True)
class Toezichtstap:
    """One rung of the ladder: reached after `drempel` consecutive half years below target."""

    naam: str
    omschrijving: str
    drempel: int


STANDAARDSTAPPEN = (
    Toezichtstap(
        "Signaal",
        "De provincie wijst de gemeente ambtelijk op de achterstand en vraagt hoe en wanneer "
        "die wordt ingelopen.",
        1,
    ),
    Toezichtstap(
        "Bestuurlijk overleg",
        "De gedeputeerde bespreekt de achterstand met de wethouder; de afspraken om haar in "
        "te lopen worden vastgelegd.",
        2,
    ),
    Toezichtstap(
        "Formele aanwijzing / instructie",
        "Gedeputeerde Staten geven de gemeente schriftelijk een termijn om de taakstelling "
        "alsnog te halen en kondigen indeplaatsstelling aan als dat niet gebeurt.",
        3,
    ),
    Toezichtstap(
        "Indeplaatsstelling",
        "Gedeputeerde Staten voorzien namens en op kosten van de gemeente in de huisvesting "
        "(art. 124 Gemeentewet).",
        4,
    ),
)


@dataclass(frozen=True)
class LadderFout(RegietafelFout, ValueError):
    """A ladder that cannot be used: the step (1-based, 0 for the ladder as a whole), the
    field (`naam`, `drempel` or `stappen`), the value and a code; the Dutch message is made
    in domain.fouten so the web app, the CLI and the API say the same thing."""

    thema = "toezicht"
    stap: int
    veld: str
    waarde: object
    code: str

    def parameters(self) -> dict[str, object]:
        return {"stap": self.stap, "waarde": self.waarde}


@dataclass(frozen=True)
class Toezichtladder:
    """The province's *interventieladder*: steps in order, each with a strictly higher
    threshold than the one before. The default is the four steps most provincial IBT
    frameworks name, one half year apart (see docs/toezicht.md for the sources)."""

    stappen: tuple[Toezichtstap, ...] = STANDAARDSTAPPEN

    def __post_init__(self) -> None:
        if not self.stappen:
            raise LadderFout(0, "stappen", "", "geen_stappen")
        namen: set[str] = set()
        vorige = 0
        for i, s in enumerate(self.stappen, 1):
            if not s.naam.strip():
                raise LadderFout(i, "naam", s.naam, "naam_verplicht")
            if s.naam.strip().lower() in namen:
                raise LadderFout(i, "naam", s.naam, "naam_dubbel")
            namen.add(s.naam.strip().lower())
            if isinstance(s.drempel, bool) or not isinstance(s.drempel, int) or s.drempel < 1:
                raise LadderFout(i, "drempel", s.drempel, "geen_drempel")
            if s.drempel <= vorige:
                raise LadderFout(i, "drempel", s.drempel, "niet_oplopend")
            vorige = s.drempel

    def stap(self, aantal: int) -> Toezichtstap | None:
        """The heaviest step whose threshold `aantal` half years reach; None below the first."""
        bereikt = [s for s in self.stappen if s.drempel <= aantal]
        return bereikt[-1] if bereikt else None

    def volgende(self, aantal: int) -> Toezichtstap | None:
        """The step that one more half year behind could reach; None on the last step."""
        return next((s for s in self.stappen if s.drempel > aantal), None)

    def niveau(self, stap: Toezichtstap | None) -> int:
        """The step's place on the ladder: 0 for no step, 1 for the first."""
        return 0 if stap is None else self.stappen.index(stap) + 1


def lees_ladder(rijen: Sequence[tuple[str, str, str]]) -> Toezichtladder:
    """A ladder from text rows (name, description, threshold) as typed in a form or file;
    rows left wholly empty are skipped, anything else wrong raises LadderFout."""
    stappen: list[Toezichtstap] = []
    for naam, omschrijving, drempel in rijen:
        if not (naam.strip() or omschrijving.strip() or drempel.strip()):
            continue
        nummer = len(stappen) + 1
        tekst = drempel.strip()
        if not tekst.isascii() or not tekst.isdigit():
            raise LadderFout(nummer, "drempel", tekst, "geen_drempel")
        stappen.append(Toezichtstap(naam.strip(), omschrijving.strip(), int(tekst)))
    return Toezichtladder(tuple(stappen))


class Oordeel(Enum):
    """How a municipality did in one half year."""

    ONDER = "onder"  # housed less than was due
    OP_KOERS = "op_koers"  # housed at least what was due
    ONBEKEND = "onbekend"  # task or realisation (or the balance carried in) unknown


def oordeel(g: GemeenteHalfjaar) -> Oordeel:
    op_koers = g.op_koers
    if op_koers is None:
        return Oordeel.ONBEKEND
    return Oordeel.OP_KOERS if op_koers else Oordeel.ONDER


@dataclass(frozen=True)
class Reeksstand:
    """The run at the end of a series: half years below target in a row, and the unknown
    half years passed over within that run."""

    onder: int
    onbekend: int


def reeksstand(oordelen: Sequence[Oordeel]) -> Reeksstand:
    """Count back from the last half year to the last one on target."""
    onder = onbekend = 0
    for o in reversed(oordelen):
        if o is Oordeel.OP_KOERS:
            break
        if o is Oordeel.ONDER:
            onder += 1
        else:
            onbekend += 1
    return Reeksstand(onder, onbekend)


@dataclass(frozen=True)
class ToezichtHalfjaar:
    """One row of the history behind a step."""

    periode: Periode
    taakstelling: int | None
    te_realiseren: int | None
    realisatie: int | None
    aandeel: Fraction | None
    oordeel: Oordeel
    onder_op_rij: int  # the count after this half year


@dataclass(frozen=True)
class GemeenteToezicht:
    """A municipality's place on the ladder at the end of the series, with its history."""

    cbs_code: str
    historie: tuple[ToezichtHalfjaar, ...]
    onder_op_rij: int
    onbekend: int
    stap: Toezichtstap | None
    volgende: Toezichtstap | None


def toezicht_per_gemeente(
    reeks: Sequence[ProvincieHalfjaar], ladder: Toezichtladder
) -> tuple[GemeenteToezicht, ...]:
    """Each municipality's count and step after the last half year of `reeks` (the half
    years in order, as `bereken_halfjaren` returns them)."""
    per_gemeente: dict[str, list[tuple[Periode, GemeenteHalfjaar]]] = {}
    for h in reeks:
        for g in h.gemeenten:
            per_gemeente.setdefault(g.cbs_code, []).append((h.periode, g))
    uit = []
    for code, regels in per_gemeente.items():
        oordelen: list[Oordeel] = []
        historie = []
        for periode, g in regels:
            oordelen.append(oordeel(g))
            historie.append(
                ToezichtHalfjaar(
                    periode=periode,
                    taakstelling=g.taakstelling,
                    te_realiseren=g.te_realiseren,
                    realisatie=g.realisatie,
                    aandeel=g.aandeel,
                    oordeel=oordelen[-1],
                    onder_op_rij=reeksstand(oordelen).onder,
                )
            )
        stand = reeksstand(oordelen)
        uit.append(
            GemeenteToezicht(
                cbs_code=code,
                historie=tuple(historie),
                onder_op_rij=stand.onder,
                onbekend=stand.onbekend,
                stap=ladder.stap(stand.onder),
                volgende=ladder.volgende(stand.onder),
            )
        )
    return tuple(uit)
