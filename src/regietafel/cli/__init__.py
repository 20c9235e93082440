"""The `regietafel` command: a thin shell over the same services the web app uses.

- `nederlands`: argparse in Dutch, and the arguments most commands share;
- `uitvoer`: printing JSON or text, and writing a file, as every command does;
- `data` (laad, importeer, exporteer, herstel) and `overzichten` (the capacity and
  status-holder tables), shared by several features;
- `opdrachten`: the parser that gathers every command, and `main`.

Each feature's commands live with the feature, in `<app>/cli.py` (`uitruil/cli.py`,
`bronnen/cli.py`, …; `puzzel/regels_cli.py`, `statushouders/toezicht_cli.py` where a
feature has more than one group), each with a `voeg_opdracht(en)_toe` that adds its
commands to the parser. They import only `nederlands`, `uitvoer` and the services, never
this package's root or `opdrachten`, so there is no import cycle (import-linter contracts
in pyproject.toml keep it so). They import the services at the top, and the services need
Django's app registry; so `main` and `parser` here set Django up first and only then import
`opdrachten`, the one lazy import of the package.

Exit codes: 0 done; 1 the input was refused (nothing saved); 2 bad arguments, a missing
file or nothing found; 3 the database cannot be reached; 4 the database is not set up:
only `regietafel init` and `regietafel serve` migrate it (and load Drenthe into an empty
one), every other command asks for them.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

import django


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regietafel.settings")
    django.setup()


def parser() -> argparse.ArgumentParser:
    """The `regietafel` parser, with every command."""
    _django()
    from regietafel.cli import opdrachten  # lazy: needs django.setup()

    return opdrachten.parser()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command `argv` (default: the process's arguments); its exit code."""
    _django()
    from regietafel.cli import opdrachten  # lazy: needs django.setup()

    return opdrachten.main(argv)
