"""The `regietafel` parser and the commands of its own: serve, init and the puzzle, report
and overview commands; every other command group adds its own (voeg_opdracht(en)_toe)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection

from regietafel.berichten import cli as berichten
from regietafel.bronnen import cli as bronnen
from regietafel.cli import data
from regietafel.cli.nederlands import (
    NederlandsArgumentParser,
    datum,
    keuze_argumenten,
    reden,
)
from regietafel.cli.overzichten import capaciteit_tabel, statushouders_tabel
from regietafel.cli.uitvoer import print_json, schrijf, toon
from regietafel.cycli.volgende_cyclus import begin_volgende_cyclus
from regietafel.domain.datums import lees_datum
from regietafel.domain.fouten import RegietafelFout
from regietafel.domain.routekaart import Invoerfout
from regietafel.domain.solver_invoer import Instellingen
from regietafel.domain.statushouders import PeriodeFout
from regietafel.gebruikers import cli as tokens
from regietafel.gebruikers.services import maak_demogebruikers
from regietafel.herramingen import cli as herraming
from regietafel.landelijk import cli as landelijk
from regietafel.landelijk.synthetisch import laad_synthetisch
from regietafel.locaties.capaciteit import capaciteit, capaciteit_als_dict
from regietafel.publicaties.services import publiceer
from regietafel.puzzel import pijplijn_cli as pijplijn
from regietafel.puzzel import regels_cli as regels
from regietafel.puzzel.cli import puzzel_tabel
from regietafel.puzzel.oplossen import los_op_provincie, oplossing_als_dict
from regietafel.puzzel.oplossen_cli import oplossing_tekst
from regietafel.puzzel.services import puzzel, puzzel_als_dict
from regietafel.routekaart.services import routekaart_overzicht
from regietafel.services import klok
from regietafel.services.inrichting import migreer, open_migraties, richt_in
from regietafel.services.keuzes import huidige_cyclus
from regietafel.services.opslag import NietGevonden
from regietafel.statushouders import toezicht_cli as toezicht
from regietafel.statushouders.services import (
    laad_statushouders,
    statushouders,
    statushouders_als_dict,
)
from regietafel.uitruil import cli as uitruil
from regietafel.verdeelbesluiten import cli as verdeelbesluit
from regietafel.verslagen.services import (
    brieven,
    rapport,
    rapporten_alle_provincies,
)
from regietafel.webserver import serveer
from regietafel.werkers import cli as werkers
from regietafel.werkers.cli import bewaakte_werkers
from regietafel.werkers.services import database_bezet


def _serve(args: argparse.Namespace) -> int:
    print("Database inrichten…", flush=True)
    if richt_in():
        print("De gegevens van Drenthe, cyclus 2025-2026, zijn geladen.")
    for regel in maak_demogebruikers():
        print(regel)
    werkers_stoppen = bewaakte_werkers()
    print(f"Regietafel draait op http://{args.host}:{args.port}/  (stoppen: Ctrl+C)", flush=True)
    try:
        serveer(args.host, args.port)
    finally:
        if werkers_stoppen is not None:
            werkers_stoppen()
    return 0


def _init(args: argparse.Namespace) -> int:
    if args.leeg:
        migreer()
        print("De database is ingericht (zonder de Drentse gegevens).")
    elif richt_in():
        print("De database is ingericht; de gegevens van Drenthe, cyclus 2025-2026, zijn geladen.")
    else:
        print("De database is ingericht.")
    return 0


def _puzzel(args: argparse.Namespace) -> int:
    p = puzzel(args.provincie, args.cyclus)
    return toon(args, p, puzzel_als_dict, lambda p: puzzel_tabel(p, args.provincie, args.cyclus))


def _los_op(args: argparse.Namespace) -> int:
    invoer = json.loads(args.parameters.read()) if args.parameters else {}
    if args.ruimer:
        invoer["alleen_onder_eigen_aantal"] = False
    instellingen = Instellingen.van_dict(invoer)
    delen = los_op_provincie(args.provincie, args.cyclus, instellingen)  # NietOpgelost: main
    if args.json:
        print_json(oplossing_als_dict(args.provincie, args.cyclus, delen, instellingen))
    else:
        print(oplossing_tekst(delen, args.provincie, args.cyclus))
    return 0


def _rapport(args: argparse.Namespace) -> int:
    formaat = (args.formaat or Path(args.uit).suffix.lstrip(".")).lower()
    if args.document == "set" and formaat == "zip":
        formaat = "pdf"  # the set is a ZIP; its documents are PDF unless --formaat says
    # OnbekendFormaat and OnbekendDocument are told by main.
    if args.provincie == "alle":
        r = rapporten_alle_provincies(args.cyclus, formaat, document=args.document)
    else:
        r = rapport(
            args.provincie, args.cyclus, formaat, document=args.document, werkversie=args.werkversie
        )
    return schrijf(args.uit, r.inhoud)


def _brieven(args: argparse.Namespace) -> int:
    termijn = datum(args.antwoord_voor)
    return schrijf(args.uit, brieven(args.provincie, args.cyclus, termijn).inhoud)


def _routekaart(args: argparse.Namespace) -> int:
    cyclus = args.cyclus
    o = routekaart_overzicht(args.provincie, cyclus)
    if args.json:
        print_json(
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
    datum = lees_datum(args.datum) if args.datum else klok.vandaag()
    if datum is None:
        print(f"Fout: '{args.datum}' is geen datum; schrijf dd-mm-jjjj.", file=sys.stderr)
        return 2
    try:
        p = publiceer(args.provincie, args.cyclus, datum, None)
    except Invoerfout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 1
    print(f"Cyclus {args.cyclus} van {args.provincie} is gepubliceerd op {p.datum:%d-%m-%Y}.")
    return 0


def _volgende_cyclus(args: argparse.Namespace) -> int:
    try:
        pc = begin_volgende_cyclus(args.provincie, None)
    except Invoerfout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 1
    print(f"Cyclus {pc.cyclus.naam} van {args.provincie} is begonnen; zie docs/cyclus.md.")
    return 0


def _synthetisch(args: argparse.Namespace) -> int:
    geladen = laad_synthetisch(zaad=args.zaad)
    print(f"Synthetische gegevens geladen: {geladen}.")
    return 0


def _capaciteit(args: argparse.Namespace) -> int:
    o = capaciteit(args.provincie, args.cyclus)
    return toon(args, o, capaciteit_als_dict, capaciteit_tabel)


def _statushouders(args: argparse.Namespace) -> int:
    try:
        if args.importeer:
            aantal = laad_statushouders(Path(args.importeer))
            print(f"{aantal} halfjaren ingelezen uit {args.importeer}.", file=sys.stderr)
        o = statushouders(args.provincie, args.periode)
    except (PeriodeFout, ValueError) as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    return toon(args, o, statushouders_als_dict, statushouders_tabel)


def _inrichtingsopdrachten(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`serve` and `init`: setting the database up, and starting the web application."""
    serve = sub.add_parser("serve", help="database inrichten en de webapplicatie starten")
    serve.add_argument("--host", default=os.environ.get("REGIETAFEL_HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("REGIETAFEL_PORT", "8000")))
    serve.set_defaults(func=_serve)
    ini = sub.add_parser(
        "init", help="de database inrichten: migreren en de Drentse voorbeeldgegevens laden"
    )
    ini.add_argument(
        "--leeg",
        action="store_true",
        help="alleen migreren, zonder de Drentse gegevens: voor een eigen provincie (laad) of "
        "een back-up (herstel)",
    )
    ini.set_defaults(func=_init)


def parser() -> argparse.ArgumentParser:
    p = NederlandsArgumentParser(
        prog="regietafel", description="Regietafel: de Spreidingswet-cyclus van een provincie."
    )
    sub = p.add_subparsers(dest="opdracht", required=True, metavar="OPDRACHT")
    _inrichtingsopdrachten(sub)
    puz = sub.add_parser("puzzel", help="de puzzel van een provincie in een cyclus tonen")
    keuze_argumenten(puz)
    puz.set_defaults(func=_puzzel)
    los = sub.add_parser("los-op", help="een sluitende verdeling voorstellen (twee methoden)")
    keuze_argumenten(los)
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
    keuze_argumenten(rk)
    rk.set_defaults(func=_routekaart)
    pub = sub.add_parser(
        "publiceer", help="een cyclus publiceren: openbaar maken en de cijfers vastleggen"
    )
    pub.add_argument("--provincie", required=True, help="provinciecode")
    pub.add_argument("--cyclus", required=True, help="cyclus, bijv. 2027-2028")
    pub.add_argument("--datum", help="publicatiedatum dd-mm-jjjj (standaard: vandaag)")
    pub.set_defaults(func=_publiceer)
    vol = sub.add_parser(
        "volgende-cyclus",
        help="de volgende cyclus van een provincie beginnen uit haar vorige (het aanbod gaat mee)",
    )
    vol.add_argument("--provincie", required=True, help="provinciecode")
    vol.set_defaults(func=_volgende_cyclus)
    syn = sub.add_parser("synthetisch", help="de synthetische landelijke gegevens laden")
    syn.add_argument("--zaad", type=int, default=2024, help="startwaarde van het toeval")
    syn.set_defaults(func=_synthetisch)
    cap = sub.add_parser("capaciteit", help="beschikbare opvangplaatsen per maand en gemeente")
    keuze_argumenten(cap)
    cap.set_defaults(func=_capaciteit)
    sth = sub.add_parser("statushouders", help="huisvesting statushouders in een halfjaar")
    sth.add_argument("--provincie", default="drenthe", help="provinciecode (standaard: drenthe)")
    sth.add_argument("--periode", help="halfjaar, bijv. 2025-2 (standaard: het laatste)")
    sth.add_argument("--json", action="store_true", help="uitvoer als JSON")
    sth.add_argument("--importeer", help="eerst een statushouders-bestand (TOML) inlezen")
    sth.set_defaults(func=_statushouders)
    regels.voeg_opdrachten_toe(sub)
    toezicht.voeg_opdracht_toe(sub)
    bronnen.voeg_opdracht_toe(sub)
    data.voeg_opdrachten_toe(sub)
    pijplijn.voeg_opdrachten_toe(sub)
    uitruil.voeg_opdracht_toe(sub)
    herraming.voeg_opdrachten_toe(sub)
    berichten.voeg_opdracht_toe(sub)
    werkers.voeg_opdrachten_toe(sub)
    tokens.voeg_opdracht_toe(sub)
    verdeelbesluit.voeg_opdracht_toe(sub)
    landelijk.voeg_opdracht_toe(sub)
    return p


def _lopende_cyclus(args: argparse.Namespace) -> None:
    """Without --cyclus, a command works on the province's current cycle (the latest whose
    capaciteitsbesluit is in), as the web app does."""
    if getattr(args, "cyclus", "") is None and getattr(args, "provincie", None):
        args.cyclus = huidige_cyclus(args.provincie)
        if args.cyclus is None:
            raise NietGevonden(f"Geen gegevens voor provincie '{args.provincie}'.")


def _waar() -> str:
    """Which database, in Dutch: the SQLite file, or name, host and port (never the password)."""
    instellingen = settings.DATABASES["default"]
    if instellingen["ENGINE"].endswith("sqlite3"):
        return f"het SQLite-bestand {instellingen['NAME']}"
    return (
        f"database '{instellingen.get('NAME')}' op {instellingen.get('HOST') or 'localhost'}"
        f"{':' + str(instellingen['PORT']) if instellingen.get('PORT') else ''}"
    )


def _niet_ingericht() -> str | None:
    """The Dutch message for a database that is not (fully) migrated, or None. Only `serve`
    and `init` migrate; every other command asks for them (exit code 4)."""
    open_ = open_migraties()
    if not open_:
        return None
    stand = f"{open_} {'migratie' if open_ == 1 else 'migraties'} nog niet uitgevoerd"
    return (
        f"de database is nog niet ingericht ({_waar()}: {stand}). "
        "Draai eerst 'regietafel init' (of 'regietafel serve')."
    )


def _databasefout(fout: Exception) -> str:
    """A Dutch message for a database that cannot be reached or is locked; the error's own
    text (from the driver) is English and says nothing to the user."""
    if database_bezet(fout):
        return (
            "de database is bezet door een andere bewerking (bijvoorbeeld een import); "
            "probeer het over een ogenblik opnieuw."
        )
    waar = _waar()
    try:
        connection.close()
        connection.ensure_connection()
    except Exception:
        return (
            f"de database is niet bereikbaar ({waar}). Controleer DATABASE_URL en of de "
            "databaseserver draait."
        )
    eerste = (str(fout).strip().splitlines() or [type(fout).__name__])[0]
    return f"de database gaf een fout ({waar}): {eerste}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit code. 2: bad input or nothing found; 3: the database cannot
    be reached; 4: the database is not set up (`init`)."""
    args = parser().parse_args(argv)
    try:
        if args.func not in (_serve, _init) and (melding := _niet_ingericht()) is not None:
            print(f"Fout: {melding}", file=sys.stderr)
            return 4
        _lopende_cyclus(args)
        result: int = args.func(args)
    except (OperationalError, InterfaceError) as fout:
        print(f"Fout: {_databasefout(fout)}", file=sys.stderr)
        return 3
    except RegietafelFout as fout:  # before OSError: GeenToegang is a PermissionError
        print(f"Fout: {fout}", file=sys.stderr)
        return fout.soort.exitcode
    except FileNotFoundError as fout:
        print(f"Fout: bestand niet gevonden: {fout.filename}", file=sys.stderr)
        return 2
    except OSError as fout:
        print(f"Fout: {fout.filename or 'bestand'}: {reden(fout)}", file=sys.stderr)
        return 2
    return result
