"""The puzzle page: thin, it asks the services for every figure."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from regietafel.services.pijplijn import aanbod_per_fase
from regietafel.services.puzzel import GROEPEN, SORTERINGEN, puzzel, puzzel_weergave
from regietafel.services.toegang import leest_intern, toegang
from regietafel.services.uitruil import puzzel_saldi
from regietafel.web import bronnen as bronnen_web
from regietafel.web.keuze import kies
from regietafel.web.publicatie import publicatie_context


def puzzel_pagina(request: HttpRequest) -> HttpResponse:
    """The puzzle of the chosen province and cycle, with totals and shortages marked."""
    keuze = kies(request, "regietafel/puzzel.html")
    if isinstance(keuze, HttpResponse):
        return keuze
    provincie, cyclus, context = keuze.provincie, keuze.cyclus, keuze.context
    categorie = request.GET.get("categorie", "")
    categorie = categorie if categorie in GROEPEN else ""
    sorteer = request.GET.get("sorteer", "naam")
    sorteer = sorteer if sorteer in SORTERINGEN else "naam"
    p = puzzel(provincie, cyclus)
    jaar = _jaar(request.GET.get("jaar", ""), p.jaren)
    context.update(
        puzzel=puzzel_weergave(p, categorie, jaar, sorteer),
        categorie=categorie,
        jaar=jaar,
        sorteer=sorteer,
        groepen=GROEPEN.items(),
        sorteringen=SORTERINGEN.items(),
    )
    # The municipality pages, exchanges and phases are for the province's own users only.
    intern = leest_intern(toegang(request.user), provincie)
    context["met_links"] = intern
    context["publicatie"] = publicatie_context(request, provincie, cyclus)
    context["bronnen"] = bronnen_web.puzzel_context(request, provincie, cyclus, context["puzzel"])
    # Exchanges are agreements between municipalities, not yet published figures.
    if intern:
        context["uitruil"] = puzzel_saldi(provincie, cyclus, categorie, jaar)
        # The phases are of the locations, which only logged-in roles see.
        context["toon_fasen"] = request.GET.get("fasen") == "1"
        if context["toon_fasen"]:
            context["fasen"] = aanbod_per_fase(provincie, cyclus)
    return render(request, "regietafel/puzzel.html", context)


def _jaar(tekst: str, jaren: tuple[int, ...]) -> int | None:
    """The chosen year if it is one of the cycle's; otherwise all years (None)."""
    return int(tekst) if tekst.isdigit() and int(tekst) in jaren else None
