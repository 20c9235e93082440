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


def _onderbroken_afgebroken(een_loopt: bool) -> bool:
    """When one of the jobs at hand `een_loopt`, fail every job whose worker vanished;
    whether any was failed (so the jobs at hand must be read again)."""
    if not een_loopt:
        return False
    try:
        return bool(onderbroken_taken_afbreken())
    except OperationalError as fout:  # SQLite busy: the next look checks again
        if not database_bezet(fout):
            raise
        return False


def bijgewerkt(o: RapportOpdracht) -> RapportOpdracht:
    """The job after failing it when its worker vanished (as the progress page does)."""
    if _onderbroken_afgebroken(loopt_nog(o)):
        o.refresh_from_db()
    return o


def bijgewerkte(opdrachten: QuerySet[RapportOpdracht]) -> list[RapportOpdracht]:
    """The jobs of `opdrachten`, read again after failing those whose worker vanished."""
    lijst = list(opdrachten)
    return list(opdrachten.all()) if _onderbroken_afgebroken(any(map(loopt_nog, lijst))) else lijst


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
