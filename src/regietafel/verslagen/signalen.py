"""A report job follows its background task: a task that failed without the job saying so
itself (its worker vanished, or was stopped by force in the middle) fails the job with
"De verwerking is onderbroken; probeer het opnieuw."."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver
from django.tasks import TaskResult, TaskResultStatus
from django.tasks.signals import task_finished


@receiver(task_finished, dispatch_uid="regietafel-rapport-afgebroken")
def rapport_afgebroken(sender: Any, task_result: TaskResult, **kwargs: Any) -> None:
    from regietafel.services.werkers import MELDING
    from regietafel.verslagen.models import RapportOpdracht
    from regietafel.verslagen.taken import maak_rapport

    if task_result.status != TaskResultStatus.FAILED:
        return
    if task_result.task.module_path != maak_rapport.module_path or not task_result.args:
        return
    status = RapportOpdracht.Status
    RapportOpdracht.objects.filter(
        pk=task_result.args[0], status__in=[status.WACHT, status.BEZIG]
    ).update(status=status.MISLUKT, stap="Mislukt", fout=MELDING)
