"""Background tasks whose worker vanished (killed, out of memory, machine down) are failed,
so that no page shows "bezig 15 %" forever.

Two ways to notice: the supervisor sees its worker process die and fails that worker's
tasks at once (`taken_van_werker_afbreken`); and a task whose worker has not written its
heartbeat for WERKER_TIMEOUT seconds is failed by whoever looks next: the supervisor every
heartbeat, the report pages when they show a running job (`onderbroken_taken_afbreken`).
Failing a task sends django.tasks' `task_finished`, so the job's own row follows
(`verslagen.signalen`).

A worker that was only late (a database lock held longer than the timeout) and finishes
after all still writes its result over the failure: nothing is lost, it only looked failed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.db import OperationalError
from django.tasks import TaskResultStatus
from django.tasks.signals import task_finished
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from regietafel.werkers.models import Werker

logger = logging.getLogger("regietafel.werkers")

MELDING = "De verwerking is onderbroken; probeer het opnieuw."


class VerwerkingOnderbroken(Exception):
    """The worker running a task stopped before the task finished (the task's error class)."""


ONDERBROKEN = f"{VerwerkingOnderbroken.__module__}.{VerwerkingOnderbroken.__qualname__}"


def _laatste_werker(taak: DBTaskResult) -> str | None:
    return taak.worker_ids[-1] if taak.worker_ids else None


def _breek_af(taken: Iterable[DBTaskResult], nu: datetime) -> int:
    aantal = 0
    for taak in taken:
        # Only a task that is still running: its worker may have finished it just now.
        if not DBTaskResult.objects.filter(pk=taak.pk, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.FAILED,
            finished_at=nu,
            exception_class_path=ONDERBROKEN,
            traceback=MELDING,
            return_value=None,
        ):
            continue
        aantal += 1
        taak.refresh_from_db()
        logger.warning(
            "Taak %s (%s) afgebroken: werker %s is gestopt.",
            taak.pk,
            taak.task_path,
            _laatste_werker(taak),
        )
        try:
            resultaat = taak.task_result
        except ImportError:  # a task that no longer exists in the code: nobody to tell
            continue
        task_finished.send(sender=type(resultaat.task.get_backend()), task_result=resultaat)
    return aantal


def taken_van_werker_afbreken(werker_id: str) -> int:
    """The worker `werker_id` has stopped: fail its running tasks and forget its heartbeat.
    Returns how many tasks were failed."""
    nu = timezone.now()
    lopend = [t for t in DBTaskResult.objects.running() if _laatste_werker(t) == werker_id]
    # The heartbeat goes first, so whoever sees a failed task no longer sees its worker; a
    # task left running by a crash in between has no heartbeat, and the next check fails it.
    Werker.objects.filter(pk=werker_id).delete()
    return _breek_af(lopend, nu)


def onderbroken_taken_afbreken() -> int:
    """Fail every running task whose worker has been silent for WERKER_TIMEOUT seconds (or
    never wrote a heartbeat), and forget those workers. Returns how many tasks were failed."""
    nu = timezone.now()
    grens = nu - timedelta(seconds=settings.WERKER_TIMEOUT)
    levend = set(Werker.objects.filter(hartslag__gte=grens).values_list("pk", flat=True))
    verweesd = [
        t
        for t in DBTaskResult.objects.running()
        if _laatste_werker(t) not in levend and (t.started_at is None or t.started_at < grens)
    ]
    aantal = _breek_af(verweesd, nu)
    Werker.objects.filter(hartslag__lt=grens).delete()
    return aantal


def database_bezet(fout: BaseException) -> bool:
    """Whether `fout` is SQLite's "database is locked" (another writer held the lock for
    longer than the busy timeout)."""
    return isinstance(fout, OperationalError) and "is locked" in str(fout).lower()


def ondanks_slot[T](schrijf: Callable[[], T], pogingen: int = 10) -> T:
    """Run a write, and again while SQLite says "database is locked" (each try has already
    waited the busy timeout): a long import must not make a finished report fail."""
    for poging in range(1, pogingen + 1):
        try:
            return schrijf()
        except OperationalError as fout:
            if poging == pogingen or not database_bezet(fout):
                raise
            logger.warning("De database is bezet (%s); poging %d van %d.", fout, poging, pogingen)
            time.sleep(min(0.5 * 2**poging, 10.0))
    raise AssertionError("unreachable")
