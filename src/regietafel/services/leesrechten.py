"""Which stored rows each role reads, as filters on the rows (the rules are
services.toegang's), and the roles that may do a thing through the API.

Two kinds of rows: what a province publishes (provinces, municipalities, targets and offers
of a published cycle), which everyone reads, and what it keeps for its own users (locations,
exchanges, re-estimates, imports), which only its staff, its municipalities and the ministry
read. A logged-in user without a role, and staff of another province, read the first kind
as the public does and none of the second.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q

from regietafel.cycli.models import ProvincieCyclus
from regietafel.gebruikers.models import Rol
from regietafel.services.toegang import Toegang

NIETS = Q(pk__in=[])


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


def is_provincie(t: Toegang) -> bool:
    """Provincial staff (or the administrator): who saves scenarios."""
    return t.alles or t.rol is Rol.PROVINCIE


def is_provincie_of_gemeente(t: Toegang) -> bool:
    """Provincial or municipal staff (or the administrator): who adds locations."""
    return t.alles or t.rol in (Rol.PROVINCIE, Rol.GEMEENTE)


def is_provincie_of_ministerie(t: Toegang) -> bool:
    """Provincial staff or the ministry (or the administrator): who sees the imports and
    orders reports."""
    return t.alles or t.rol in (Rol.PROVINCIE, Rol.MINISTERIE)
