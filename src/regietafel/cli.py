"""The `regietafel` command: a thin shell over the same services the web app uses."""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

SubCommand = Callable[[argparse.Namespace], int]


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regietafel.settings")
    import django

    django.setup()


def _serve(args: argparse.Namespace) -> int:
    from regietafel.gebruikers.services import maak_demogebruikers
    from regietafel.services.inrichting import richt_in

    print("Database inrichten…", flush=True)
    if richt_in():
        print("De gegevens van Drenthe, cyclus 2025-2026, zijn geladen.")
    for regel in maak_demogebruikers():
        print(regel)
    from regietafel.cli_werkers import bewaakte_werkers
    from regietafel.webserver import serveer

    werkers_stoppen = bewaakte_werkers()
    print(f"Regietafel draait op http://{args.host}:{args.port}/  (stoppen: Ctrl+C)", flush=True)
    try:
        serveer(args.host, args.port)
    finally:
        if werkers_stoppen is not None:
            werkers_stoppen()
    return 0


def _puzzel(args: argparse.Namespace) -> int:
    from regietafel.cli_tabel import puzzel_tabel
    from regietafel.puzzel.services import puzzel, puzzel_als_dict
    from regietafel.services.inrichting import richt_in

    richt_in()
    p = puzzel(args.provincie, args.cyclus)
    if args.json:
        _print_json(puzzel_als_dict(p))
    else:
        print(puzzel_tabel(p, args.provincie, args.cyclus))
    return 0


def _los_op(args: argparse.Namespace) -> int:
    from regietafel.cli_oplossen import oplossing_tekst
    from regietafel.domain.solver_invoer import Instellingen
    from regietafel.puzzel.oplossen import NietOpgelost, los_op_provincie, oplossing_als_dict
    from regietafel.services.inrichting import richt_in

    richt_in()
    data = json.loads(args.parameters.read()) if args.parameters else {}
    if args.ruimer:
        data["alleen_onder_eigen_aantal"] = False
    instellingen = Instellingen.van_dict(data)
    try:
        delen = los_op_provincie(args.provincie, args.cyclus, instellingen)
    except NietOpgelost as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 1
    if args.json:
        _print_json(oplossing_als_dict(args.provincie, args.cyclus, delen, instellingen))
    else:
        print(oplossing_tekst(delen, args.provincie, args.cyclus))
    return 0


def _schrijf(pad: str, inhoud: bytes) -> int:
    """Write `inhoud` to `pad`; a Dutch message and exit code 1 when that is not possible."""
    from pathlib import Path

    try:
        Path(pad).write_bytes(inhoud)
    except OSError as fout:
        reden = "de map bestaat niet" if fout.errno == errno.ENOENT else _reden(fout)
        print(f"Fout: kan '{pad}' niet schrijven: {reden}.", file=sys.stderr)
        return 1
    print(f"Geschreven: {pad} ({len(inhoud):,} bytes)".replace(",", "."))
    return 0


def _rapport(args: argparse.Namespace) -> int:
    from pathlib import Path

    from regietafel.services.inrichting import richt_in
    from regietafel.verslagen.services import (
        OnbekendDocument,
        OnbekendFormaat,
        rapport,
        rapporten_alle_provincies,
    )

    formaat = (args.formaat or Path(args.uit).suffix.lstrip(".")).lower()
    if args.document == "set" and formaat == "zip":
        formaat = "pdf"  # the set is a ZIP; its documents are PDF unless --formaat says
    richt_in()
    try:
        if args.provincie == "alle":
            r = rapporten_alle_provincies(args.cyclus, formaat, document=args.document)
        else:
            r = rapport(
                args.provincie,
                args.cyclus,
                formaat,
                document=args.document,
                werkversie=args.werkversie,
            )
    except (OnbekendFormaat, OnbekendDocument) as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    return _schrijf(args.uit, r.inhoud)


def _brieven(args: argparse.Namespace) -> int:
    from datetime import date

    from regietafel.services.inrichting import richt_in
    from regietafel.verslagen.services import brieven

    termijn = None
    if args.antwoord_voor:
        try:
            termijn = date.fromisoformat(args.antwoord_voor)
        except ValueError:
            print(
                f"Fout: '{args.antwoord_voor}' is geen datum; schrijf jjjj-mm-dd.",
                file=sys.stderr,
            )
            return 2
    richt_in()
    return _schrijf(args.uit, brieven(args.provincie, args.cyclus, termijn).inhoud)


def _routekaart(args: argparse.Namespace) -> int:
    from regietafel.routekaart.services import routekaart_overzicht
    from regietafel.services.inrichting import richt_in

    richt_in()
    cyclus = args.cyclus
    o = routekaart_overzicht(args.provincie, cyclus)
    if args.json:
        _print_json(
            {
                "provincie": args.provincie,
                "cyclus": cyclus,
                "peildatum": o.stand.peildatum.isoformat(),
                "waar_staan_we": o.waar_staan_we,
                "stappen": [
                    {"stap": r.stap.nummer, "code": r.stap.code, "wat": r.stap.wat,
                     "begin": r.stap.begin.isoformat(), "deadline": r.stap.deadline.isoformat(),
                     "status": r.status.value, "te_laat": r.te_laat}
                    for r in o.regels
                ],
            }
        )  # fmt: skip
        return 0
    peildatum = f"{o.stand.peildatum:%d-%m-%Y}"
    print(f"Routekaart {o.provincie_naam}, cyclus {cyclus} (peildatum {peildatum})")
    for r in o.regels:
        print(f"{r.stap.nummer:>2}. {r.stap.deadline:%d-%m-%Y}  {r.status_tekst:<9} {r.stap.wat}")
    print(o.waar_staan_we)
    s = o.stand.volgende_deadline
    if s is not None:
        print(f"Volgende deadline: {s.deadline:%d-%m-%Y}, stap {s.nummer}")
    return 0


def _publiceer(args: argparse.Namespace) -> int:
    from regietafel.domain.datums import lees_datum
    from regietafel.domain.routekaart import Invoerfout
    from regietafel.publicaties.services import publiceer
    from regietafel.services import klok
    from regietafel.services.inrichting import richt_in

    datum = lees_datum(args.datum) if args.datum else klok.vandaag()
    if datum is None:
        print(f"Fout: '{args.datum}' is geen datum; schrijf dd-mm-jjjj.", file=sys.stderr)
        return 2
    richt_in()
    try:
        p = publiceer(args.provincie, args.cyclus, datum, None)
    except Invoerfout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 1
    print(f"Cyclus {args.cyclus} van {args.provincie} is gepubliceerd op {p.datum:%d-%m-%Y}.")
    return 0


def _synthetisch(args: argparse.Namespace) -> int:
    from regietafel.landelijk.synthetisch import laad_synthetisch
    from regietafel.services.inrichting import richt_in

    richt_in()
    geladen = laad_synthetisch(zaad=args.zaad)
    print(f"Synthetische gegevens geladen: {geladen}.")
    return 0


def _capaciteit(args: argparse.Namespace) -> int:
    from regietafel.cli_overzichten import capaciteit_tabel
    from regietafel.locaties.capaciteit import capaciteit, capaciteit_als_dict
    from regietafel.services.inrichting import richt_in

    richt_in()
    o = capaciteit(args.provincie, args.cyclus)
    if args.json:
        _print_json(capaciteit_als_dict(o))
    else:
        print(capaciteit_tabel(o))
    return 0


def _statushouders(args: argparse.Namespace) -> int:
    from regietafel.cli_overzichten import statushouders_tabel
    from regietafel.domain.statushouders import PeriodeFout
    from regietafel.services.inrichting import richt_in
    from regietafel.statushouders.services import statushouders, statushouders_als_dict

    richt_in()
    try:
        if args.importeer:
            from pathlib import Path

            from regietafel.statushouders.services import laad_statushouders

            aantal = laad_statushouders(Path(args.importeer))
            print(f"{aantal} halfjaren ingelezen uit {args.importeer}.", file=sys.stderr)
        o = statushouders(args.provincie, args.periode)
    except (PeriodeFout, ValueError) as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    if args.json:
        _print_json(statushouders_als_dict(o))
    else:
        print(statushouders_tabel(o))
    return 0


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def toon[T](
    args: argparse.Namespace, uitkomst: T, als_dict: Callable[[T], Any], tekst: Callable[[T], str]
) -> int:
    """Print an outcome as its documented JSON (`--json`) or as readable text; exit code 0."""
    if args.json:
        _print_json(als_dict(uitkomst))
    else:
        print(tekst(uitkomst))
    return 0


# argparse's own texts (its gettext message ids, Python 3.12) in Dutch.
ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "deze hulp tonen en stoppen",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "one of the arguments %s is required": "een van deze argumenten is verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit: %(choices)s)"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde (%(type)s): %(value)r",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hooguit één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "expected %s argument": "hier hoort %s waarde bij",
    "expected %s arguments": "hier horen %s waarden bij",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan zijn: %(matches)s"
    ),
    "not allowed with argument %s": "niet toegestaan samen met argument %s",
    "ignored explicit argument %r": "waarde %r genegeerd",
    "unexpected option string: %s": "onverwachte optie: %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    # What argparse says to whoever defines the commands (a programming error), in Dutch too.
    "conflicting option string: %s": "optie bestaat al: %s",
    "conflicting option strings: %s": "opties bestaan al: %s",
    "conflicting subparser: %s": "opdracht bestaat al: %s",
    "conflicting subparser alias: %s": "andere naam van een opdracht bestaat al: %s",
    "cannot have multiple subparser arguments": "er kan maar één argument met opdrachten zijn",
    "cannot merge actions - two groups are named %r": (
        "kan de acties niet samenvoegen: twee groepen heten %r"
    ),
    "mutually exclusive arguments must be optional": (
        "argumenten die elkaar uitsluiten moeten optioneel zijn"
    ),
    "'required' is an invalid argument for positionals": (
        "'required' kan niet bij een positioneel argument"
    ),
    "dest= is required for options like %r": "dest= is nodig bij een optie als %r",
    "invalid conflict_resolution value: %r": "ongeldige waarde voor conflict_resolution: %r",
    "%r is not callable": "%r is niet aan te roepen",
    'argument "-" with mode %r': 'argument "-" met modus %r',
    ".__call__() not defined": ".__call__() is niet gedefinieerd",
}
OS_REDENEN = {
    errno.ENOENT: "bestand niet gevonden",
    errno.EACCES: "geen toegang",
    errno.EISDIR: "dat is een map",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "alleen-lezen bestandssysteem",
}


def _reden(fout: OSError) -> str:
    """A Dutch reason for an operating-system error (its strerror is English)."""
    return OS_REDENEN.get(fout.errno or 0, f"systeemfout {fout.errno}")


@contextlib.contextmanager
def _argparse_in_het_nederlands() -> Iterator[None]:
    """argparse looks its texts up through the module's `_` and `ngettext` at the moment it
    uses them; point those at the Dutch table for as long as the parser works."""
    vorige = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = lambda tekst: ARGPARSE_NL.get(tekst, tekst)  # type: ignore[attr-defined]
    argparse.ngettext = lambda een, meer, n: ARGPARSE_NL.get(  # type: ignore[attr-defined]
        een if n == 1 else meer, een if n == 1 else meer
    )
    try:
        yield
    finally:
        argparse._, argparse.ngettext = vorige  # type: ignore[attr-defined]


class NederlandsArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage and error messages are Dutch (sub-commands made
    with add_parser are of the same class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with _argparse_in_het_nederlands():
            super().__init__(*args, **kwargs)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        with _argparse_in_het_nederlands():
            return super().parse_known_args(*args, **kwargs)

    def parse_args(self, *args: Any, **kwargs: Any) -> Any:
        with _argparse_in_het_nederlands():
            return super().parse_args(*args, **kwargs)

    def format_usage(self) -> str:
        with _argparse_in_het_nederlands():
            return super().format_usage()

    def format_help(self) -> str:
        with _argparse_in_het_nederlands():
            return super().format_help()

    def error(self, message: str) -> Any:
        # An unreadable argparse.FileType carries the OSError's English text.
        message = re.sub(
            r"\[Errno (\d+)\] [^:]*(: '[^']*')?",
            lambda m: OS_REDENEN.get(int(m.group(1)), f"systeemfout {m.group(1)}"),
            message,
        )
        with _argparse_in_het_nederlands():
            super().error(message)


def _provincie_cyclus(p: argparse.ArgumentParser) -> None:
    p.add_argument("--provincie", default="drenthe", help="provinciecode (standaard: drenthe)")
    p.add_argument("--cyclus", help="cyclus (standaard: de lopende cyclus)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")


def parser() -> argparse.ArgumentParser:
    p = NederlandsArgumentParser(
        prog="regietafel", description="Regietafel: de Spreidingswet-cyclus van een provincie."
    )
    sub = p.add_subparsers(dest="opdracht", required=True, metavar="OPDRACHT")
    serve = sub.add_parser("serve", help="database inrichten en de webapplicatie starten")
    serve.add_argument("--host", default=os.environ.get("REGIETAFEL_HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("REGIETAFEL_PORT", "8000")))
    serve.set_defaults(func=_serve)
    puz = sub.add_parser("puzzel", help="de puzzel van een provincie in een cyclus tonen")
    _provincie_cyclus(puz)
    puz.set_defaults(func=_puzzel)
    los = sub.add_parser("los-op", help="een sluitende verdeling voorstellen (twee methoden)")
    _provincie_cyclus(los)
    los.add_argument(
        "--parameters", type=argparse.FileType(encoding="utf-8"), help="scenario als JSON-bestand"
    )
    los.add_argument(
        "--ruimer", action="store_true", help="ook gemeenten op of boven hun eigen aantal"
    )
    los.set_defaults(func=_los_op)
    rap = sub.add_parser(
        "rapport",
        help="het provinciaal verslag of een van de brieven erbij (docx, pdf), of de puzzel "
        "(xlsx, csv)",
    )
    rap.add_argument("--provincie", default="drenthe", help="provinciecode, of 'alle' (ZIP)")
    rap.add_argument("--cyclus", help="cyclus (standaard: de lopende cyclus)")
    rap.add_argument(
        "--document",
        default="verslag",
        help="verslag (standaard), aanbiedingsbrief (aan de minister), collegebrief (aan de "
        "colleges van B&W), set (alle drie in één ZIP) of verdeelbesluit (van de minister)",
    )
    rap.add_argument("--formaat", help="docx, pdf, xlsx of csv (standaard: de extensie van --uit)")
    rap.add_argument("--uit", required=True, help="het bestand dat geschreven wordt")
    rap.add_argument(
        "--werkversie",
        action="store_true",
        help="van een gepubliceerde cyclus: het verslag en de brieven met de teksten van nu, "
        "gemarkeerd als werkversie (standaard: zoals gepubliceerd)",
    )
    rap.set_defaults(func=_rapport)
    bri = sub.add_parser("brieven", help="de consultatiebrieven aan de gemeenten (ZIP met DOCX)")
    bri.add_argument("--provincie", default="drenthe", help="provinciecode (standaard: drenthe)")
    bri.add_argument(
        "--cyclus", help="de cyclus waarover de gemeenten geraadpleegd worden (standaard: de "
        "lopende cyclus); de brieven noemen de inzet van de cyclus ervoor"
    )  # fmt: skip
    bri.add_argument(
        "--antwoord-voor",
        help="antwoordtermijn jjjj-mm-dd (standaard: die van de consultatie, anders die van de "
        "routekaart)",
    )
    bri.add_argument("--uit", required=True, help="het ZIP-bestand dat geschreven wordt")
    bri.set_defaults(func=_brieven)
    rk = sub.add_parser("routekaart", help="de routekaart van een cyclus: waar staan we nu")
    rk.add_argument("--provincie", default="drenthe", help="provinciecode (standaard: drenthe)")
    rk.add_argument("--cyclus", help="cyclus (standaard: de lopende cyclus)")
    rk.add_argument("--json", action="store_true", help="uitvoer als JSON")
    rk.set_defaults(func=_routekaart)
    pub = sub.add_parser(
        "publiceer", help="een cyclus publiceren: openbaar maken en de cijfers vastleggen"
    )
    pub.add_argument("--provincie", required=True, help="provinciecode")
    pub.add_argument("--cyclus", required=True, help="cyclus, bijv. 2027-2028")
    pub.add_argument("--datum", help="publicatiedatum dd-mm-jjjj (standaard: vandaag)")
    pub.set_defaults(func=_publiceer)
    syn = sub.add_parser("synthetisch", help="de synthetische landelijke gegevens laden")
    syn.add_argument("--zaad", type=int, default=2024, help="startwaarde van het toeval")
    syn.set_defaults(func=_synthetisch)
    cap = sub.add_parser("capaciteit", help="beschikbare opvangplaatsen per maand en gemeente")
    _provincie_cyclus(cap)
    cap.set_defaults(func=_capaciteit)
    sth = sub.add_parser("statushouders", help="huisvesting statushouders in een halfjaar")
    sth.add_argument("--provincie", default="drenthe", help="provinciecode (standaard: drenthe)")
    sth.add_argument("--periode", help="halfjaar, bijv. 2025-2 (standaard: het laatste)")
    sth.add_argument("--json", action="store_true", help="uitvoer als JSON")
    sth.add_argument("--importeer", help="eerst een statushouders-bestand (TOML) inlezen")
    sth.set_defaults(func=_statushouders)
    from regietafel import (
        cli_berichten,
        cli_bronnen,
        cli_data,
        cli_herraming,
        cli_landelijk,
        cli_pijplijn,
        cli_regels,
        cli_toezicht,
        cli_tokens,
        cli_uitruil,
        cli_verdeelbesluit,
        cli_werkers,
    )

    cli_regels.voeg_opdrachten_toe(sub)
    cli_toezicht.voeg_opdracht_toe(sub)
    cli_bronnen.voeg_opdracht_toe(sub)
    cli_data.voeg_opdrachten_toe(sub)
    cli_pijplijn.voeg_opdrachten_toe(sub)
    cli_uitruil.voeg_opdracht_toe(sub)
    cli_herraming.voeg_opdrachten_toe(sub)
    cli_berichten.voeg_opdracht_toe(sub)
    cli_werkers.voeg_opdrachten_toe(sub)
    cli_tokens.voeg_opdracht_toe(sub)
    cli_verdeelbesluit.voeg_opdracht_toe(sub)
    cli_landelijk.voeg_opdracht_toe(sub)
    return p


def _lopende_cyclus(args: argparse.Namespace) -> None:
    """Without --cyclus, a command works on the province's current cycle (the latest whose
    capaciteitsbesluit is in), as the web app does."""
    if getattr(args, "cyclus", "") is None and getattr(args, "provincie", None):
        from regietafel.services.inrichting import richt_in
        from regietafel.services.keuzes import huidige_cyclus
        from regietafel.services.opslag import NietGevonden

        richt_in()
        args.cyclus = huidige_cyclus(args.provincie)
        if args.cyclus is None:
            raise NietGevonden(f"Geen gegevens voor provincie '{args.provincie}'.")


def _databasefout(fout: Exception) -> str:
    """A Dutch message for a database that cannot be reached or is locked; the error's own
    text (from the driver) is English and says nothing to the user."""
    from django.conf import settings
    from django.db import connection

    from regietafel.werkers.services import database_bezet

    if database_bezet(fout):
        return (
            "de database is bezet door een andere bewerking (bijvoorbeeld een import); "
            "probeer het over een ogenblik opnieuw."
        )
    instellingen = settings.DATABASES["default"]
    if instellingen["ENGINE"].endswith("sqlite3"):
        waar = f"het SQLite-bestand {instellingen['NAME']}"
    else:  # never the password
        waar = (
            f"database '{instellingen.get('NAME')}' op {instellingen.get('HOST') or 'localhost'}"
            f"{':' + str(instellingen['PORT']) if instellingen.get('PORT') else ''}"
        )
    try:
        connection.close()
        connection.ensure_connection()
    except Exception:
        return (
            f"de database is niet bereikbaar ({waar}). Controleer DATABASE_URL en of de "
            "databaseserver draait."
        )
    regels = str(fout).strip().splitlines() or [type(fout).__name__]
    return f"de database gaf een fout ({waar}): {regels[0]}"


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    _django()
    from django.db import InterfaceError, OperationalError

    from regietafel.services.opslag import NietGevonden

    try:
        _lopende_cyclus(args)
        result: int = args.func(args)
    except (OperationalError, InterfaceError) as fout:
        print(f"Fout: {_databasefout(fout)}", file=sys.stderr)
        return 3
    except NietGevonden as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    except FileNotFoundError as fout:
        print(f"Fout: bestand niet gevonden: {fout.filename}", file=sys.stderr)
        return 2
    except OSError as fout:
        print(f"Fout: {fout.filename or 'bestand'}: {_reden(fout)}", file=sys.stderr)
        return 2
    return result


if __name__ == "__main__":
    sys.exit(main())
