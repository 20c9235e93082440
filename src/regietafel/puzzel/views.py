"""The puzzle page: thin, it asks the services for every figure."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from regietafel.bronnen.services import puzzelbronnen
from regietafel.bronnen.views import puzzel_ouder_dan
from regietafel.publicaties.openbaarheid import verborgen_locaties
from regietafel.publicaties.views import publicatie_context
from regietafel.puzzel.pijplijn import aanbod_per_fase
from regietafel.puzzel.services import GROEPEN, SORTERINGEN, puzzel, puzzel_weergave
from regietafel.services import klok
from regietafel.services.toegang import leest_intern, toegang
from regietafel.uitruil.services import puzzel_saldi
from regietafel.web.hergebruik import deel
from regietafel.web.keuze import Keuze
from regietafel.web.pagina import Lezers, pagina


@pagina("regietafel/puzzel.html", Lezers.OPENBAAR)
def puzzel_pagina(request: HttpRequest, keuze: Keuze) -> HttpResponse:
    """The puzzle of the chosen province and cycle, with totals and shortages marked."""
    provincie, cyclus, context = keuze.provincie, keuze.cyclus, keuze.context
    categorie = request.GET.get("categorie", "")
    categorie = categorie if categorie in GROEPEN else ""
    sorteer = request.GET.get("sorteer", "naam")
    sorteer = sorteer if sorteer in SORTERINGEN else "naam"
    jaar_tekst = request.GET.get("jaar", "")
    gevraagd_jaar = int(jaar_tekst) if jaar_tekst.isdigit() else None
    ouder_dan = puzzel_ouder_dan(request)
    # The province's own users see who entered a figure and the links to the municipality
    # pages; the sources of a location's phases only those who read its details
    # (services.openbaarheid). Both are in the part's key: a page part rendered for one
    # reader is shown only to readers who see the same.
    t = toegang(request.user)
    intern = leest_intern(t, provincie)
    verborgen = tuple(sorted(verborgen_locaties(t, provincie, cyclus)))
    keuzes = (provincie, cyclus, categorie, gevraagd_jaar, sorteer, ouder_dan, intern, verborgen)
    tabel = deel(
        "regietafel/_puzzel.html",
        (*keuzes, klok.vandaag(), keuze.query),
        lambda: _tabel(*keuzes, keuze.query),
    )
    jaar = tabel.kop["jaar"]
    context.update(
        inhoud=tabel.inhoud,
        kop=tabel.kop,
        categorie=categorie,
        jaar=jaar,
        sorteer=sorteer,
        groepen=GROEPEN.items(),
        sorteringen=SORTERINGEN.items(),
    )
    # The municipality pages, exchanges and phases are for the province's own users only.
    context["met_links"] = intern
    context["publicatie"] = publicatie_context(request, provincie, cyclus)
    # Exchanges are agreements between municipalities, not yet published figures.
    if intern:
        context["uitruil"] = puzzel_saldi(provincie, cyclus, categorie, jaar)
        # The phases are of the locations, which only logged-in roles see.
        context["toon_fasen"] = request.GET.get("fasen") == "1"
        if context["toon_fasen"]:
            context["fasen"] = aanbod_per_fase(provincie, cyclus)
    return render(request, "regietafel/puzzel.html", context)


def _tabel(
    provincie: str,
    cyclus: str,
    categorie: str,
    gevraagd_jaar: int | None,
    sorteer: str,
    ouder_dan: int | None,
    intern: bool,
    verborgen: tuple[int, ...],
    query: str,
) -> dict[str, Any]:
    """The puzzle table's context, with the sources of its figures."""
    p = puzzel(provincie, cyclus)
    jaar = gevraagd_jaar if gevraagd_jaar in p.jaren else None
    weergave = puzzel_weergave(p, categorie, jaar, sorteer)
    kolommen = [c["veld"] for c in weergave["totaal"]["cellen"]]
    return {
        "puzzel": weergave,
        "bronnen": puzzelbronnen(
            provincie,
            cyclus,
            kolommen,
            ouder_dan,
            met_personen=intern,
            verborgen=frozenset(verborgen),
        ),
        "met_links": intern,
        "provincie": provincie,
        "cyclus": cyclus,
        "query": query,
        "kop": {"jaren": p.jaren, "jaar": jaar, "signaleringen": p.signaleringen},
    }
