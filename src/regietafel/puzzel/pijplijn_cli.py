"""The pipeline commands of `regietafel`: realisatie (the realisation timing of a cycle)
and fase (move a location to its next phase)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from regietafel.cli.uitvoer import toon
from regietafel.domain import opmaak
from regietafel.domain.datums import lees_datum
from regietafel.domain.pijplijn import Fasefout
from regietafel.gebruikers.services import gebruiker_met_naam
from regietafel.locaties.services import locatie_met_pk
from regietafel.puzzel.pijplijn import (
    RealisatieOverzicht,
    realisatie_als_dict,
    realisatie_overzicht,
    zet_fase,
)
from regietafel.services.opslag import RijNietGevonden
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import Conflict, GeenToegang


def _datum(tekst: str | None, optie: str) -> date | None:
    """The date of `optie` (jjjj-mm-dd or dd-mm-jjjj); a Dutch message when it is none."""
    if tekst is None:
        return None
    d = lees_datum(tekst)
    if d is None:
        raise ValueError(f"{optie}: '{tekst}' is geen datum; schrijf jjjj-mm-dd of dd-mm-jjjj.")
    return d


def _realisatie(args: argparse.Namespace) -> int:
    try:
        peildatum = _datum(args.peildatum, "--peildatum")
    except ValueError as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    o = realisatie_overzicht(args.provincie, args.cyclus, peildatum)
    return toon(args, o, realisatie_als_dict, realisatie_tekst)


def realisatie_tekst(o: RealisatieOverzicht) -> str:
    """The realisation overview as readable text."""
    r = o.realisatie
    rd = f"{r.realisatiedatum:%d-%m-%Y}" if r.realisatiedatum else "niet ingesteld"
    regels = [
        f"Realisatie {o.provincie_naam}, cyclus {o.cyclus} "
        f"(peildatum {r.peildatum:%d-%m-%Y}, realisatiedatum {rd})",
    ]
    if r.aandeel is not None:
        regels.append(
            f"In gebruik op de realisatiedatum: {opmaak.procent(r.aandeel, 0)} "
            f"({opmaak.getal(r.in_gebruik_op_realisatiedatum)} van "
            f"{opmaak.getal(r.plaatsen)} plaatsen)"
        )
    regels += ["", f"Nog niet in gebruik: {opmaak.getal(r.plaatsen_niet_in_gebruik)} plaatsen"]
    regels += [
        f"  {naam}: {opmaak.getal(loc.plaatsen)} {soort}" for naam, soort, loc in o.niet_in_gebruik
    ] or ["  geen"]
    regels += [
        "",
        f"Contract loopt af vóór de realisatiedatum: {opmaak.getal(r.plaatsen_aflopend)}",
    ]
    regels += [
        f"  {naam}: {opmaak.getal(loc.plaatsen)} {soort}, tot {loc.beschikbaar_tot:%d-%m-%Y}"
        for naam, soort, loc in o.aflopend
    ] or ["  geen"]
    regels += [
        "",
        f"{'gemeente':<16} {'plaatsen':>8}  {'soort':<21} {'fase':<15} gepland    werkelijk",
    ]
    for naam, soort, rij in o.regels:
        gepland = f"{rij.gepland:%d-%m-%Y}" if rij.gepland else "onbekend"
        werkelijk = f"{rij.werkelijk:%d-%m-%Y}" if rij.werkelijk else "-"
        regels.append(
            f"{naam:<16} {opmaak.getal(rij.locatie.plaatsen):>8}  {soort:<21} "
            f"{rij.fase.label:<15} {gepland:<10} {werkelijk}"
        )
    return "\n".join(regels)


def _fase(args: argparse.Namespace) -> int:
    try:
        datum = _datum(args.datum, "--datum")
        assert datum is not None  # --datum is required
    except ValueError as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    gebruiker = gebruiker_met_naam(args.gebruiker)
    if gebruiker is None:
        print(f"Fout: --gebruiker: '{args.gebruiker}' is geen gebruiker.", file=sys.stderr)
        return 2
    try:
        locatie = locatie_met_pk(args.locatie)
    except RijNietGevonden:
        print(f"Fout: er is geen locatie met nummer {args.locatie}.", file=sys.stderr)
        return 2
    try:
        locatie = zet_fase(
            toegang(gebruiker),
            gebruiker,
            locatie,
            args.fase,
            datum,
            args.bron,
            locatie.versie,
        )
    except (Fasefout, Conflict, GeenToegang) as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 1
    print(
        f"Locatie {locatie.pk} ({locatie.gemeente.naam}, {locatie.plaatsen} plaatsen) is nu in "
        f"fase '{locatie.get_fase_display()}' sinds {datum:%d-%m-%Y}."
    )
    return 0


def voeg_opdrachten_toe(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    rea = sub.add_parser("realisatie", help="de realisatie van een cyclus: wat is er echt")
    rea.add_argument("--provincie", default="drenthe", help="provinciecode (standaard: drenthe)")
    rea.add_argument("--cyclus", help="cyclus (standaard: de lopende cyclus)")
    rea.add_argument("--peildatum", help="jjjj-mm-dd (standaard: vandaag)")
    rea.add_argument("--json", action="store_true", help="uitvoer als JSON")
    rea.set_defaults(func=_realisatie)
    fas = sub.add_parser("fase", help="een locatie naar haar volgende fase zetten")
    fas.add_argument("locatie", type=int, help="het nummer van de locatie (zie /locaties/)")
    fas.add_argument("fase", help="de nieuwe fase, bijv. raadsbesluit of 'schouw COA'")
    fas.add_argument("--datum", required=True, help="datum waarop de fase is bereikt")
    fas.add_argument("--bron", required=True, help="waar de fase uit blijkt")
    fas.add_argument(
        "--gebruiker", required=True, help="de gebruiker namens wie (rechten en historie)"
    )
    fas.set_defaults(func=_fase)
