"""The core rows as a reader may read them (services.leesrechten): provinces,
municipalities, cycles, targets, offers and the log of imports, for the API's lists."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db.models import QuerySet

from regietafel.cycli.models import Cyclus
from regietafel.importen.models import Import
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.services.leesrechten import (
    intern_leesbare_provincies,
    leesbare_cijfers,
    leesbare_provincies,
)
from regietafel.services.toegang import Toegang


def provincies_voor(t: Toegang) -> QuerySet[Provincie]:
    """The provinces `t` may read, by code."""
    return Provincie.objects.filter(leesbare_provincies(t)).order_by("code")


def gemeenten_voor(t: Toegang, provincie: str | None = None) -> QuerySet[Gemeente]:
    """The municipalities of the provinces `t` may read (of `provincie` only, when given),
    by CBS code."""
    qs = Gemeente.objects.select_related("provincie").filter(
        leesbare_provincies(t, "provincie__code")
    )
    if provincie is not None:
        qs = qs.filter(provincie__code=provincie)
    return qs.order_by("cbs_code")


def gemeente_van(provincie: str, cbs_code: str) -> Gemeente | None:
    """The municipality `cbs_code` if it lies in `provincie`."""
    return Gemeente.objects.filter(provincie__code=provincie, cbs_code=cbs_code).first()


def alle_gemeenten() -> QuerySet[Gemeente]:
    """Every municipality: the choices of a field that names one by CBS code."""
    return Gemeente.objects.all()


def cycli() -> QuerySet[Cyclus]:
    """The cycles of the law, by name."""
    return Cyclus.objects.order_by("naam")


def _cijferfilters(qs: QuerySet[Any], f: Mapping[str, str]) -> QuerySet[Any]:
    if "provincie" in f:
        qs = qs.filter(gemeente__provincie__code=f["provincie"])
    if "cyclus" in f:
        qs = qs.filter(cyclus__naam=f["cyclus"])
    if "gemeente" in f:
        qs = qs.filter(gemeente__cbs_code=f["gemeente"])
    if "categorie" in f:
        qs = qs.filter(categorie=f["categorie"])
    return qs


def opgaven_voor(t: Toegang, filters: Mapping[str, str]) -> QuerySet[Opgave]:
    """The targets `t` may read, narrowed by `filters` (provincie, cyclus, gemeente,
    categorie), in the order they were stored."""
    qs = Opgave.objects.select_related("gemeente__provincie", "cyclus").filter(leesbare_cijfers(t))
    return _cijferfilters(qs, filters).order_by("id")


def aanbod_voor(t: Toegang, filters: Mapping[str, str]) -> QuerySet[Aanbod]:
    """The offers `t` may read, narrowed by `filters` like opgaven_voor."""
    qs = Aanbod.objects.select_related("gemeente", "cyclus").filter(leesbare_cijfers(t))
    return _cijferfilters(qs, filters).order_by("id")


def leesbaar_aanbod(t: Toegang) -> QuerySet[Aanbod]:
    """The offers `t` may read, each with its municipality's province (to check a change)."""
    return Aanbod.objects.select_related("gemeente__provincie", "cyclus").filter(
        leesbare_cijfers(t)
    )


def importen_voor(t: Toegang, provincie: str | None = None) -> QuerySet[Import]:
    """The log of imports of the provinces `t` reads internally (of `provincie` only, when
    given), newest first."""
    qs = Import.objects.select_related("gebruiker")
    qs = qs.filter(intern_leesbare_provincies(t, "provincie"))
    if provincie is not None:
        qs = qs.filter(provincie=provincie)
    return qs.order_by("-id")


def gemeenten_van(provincie: str) -> list[Gemeente]:
    """The municipalities of `provincie`, by name."""
    return list(Gemeente.objects.filter(provincie__code=provincie).order_by("naam"))
