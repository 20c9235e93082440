"""The sources of the figures: per cell and column of the puzzle, and a page listing every
source of a province's cycle with the stale figures. Thin: services.bronnen reads them."""

from __future__ import annotations

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext, gettext_lazy

from regietafel.bronnen.services import (
    Bronnenfilter,
    bronnenoverzicht,
    filterkeuzes,
    gefilterd,
)
from regietafel.domain.bronnen import Actualiteit, BronFout
from regietafel.publicaties.openbaarheid import verborgen_locaties
from regietafel.services.toegang import leest_intern, toegang
from regietafel.web.keuze import Keuze, leesbaar
from regietafel.web.pagina import Lezers, pagina


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


PER_PAGINA = 50

# The filter's fields, and the Dutch name each is called by in an error message.
FILTERVELDEN = {
    "stand": gettext_lazy("actualiteit"),
    "soort": gettext_lazy("soort cijfer"),
    "gemeente": gettext_lazy("gemeente"),
}


def _filter(request: HttpRequest, keuzes: dict[str, list[tuple[str, str, int]]]) -> Bronnenfilter:
    """The filter asked for (``?stand=…&soort=…&gemeente=…``); a value the overview does
    not offer raises BronFout naming the field."""
    gekozen = {}
    for veld, naam in FILTERVELDEN.items():
        waarde = leesbaar(request.GET.get(veld, "").strip())
        if waarde and waarde not in {w for w, _, _ in keuzes[veld]}:
            raise BronFout(str(naam), waarde, "onbekende_keuze")
        gekozen[veld] = waarde
    return Bronnenfilter(**gekozen)


@pagina("regietafel/bronnen.html", Lezers.OPENBAAR)
def bronnen_pagina(request: HttpRequest, keuze: Keuze) -> HttpResponse:
    """Every source of the chosen province and cycle, and its figures with how current
    they are, filtered by stand, kind and municipality, a page of figures at a time."""
    context = keuze.context
    context["ouder_dan"] = request.GET.get("ouder_dan", "")
    try:
        ouder_dan = _ouder_dan(request)
    except BronFout as fout:
        context["veldfout"] = str(fout)
        return render(request, "regietafel/bronnen.html", context, status=400)
    t = toegang(request.user)
    o = bronnenoverzicht(
        keuze.provincie,
        keuze.cyclus,
        ouder_dan,
        met_personen=leest_intern(t, keuze.provincie),
        verborgen=verborgen_locaties(t, keuze.provincie, keuze.cyclus),
    )
    context["overzicht"] = o
    context["filterkeuzes"] = keuzes = filterkeuzes(o)
    try:
        f = _filter(request, keuzes)
    except BronFout as fout:
        context["filterfout"] = str(fout)
        return render(request, "regietafel/bronnen.html", context, status=400)
    try:
        pagina = Paginator(gefilterd(o, f), PER_PAGINA).page(
            leesbaar(request.GET.get("pagina", "")) or 1
        )
    except InvalidPage:
        raise Http404("Deze pagina van de cijfers bestaat niet.") from None
    context |= {"filter": f, "pagina": pagina, "paginaquery": _zonder_pagina(request)}
    return render(request, "regietafel/bronnen.html", context)


def _zonder_pagina(request: HttpRequest) -> str:
    """The query string without the page number, for the links to other pages."""
    query = request.GET.copy()
    query.pop("pagina", None)
    return query.urlencode()
