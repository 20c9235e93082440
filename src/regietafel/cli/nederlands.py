"""argparse in Dutch: its own texts (help, usage, errors) and the operating system's reasons,
for every `regietafel` command; and the arguments most commands share."""

from __future__ import annotations

import argparse
import contextlib
import errno
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from regietafel.domain.fouten import RegietafelFout

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


def reden(fout: OSError) -> str:
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


def keuze_argumenten(p: argparse.ArgumentParser) -> None:
    """--provincie, --cyclus and --json, as most commands have them."""
    p.add_argument("--provincie", default="drenthe", help="provinciecode (standaard: drenthe)")
    p.add_argument("--cyclus", help="cyclus (standaard: de lopende cyclus)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")


def datum(tekst: str | None) -> date | None:
    """The date `tekst` (jjjj-mm-dd) of an option, None without one; a RegietafelFout (exit
    code 2, main() prints it) for anything else."""
    if not tekst:
        return None
    try:
        return date.fromisoformat(tekst)
    except ValueError:
        raise RegietafelFout(f"'{tekst}' is geen datum; schrijf jjjj-mm-dd.") from None
