"""Request middleware of the web app."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext

from regietafel.api.middleware import onder_api, probleem_response
from regietafel.importen.services import MAX_BYTES
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
                return probleem_response(401, gettext("Log in of stuur een token mee."))
            return redirect_to_login(request.get_full_path())
        if lengte > GROOTSTE_VERZOEK:
            mb = GROOTSTE_VERZOEK // (1024 * 1024)
            if onder_api(request):
                detail = gettext(
                    "Het verzoek is te groot: Regietafel neemt ten hoogste %(mb)s MB aan."
                ) % {"mb": mb}
                return probleem_response(413, detail)
            uitleg = gettext(
                "Regietafel neemt ten hoogste %(mb)s MB per keer aan, en een bestand mag ten "
                "hoogste %(max_mb)s MB zijn (foutcode 413). Er is niets opgeslagen. Kies "
                "een kleiner bestand of splits het op."
            ) % {"mb": mb, "max_mb": MAX_BYTES // (1024 * 1024)}
            context = {"kop": gettext("Het bestand is te groot"), "uitleg": uitleg}
            return render(request, "413.html", context, status=413)
        return self.get_response(request)


BEGIN, LAATST = "regietafel_begin", "regietafel_laatst"
BIJWERKEN = 60  # seconds: how often a request writes the time of the last one


class SessieVerloopt:
    """A login ends SESSION_COOKIE_AGE after it began (8 hours) or REGIETAFEL_SESSIE_INACTIEF
    after the last request (30 minutes); the next request is then the public's, and a page
    that needs a login sends it to the login page with a word why.

    Not SESSION_SAVE_EVERY_REQUEST: that writes the session on every request, and on SQLite
    each write waits for a running import. The time of the last request is written at most
    once a minute, so the idle timeout is exact to a minute."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            nu = time.time()
            sessie = request.session
            begin, laatst = sessie.get(BEGIN, nu), sessie.get(LAATST, nu)
            if nu - begin > settings.SESSION_COOKIE_AGE:
                uren = f"{settings.SESSION_COOKIE_AGE / 3600:g}".replace(".", ",")
                self._uitloggen(request, f"U bent na {uren} uur automatisch uitgelogd.")
            elif nu - laatst > settings.REGIETAFEL_SESSIE_INACTIEF:
                minuten = round(settings.REGIETAFEL_SESSIE_INACTIEF / 60)
                self._uitloggen(
                    request, f"U bent na {minuten} minuten zonder activiteit automatisch uitgelogd."
                )
            else:
                if BEGIN not in sessie:
                    sessie[BEGIN] = nu
                if nu - laatst >= BIJWERKEN or LAATST not in sessie:
                    sessie[LAATST] = nu
        return self.get_response(request)

    @staticmethod
    def _uitloggen(request: HttpRequest, reden: str) -> None:
        logout(request)
        messages.info(request, gettext("%(reden)s Log opnieuw in.") % {"reden": reden})


class EenStandPerVerzoek:
    """One data version per request: the pages that reuse several computations read the
    stand once (services.stand), and again only after a change in the same request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with een_stand_per_verzoek():
            return self.get_response(request)
