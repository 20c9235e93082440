"""The stored report jobs of a user (RapportOpdracht): which they asked for, one of them,
and its finished file. The jobs are queued and run by services.rapporten."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet

from regietafel.services.opslag import rij
from regietafel.verslagen.models import RapportOpdracht


def recente_opdrachten(gebruiker: AbstractBaseUser | AnonymousUser) -> QuerySet[RapportOpdracht]:
    """The user's last ten jobs (not the per-province parts of one), without their file
    (read when used)."""
    return RapportOpdracht.objects.filter(aangevraagd_door=gebruiker, deel_van__isnull=True).defer(
        "inhoud"
    )[:10]


def eigen_opdracht(pk: str, gebruiker: AbstractBaseUser | AnonymousUser) -> RapportOpdracht:
    """The job `pk` of `gebruiker`, without its file; RijNietGevonden for another's."""
    rijen = RapportOpdracht.objects.defer("inhoud")
    return rij(rijen, "Onbekende opdracht.", pk=pk, aangevraagd_door=gebruiker.pk)


def opdrachten_zonder_inhoud(pk: int) -> QuerySet[RapportOpdracht]:
    """The job `pk` without its file, as a query that can be read again."""
    return RapportOpdracht.objects.defer("inhoud").filter(pk=pk)


def inhoud_van(opdracht: RapportOpdracht) -> bytes:
    """The finished file of `opdracht`."""
    return bytes(RapportOpdracht.objects.values_list("inhoud", flat=True).get(pk=opdracht.pk))
