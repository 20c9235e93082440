"""Request middleware of the web app."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from regietafel.services.stand import een_stand_per_verzoek


class EenStandPerVerzoek:
    """One data version per request: the pages that reuse several computations read the
    stand once (services.stand), and again only after a change in the same request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with een_stand_per_verzoek():
            return self.get_response(request)
