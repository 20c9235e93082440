"""A report job follows its background task: a task that failed without the job saying so
itself (its worker vanished, or was stopped by force in the middle) fails the job with
"De verwerking is onderbroken; probeer het opnieuw.". For the documents of all provinces
that is the job of the province's part and the whole job, or the whole job when putting
its ZIP together failed."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver
from django.tasks import TaskResult, TaskResultStatus
from django.tasks.signals import task_finished

from regietafel.verslagen.models import RapportOpdracht
from regietafel.verslagen.taken import maak_rapport, stel_samen
from regietafel.werkers.services import MELDING


@receiver(task_finished, dispatch_uid="regietafel-rapport-afgebroken")
def rapport_afgebroken(sender: Any, task_result: TaskResult, **kwargs: Any) -> None:
    if task_result.status != TaskResultStatus.FAILED:
        return
    taken = (maak_rapport.module_path, stel_samen.module_path)
    if task_result.task.module_path not in taken or not task_result.args:
        return
    status = RapportOpdracht.Status
    lopend = RapportOpdracht.objects.filter(status__in=[status.WACHT, status.BEZIG])
    lopend.filter(pk=task_result.args[0]).update(
        status=status.MISLUKT, stap="Mislukt", fout=MELDING
    )
    # A province's part of all provinces fails the whole job with it.
    lopend.filter(delen__pk=task_result.args[0]).update(
        status=status.MISLUKT, stap="Mislukt", fout=MELDING
    )
