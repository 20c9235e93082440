"""The background task that makes a report (Django's tasks API; django-tasks-db in
production, the ImmediateBackend in tests). Progress is written to the RapportOpdracht row,
which the progress page polls."""

from __future__ import annotations

from django.tasks import task

from regietafel.verslagen.models import RapportOpdracht


@task()
def maak_rapport(opdracht_id: str) -> None:
    """Make the document of a RapportOpdracht and store it in the row."""
    from regietafel.services.rapporten import maak_opdracht

    maak_opdracht(RapportOpdracht.objects.get(pk=opdracht_id))
