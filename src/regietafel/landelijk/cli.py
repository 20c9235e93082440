"""`regietafel landelijk`: the national overview, every province of a cycle side by side,
through the same service as the web page (services.landelijk). The command line is the
operator's: it reads every province, as the ministry does."""

from __future__ import annotations

import argparse

from regietafel.cli.uitvoer import toon
from regietafel.domain import opmaak
from regietafel.landelijk.services import (
    LandelijkOverzicht,
    landelijk_overzicht,
    overzicht_als_dict,
)
from regietafel.services.toegang import Toegang

ONBEKEND = "n.n.i."  # nog niet ingevoerd


def _landelijk(args: argparse.Namespace) -> int:
    o = landelijk_overzicht(Toegang(rol=None, alles=True), args.cyclus or "")
    return toon(args, o, overzicht_als_dict, landelijk_tabel)


def _g(n: int | None) -> str:
    return ONBEKEND if n is None else opmaak.getal(n)


def landelijk_tabel(o: LandelijkOverzicht) -> str:
    """Per province the task, the offer and balance per year, closing, in use and SPUK;
    then the national totals against the national need."""
    jaren = "".join(f"{'aanbod ' + str(j):>13}{'saldo':>9}" for j in o.jaren)
    regels = [
        f"Landelijk overzicht, cyclus {o.cyclus}",
        "",
        f"{'provincie':<28}{'regulier':>9}{'AMV':>7}{'opgave':>9}{jaren}{'sluitend':>9}"
        f"{'in gebruik':>11}{'SPUK':>15}",
    ]
    for p in o.provincies:
        r = p.regel
        if r is None:
            regels.append(f"{p.naam:<28}  geen gegevens")
            continue
        per_jaar = "".join(f"{opmaak.getal(j.aanbod):>13}{_g(j.saldo):>9}" for j in r.jaren)
        sluitend = {True: "ja", False: "nee", None: "?"}[r.sluitend]
        regels.append(
            f"{p.naam[:27]:<28}{_g(r.opgave_regulier):>9}{_g(r.opgave_amv):>7}{_g(r.opgave):>9}"
            f"{per_jaar}{sluitend:>9}{opmaak.getal(r.in_gebruik_op_realisatiedatum):>11}"
            f"{opmaak.bedrag(r.spuk_totaal):>15}"
        )
    t = o.totalen
    regels += ["", f"Landelijke behoefte: {opmaak.getal(t.landelijke_behoefte)}"]
    provincies = "provincie" if t.provincies == 1 else "provincies"
    regels.append(f"Som van de opgaven ({opmaak.getal(t.provincies)} {provincies}): {_g(t.opgave)}")
    if t.verschil:
        soort = "afrondingsverschil" if t.afrondingsverschil else "groter dan de afronding"
        teken = "+" if t.verschil > 0 else "-"
        regels.append(
            f"Verschil: {teken}{opmaak.getal(abs(t.verschil))} ({soort}; niet gecorrigeerd)"
        )
    if t.zonder_opgave:
        regels.append("Opgave nog niet ingevoerd: " + ", ".join(t.zonder_opgave))
    return "\n".join(regels)


def voeg_opdracht_toe(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    la = sub.add_parser("landelijk", help="landelijk overzicht: alle provincies van een cyclus")
    la.add_argument("--cyclus", help="cyclus (standaard: de lopende cyclus)")
    la.add_argument("--json", action="store_true", help="uitvoer als JSON")
    la.set_defaults(func=_landelijk)
