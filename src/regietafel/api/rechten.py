"""Who may use an endpoint for logged-in roles. Which rows each role reads is
services.leesrechten's; the API's lists come from services."""

from __future__ import annotations

from rest_framework import exceptions
from rest_framework.request import Request

from regietafel.services.toegang import Toegang, heeft_rol, toegang


def met_rol(request: Request) -> Toegang:
    """The role of the user of an endpoint for logged-in roles: 401 for the public, 403 for a
    logged-in user without a role (who reads what the public reads, and no more)."""
    if not request.user.is_authenticated:
        raise exceptions.NotAuthenticated("Log in of geef een token mee.")
    t = toegang(request.user)
    if not heeft_rol(t):
        raise exceptions.PermissionDenied(
            "Uw account heeft geen rol in Regietafel; u leest alleen wat openbaar is."
        )
    return t
