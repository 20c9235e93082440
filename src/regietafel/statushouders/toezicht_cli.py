"""`regietafel toezicht`: the supervision ladder for status holders, per municipality."""

from __future__ import annotations

import argparse
import sys

from regietafel.cli.uitvoer import toon
from regietafel.domain import opmaak
from regietafel.domain.statushouders import PeriodeFout
from regietafel.statushouders.toezicht_services import (
    ToezichtOverzicht,
    toezicht,
    toezicht_als_dict,
)


def _toezicht(args: argparse.Namespace) -> int:
    try:
        o = toezicht(args.provincie, args.halfjaar)
    except PeriodeFout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    return toon(args, o, toezicht_als_dict, toezicht_tabel)


def toezicht_tabel(o: ToezichtOverzicht) -> str:
    """Per municipality the half years below target in a row and the step; then the ladder."""
    regels = [f"Toezicht huisvesting statushouders, t/m {o.periode.label}", ""]
    regels.append(f"{'gemeente':<16}{'op rij':>7}{'onbekend':>9}  stap")
    for g in o.gemeenten:
        regels.append(
            f"{o.namen.get(g.cbs_code, g.cbs_code):<16}{opmaak.getal(g.onder_op_rij):>7}"
            f"{opmaak.getal(g.onbekend):>9}  {g.stap.naam if g.stap else '-'}"
        )
    bron = "standaardladder" if o.ladder.versie == 0 else f"versie {o.ladder.versie}"
    regels += ["", f"Toezichtladder ({bron}):"]
    regels += [f"  vanaf {s.drempel} op rij: {s.naam}" for s in o.ladder.ladder.stappen]
    return "\n".join(regels)


def voeg_opdracht_toe(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    tz = sub.add_parser("toezicht", help="toezichtladder statushouders: stap per gemeente")
    tz.add_argument("--provincie", default="drenthe", help="provinciecode (standaard: drenthe)")
    tz.add_argument("--halfjaar", help="halfjaar, bijv. 2025-2 (standaard: het laatste)")
    tz.add_argument("--json", action="store_true", help="uitvoer als JSON")
    tz.set_defaults(func=_toezicht)
