"""The rules engine's read pages: the SPUK bonus overview and Bijlage 1. Thin: the figures
come from services.regels, the province-and-cycle choice from web.keuze."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from regietafel.services.openbaarheid import openbaar_vanaf
from regietafel.services.regels import bijlage1, bonus
from regietafel.services.toegang import toegang
from regietafel.web.keuze import kies
from regietafel.web.publicatie import publicatie_context


def bonus_pagina(request: HttpRequest) -> HttpResponse:
    """SPUK 1, 2 and 3 per municipality, the choice between 1 and 3 and why."""
    keuze = kies(request, "regietafel/bonus.html")
    if isinstance(keuze, HttpResponse):
        return keuze
    u = bonus(keuze.provincie, keuze.cyclus)
    # The comparison of both options sits beside what is paid, per municipality.
    rijen = list(zip(u.gemeenten, u.vergelijking, strict=True))
    publicatie = publicatie_context(request, keuze.provincie, keuze.cyclus)
    context = {**keuze.context, "spuk": u, "rijen": rijen, "publicatie": publicatie}
    return render(request, "regietafel/bonus.html", context)


def bijlage1_pagina(request: HttpRequest) -> HttpResponse:
    """The six figures of Bijlage 1 and the location list, in the ministry's format."""
    keuze = kies(request, "regietafel/bijlage1.html")
    if isinstance(keuze, HttpResponse):
        return keuze
    b = bijlage1(keuze.provincie, keuze.cyclus, toegang(request.user))
    publicatie = publicatie_context(request, keuze.provincie, keuze.cyclus)
    context = {
        **keuze.context,
        "bijlage": b,
        "publicatie": publicatie,
        "openbaar_vanaf": openbaar_vanaf(keuze.provincie, keuze.cyclus).label,
    }
    return render(request, "regietafel/bijlage1.html", context)
