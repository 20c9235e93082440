"""The national overview (`/landelijk/`): every province of a cycle side by side, each
figure a link to the province's own pages. Thin: the figures come from services.landelijk;
which provinces the reader sees is decided on every request, and the table is rendered once
per data version and what the reader sees (web.hergebruik, ADR 0015 and 0016)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from regietafel.landelijk.services import LandelijkOverzicht, landelijk_overzicht
from regietafel.services import klok
from regietafel.services.toegang import Toegang, leest_intern, toegang
from regietafel.verdeelbesluiten.services import toezicht_landelijk
from regietafel.web.hergebruik import deel
from regietafel.web.keuze import leesbaar
from regietafel.web.pagina import pagina

SJABLOON = "regietafel/landelijk.html"


@pagina(SJABLOON)
def landelijk_pagina(request: HttpRequest) -> HttpResponse:
    """Per province: task, offers, shortage or surplus, places in use, SPUK, route map and
    reserve emergency places; the national totals against the national need."""
    t = toegang(request.user)
    o = landelijk_overzicht(t, leesbaar(request.GET.get("cyclus", "")))
    context = {
        "overzicht": o,
        "cycli": o.cycli,
        "cyclus": o.cyclus,
        "inhoud": _tabel(t, o),
        "toezicht": _toezicht(t, o),
    }
    return render(request, SJABLOON, context)


def _toezicht(t: Toegang, o: LandelijkOverzicht) -> object:
    """The minister's decision per province (public) and the supervision evidence of the
    asylum task (for who reads the province internally): services.verdeelbesluiten, in a
    constant number of queries, rendered once per data version, day and reader."""
    codes = [p.code for p in o.provincies]
    intern = tuple(c for c in codes if leest_intern(t, c))

    def bereken() -> dict[str, object]:
        standen = toezicht_landelijk(o.cyclus)
        rijen = [(standen[c], c in intern) for c in codes if c in standen]
        return {"rijen": rijen}

    sleutel = (o.cyclus, klok.vandaag(), tuple(codes), intern)
    return deel("regietafel/_landelijk_toezicht.html", sleutel, bereken).inhoud


def _tabel(t: Toegang, o: LandelijkOverzicht) -> object:
    # What the part shows beyond the figures: which provinces, which of them with links to
    # the pages for logged-in users, and whose reserve places.
    getoond = tuple((p.code, leest_intern(t, p.code), p.reserve_leesbaar) for p in o.provincies)
    intern = {p.code for p in o.provincies if leest_intern(t, p.code)}
    return deel(
        "regietafel/_landelijk.html",
        (o.cyclus, o.peildatum, getoond),
        lambda: {"overzicht": o, "intern": intern},
    ).inhoud
