"""`manage.py werker` (`regietafel werker`): django-tasks-db's `db_worker` with two
additions. It writes a heartbeat, so that a task whose worker was killed is failed instead of
staying "bezig" (services.werkers); and it waits out a locked SQLite database (an import
that holds the write lock longer than the busy timeout) instead of stopping."""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import time
from typing import Any

from django.conf import settings
from django.core.management.base import CommandError
from django.db import OperationalError, close_old_connections, connection
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from regietafel.werkers.bewaking import bewaker_weg
from regietafel.werkers.models import Werker
from regietafel.werkers.services import database_bezet

logger = logging.getLogger("regietafel.werkers")

LANGSTE_WACHTTIJD = 10.0  # seconds between two tries while the database stays locked


class HartslagWerker(Worker):
    """A django-tasks-db worker with a heartbeat that survives a locked database."""

    def __init__(self, *, hartslag: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.hartslag = hartslag
        self.gestart = timezone.now()
        self._stoppen = threading.Event()

    def klop(self) -> None:
        """Write the heartbeat (the row is made again if a supervisor removed it)."""
        nu = timezone.now()
        if not Werker.objects.filter(pk=self.worker_id).update(hartslag=nu):
            Werker.objects.update_or_create(
                werker_id=self.worker_id,
                defaults={
                    "host": socket.gethostname()[:255],
                    "pid": os.getpid(),
                    "gestart": self.gestart,
                    "hartslag": nu,
                },
            )

    def _blijf_kloppen(self) -> None:
        try:
            while not self._stoppen.wait(self.hartslag):
                if bewaker_weg() and self.running:
                    logger.warning("De bewaking is gestopt; werker %s stopt ook.", self.worker_id)
                    os.kill(os.getpid(), signal.SIGTERM)  # as a supervisor would: graceful
                close_old_connections()
                try:
                    self.klop()
                except Exception as fout:  # a locked or unreachable database: beat on
                    logger.warning(
                        "Hartslag van werker %s niet vastgelegd: %s", self.worker_id, fout
                    )
        finally:
            connection.close()  # this thread's own connection

    def _bij_bezette_database(self, fout: OperationalError, wachttijd: float) -> float:
        """Wait before the next try; re-raise anything but a locked database."""
        if not database_bezet(fout):
            raise fout
        logger.warning(
            "De database is bezet (%s); werker %s probeert het over %.1f s opnieuw.",
            fout,
            self.worker_id,
            wachttijd,
        )
        connection.close()
        time.sleep(wachttijd)
        return min(2 * wachttijd, LANGSTE_WACHTTIJD)

    def run(self) -> None:
        wachttijd = 0.5
        while self.running:  # the heartbeat row exists before the first task is claimed
            try:
                self.klop()
                break
            except OperationalError as fout:
                wachttijd = self._bij_bezette_database(fout, wachttijd)
        kloppen = threading.Thread(target=self._blijf_kloppen, name="hartslag", daemon=True)
        kloppen.start()
        try:
            while self.running:
                begin = time.monotonic()
                try:
                    super().run()
                    return
                except OperationalError as fout:
                    if time.monotonic() - begin > 30:
                        wachttijd = 0.5
                    wachttijd = self._bij_bezette_database(fout, wachttijd)
        finally:
            self._stoppen.set()
            kloppen.join(timeout=5)
            self._afmelden()

    def run_task(self, db_task_result: DBTaskResult) -> None:
        try:
            super().run_task(db_task_result)
        except OperationalError as fout:
            # The outcome could not be written: the database stayed locked. Keep trying, so
            # that the task does not stay "running" while this worker lives on.
            wachttijd = self._bij_bezette_database(fout, 0.5)
            while self.running:
                try:
                    db_task_result.set_failed(fout)
                    return
                except OperationalError as opnieuw:
                    wachttijd = self._bij_bezette_database(opnieuw, wachttijd)

    def _afmelden(self) -> None:
        try:
            Werker.objects.filter(pk=self.worker_id).delete()
        except OperationalError as fout:  # the timeout of the heartbeat takes over
            logger.warning("Werker %s niet afgemeld: %s", self.worker_id, fout)


DOORGEGEVEN = ("interval", "batch", "backend_name", "startup_delay", "max_tasks", "worker_id")
"""The options of django-tasks-db's `db_worker` that reach the worker unchanged."""


class Command(DbWorkerCommand):
    help = (
        "Een achtergrondwerker (django-tasks-db) met een hartslag, die wacht als de database "
        "bezet is. Gebruik `regietafel serve` of `regietafel werkers` om hem te bewaken."
    )

    def handle(
        self, *, verbosity: int, queue_name: str, exclude_queues: str, **opties: Any
    ) -> None:
        # No --reload: a reloaded worker would not be the process its supervisor watches.
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        uitgesloten = exclude_queues.split(",") if exclude_queues else []
        if uitgesloten and "*" not in queue_names:
            raise CommandError("--exclude-queues kan alleen samen met --queue-name='*'.")
        werker = HartslagWerker(
            hartslag=settings.WERKER_HARTSLAG,
            queue_names=queue_names,
            excluded_queue_names=uitgesloten,
            **{naam: opties[naam] for naam in DOORGEGEVEN},
        )
        werker.configure_signals()
        werker.run()
