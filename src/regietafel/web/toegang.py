"""Access checks for views, on top of the rules in services.toegang."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext

from regietafel.services.opslag import rij_van_gemeente
from regietafel.services.toegang import GeenToegang, Toegang, mag_bewerken, mag_lezen, toegang


def weiger(request: HttpRequest) -> HttpResponse:
    """Send the public to the login page; tell a logged-in user it is not allowed (403)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied(gettext("U heeft geen toegang tot deze pagina."))


def ingelogd(request: HttpRequest) -> Toegang | None:
    """The role of a logged-in user, or None for the public."""
    if not request.user.is_authenticated:
        return None
    return toegang(request.user)


def vereis_ingelogd(request: HttpRequest) -> Toegang:
    """The role of a logged-in user; GeenToegang for the public (web.pagina sends it to the
    login page)."""
    t = ingelogd(request)
    if t is None:
        raise GeenToegang
    return t


def vereis_bewerker(request: HttpRequest, provincie: str, gemeente: str | None = None) -> Toegang:
    """The role of a logged-in user who may change the data of `provincie` (with `gemeente`,
    a CBS code: of that municipality); GeenToegang for anyone else."""
    t = vereis_ingelogd(request)
    if not mag_bewerken(t, provincie, gemeente):
        raise GeenToegang
    return t


def vereis_lezer(request: HttpRequest, provincie: str) -> Toegang:
    """The role of a logged-in user who reads the unpublished data of `provincie`;
    GeenToegang for anyone else."""
    t = vereis_ingelogd(request)
    if not mag_lezen(t, provincie, gepubliceerd=False):
        raise GeenToegang
    return t


def eigen_rij[M: Model](request: HttpRequest, model: type[M], pk: int) -> tuple[Toegang | None, M]:
    """Row `pk` of `model`, a row of one municipality (a location, a GOO location;
    RijNietGevonden when there is none), with the user's role when they may change that
    municipality's rows: the province and the municipality itself. None for anyone else."""
    return eigen(request, rij_van_gemeente(model, pk))


def eigen[R](request: HttpRequest, obj: R) -> tuple[Toegang | None, R]:
    """`obj`, a row of one municipality, with the user's role when they may change that
    municipality's rows (as eigen_rij); None for anyone else."""
    t = ingelogd(request)
    g = obj.gemeente  # type: ignore[attr-defined]
    if t is None or not mag_bewerken(t, g.provincie.code, g.cbs_code):
        return None, obj
    return t, obj


def csrf_mislukt(request: HttpRequest, reason: str = "") -> HttpResponse:
    """Django's CSRF_FAILURE_VIEW: a refused form in the site's layout, with the menu and a
    way back, in Dutch (Django's own page has neither); `reason` is for the log, not the
    reader."""
    return render(request, "403_csrf.html", status=403)
