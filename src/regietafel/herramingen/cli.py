"""The re-estimate commands of `regietafel`: `herraming` (import a revision of the
capaciteitsbesluit, or only show it with --dry-run) and `herramingen` (list the versions,
or compare two)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from regietafel.domain import opmaak
from regietafel.domain.model import Categorie
from regietafel.domain.routekaart import Invoerfout
from regietafel.herramingen.services import (
    bekijk_herraming,
    pas_herraming_toe,
    vergelijk_versies,
    versie_als_dict,
    versies,
)
from regietafel.services.opslag import provincie_cyclus


def _verschil(n: int | None) -> str:
    return "" if not n else f"{n:+d}"


def _herraming_tabel(h: Any) -> str:
    """Old against new per municipality, then the concepts; plain text for a terminal."""

    def oud(n: int | None) -> str:
        return "?" if n is None else opmaak.getal(n)

    regels = [
        f"Landelijke behoefte: {oud(h.landelijk_oud)} -> {opmaak.getal(h.landelijk_nieuw)}",
        f"{'Gemeente':<18}{'regulier oud':>13}{'nieuw':>7}{'verschil':>9}"
        f"{'AMV oud':>9}{'nieuw':>7}{'verschil':>9}",
    ]
    for g in h.gemeenten:
        cellen = "".join(
            f"{oud(c.oud):>{breed}}{opmaak.getal(c.nieuw):>7}{_verschil(c.verschil):>9}"
            for c, breed in ((g.regulier, 13), (g.amv, 9))
        )
        regels.append(f"{g.naam:<18}{cellen}")
    for cat, o, n in h.totalen:
        naam = "AMV" if cat is Categorie.AMV else "regulier"
        regels.append(f"Provinciale opgave {naam}: {oud(o)} -> {opmaak.getal(n)}")
    for c in h.concepten:
        status = (
            "niet meer sluitend"
            if c.niet_meer_sluitend
            else ("sluitend" if c.sluitend_nieuw else "niet sluitend")
        )
        tekorten = "; ".join(
            f"{'AMV' if d.categorie is Categorie.AMV else 'regulier'} {d.jaar}: tekort "
            f"{d.tekort_nieuw}"
            for d in c.tekorten
        )
        toelichting = f" ({tekorten})" if tekorten else ""
        regels.append(f"Conceptverdeling versie {c.nummer}: {status}{toelichting}")
    return "\n".join(regels)


def _herraming(args: argparse.Namespace) -> int:
    inhoud = Path(args.bestand).read_bytes()  # a missing file: main() says so in Dutch
    pc = provincie_cyclus(args.provincie, args.cyclus)
    try:
        if args.dry_run:
            r = bekijk_herraming(
                pc, inhoud, args.bestand, landelijke_behoefte=args.landelijke_behoefte
            )
        else:
            if args.datum is None or not args.omschrijving:
                print(
                    "Fout: geef --datum (de datum van het besluit) en --omschrijving (de bron) "
                    "mee, of kijk eerst met --dry-run.",
                    file=sys.stderr,
                )
                return 2
            r = pas_herraming_toe(
                pc,
                inhoud,
                args.bestand,
                datum_besluit=args.datum,
                omschrijving=args.omschrijving,
                landelijke_behoefte=args.landelijke_behoefte,
            )
    except Invoerfout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    print(f"{r.bestandsnaam} (SHA-256 {r.sha256})")
    if r.fouten:
        print("Niet ingelezen; er is niets opgeslagen.", file=sys.stderr)
        for melding in r.fouten:
            print(f"  {melding}", file=sys.stderr)
        return 1
    for regel in r.overgeslagen:
        print(f"  overgeslagen (andere provincie): {regel}")
    print(_herraming_tabel(r.herraming))
    if r.versie is None:
        print("Proef: er is niets opgeslagen.")
    else:
        print(f"Opgeslagen als versie {r.versie.nummer} van het capaciteitsbesluit.")
    return 0


def _herramingen(args: argparse.Namespace) -> int:
    pc = provincie_cyclus(args.provincie, args.cyclus)
    if args.vergelijk:
        per_nummer = {v.nummer: v for v in versies(pc)}
        onbekend = [n for n in args.vergelijk if n not in per_nummer]
        if onbekend or args.vergelijk[0] == args.vergelijk[1]:
            print(
                f"Fout: kies twee verschillende bestaande versies (er zijn: "
                f"{', '.join(str(n) for n in sorted(per_nummer))}).",
                file=sys.stderr,
            )
            return 2
        a, b = (per_nummer[n] for n in args.vergelijk)
        print(f"Versie {a.nummer} -> versie {b.nummer}")
        print(_herraming_tabel(vergelijk_versies(a, b)))
        return 0
    lijst = [versie_als_dict(v) for v in reversed(versies(pc))]
    if args.json:
        print(json.dumps(lijst, ensure_ascii=False, indent=2))
        return 0
    for v in lijst:
        print(
            f"versie {v['nummer']}: besluit van {v['datumBesluit'] or 'onbekend'}, "
            f"regulier {opmaak.getal(v['totaalRegulier'])}, AMV {opmaak.getal(v['totaalAmv'])}, "
            f"landelijk {opmaak.getal(v['landelijkeBehoefte'])}: {v['omschrijving']}"
        )
    return 0


def voeg_opdrachten_toe(sub: Any) -> None:
    """Register `herraming` and `herramingen` on the `regietafel` parser."""
    her = sub.add_parser(
        "herraming", help="een herraming van het capaciteitsbesluit inlezen (nieuwe versie)"
    )
    her.add_argument("bestand", help="CSV of xlsx in het formaat van het capaciteitsbesluit")
    her.add_argument("--provincie", default="drenthe", help="provinciecode (standaard: drenthe)")
    her.add_argument("--cyclus", help="cyclus (standaard: de lopende cyclus)")
    her.add_argument("--datum", type=date.fromisoformat, help="datum van het besluit, jjjj-mm-dd")
    her.add_argument("--omschrijving", help="omschrijving en bron, bijv. de brief van de minister")
    her.add_argument(
        "--landelijke-behoefte",
        type=int,
        help="nieuwe landelijke behoefte (standaard: ongewijzigd)",
    )
    her.add_argument("--dry-run", action="store_true", help="alleen oud en nieuw tonen")
    her.set_defaults(func=_herraming)
    lijst = sub.add_parser("herramingen", help="de versies van het capaciteitsbesluit")
    lijst.add_argument("--provincie", default="drenthe", help="provinciecode (standaard: drenthe)")
    lijst.add_argument("--cyclus", help="cyclus (standaard: de lopende cyclus)")
    lijst.add_argument(
        "--vergelijk",
        nargs=2,
        type=int,
        metavar=("A", "B"),
        help="versie A met versie B vergelijken",
    )
    lijst.add_argument("--json", action="store_true", help="uitvoer als JSON")
    lijst.set_defaults(func=_herramingen)
