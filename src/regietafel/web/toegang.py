"""Access checks for views, on top of the rules in services.toegang."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from regietafel.services.toegang import Toegang, toegang


def weiger(request: HttpRequest) -> HttpResponse:
    """Send the public to the login page; tell a logged-in user it is not allowed (403)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied("U heeft geen toegang tot deze pagina.")


def ingelogd(request: HttpRequest) -> Toegang | None:
    """The role of a logged-in user, or None for the public."""
    if not request.user.is_authenticated:
        return None
    return toegang(request.user)
