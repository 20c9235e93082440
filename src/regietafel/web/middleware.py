"""Request middleware of the web app."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from regietafel.api.middleware import onder_api, probleem_response
from regietafel.services.importeren import MAX_BYTES
from regietafel.services.stand import een_stand_per_verzoek

# The largest body a request may have: the largest file (5 MB) with its form around it.
GROOTSTE_VERZOEK = MAX_BYTES + 1024 * 1024
# Without a login (or an API token) only the login form is posted.
GROOTSTE_ANONIEM = 64 * 1024


class BegrensdVerzoek:
    """Refuse a request body over the limit from its Content-Length, before any of it is
    read (issue 22). Django would otherwise receive a whole upload, to a temporary file,
    as soon as a view or the CSRF check reads the form, and gunicorn sets no limit.

    Without a login (and without an Authorization header for the API) the limit is 64 KB:
    a 200 MB upload is sent to the login page at once, as the view would. With one it is
    the largest upload, 5 MB and the form around it: 413. A body without a Content-Length
    (chunked) Django does not read at all. Sits after the authentication middleware."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            lengte = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            lengte = 0
        if lengte > GROOTSTE_ANONIEM and not (
            request.user.is_authenticated or "HTTP_AUTHORIZATION" in request.META
        ):
            if onder_api(request):
                return probleem_response(401, "Log in of stuur een token mee.")
            return redirect_to_login(request.get_full_path())
        if lengte > GROOTSTE_VERZOEK:
            mb = GROOTSTE_VERZOEK // (1024 * 1024)
            if onder_api(request):
                detail = f"Het verzoek is te groot: Regietafel neemt ten hoogste {mb} MB aan."
                return probleem_response(413, detail)
            uitleg = (
                f"Regietafel neemt ten hoogste {mb} MB per keer aan, en een bestand mag ten "
                f"hoogste {MAX_BYTES // (1024 * 1024)} MB zijn (foutcode 413). Er is niets "
                "opgeslagen. Kies een kleiner bestand of splits het op."
            )
            context = {"kop": "Het bestand is te groot", "uitleg": uitleg}
            return render(request, "413.html", context, status=413)
        return self.get_response(request)


class EenStandPerVerzoek:
    """One data version per request: the pages that reuse several computations read the
    stand once (services.stand), and again only after a change in the same request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with een_stand_per_verzoek():
            return self.get_response(request)
