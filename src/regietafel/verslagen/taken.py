"""The background tasks that make a report (Django's tasks API; django-tasks-db in
production, the ImmediateBackend in tests). Progress is written to the RapportOpdracht row,
which the progress page polls. The reports of all provinces are one `maak_rapport` per
province and a `stel_samen` that puts their ZIP together."""

from __future__ import annotations

from django.tasks import task

from regietafel.verslagen.models import RapportOpdracht
from regietafel.verslagen.services import maak_opdracht, stel_opdracht_samen


@task()
def maak_rapport(opdracht_id: str) -> None:
    """Make the document of a RapportOpdracht and store it in the row."""

    maak_opdracht(RapportOpdracht.objects.get(pk=opdracht_id))


@task()
def stel_samen(opdracht_id: str) -> None:
    """Put the ZIP of the provinces' reports of a RapportOpdracht (all provinces) together."""

    stel_opdracht_samen(RapportOpdracht.objects.get(pk=opdracht_id))
