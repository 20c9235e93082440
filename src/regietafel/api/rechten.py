"""Which rows each role may read through the API (the rules are services.toegang's).

Two kinds of rows: what a province publishes (provinces, municipalities, targets and offers
of a published cycle), which everyone reads, and what it keeps for its own users (locations,
exchanges, re-estimates, imports), which only its staff, its municipalities and the ministry
read. A logged-in user without a role, and staff of another province, read the first kind
as the public does and none of the second.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q
from rest_framework import exceptions
from rest_framework.request import Request

from regietafel.cycli.models import ProvincieCyclus
from regietafel.gebruikers.models import Rol
from regietafel.services.toegang import Toegang, heeft_rol, toegang

NIETS = Q(pk__in=[])


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


def intern_leesbare_provincies(t: Toegang, pad: str = "code") -> Q:
    """A filter on a province code field (`pad`) for the provinces whose unpublished rows `t`
    reads (services.toegang.leest_intern): the own province, every one for the ministry."""
    if t.alles or t.rol is Rol.MINISTERIE:
        return Q()
    if t.rol is Rol.PROVINCIE and t.provincie:
        return Q(**{pad: t.provincie})
    if t.rol is Rol.GEMEENTE and t.gemeente_provincie:
        return Q(**{pad: t.gemeente_provincie})
    return NIETS


def leesbare_provincies(t: Toegang, pad: str = "code") -> Q:
    """A filter on a province code field (`pad`) for the provinces `t` may read: those with a
    published cycle, and those it reads internally."""
    intern = intern_leesbare_provincies(t, pad)
    if not intern:  # every province (an empty Q would drop out of the OR)
        return intern
    gepubliceerd = ProvincieCyclus.objects.filter(gepubliceerd=True).values("provincie__code")
    return Q(**{f"{pad}__in": gepubliceerd}) | intern


def leesbare_cijfers(t: Toegang) -> Q:
    """A filter on targets and offers (with `gemeente` and `cyclus`) that `t` may read: every
    cycle of the provinces it reads internally, and elsewhere the published cycles only."""
    intern = intern_leesbare_provincies(t, "gemeente__provincie__code")
    if not intern:  # every province
        return intern
    gepubliceerd = Exists(
        ProvincieCyclus.objects.filter(
            provincie=OuterRef("gemeente__provincie"),
            cyclus=OuterRef("cyclus"),
            gepubliceerd=True,
        )
    )
    return Q(gepubliceerd) | intern
