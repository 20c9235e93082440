"""`gewijzigdSinds`: only what changed since a moment, so a client can keep in sync without
reading everything (issue 19). An ISO 8601 date-time with a time zone (a date alone is
midnight UTC); anything else is a 400 that names the parameter.

For a list of inputs with an audit trail (django-simple-history: offers, targets,
locations, answers, ...) a row counts as changed when its history has an entry at or after
the moment: a change, or its creation. `GewijzigdSindsFilter` is a DRF filter backend
(settings.REST_FRAMEWORK), so every list of such a model has the filter, documented."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from django.db.models import Model, QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions
from rest_framework.filters import BaseFilterBackend
from rest_framework.request import Request

NAAM = "gewijzigdSinds"
UITLEG = (
    "Alleen wat op of na dit moment is gewijzigd of toegevoegd, volgens de historie "
    "(ISO 8601 met tijdzone, bijvoorbeeld 2026-03-01T00:00:00+01:00; een datum alleen is "
    "middernacht UTC)."
)
GEWIJZIGD_SINDS = OpenApiParameter(
    NAAM, OpenApiTypes.DATETIME, OpenApiParameter.QUERY, description=UITLEG
)


def gewijzigd_sinds(request: Request) -> datetime | None:
    """The moment of `?gewijzigdSinds=`, None when absent; a 400 when it is not one."""
    tekst = request.query_params.get(NAAM)
    if tekst is None:
        return None
    try:
        moment = datetime.fromisoformat(tekst.strip()) if tekst.isascii() else None
        # In UTC, as the database compares it: a moment at the edge of the calendar
        # (0001-01-01T00:00+05:00) has no UTC time, so it is no moment either.
        moment = moment if moment is None or moment.tzinfo else moment.replace(tzinfo=UTC)
        moment = None if moment is None else moment.astimezone(UTC)
    except (ValueError, OverflowError):
        moment = None
    if moment is None or not tekst.strip():
        raise exceptions.ValidationError(
            {NAAM: ["Geef een datum en tijd in ISO 8601, bijvoorbeeld 2026-03-01T00:00:00Z."]}
        )
    return moment


def met_historie(model: type[Model]) -> bool:
    return hasattr(model, "history")


def sinds(qs: QuerySet[Any], moment: datetime) -> QuerySet[Any]:
    """The rows of `qs` with a history entry at or after `moment`."""
    return qs.filter(pk__in=qs.model.history.filter(history_date__gte=moment).values("id"))


class GewijzigdSindsFilter(BaseFilterBackend):
    """`?gewijzigdSinds=` on every list of a model with an audit trail."""

    def filter_queryset(self, request: Request, queryset: Any, view: Any) -> Any:
        if not isinstance(queryset, QuerySet) or not met_historie(queryset.model):
            return queryset
        if view.kwargs:  # a single resource (/aanbod/{id}) is found whatever it changed
            return queryset
        moment = gewijzigd_sinds(request)
        return queryset if moment is None else sinds(queryset, moment)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        model = getattr(getattr(view, "get_serializer_class", lambda: None)(), "Meta", None)
        if model is None or not met_historie(getattr(model, "model", object)):
            return []
        return [
            {
                "name": NAAM,
                "required": False,
                "in": "query",
                "description": UITLEG,
                "schema": {"type": "string", "format": "date-time"},
            }
        ]
