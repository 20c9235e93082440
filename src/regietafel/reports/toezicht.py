"""The report's short section on the supervision of status-holder housing: which
municipalities stand on which step of the province's ladder, and the ladder itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from regietafel.domain.statushouders import Periode
from regietafel.domain.tekst import nl_aantal
from regietafel.domain.toezicht import GemeenteToezicht, Oordeel, Toezichtladder
from regietafel.reports.document import Alinea, Blok, Cel, Opsomming, Sectie, Tabel


@dataclass(frozen=True)
class ToezichtInvoer:
    """The ladder after the latest half year, as computed by services.toezicht."""

    periode: Periode
    ladder: Toezichtladder
    gemeenten: tuple[GemeenteToezicht, ...]
    namen: Mapping[str, str]


def _halfjaren(n: int) -> str:
    return nl_aantal(n, "halfjaar", "halfjaren")


def _op_de_ladder(t: ToezichtInvoer, op_stap: list[GemeenteToezicht]) -> str:
    """Who stands on a step: the municipality by name when it is one, else how many."""
    if len(op_stap) == 1:
        wie = f"staat {t.namen.get(op_stap[0].cbs_code, op_stap[0].cbs_code)}"
        zij = "huisvestte dan haar"
    else:
        aantal = len(t.gemeenten)
        wie = f"staan {'alle' if len(op_stap) == aantal else f'{len(op_stap)} van de'} {aantal}"
        wie += " gemeenten"
        zij = "huisvestten dan hun"
    return (
        f"Tot en met {t.periode.label} {wie} op een stap van de toezichtladder, omdat zij een "
        f"of meer halfjaren op rij minder statushouders {zij} taakstelling (met achterstand):"
    )


def toezicht_sectie(t: ToezichtInvoer) -> Sectie:
    bekend = [
        g for g in t.gemeenten if g.historie and g.historie[-1].oordeel is not Oordeel.ONBEKEND
    ]
    op_stap = sorted(
        (g for g in t.gemeenten if g.stap is not None),
        key=lambda g: (-g.onder_op_rij, t.namen.get(g.cbs_code, g.cbs_code)),
    )
    blokken: list[Blok] = []
    if not bekend:
        blokken.append(
            Alinea(
                f"Over {t.periode.label} zijn de cijfers per gemeente nog niet ingevoerd; de "
                "toezichtladder kan daarom voor dat halfjaar geen stap aangeven."
            )
        )
    if op_stap:
        blokken.append(Alinea(_op_de_ladder(t, op_stap)))
        blokken.append(
            Tabel(
                titel="Gemeenten op de toezichtladder",
                kop=((Cel("Gemeente"), Cel("Halfjaren op rij onder"), Cel("Stap")),),
                rijen=tuple(
                    (t.namen.get(g.cbs_code, g.cbs_code), str(g.onder_op_rij), g.stap.naam)
                    for g in op_stap
                    if g.stap is not None
                ),
                getallen=frozenset({1}),
            )
        )
    elif bekend:
        blokken.append(
            Alinea(f"Tot en met {t.periode.label} staat geen gemeente op de toezichtladder.")
        )
    blokken.append(Alinea("De toezichtladder van de provincie:"))
    blokken.append(
        Opsomming(
            tuple(
                f"{s.naam}: vanaf {_halfjaren(s.drempel)} op rij onder de taakstelling"
                for s in t.ladder.stappen
            ),
            genummerd=True,
        )
    )
    return Sectie(
        "toezicht-statushouders", "Toezicht huisvesting statushouders", tuple(blokken), niveau=2
    )
