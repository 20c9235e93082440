"""Every API response gets the `API-Version` header and `Cache-Control: no-store` (the
OpenAPI document may be cached); errors that Django itself answers under
/api/ (an unknown path, a bad Host header, a body over DATA_UPLOAD_MAX_MEMORY_SIZE, an
unhandled exception) become `application/problem+json` too, and so does `/api` itself.

The middleware sits near the top of MIDDLEWARE so that it also sees the answers of the
middleware after it (CommonMiddleware refuses a Host header that is not allowed)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from http import HTTPStatus

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import HttpRequest, HttpResponse

API_PREFIX = "/api/"
API_VERSIE = "1.0.0"
OPENAPI_PAD = "/api/v1/openapi.json"
# The answers carry data per reader (and tokens): no cache keeps them. The OpenAPI document
# is the same for everyone and may be kept for a while.
NIET_BEWAREN = "no-store"
OPENAPI_BEWAREN = "public, max-age=3600"
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
    413: "Verzoek te groot",
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
    400: "Het verzoek is ongeldig, bijvoorbeeld door een Host-header die niet is toegestaan.",
    404: "Deze bron bestaat niet.",
    405: "Deze methode is hier niet toegestaan.",
    500: "Er ging iets mis op de server.",
}


def onder_api(request: HttpRequest) -> bool:
    """Whether the request is for the API: /api/... or /api itself."""
    return request.path == API_PREFIX.rstrip("/") or request.path.startswith(API_PREFIX)


def te_groot_detail() -> str:
    """The Dutch reason for a 413, with the limit in MB as the Dutch write it (2,5 MB)."""
    mb = f"{settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1024 / 1024:.1f}".replace(".", ",")
    return f"Het verzoek is te groot: de API neemt ten hoogste {mb.removesuffix(',0')} MB aan."


class ApiMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not onder_api(request):
            return response
        soort = response.get("Content-Type", "")
        if response.status_code >= 400 and not soort.startswith(PROBLEEM):
            detail = STANDAARD_DETAIL.get(
                response.status_code, HTTPStatus(response.status_code).phrase
            )
            response = probleem_response(response.status_code, detail)
        response["API-Version"] = API_VERSIE
        response["Cache-Control"] = OPENAPI_BEWAREN if request.path == OPENAPI_PAD else NIET_BEWAREN
        # an answer made here passed no XFrameOptionsMiddleware (the CSP says the same)
        response.setdefault("X-Frame-Options", "DENY")
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not onder_api(request):
            return None
        if isinstance(exception, RequestDataTooBig):
            return probleem_response(413, te_groot_detail())
        if isinstance(exception, SuspiciousOperation):
            # Django answers these with a 400 itself; so does the API, with a reason.
            log.warning("Verdacht verzoek aan de API: %s", exception)
            return probleem_response(400, STANDAARD_DETAIL[400])
        log.exception("Onverwachte fout in de API", exc_info=exception)
        return probleem_response(500, STANDAARD_DETAIL[500])
