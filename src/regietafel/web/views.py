"""The puzzle page: thin, it asks the services for every figure."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from regietafel.services.keuzes import beschikbare_cycli
from regietafel.services.puzzel import GROEPEN, SORTERINGEN, puzzel, puzzel_weergave
from regietafel.services.toegang import mag_lezen, toegang
from regietafel.web.toegang import weiger


def puzzel_pagina(request: HttpRequest) -> HttpResponse:
    """The puzzle of the chosen province and cycle, with totals and shortages marked."""
    t = toegang(request.user)
    alle = beschikbare_cycli()
    keuzes = [k for k in alle if mag_lezen(t, k.provincie_code, k.gepubliceerd)]
    provincie = request.GET.get("provincie", settings.REGIETAFEL_DEFAULT_PROVINCIE)
    cyclus = request.GET.get("cyclus", settings.REGIETAFEL_DEFAULT_CYCLUS)
    context = {"keuzes": keuzes, "provincie": provincie, "cyclus": cyclus}
    gekozen = next(
        (k for k in alle if (k.provincie_code, k.cyclus) == (provincie, cyclus)),
        None,
    )
    if gekozen is None:
        context["fout"] = f"Geen gegevens voor provincie '{provincie}' in cyclus '{cyclus}'."
        return render(request, "regietafel/puzzel.html", context, status=404)
    if not mag_lezen(t, provincie, gekozen.gepubliceerd):
        return weiger(request)
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
    context["met_links"] = request.user.is_authenticated
    return render(request, "regietafel/puzzel.html", context)


def _jaar(tekst: str, jaren: tuple[int, ...]) -> int | None:
    """The chosen year if it is one of the cycle's; otherwise all years (None)."""
    return int(tekst) if tekst.isdigit() and int(tekst) in jaren else None
