"""Every API response gets the `API-Version` header; errors that Django itself answers under
/api/ (an unknown path, an unhandled exception) become `application/problem+json` too."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from http import HTTPStatus

from django.http import HttpRequest, HttpResponse

API_PREFIX = "/api/"
API_VERSIE = "1.0.0"
PROBLEEM = "application/problem+json"

log = logging.getLogger(__name__)
TITELS = {
    400: "Ongeldige invoer",
    401: "Niet ingelogd",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    406: "Niet aanvaardbaar",
    409: "Conflict",
    415: "Mediatype niet ondersteund",
    429: "Te veel verzoeken",
    500: "Serverfout",
}


def probleem_response(status: int, detail: str, title: str | None = None) -> HttpResponse:
    """A problem+json response (RFC 9457) with status, title and detail."""
    body = {
        "type": "about:blank",
        "title": title or TITELS.get(status, HTTPStatus(status).phrase),
        "status": status,
        "detail": detail,
    }
    return HttpResponse(json.dumps(body, ensure_ascii=False), status=status, content_type=PROBLEEM)


STANDAARD_DETAIL = {
    404: "Deze bron bestaat niet.",
    405: "Deze methode is hier niet toegestaan.",
    500: "Er ging iets mis op de server.",
}


class ApiMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX):
            return response
        soort = response.get("Content-Type", "")
        if response.status_code >= 400 and not soort.startswith(PROBLEEM):
            detail = STANDAARD_DETAIL.get(
                response.status_code, HTTPStatus(response.status_code).phrase
            )
            response = probleem_response(response.status_code, detail)
        response["API-Version"] = API_VERSIE
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not request.path.startswith(API_PREFIX):
            return None
        log.exception("Onverwachte fout in de API", exc_info=exception)
        return probleem_response(500, STANDAARD_DETAIL[500])
