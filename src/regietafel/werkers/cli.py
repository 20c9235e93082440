"""The background workers on the command line: `regietafel werker` (one worker),
`regietafel werkers` (several, supervised) and the supervision that `regietafel serve`
starts next to the web server (docs/beheer.md)."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Callable

from django.conf import settings
from django.core.management import call_command

from regietafel.werkers.bewaking import Bewaking, werkerbewaking


def _werker(_args: argparse.Namespace) -> int:
    call_command("werker", startup_delay=False)
    return 0


def _werkers(args: argparse.Namespace) -> int:
    stop = threading.Event()
    for sein in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sein, lambda *_: stop.set())

    aantal = args.aantal or settings.ACHTERGRONDWERKERS
    print(f"{_aantal_tekst(aantal)} gestart (stoppen: Ctrl+C).", flush=True)
    werkerbewaking(aantal).draai(stop)
    return 0


def _aantal_tekst(aantal: int) -> str:
    return "Eén achtergrondwerker" if aantal == 1 else f"{aantal} achtergrondwerkers"


def bewaakte_werkers() -> Callable[[], None] | None:
    """For `regietafel serve`: run `regietafel werkers` in its own process, started again
    when it dies; returns the function that stops it. None when the tasks do not run on the
    database, or REGIETAFEL_GEEN_WERKER is set (the workers run elsewhere)."""

    backend = settings.TASKS["default"]["BACKEND"]
    if backend != "django_tasks_db.DatabaseBackend" or os.environ.get("REGIETAFEL_GEEN_WERKER"):
        return None
    return Bewaking(
        lambda _naam: [sys.executable, "-m", "regietafel.cli", "werkers"],
        soort="werkerbewaking",
        stoptijd=15.0,  # longer than the workers' own (10 s)
    ).op_de_achtergrond()


def voeg_opdrachten_toe(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    wer = sub.add_parser(
        "werker", help="één achtergrondwerker (rapporten); `serve` start en bewaakt ze zelf"
    )
    wer.set_defaults(func=_werker)
    wrs = sub.add_parser(
        "werkers", help="achtergrondwerkers starten en bewaken (herstarten als er een stopt)"
    )
    wrs.add_argument(
        "--aantal",
        type=int,
        help="aantal werkers (standaard: REGIETAFEL_ACHTERGRONDWERKERS, anders 1)",
    )
    wrs.set_defaults(func=_werkers)
