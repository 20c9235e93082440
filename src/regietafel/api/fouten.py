"""API errors as `application/problem+json` (NL API Design Rules, RFC 9457)."""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import Any

from django.apps import apps
from django.utils.translation import gettext
from rest_framework import exceptions, status
from rest_framework.exceptions import ErrorDetail
from rest_framework.response import Response
from rest_framework.views import exception_handler

from regietafel.api.middleware import PROBLEEM, TITELS
from regietafel.domain.fouten import RegietafelFout, Soort
from regietafel.services.wijzigingen import Conflict


class VersieConflict(exceptions.APIException):
    """A 409: someone changed the record since `versie`. The body carries `huidig`, the
    resource as its GET shows it now (the serializer's output, never the model's columns),
    and who changed it when (`gewijzigdDoor`, `gewijzigdOp`)."""

    status_code = status.HTTP_409_CONFLICT
    default_detail = "Dit gegeven is intussen gewijzigd."
    default_code = "conflict"

    def __init__(self, conflict: Conflict, huidig: dict[str, Any]) -> None:
        super().__init__(str(conflict))
        self.huidig = huidig
        self.door = conflict.door
        self.wanneer = conflict.wanneer


def _ongeldige_parameters(detail: Any, pad: str = "") -> list[dict[str, str]]:
    """DRF's nested validation errors as a flat list of {name, code, reason}."""
    uit: list[dict[str, str]] = []
    if isinstance(detail, dict):
        for naam, sub in detail.items():
            sleutel = naam if naam != "non_field_errors" else ""
            uit += _ongeldige_parameters(
                sub, f"{pad}.{sleutel}" if pad and sleutel else sleutel or pad
            )
    elif isinstance(detail, list):
        for sub in detail:
            uit += _ongeldige_parameters(sub, pad)
    else:
        uit.append(
            {
                "name": pad or "body",
                "code": getattr(detail, "code", "invalid"),
                "reason": str(detail),
            }
        )
    return uit


# Django's get_object_or_404 says "No Aanbod matches the given query." in English.
_NIET_GEVONDEN = re.compile(r"^No (\w+) matches the given query\.$")


def _dutch_name(klasse: str) -> str:
    """The Dutch name (verbose_name) of the model class `klasse`, as the UI calls it."""
    for model in apps.get_models():
        if model.__name__ == klasse:
            return str(model._meta.verbose_name)
    return klasse.lower()


def _nederlands(detail: str) -> str:
    """The detail in Dutch where it is one of Django's own English messages."""
    if m := _NIET_GEVONDEN.match(detail):
        return gettext("Niet gevonden: er is geen %(naam)s met dit kenmerk.") % {
            "naam": _dutch_name(m.group(1))
        }
    return detail


def api_fout(fout: RegietafelFout) -> exceptions.APIException:
    """The DRF exception for `fout`: the status of its kind and its Dutch message. Bad input
    names its field in invalidParams (the field as the domain calls it, or "body") with the
    error's code."""
    if fout.soort is Soort.ONGELDIG:
        veld = fout.veld or "non_field_errors"
        return exceptions.ValidationError({veld: [ErrorDetail(str(fout), fout.code)]})
    uit = exceptions.APIException(str(fout), code=fout.code)
    uit.status_code = fout.soort.status
    return uit


def probleem_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, RegietafelFout):  # one a view did not turn into an answer itself
        exc = api_fout(exc)
    response = exception_handler(exc, context)
    if response is None:
        return None
    code = response.status_code
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": TITELS.get(code, HTTPStatus(code).phrase),
        "status": code,
    }
    if isinstance(exc, exceptions.ValidationError):
        body["detail"] = "De invoer is niet geldig; zie invalidParams."
        body["invalidParams"] = _ongeldige_parameters(exc.detail)
    else:
        detail = response.data.get("detail") if isinstance(response.data, dict) else None
        body["detail"] = _nederlands(str(detail or body["title"]))
    if isinstance(exc, VersieConflict):
        body["huidig"] = exc.huidig
        body["gewijzigdDoor"] = exc.door
        body["gewijzigdOp"] = exc.wanneer.isoformat() if exc.wanneer else None
    response.data = body
    response.content_type = PROBLEEM
    return response
