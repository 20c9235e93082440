"""The province-and-cycle choice of the API's figure resources (`/puzzels/{code}?cyclus=`
and the like): the same rules as the web pages' choice (web.keuze.kies), so that a figure
is readable through the API exactly where its page shows it.

- A resource that is public on the web (puzzle, Bijlage 1) is read by everyone for a
  published cycle, as published (services.verslagstand, ADR 0007), and by the province's
  own users in every cycle.
- A resource of the pages for logged-in users (capacity, Ukraine, the route map, ...)
  answers the public 401 and a user without a role 403; staff of another province do not
  find it (404), as they do not find its locations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions, serializers
from rest_framework.request import Request

from regietafel.api.rechten import met_rol
from regietafel.api.serializers import FilterSerializer
from regietafel.services.keuzes import beschikbare_cycli, huidige_cyclus
from regietafel.services.toegang import Toegang, mag_lezen, toegang
from regietafel.web.keuze import leesbaar

CYCLUS_PATROON = r"^[0-9]{4}-[0-9]{4}$"

CYCLUS = OpenApiParameter(
    "cyclus",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    description="De cyclus, bijvoorbeeld 2025-2026; standaard de lopende cyclus van de "
    "provincie (de laatste waarvan het capaciteitsbesluit binnen is).",
    pattern=CYCLUS_PATROON,
)
# The `?cyclus=` of the resources that fall back on the current cycle without naming a province's.
LOPENDE_CYCLUS = OpenApiParameter(
    "cyclus",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    description="cyclus, bijvoorbeeld 2027-2028 (standaard: de lopende cyclus)",
    pattern=CYCLUS_PATROON,
)
PROVINCIECODE = OpenApiParameter(
    "code",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    description="De provinciecode, bijvoorbeeld drenthe.",
)


# The list filters of what belongs to a province's cycle, and to a province.
PER_CYCLUS = {
    "provincie": "provincie_cyclus__provincie__code",
    "cyclus": "provincie_cyclus__cyclus__naam",
}
PER_PROVINCIE = {"provincie": "provincie__code"}


class PerCyclusSerializer(serializers.ModelSerializer):
    """A record of a province's cycle (`provincie_cyclus`), named by its codes."""

    provincie = serializers.CharField(
        source="provincie_cyclus.provincie.code", help_text="De provinciecode."
    )
    cyclus = serializers.CharField(source="provincie_cyclus.cyclus.naam", help_text="De cyclus.")


class CyclusFilter(serializers.Serializer):
    cyclus = serializers.RegexField(CYCLUS_PATROON, required=False)


@dataclass(frozen=True)
class Gekozen:
    """The province and cycle a request reads, who reads them, and whether published."""

    provincie: str
    cyclus: str
    lezer: Toegang
    gepubliceerd: bool


def gevraagde_cyclus(request: Request) -> str:
    """The cycle of `?cyclus=` ("" without one or with an empty one); 400 for a malformed one."""
    f = CyclusFilter(data=request.query_params)
    f.is_valid(raise_exception=True)
    return str(f.validated_data.get("cyclus", ""))


def niet_gevonden(provincie: str, cyclus: str) -> exceptions.NotFound:
    """A 404 like that of an unknown cycle: the public does not learn that unpublished
    figures exist."""
    return exceptions.NotFound(f"Geen gegevens voor provincie '{provincie}' in cyclus '{cyclus}'.")


def gekozen_cyclus(
    request: Request, code: str, *, alleen_ingelogd: bool = False, cyclus: str = ""
) -> Gekozen:
    """The province `code` and the cycle of `?cyclus=` (by default the province's current
    one) as `request` may read them; 400 for a malformed cycle, 404 for one that does not
    exist or may not be read (the public does not learn that unpublished figures exist).
    With `alleen_ingelogd` only a role reads (401 for the public, 403 without a role), and
    only a province it reads internally. `cyclus` given (from a request body) replaces
    the query string's."""
    t = met_rol(request) if alleen_ingelogd else toegang(request.user)
    if not cyclus:
        f = CyclusFilter(data={k: v for k, v in request.query_params.items() if k == "cyclus"})
        f.is_valid(raise_exception=True)
        cyclus = f.validated_data.get("cyclus", "")
    provincie = leesbaar(code)
    eigen = beschikbare_cycli(provincie)
    cyclus = cyclus or huidige_cyclus(provincie, eigen, t) or ""
    keuze = next((k for k in eigen if k.cyclus == cyclus), None)
    if keuze is None or not mag_lezen(t, provincie, keuze.gepubliceerd and not alleen_ingelogd):
        raise niet_gevonden(provincie, cyclus)
    return Gekozen(provincie, cyclus, t, keuze.gepubliceerd)


def intern_leesbare_provincie(request: Request, code: str) -> Toegang:
    """The reader of a resource of province `code` that is not per cycle (meetings, status
    holders): a role that reads the province internally; 401, 403 or 404 otherwise."""
    t = met_rol(request)
    provincie = leesbaar(code)
    if not any(k.provincie_code == provincie for k in beschikbare_cycli(provincie)) or (
        not mag_lezen(t, provincie, gepubliceerd=False)
    ):
        raise exceptions.NotFound(f"Geen gegevens voor provincie '{provincie}'.")
    return t


def gefilterd(request: Request, qs: QuerySet[Any], paden: dict[str, str]) -> QuerySet[Any]:
    """`qs` filtered on the list parameters in `paden` (a parameter and the field it
    filters, e.g. {"provincie": "provincie__code"}), each validated as the other lists'
    (a 400 on anything odd)."""
    q = request.query_params
    f = FilterSerializer(data={k: q[k] for k in paden if k in q})
    f.is_valid(raise_exception=True)
    return qs.filter(**{paden[k]: v for k, v in f.validated_data.items()})
