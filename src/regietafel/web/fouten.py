"""The one place where the web app turns an error that a view did not handle into a page.

A `RegietafelFout` that leaves a view becomes the Dutch error page of its kind (400, 403,
404, 409, ...) with the error's own message, the same message the API and the CLI give.
Errors of the server's kind (500) and every other exception are left to Django."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from regietafel.api.middleware import onder_api
from regietafel.domain.fouten import RegietafelFout, Soort

# The heading of the page, by the kind of error.
KOPPEN = {
    Soort.ONGELDIG: _("Ongeldig verzoek"),
    Soort.NIET_AANGEMELD: _("Niet ingelogd"),
    Soort.GEEN_TOEGANG: _("Geen toegang"),
    Soort.NIET_GEVONDEN: _("Niet gevonden"),
    Soort.CONFLICT: _("Dit kan niet (meer)"),
    Soort.NIET_UITVOERBAAR: _("Dit kan niet worden uitgevoerd"),
    Soort.TE_VEEL_POGINGEN: _("Te veel pogingen"),
}


def foutpagina(request: HttpRequest, fout: RegietafelFout) -> HttpResponse:
    """The Dutch error page for `fout`, with the HTTP status of its kind."""
    context = {"kop": KOPPEN[fout.soort], "uitleg": str(fout)}
    return render(request, "fout.html", context, status=fout.soort.status)


class FoutPagina:
    """Middleware: an unhandled RegietafelFout of a page becomes `foutpagina`. The API
    answers its own errors as problem+json (api.fouten), so a request under /api/ is left
    alone."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, fout: Exception) -> HttpResponse | None:
        if not isinstance(fout, RegietafelFout) or fout.soort not in KOPPEN:
            return None
        if onder_api(request):
            return None
        return foutpagina(request, fout)
