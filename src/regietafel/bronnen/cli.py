"""`regietafel bronnen`: the sources of a province's figures, and the stale ones."""

from __future__ import annotations

import argparse
import sys

from regietafel.bronnen.services import Bronnenoverzicht, bronnenoverzicht, overzicht_als_dict
from regietafel.cli.uitvoer import toon
from regietafel.domain import opmaak
from regietafel.domain.bronnen import BronFout


def _bronnen(args: argparse.Namespace) -> int:
    try:
        o = bronnenoverzicht(args.provincie, args.cyclus, args.ouder_dan)
    except BronFout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    return toon(args, o, overzicht_als_dict, bronnen_tekst)


def bronnen_tekst(o: Bronnenoverzicht) -> str:
    """The list of sources; then every stale figure with its reference date and source."""
    regels = [f"Bronnen van de cijfers, {o.provincie}, cyclus {o.cyclus}", ""]
    regels += [f"  {v.tekst}" for v in o.bronnen] or ["  nog geen bronnen vastgelegd"]
    regels += ["", f"Verouderd (peildatum vóór {o.grens}, ouder dan {o.norm.max_dagen} dagen):"]
    oud = [(c, h) for c, h, stand in o.cijfers if stand == "verouderd"]
    regels += [
        f"  {opmaak.datum(h.peildatum):>10}  {c.gemeente}: {c.omschrijving} ({h.bron.omschrijving})"
        for c, h in oud
    ] or ["  geen"]
    regels += ["", f"Vast voor de cyclus (veroudert niet): {', '.join(o.vaste_soorten)}."]
    if o.vastgesteld_op:
        regels.append(f"Gepubliceerd of bekrachtigd op {opmaak.datum(o.vastgesteld_op)}.")
    return "\n".join(regels)


def _dagen(tekst: str) -> int:
    if not tekst.isdigit() or int(tekst) < 1:
        raise argparse.ArgumentTypeError(
            f"'{tekst}' is geen aantal dagen; geef een heel getal van 1 of meer"
        )
    return int(tekst)


def voeg_opdracht_toe(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    br = sub.add_parser("bronnen", help="bron en peildatum van de cijfers; verouderde cijfers")
    br.add_argument("--provincie", default="drenthe", help="provinciecode (standaard: drenthe)")
    br.add_argument("--cyclus", help="cyclus (standaard: de lopende cyclus)")
    br.add_argument("--json", action="store_true", help="uitvoer als JSON")
    br.add_argument(
        "--ouder-dan",
        type=_dagen,
        metavar="DAGEN",
        help="verouderd na zoveel dagen (standaard: de norm van de provincie, 180)",
    )
    br.set_defaults(func=_bronnen)
