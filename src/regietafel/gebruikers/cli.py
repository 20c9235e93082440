"""`regietafel token maak|lijst|intrekken`: the API tokens (ADR 0018), with the same rules
as the admin (services.apitokens). The key is printed once, when it is made."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from django.utils import timezone

from regietafel.gebruikers.apitokens import maak_token, tokens, trek_in
from regietafel.gebruikers.services import gebruiker_met_naam

if TYPE_CHECKING:
    from regietafel.gebruikers.models import ApiToken


def _maak(args: argparse.Namespace) -> int:
    gebruiker = gebruiker_met_naam(args.gebruiker)
    if gebruiker is None:
        print(f"Fout: onbekende gebruiker '{args.gebruiker}'.", file=sys.stderr)
        return 2
    token, sleutel = maak_token(  # TokenFout: main says it, exit code 2
        gebruiker,
        args.bereik,
        dagen=args.dagen,
        naam=args.naam,
        provincie=args.provincie,
        gemeente=args.gemeente,
    )
    print(f"Token {token.prefix} voor {gebruiker}: {_beschrijving(token)}.")
    print("De sleutel (alleen nu te zien; bewaard wordt alleen een hash):")
    print(sleutel)
    return 0


def _beschrijving(token: ApiToken) -> str:
    plaats = token.gemeente or token.provincie or "niet aan een plaats gebonden"
    verloopt = f"{timezone.localtime(token.verloopt_op):%d-%m-%Y %H:%M}"
    staat = "ingetrokken" if token.ingetrokken_op else f"verloopt {verloopt}"
    return f"bereik {token.bereik}, {plaats}, {staat}"


def _lijst(args: argparse.Namespace) -> int:
    rijen = list(tokens(args.gebruiker))
    if not rijen:
        print("Geen tokens.")
    for t in rijen:
        naam = f" ({t.naam})" if t.naam else ""
        print(f"{t.prefix}  {t.gebruiker}{naam}: {_beschrijving(t)}")
    return 0


def _intrekken(args: argparse.Namespace) -> int:
    if not trek_in(args.prefix):
        print(f"Fout: geen geldig token dat begint met '{args.prefix}'.", file=sys.stderr)
        return 2
    print(f"Token {args.prefix} is ingetrokken; het werkt niet meer.")
    return 0


def voeg_opdracht_toe(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    token = sub.add_parser("token", help="API-tokens maken, tonen en intrekken")
    acties = token.add_subparsers(dest="actie", required=True, metavar="ACTIE")
    maak = acties.add_parser("maak", help="een token maken (de sleutel wordt één keer getoond)")
    maak.add_argument("gebruiker", help="gebruikersnaam")
    maak.add_argument("--bereik", choices=["lezen", "schrijven"], default="lezen")
    maak.add_argument("--dagen", type=int, help="geldigheid in dagen (standaard 90)")
    maak.add_argument("--naam", default="", help="omschrijving, bijvoorbeeld de koppeling")
    binding = maak.add_mutually_exclusive_group()
    binding.add_argument("--provincie", help="binden aan deze provincie (provinciecode)")
    binding.add_argument("--gemeente", help="binden aan deze gemeente (CBS-code)")
    maak.set_defaults(func=_maak)
    lijst = acties.add_parser("lijst", help="de tokens tonen, nieuwste eerst")
    lijst.add_argument("--gebruiker", help="alleen van deze gebruiker")
    lijst.set_defaults(func=_lijst)
    intrekken = acties.add_parser("intrekken", help="een token intrekken")
    intrekken.add_argument("prefix", help="het begin van de sleutel (8 tekens, zie lijst)")
    intrekken.set_defaults(func=_intrekken)
