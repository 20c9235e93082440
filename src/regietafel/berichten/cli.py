"""`regietafel herinneringen`: the consultation reminders that are due, sent once each.
Run it daily (cron or a systemd timer, docs/e-mail.md); a second run the same day sends
nothing new."""

from __future__ import annotations

import argparse
import sys

from regietafel.cli.nederlands import datum
from regietafel.consultatie.berichten_services import verstuur_herinneringen


def _herinneringen(args: argparse.Namespace) -> int:
    vandaag = datum(args.datum)
    if args.dagen is not None and args.dagen < 0:
        print("Fout: --dagen is 0 of meer.", file=sys.stderr)
        return 2
    uit = verstuur_herinneringen(vandaag, args.dagen)
    print(
        f"Herinneringen: {uit.verzonden} verzonden, {uit.mislukt} mislukt, "
        f"{uit.geen_adres} zonder contactadres."
    )
    return 1 if uit.mislukt else 0


def voeg_opdracht_toe(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "herinneringen",
        help="de herinneringen van de consultatie versturen die vandaag verschuldigd zijn "
        "(dagelijks draaien; elke herinnering gaat één keer)",
    )
    p.add_argument(
        "--dagen",
        type=int,
        help="zoveel dagen vóór de termijn herinneren (standaard: REGIETAFEL_HERINNERING_DAGEN, 7)",
    )
    p.add_argument("--datum", help="doen alsof het deze dag is, jjjj-mm-dd (standaard: vandaag)")
    p.set_defaults(func=_herinneringen)
