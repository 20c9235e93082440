"""The rules engine's read pages: the SPUK bonus overview and Bijlage 1. Thin: the figures
come from services.regels, the province-and-cycle choice from web.keuze."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from regietafel.publicaties.openbaarheid import openbaar_vanaf
from regietafel.publicaties.views import publicatie_context
from regietafel.puzzel.regels import bijlage1, bonus
from regietafel.services.toegang import inzage_locatiedetails, toegang
from regietafel.web.hergebruik import deel
from regietafel.web.keuze import Keuze
from regietafel.web.pagina import Lezers, pagina


@pagina("regietafel/bonus.html", Lezers.OPENBAAR)
def bonus_pagina(request: HttpRequest, keuze: Keuze) -> HttpResponse:
    """SPUK 1, 2 and 3 per municipality, the choice between 1 and 3 and why."""
    return _pagina(request, keuze, "bonus", _bonus_context)


def _bonus_context(provincie: str, cyclus: str) -> dict[str, Any]:
    u = bonus(provincie, cyclus)
    # The comparison of both options sits beside what is paid, per municipality.
    return {"spuk": u, "rijen": list(zip(u.gemeenten, u.vergelijking, strict=True))}


@pagina("regietafel/bijlage1.html", Lezers.OPENBAAR)
def bijlage1_pagina(request: HttpRequest, keuze: Keuze) -> HttpResponse:
    """The six figures of Bijlage 1 and the location list, in the ministry's format."""
    # The location list shows the details as this reader may read them (services.openbaarheid),
    # so the part is kept per what of them the reader sees.
    lezer = toegang(request.user)
    return _pagina(
        request,
        keuze,
        "bijlage1",
        lambda p, c: {
            "bijlage": bijlage1(p, c, lezer),
            "openbaar_vanaf": openbaar_vanaf(p, c).label,
        },
        (inzage_locatiedetails(lezer, keuze.provincie),),
    )


def _pagina(
    request: HttpRequest,
    keuze: Keuze,
    naam: str,
    figuren: Callable[[str, str], dict[str, Any]],
    sleutel: tuple[Any, ...] = (),
) -> HttpResponse:
    """The page `naam`: its figures rendered once per data version and `sleutel` (what else
    they depend on, such as what the reader may see) (web.hergebruik), the publication
    notice (which differs for logged-in users) around them."""
    provincie, cyclus = keuze.provincie, keuze.cyclus
    inhoud = deel(
        f"regietafel/_{naam}.html",
        (provincie, cyclus, *sleutel),
        lambda: {"provincie": provincie, "cyclus": cyclus, **figuren(provincie, cyclus)},
    ).inhoud
    publicatie = publicatie_context(request, provincie, cyclus)
    context = {**keuze.context, "inhoud": inhoud, "publicatie": publicatie}
    return render(request, f"regietafel/{naam}.html", context)
