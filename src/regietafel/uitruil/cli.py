"""`regietafel uitruil`: the exchanges of a province in a cycle and their effect."""

from __future__ import annotations

import argparse

from django.utils.translation import ngettext

from regietafel.cli.nederlands import keuze_argumenten
from regietafel.cli.uitvoer import toon
from regietafel.domain import opmaak
from regietafel.uitruil.services import UitruilOverzicht, overzicht_als_dict, uitruil_overzicht


def _uitruil(args: argparse.Namespace) -> int:
    o = uitruil_overzicht(args.provincie, args.cyclus)
    return toon(args, o, overzicht_als_dict, uitruil_tabel)


def _g(waarde: int | None) -> str:
    return "" if waarde is None else opmaak.getal(waarde)


def uitruil_tabel(o: UitruilOverzicht) -> str:
    """The exchanges with their status; the change of task per municipality; and the
    balance without and with exchanges of the municipalities they touch, with the totals."""
    regels = [
        ngettext(
            "Uitruil %(provincie)s, cyclus %(cyclus)s: %(n)s uitruil",
            "Uitruil %(provincie)s, cyclus %(cyclus)s: %(n)s uitruilen",
            len(o.regels),
        )
        % {"provincie": o.provincie, "cyclus": o.cyclus, "n": len(o.regels)},
        "",
    ]
    regels += [f"{i}. {r.tekst} Status: {r.status_tekst}." for i, r in enumerate(o.regels, 1)]
    regels += ["", "Effect op de opgaven (bevestigde en bekrachtigde uitruil):"]
    regels += [
        f"  {e.gemeente:<16}{e.categorie_naam:<22}{e.periode:<8}{e.verschil_tekst:>8}"
        for e in o.effecten
    ] or ["  geen"]
    geraakt = [s for s in o.saldi if s.cbs_code is None or s.opgave != s.opgave_met_uitruil]
    if o.effecten:
        regels += [
            "",
            "Saldo (aanbod − opgave) zonder en met uitruil:",
            f"  {'gemeente':<16}{'categorie':<16}{'jaar':<6}{'opgave':>8}{'met':>8}"
            f"{'saldo':>8}{'met':>8}",
        ]
        regels += [
            f"  {s.naam:<16}{s.categorie.value:<16}{s.jaar:<6}{_g(s.opgave):>8}"
            f"{_g(s.opgave_met_uitruil):>8}{_g(s.saldo):>8}{_g(s.saldo_met_uitruil):>8}"
            for s in geraakt
        ]
    return "\n".join(regels)


def voeg_opdracht_toe(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    u = sub.add_parser("uitruil", help="uitruil tussen gemeenten en het effect op de saldi")
    keuze_argumenten(u)
    u.set_defaults(func=_uitruil)
