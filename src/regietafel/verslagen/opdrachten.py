"""A user's own report jobs (verslagen.services queues them): find one, bring it up to date
when its worker vanished, and read the file it made."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import OperationalError
from django.db.models import QuerySet

from regietafel.verslagen.models import RapportOpdracht
from regietafel.werkers.services import database_bezet, onderbroken_taken_afbreken


def eigen_opdracht(pk: str, gebruiker_pk: int | None) -> RapportOpdracht | None:
    """The job `pk` if the user `gebruiker_pk` asked for it, without its file."""
    eigen = RapportOpdracht.objects.filter(pk=pk, aangevraagd_door=gebruiker_pk)
    return eigen.defer("inhoud").first()


def loopt_nog(o: RapportOpdracht) -> bool:
    """The job waits for a worker or is being made."""
    return o.status in (RapportOpdracht.Status.WACHT, RapportOpdracht.Status.BEZIG)


def bijgewerkt(o: RapportOpdracht) -> RapportOpdracht:
    """The job after failing it when its worker vanished (as the progress page does)."""
    if loopt_nog(o):
        try:
            if onderbroken_taken_afbreken():
                o.refresh_from_db()
        except OperationalError as fout:  # SQLite busy: the next look checks again
            if not database_bezet(fout):
                raise
    return o


def is_klaar(o: RapportOpdracht) -> bool:
    """The job has made its file."""
    return o.status == RapportOpdracht.Status.KLAAR


def inhoud_van(o: RapportOpdracht) -> bytes:
    """The file a finished job made."""
    return bytes(RapportOpdracht.objects.values_list("inhoud", flat=True).get(pk=o.pk))


def recente_opdrachten(gebruiker: AbstractBaseUser | AnonymousUser) -> QuerySet[RapportOpdracht]:
    """The user's last ten jobs (not the per-province parts of one), without their file
    (read when used)."""
    return RapportOpdracht.objects.filter(aangevraagd_door=gebruiker, deel_van__isnull=True).defer(
        "inhoud"
    )[:10]


def opdrachten_zonder_inhoud(pk: int) -> QuerySet[RapportOpdracht]:
    """The job `pk` without its file, as a query that can be read again."""
    return RapportOpdracht.objects.defer("inhoud").filter(pk=pk)
