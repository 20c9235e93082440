"""The rules-engine commands of `regietafel`: bonus (SPUK 1/2/3) and bijlage1."""

from __future__ import annotations

import argparse

from regietafel.cli.nederlands import keuze_argumenten
from regietafel.cli.uitvoer import toon
from regietafel.domain import opmaak
from regietafel.domain.bijlage1 import Bijlage1
from regietafel.domain.spuk import KEUZE_TEKST, SpukUitkomst
from regietafel.puzzel.regels import bijlage1, bijlage1_als_dict, bonus, bonus_als_dict


def bonus_tabel(u: SpukUitkomst, provincie: str, cyclus: str) -> str:
    """Per municipality the three amounts and its choice; the totals and why. An amount
    that is not yet known reads "nog niet bekend", and the missing parameters are named."""
    kop = f"{'gemeente':<16}{'SPUK 1':>17}{'SPUK 2':>17}{'SPUK 3':>17}{'totaal':>17}  keuze"
    regels = [f"Stimuleringsregelingen (SPUK), {provincie}, cyclus {cyclus}", ""]
    if u.ontbreekt:
        regels += [u.ontbreekt_tekst, ""]
    regels.append(kop)
    for g in u.gemeenten:
        bedragen = (g.spuk1, g.spuk2, g.spuk3, g.totaal)
        regels.append(
            f"{g.naam:<16}"
            + "".join(f"{opmaak.bedrag(b):>17}" for b in bedragen)
            + f"  {KEUZE_TEKST[g.keuze]}"
        )
    totalen = (u.spuk1_totaal, u.spuk2_totaal, u.spuk3_totaal, u.gemeenten_totaal)
    regels += [
        f"{'Gemeenten':<16}" + "".join(f"{opmaak.bedrag(b):>17}" for b in totalen),
        f"{'Provincie':<16}{opmaak.bedrag(u.provincie_bedrag):>68}",
        f"{'Totaal':<16}{opmaak.bedrag(u.totaal):>68}",
        "",
        u.reden,
    ]
    return "\n".join(regels)


def bijlage1_tabel(b: Bijlage1, provincie: str, cyclus: str) -> str:
    """The six figures, then the location list as the ministry's format has it."""
    c = b.cijfers
    regels = [
        f"Bijlage 1, {provincie}, cyclus {cyclus}",
        "",
        f"Opgave regulier (incl. AMV)   {opmaak.getal(c.opgave_regulier):>7}",
        f"Ingevuld regulier             {opmaak.getal(c.ingevuld_regulier):>7}",
        f"Nog in te vullen regulier     {opmaak.getal(c.nog_in_te_vullen_regulier):>7}",
        f"Opgave AMV                    {opmaak.getal(c.opgave_amv):>7}",
        f"Ingevuld AMV                  {opmaak.getal(c.ingevuld_amv):>7}",
        f"Nog in te vullen AMV          {opmaak.getal(c.nog_in_te_vullen_amv):>7}",
        "",
        f"{'gemeente':<16}{'totaal':>7}{'plaatsen':>9}  {'soort':<12}{'van':<12}{'tot':<12}",
    ]
    for r in b.locaties:
        totaal = "" if r.gemeente_totaal is None else opmaak.getal(r.gemeente_totaal)
        soort = "AMV" if r.amv is not None else (r.bijzonder_soort or "regulier")
        regels.append(
            f"{r.gemeente if r.gemeente_totaal is not None else '':<16}{totaal:>7}"
            f"{opmaak.getal(r.plaatsen):>9}  {soort:<12}{r.van_tekst:<12}{r.tot_tekst:<12}"
            f"{r.opmerking}".rstrip()
        )
    return "\n".join(regels)


def _bonus(args: argparse.Namespace) -> int:
    u = bonus(args.provincie, args.cyclus)
    return toon(args, u, bonus_als_dict, lambda u: bonus_tabel(u, args.provincie, args.cyclus))


def _bijlage1(args: argparse.Namespace) -> int:
    b = bijlage1(args.provincie, args.cyclus)
    return toon(
        args, b, bijlage1_als_dict, lambda b: bijlage1_tabel(b, args.provincie, args.cyclus)
    )


def voeg_opdrachten_toe(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bon = sub.add_parser("bonus", help="SPUK 1, 2 en 3 per gemeente, de keuze en de totalen")
    keuze_argumenten(bon)
    bon.set_defaults(func=_bonus)
    bij = sub.add_parser("bijlage1", help="de zes cijfers van Bijlage 1 en de locatielijst")
    keuze_argumenten(bij)
    bij.set_defaults(func=_bijlage1)
