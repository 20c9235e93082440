"""Supervision of processes: start them, and start one again when it dies, after a wait that
doubles while it keeps dying quickly (1, 2, 4 … 60 s) and starts over once it has run for a
minute. Every stop and start is logged.

`regietafel werkers` supervises the background workers this way, and fails the tasks of a
worker that died at once (`bij_stop`); `regietafel serve` supervises `regietafel werkers`
in its turn, so that the web server's own process (gunicorn's arbiter, which reaps every
child it has) never has a worker as its child.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import close_old_connections

from regietafel.werkers.services import onderbroken_taken_afbreken, taken_van_werker_afbreken

logger = logging.getLogger("regietafel.werkers")

# The process id of the supervisor, in the environment of every process it starts: a process
# whose supervisor is gone (killed, so it could not stop its children) stops too, instead of
# running on beside the processes a new supervisor starts.
BEWAKER = "REGIETAFEL_BEWAKER"


def bewaker_weg() -> bool:
    """Whether this process was started by a supervisor that is no longer its parent."""
    bewaker = os.environ.get(BEWAKER, "")
    return bewaker.isdigit() and os.getppid() != int(bewaker)


Opdracht = Callable[[str], Sequence[str]]


@dataclass
class _Proces:
    index: int
    generatie: int = 0
    naam: str = ""
    popen: subprocess.Popen[bytes] | None = None
    gestart: float = 0.0
    wachttijd: float = 0.0  # before the next start, after a death
    start_om: float = 0.0


def _afloop(code: int) -> str:
    if code < 0:
        try:
            return f"signaal {signal.Signals(-code).name}"
        except ValueError:
            return f"signaal {-code}"
    return f"exitcode {code}"


class Bewaking:
    """Keeps `aantal` processes running; `opdracht(naam)` gives the command of one, `naam`
    being unique for every start (a worker's id)."""

    def __init__(
        self,
        opdracht: Opdracht,
        aantal: int = 1,
        *,
        soort: str = "achtergrondwerker",
        omgeving: Mapping[str, str] | None = None,
        eerste_wachttijd: float = 1.0,
        langste_wachttijd: float = 60.0,
        stabiel_na: float = 60.0,
        controle: float = 0.5,
        bij_stop: Callable[[str], object] | None = None,
        periodiek: Callable[[], object] | None = None,
        periode: float = 10.0,
        stoptijd: float = 10.0,
    ) -> None:
        self.opdracht = opdracht
        self.soort = soort
        self.omgeving = dict(os.environ if omgeving is None else omgeving)
        self.eerste_wachttijd = eerste_wachttijd
        self.langste_wachttijd = langste_wachttijd
        self.stabiel_na = stabiel_na
        self.controle = controle
        self.bij_stop = bij_stop
        self.periodiek = periodiek
        self.periode = periode
        self.stoptijd = stoptijd
        self.processen = [_Proces(i + 1) for i in range(aantal)]
        self._voorvoegsel = f"{socket.gethostname()[:24]}-{os.getpid()}"
        self._vorige_ronde = 0.0

    def pids(self) -> dict[str, int]:
        """The running processes by name: their process ids."""
        return {p.naam: p.popen.pid for p in self.processen if p.popen is not None}

    def _start(self, p: _Proces) -> None:
        p.generatie += 1
        p.naam = f"{self._voorvoegsel}-{p.index}.{p.generatie}"
        p.popen = subprocess.Popen(
            list(self.opdracht(p.naam)), env={**self.omgeving, BEWAKER: str(os.getpid())}
        )
        p.gestart = time.monotonic()
        logger.info("%s %s gestart (pid %d).", self.soort.capitalize(), p.naam, p.popen.pid)

    def _haak(self, haak: Callable[..., object] | None, *args: str) -> None:
        if haak is None:
            return
        try:
            haak(*args)
        except Exception:  # a locked or unreachable database: the next round tries again
            logger.warning("Bewaking: %s mislukt.", getattr(haak, "__name__", haak), exc_info=True)

    def controleer(self) -> None:
        """One round: note the processes that died, start those whose wait is over, and run
        the periodic check."""
        nu = time.monotonic()
        for p in self.processen:
            if p.popen is None:
                if nu >= p.start_om:
                    self._start(p)
                continue
            code = p.popen.poll()
            if code is None:
                continue
            stabiel = nu - p.gestart >= self.stabiel_na or not p.wachttijd
            p.wachttijd = (
                self.eerste_wachttijd if stabiel else min(2 * p.wachttijd, self.langste_wachttijd)
            )
            p.start_om = nu + p.wachttijd
            logger.warning(
                "%s %s (pid %d) is gestopt met %s; opnieuw gestart over %.1f s.",
                self.soort.capitalize(),
                p.naam,
                p.popen.pid,
                _afloop(code),
                p.wachttijd,
            )
            p.popen = None
            self._haak(self.bij_stop, p.naam)
        if self.periodiek is not None and nu - self._vorige_ronde >= self.periode:
            self._vorige_ronde = nu
            self._haak(self.periodiek)

    def draai(self, stop: threading.Event) -> None:
        """Supervise until `stop` is set, then stop every process."""
        for p in self.processen:
            self._start(p)
        try:
            while not stop.wait(self.controle):
                if bewaker_weg():
                    logger.warning("De bewaking hierboven is gestopt; deze stopt ook.")
                    break
                self.controleer()
        finally:
            self.stop()

    def op_de_achtergrond(self) -> Callable[[], None]:
        """Supervise in a thread of this process; returns the function that stops it."""
        stop = threading.Event()
        draad = threading.Thread(target=self.draai, args=(stop,), name=self.soort, daemon=True)
        draad.start()

        def stoppen() -> None:
            stop.set()
            draad.join(timeout=self.stoptijd + 5)

        return stoppen

    def stop(self) -> None:
        """Ask every process to stop (SIGTERM: a worker finishes its task), and kill those
        still running after `stoptijd` seconds."""
        lopend = [p for p in self.processen if p.popen is not None]
        for p in lopend:
            assert p.popen is not None
            if p.popen.poll() is None:
                p.popen.terminate()
        einde = time.monotonic() + self.stoptijd
        for p in lopend:
            assert p.popen is not None
            try:
                p.popen.wait(timeout=max(0.0, einde - time.monotonic()))
            except subprocess.TimeoutExpired:
                logger.warning("%s %s stopt niet; gedood.", self.soort.capitalize(), p.naam)
                p.popen.kill()
                p.popen.wait()
            p.popen = None
            self._haak(self.bij_stop, p.naam)


def werker_opdracht(werker_id: str) -> list[str]:
    """The command of one background worker (`manage.py werker`)."""
    return [sys.executable, "-m", "django", "werker", "--worker-id", werker_id,
            "--no-startup-delay"]  # fmt: skip


def werkerbewaking(
    aantal: int,
    opdracht: Opdracht = werker_opdracht,
    omgeving: Mapping[str, str] | None = None,
    **opties: Any,
) -> Bewaking:
    """The supervision of `aantal` background workers (run it with `draai`): a worker that
    dies is started again and the tasks it was running are failed at once; every heartbeat
    interval, the tasks of workers that fell silent elsewhere are failed too."""

    def taken_afbreken(werker_id: str) -> None:
        close_old_connections()
        taken_van_werker_afbreken(werker_id)

    def stille_werkers() -> None:
        close_old_connections()
        onderbroken_taken_afbreken()

    return Bewaking(
        opdracht,
        aantal,
        omgeving={
            **(os.environ if omgeving is None else omgeving),
            "DJANGO_SETTINGS_MODULE": "regietafel.settings",
        },
        bij_stop=taken_afbreken,
        periodiek=stille_werkers,
        periode=settings.WERKER_HARTSLAG,
        **opties,
    )
