"""The one request pipeline of the web pages. A view declares, with `@pagina`, its template
and who may read it; the pipeline then chooses the province and cycle once (web.keuze: the
query string, or the user's own province in its current cycle), checks access, and hands
the view the choice. What goes wrong on the way, or in the view, is a typed error that it
maps to a Dutch page in one place:

- `NietGevonden` (an unknown province or cycle): 404, in the page's template with the
  message as `fout` (the menu to choose another stays), or the site's 404 page; the site's
  page always for `RijNietGevonden`, the row the address names;
- `GeenToegang` (access): the public goes to the login page, a logged-in user gets 403;
- `OngeldigeKeuze` (a choice in the query string that cannot be read): 400, likewise.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import wraps
from typing import Any, Concatenate

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from regietafel.services.opslag import NietGevonden, RijNietGevonden
from regietafel.services.wijzigingen import GeenToegang
from regietafel.web.keuze import Keuze, kies, kies_bewerker, kies_intern
from regietafel.web.toegang import weiger


class Lezers(Enum):
    """Who may read a page with a choice of province and cycle."""

    OPENBAAR = "openbaar"  # everyone, a cycle that is published or that the user reads
    INGELOGD = "ingelogd"  # likewise, but only logged in, and not only because published
    INTERN = "intern"  # logged in and reading the province's unpublished data
    BEWERKERS = "bewerkers"  # logged in and changing the province's own data


class OngeldigeKeuze(ValueError):
    """A choice in the query string that cannot be read (two versions to compare, a date);
    the message is Dutch, `context` what the page shows around it."""

    def __init__(self, bericht: str, context: dict[str, Any] | None = None) -> None:
        super().__init__(bericht)
        self.context = context or {}


def _keuze(request: HttpRequest, lezers: Lezers) -> Keuze:
    if lezers is Lezers.INTERN:
        return kies_intern(request)
    if lezers is Lezers.BEWERKERS:
        return kies_bewerker(request)
    return kies(request, alleen_ingelogd=lezers is Lezers.INGELOGD)


def als_pagina(
    request: HttpRequest, template: str, fout: NietGevonden | GeenToegang | OngeldigeKeuze
) -> HttpResponse:
    """The Dutch page for the typed error `fout` (see the module)."""
    if isinstance(fout, GeenToegang):
        return weiger(request)
    status = 404 if isinstance(fout, NietGevonden) else 400
    if not template or isinstance(fout, RijNietGevonden):
        return render(request, f"{status}.html", status=status)
    context: dict[str, Any] = {**getattr(fout, "context", {}), "fout": str(fout)}
    return render(request, template, context, status=status)


type Paginaview = Callable[..., HttpResponse]


def pagina(
    template: str = "", lezers: Lezers | None = None
) -> Callable[[Callable[Concatenate[HttpRequest, ...], HttpResponse]], Paginaview]:
    """Decorate a view: with `lezers`, it is called as `view(request, keuze, ...)` with the
    checked choice; the typed errors become their pages (`template` for a 404 or 400 that
    keeps the page around it, otherwise the site's own)."""

    def decorator(view: Callable[..., HttpResponse]) -> Paginaview:
        @wraps(view)
        def verwerk(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            try:
                if lezers is None:
                    return view(request, *args, **kwargs)
                return view(request, _keuze(request, lezers), *args, **kwargs)
            except (NietGevonden, GeenToegang, OngeldigeKeuze) as fout:
                return als_pagina(request, template, fout)

        return verwerk

    return decorator
