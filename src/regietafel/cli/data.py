"""The data commands of `regietafel`: laad, importeer, exporteer, herstel."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.utils.translation import ngettext

from regietafel.cli.nederlands import reden
from regietafel.domain.invoerregels import ImportSoort
from regietafel.importen.laden import laad_bestand
from regietafel.importen.services import importeer
from regietafel.services.exporteren import HerstelFout, exporteer, herstel, lees_export


def _fouten(wat: str, n: int) -> str:
    """'Niet geladen: 1 fout; …' with the right number (singular or plural)."""
    return ngettext(
        "%(wat)s: %(n)s fout; er is niets opgeslagen.",
        "%(wat)s: %(n)s fouten; er is niets opgeslagen.",
        n,
    ) % {"wat": wat, "n": n}


def _wijzigingen(n: int) -> str:
    return ngettext("%(n)s wijziging", "%(n)s wijzigingen", n) % {"n": n}


def _zouden(n: int) -> str:
    return ngettext(
        "%(n)s wijziging zou worden opgeslagen.", "%(n)s wijzigingen zouden worden opgeslagen.", n
    ) % {"n": n}


def _importeer(args: argparse.Namespace) -> int:
    # A missing or unreadable file: main() says so in Dutch (exit code 2).
    inhoud = Path(args.bestand).read_bytes()
    r = importeer(
        ImportSoort(args.soort),
        inhoud,
        args.bestand,
        provincie=args.provincie,
        cyclus=args.cyclus,
        droog=args.dry_run,
    )
    print(f"{r.bestandsnaam} (SHA-256 {r.sha256}): {r.aantal_rijen} rijen, soort {r.soort}.")
    if _meld_bevindingen(r.waarschuwingen, r.fouten, "Niet geïmporteerd"):
        return 1
    for w in r.wijzigingen:
        print(f"  {'rij ' + str(w.rij) + ': ' if w.rij else ''}{w.tekst()}")
    for regel in r.overgeslagen:
        print(f"  overgeslagen (andere provincie): {regel}")
    if r.genegeerde_kolommen:
        print(f"  genegeerde kolommen: {', '.join(r.genegeerde_kolommen)}")
    n = len(r.wijzigingen)
    return _meld_opgeslagen(args, n, "Proefimport", f"Geïmporteerd (import {r.import_id})")


def _meld_opgeslagen(args: argparse.Namespace, n: int, proef: str, opgeslagen: str) -> int:
    """The last line of an import or a load: the `n` changes a dry run would save, or saved."""
    if args.dry_run:
        print(f"{proef}: {_zouden(n)}")
    else:
        print(f"{opgeslagen}: {_wijzigingen(n)}.")
    return 0


def _meld_bevindingen(waarschuwingen: Sequence[Any], fouten: Sequence[Any], kop: str) -> bool:
    """Print an import's or a data file's warnings and errors on stderr, as `importeer` and
    `laad` both report them; whether there were errors (then nothing was saved)."""
    for w in waarschuwingen:
        print(f"  let op: {w.melding}", file=sys.stderr)
    if fouten:
        print(_fouten(kop, len(fouten)), file=sys.stderr)
        for fout in fouten:
            print(f"  {fout.melding}", file=sys.stderr)
    return bool(fouten)


def _laad(args: argparse.Namespace) -> int:
    # A missing or unreadable file: main() says so in Dutch (exit code 2).
    inhoud = Path(args.bestand).read_bytes()
    r = laad_bestand(inhoud, args.bestand, droog=args.dry_run)
    print(f"{r.bestandsnaam} (SHA-256 {r.sha256})")
    if _meld_bevindingen(r.waarschuwingen, r.fouten, "Niet geladen"):
        return 1
    for w in r.wijzigingen:
        print(f"  {w.tekst()}")
    wat = f"provincie {r.provincie}, cyclus {r.cyclus}"
    if not r.wijzigingen:
        print(f"Niets gewijzigd: {wat} staat er al zo in.")
        return 0
    n = len(r.wijzigingen)
    return _meld_opgeslagen(args, n, f"Proef ({wat})", f"Geladen ({wat}, import {r.import_id})")


def _exporteer(args: argparse.Namespace) -> int:
    try:
        with open(args.uit, "w", encoding="utf-8", newline="\n") as f:
            for stuk in exporteer():
                f.write(stuk)
    except OSError as fout:
        print(f"Fout: kan '{args.uit}' niet schrijven: {reden(fout)}.", file=sys.stderr)
        return 1
    print(f"Geschreven: {args.uit} ({Path(args.uit).stat().st_size:,} bytes)".replace(",", "."))
    return 0


def _herstel(args: argparse.Namespace) -> int:
    # A missing or unreadable file: main() says so in Dutch (exit code 2).
    inhoud = Path(args.pad).read_bytes()
    try:
        export = lees_export(inhoud)  # first: a damaged file changes nothing
        for waarschuwing in export.waarschuwingen:
            print(f"Let op: {waarschuwing}", file=sys.stderr)
        geteld = herstel(export)
    except HerstelFout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 1
    print(f"Hersteld: {sum(geteld.values()):,} rijen in {len(geteld)} tabellen.".replace(",", "."))
    return 0


def voeg_opdrachten_toe(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    laad = sub.add_parser(
        "laad", help="een gegevensbestand (TOML, docs/gegevens.md) laden: provincie en cyclus"
    )
    laad.add_argument("bestand", help="het gegevensbestand, zoals data/drenthe-2025-2026.toml")
    laad.add_argument("--dry-run", action="store_true", help="alleen tonen wat er zou veranderen")
    laad.set_defaults(func=_laad)
    imp = sub.add_parser("importeer", help="een CSV- of Excel-bestand importeren (alles of niets)")
    imp.add_argument("soort", choices=[s.value for s in ImportSoort], help="soort bestand")
    imp.add_argument("bestand", help="het CSV- of xlsx-bestand")
    imp.add_argument("--provincie", default="drenthe", help="provinciecode (standaard: drenthe)")
    imp.add_argument("--cyclus", help="cyclus (standaard: de lopende cyclus)")
    imp.add_argument("--dry-run", action="store_true", help="alleen tonen wat er zou veranderen")
    imp.set_defaults(func=_importeer)
    exp = sub.add_parser("exporteer", help="de hele database als één JSON-bestand (docs/export.md)")
    exp.add_argument("--uit", required=True, help="het JSON-bestand dat geschreven wordt")
    exp.set_defaults(func=_exporteer)
    her = sub.add_parser("herstel", help="een export terugzetten in een lege database")
    her.add_argument("pad", help="het JSON-bestand van `regietafel exporteer`")
    her.set_defaults(func=_herstel)
