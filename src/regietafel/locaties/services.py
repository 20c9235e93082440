"""The location register: a province's stored locations as a reader may read them, with
their places together (the web's register, and the API's locations)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet

from regietafel.locaties.models import Locatie
from regietafel.publicaties.openbaarheid import locaties_voor
from regietafel.services.leesrechten import intern_leesbare_provincies
from regietafel.services.opslag import rij_van_gemeente
from regietafel.services.toegang import Toegang
from regietafel.services.wijzigingen import bewaar_locatie

if TYPE_CHECKING:
    from regietafel.provincies.models import Gemeente


@dataclass(frozen=True)
class Locatieregister:
    """The locations of one province as `lezer` may read them, and their places together."""

    locaties: list[Locatie]

    @property
    def totaal(self) -> int:
        return sum(loc.plaatsen for loc in self.locaties)


def locatie_met_pk(pk: int) -> Locatie:
    """Location `pk` with its municipality and province; RijNietGevonden if there is none."""
    return rij_van_gemeente(Locatie, pk)


def nieuwe_locatie(gemeente: Gemeente) -> Locatie:
    """An unsaved location of `gemeente`, for the form that enters it."""
    return Locatie(gemeente=gemeente)


def locaties_van(gemeente: Gemeente) -> QuerySet[Locatie]:
    """The locations of `gemeente` in their listed order (each with `gemeente` as its
    municipality)."""
    return gemeente.locaties.order_by("volgorde", "id")


def locatieregister(lezer: Toegang, provincie: str, cyclus: str | None) -> Locatieregister:
    """All locations of `provincie`, without the details `lezer` may not read yet in
    `cyclus` (publicaties.openbaarheid.locaties_voor)."""
    locaties = Locatie.objects.filter(gemeente__provincie__code=provincie).select_related(
        "gemeente__provincie"
    )
    return Locatieregister(locaties_voor(lezer, locaties, cyclus))


def leesbare_locaties(t: Toegang) -> QuerySet[Locatie]:
    """The locations of the provinces `t` reads internally (services.leesrechten)."""
    return Locatie.objects.select_related("gemeente__provincie").filter(
        intern_leesbare_provincies(t, "gemeente__provincie__code")
    )


def locaties_voor_filters(t: Toegang, filters: Mapping[str, str]) -> QuerySet[Locatie]:
    """leesbare_locaties narrowed by `filters` (provincie, gemeente), in stored order."""
    qs = leesbare_locaties(t)
    if "provincie" in filters:
        qs = qs.filter(gemeente__provincie__code=filters["provincie"])
    if "gemeente" in filters:
        qs = qs.filter(gemeente__cbs_code=filters["gemeente"])
    return qs.order_by("id")


def voeg_locatie_toe(
    t: Toegang, door: AbstractBaseUser, velden: Mapping[str, Any], reden: str
) -> Locatie:
    """A new location with `velden`, saved through services.wijzigingen.bewaar_locatie
    (which checks access and logs the change)."""
    locatie = Locatie(**velden)
    bewaar_locatie(t, door, locatie, None, reden)
    return locatie


def locaties_met_provincie() -> QuerySet[Locatie]:
    """Every stored location, each with its municipality and province (to check access)."""
    return Locatie.objects.select_related("gemeente__provincie")
