"""The sources of the figures: per cell and column of the puzzle, and a page listing every
source of a province's cycle with the stale figures. Thin: services.bronnen reads them."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext

from regietafel.domain.bronnen import Actualiteit, BronFout
from regietafel.services.bronnen import bronnenoverzicht
from regietafel.services.openbaarheid import verborgen_locaties
from regietafel.services.toegang import leest_intern, toegang
from regietafel.web.keuze import kies


def _ouder_dan(request: HttpRequest) -> int | None:
    """The age asked for with ``?ouder_dan=DAGEN``; raises BronFout when it is not one."""
    tekst = request.GET.get("ouder_dan", "").strip()
    if not tekst:
        return None
    if not tekst.isdigit():
        raise BronFout(gettext("ouder dan (dagen)"), tekst, "geen_dagen")
    return Actualiteit(int(tekst)).max_dagen


def puzzel_ouder_dan(request: HttpRequest) -> int | None:
    """The age of a stale figure on the puzzle page (``?ouder_dan=DAGEN``): an unreadable
    one falls back to the province's norm (None), like an unknown year."""
    try:
        return _ouder_dan(request)
    except BronFout:
        return None


def bronnen_pagina(request: HttpRequest) -> HttpResponse:
    """Every source of the chosen province and cycle, and the figures older than the norm."""
    keuze = kies(request, "regietafel/bronnen.html")
    if isinstance(keuze, HttpResponse):
        return keuze
    context = keuze.context
    context["ouder_dan"] = request.GET.get("ouder_dan", "")
    try:
        ouder_dan = _ouder_dan(request)
    except BronFout as fout:
        context["veldfout"] = str(fout)
        return render(request, "regietafel/bronnen.html", context, status=400)
    t = toegang(request.user)
    context["overzicht"] = bronnenoverzicht(
        keuze.provincie,
        keuze.cyclus,
        ouder_dan,
        met_personen=leest_intern(t, keuze.provincie),
        verborgen=verborgen_locaties(t, keuze.provincie, keuze.cyclus),
    )
    return render(request, "regietafel/bronnen.html", context)
