"""Figures that are not yet known (*nog niet bekend*), and computations that need them.

An amount, pot or national figure that the ministry has not yet set is None, never 0.
A computation that needs one does not compute with 0: it names what is missing, by the
parameter's field name (``spuk1_bedrag_per_plaats``), in `ontbreekt` on its result or in a
`NietBerekenbaar` error. The Dutch words for each name are made here, in one place, so the
web, the CLI, the API and the report say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable

from regietafel.domain.fouten import RegietafelFout, Soort
from regietafel.domain.model import Cyclus, ProvincieOpgave
from regietafel.domain.tekst import nl_opsomming

PARAMETERS = {
    "amv_landelijk": "het landelijke AMV-deel",
    "spuk1_bedrag_per_plaats": "het SPUK 1-bedrag per plaats",
    "spuk2_bedrag_per_plaats": "het SPUK 2-bedrag per plaats",
    "spuk3_pot": "de SPUK 3-pot",
    "provincie_bedrag": "het bedrag voor de provincie",
    "opgave": "de indicatieve aantallen per gemeente",
}
"""The Dutch name of every parameter that can be unknown, in the order they are listed."""
MEERVOUD = frozenset({"opgave"})


def onbekend_in_cyclus(cyclus: Cyclus) -> tuple[str, ...]:
    """The national figures and amounts per place of a cycle that are not yet known."""
    waarden = {
        "amv_landelijk": cyclus.amv_landelijk,
        "spuk1_bedrag_per_plaats": cyclus.regels.spuk1_bedrag_per_plaats,
        "spuk2_bedrag_per_plaats": cyclus.regels.spuk2_bedrag_per_plaats,
    }
    return tuple(naam for naam, waarde in waarden.items() if waarde is None)


def onbekend_bij_provincie(opgave: ProvincieOpgave) -> tuple[str, ...]:
    """The province's amounts in a cycle that are not yet known."""
    waarden = {"spuk3_pot": opgave.spuk3_pot, "provincie_bedrag": opgave.provincie_bedrag}
    return tuple(naam for naam, waarde in waarden.items() if waarde is None)


def som_of_onbekend(bedragen: Iterable[int | None]) -> int | None:
    """The sum of amounts; None (unknown) as soon as one of them is unknown, never a sum
    that counts an unknown as 0."""
    totaal = 0
    for bedrag in bedragen:
        if bedrag is None:
            return None
        totaal += bedrag
    return totaal


def verschil_of_onbekend(a: int | None, b: int | None) -> int | None:
    """`a` minus `b`; None (unknown) when either is unknown, never a difference with 0."""
    return None if a is None or b is None else a - b


def parameternamen(ontbreekt: Iterable[str]) -> str:
    """The missing parameters in Dutch: ``het SPUK 1-bedrag per plaats en de SPUK 3-pot``."""
    return nl_opsomming([PARAMETERS.get(naam, naam) for naam in ontbreekt])


def zijn_nog_niet_bekend(ontbreekt: tuple[str, ...]) -> str:
    """``de SPUK 3-pot is nog niet bekend`` / ``… en … zijn nog niet bekend``."""
    meer = len(ontbreekt) > 1 or bool(MEERVOUD.intersection(ontbreekt))
    return f"{parameternamen(ontbreekt)} {'zijn' if meer else 'is'} nog niet bekend"


def ontbreekt_tekst(ontbreekt: Iterable[str]) -> str:
    """``Nog niet bekend: de SPUK 3-pot.``; empty when nothing is missing."""
    namen = parameternamen(ontbreekt)
    return f"Nog niet bekend: {namen}." if namen else ""


class NietBerekenbaar(RegietafelFout, ValueError):
    """A computation (`wat`, in Dutch) that needs figures that are not yet known;
    `ontbreekt` names them. `code` is stable for the API and the CLI."""

    soort = Soort.NIET_UITVOERBAAR
    code = "niet_berekenbaar"

    def __init__(self, wat: str, ontbreekt: tuple[str, ...]) -> None:
        self.wat = wat
        self.ontbreekt = ontbreekt
        super().__init__(
            f"{wat[:1].upper()}{wat[1:]} kan niet worden berekend: "
            f"{zijn_nog_niet_bekend(ontbreekt)}."
        )
