"""Which rows each role may read through the API (the rules are services.toegang's)."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q

from regietafel.cycli.models import ProvincieCyclus
from regietafel.gebruikers.models import Rol
from regietafel.services.toegang import Toegang


def leesbare_provincies(t: Toegang, pad: str = "code") -> Q:
    """A filter on a province code field (`pad`) for the provinces `t` may read."""
    if t.alles or t.rol is Rol.MINISTERIE:
        return Q()
    if t.rol is Rol.PROVINCIE:
        return Q(**{pad: t.provincie})
    if t.rol is Rol.GEMEENTE:
        return Q(**{pad: t.gemeente_provincie})
    gepubliceerd = ProvincieCyclus.objects.filter(gepubliceerd=True).values("provincie__code")
    return Q(**{f"{pad}__in": gepubliceerd})


def leesbare_cijfers(t: Toegang) -> Q:
    """A filter on targets and offers (with `gemeente` and `cyclus`) that `t` may read: the
    public only reads published provinces in published cycles."""
    if t.rol is not None or t.alles:
        return leesbare_provincies(t, "gemeente__provincie__code")
    return Q(
        Exists(
            ProvincieCyclus.objects.filter(
                provincie=OuterRef("gemeente__provincie"),
                cyclus=OuterRef("cyclus"),
                gepubliceerd=True,
            )
        )
    )
