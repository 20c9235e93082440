"""The supervision ladder for status holders: one municipality's history behind its step,
and the province's ladder (read by every logged-in role, changed by province staff)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext

from regietafel.domain.statushouders import PeriodeFout, procent
from regietafel.domain.toezicht import LadderFout, Toezichtladder
from regietafel.services.toegang import mag_bewerken
from regietafel.services.wijzigingen import Conflict
from regietafel.statushouders.toezicht_services import (
    bewaar_ladder,
    ladder,
    ladderwijzigingen,
    toezicht,
)
from regietafel.web.keuze import kies_provincie_intern
from regietafel.web.pagina import pagina
from regietafel.web.toegang import weiger

LEGE_RIJEN = 2  # room to add steps without a script


@pagina("regietafel/toezicht_gemeente.html")
def toezicht_gemeente(request: HttpRequest, cbs_code: str) -> HttpResponse:
    """One municipality: its step, the next one, and the half years behind the count."""
    provincie, _t = kies_provincie_intern(request)
    sjabloon = "regietafel/toezicht_gemeente.html"
    try:
        o = toezicht(provincie, request.GET.get("periode"))
        g = o.gemeente(cbs_code)
    except PeriodeFout as fout:
        return render(request, sjabloon, {"fout": str(fout)}, status=404)
    historie = [{"h": h, "procent": procent(h.aandeel)} for h in reversed(g.historie)]
    context = {"o": o, "g": g, "naam": o.namen[cbs_code], "historie": historie}
    return render(request, sjabloon, context)


def _rijen(stappen: list[tuple[str, str, str]], fout: LadderFout | None) -> list[dict[str, Any]]:
    """The form's rows, the error next to its step (the steps counted as `lees_ladder` does:
    wholly empty rows skipped)."""
    uit = []
    nummer = 0
    for i, (naam, omschrijving, drempel) in enumerate(stappen, 1):
        gevuld = bool(naam.strip() or omschrijving.strip() or drempel.strip())
        nummer += gevuld
        raak = fout is not None and gevuld and fout.stap == nummer
        uit.append(
            {"i": i, "naam": naam, "omschrijving": omschrijving, "drempel": drempel,
             "fout": str(fout) if raak else "", "fout_veld": fout.veld if raak else ""}
        )  # fmt: skip
    return uit


def _als_tekst(ladder: Toezichtladder) -> list[tuple[str, str, str]]:
    return [(s.naam, s.omschrijving, str(s.drempel)) for s in ladder.stappen]


def _geposte_stappen(request: HttpRequest) -> list[tuple[str, str, str]]:
    aantal = sum(1 for k in request.POST if k.startswith("naam-"))
    return [
        (
            request.POST.get(f"naam-{i}", ""),
            request.POST.get(f"omschrijving-{i}", ""),
            request.POST.get(f"drempel-{i}", ""),
        )
        for i in range(1, aantal + 1)
    ]


@pagina("regietafel/toezichtladder.html")
def toezichtladder_pagina(request: HttpRequest) -> HttpResponse:
    """The province's ladder; province staff change its steps and thresholds (POST)."""
    provincie, t = kies_provincie_intern(request)
    huidig = ladder(provincie)
    bewerkbaar = mag_bewerken(t, provincie)
    stappen = _als_tekst(huidig.ladder) + [("", "", "")] * LEGE_RIJEN
    versie = huidig.versie
    fout: LadderFout | None = None
    algemeen = ""
    status = 200
    if request.method == "POST":
        if not bewerkbaar:
            return weiger(request)
        stappen = _geposte_stappen(request)
        gezien = request.POST.get("versie", "")
        try:
            bewaar_ladder(
                t, request.user, provincie, stappen,
                int(gezien) if gezien.isdigit() else -1, request.POST.get("reden", ""),
            )  # fmt: skip
        except LadderFout as f:
            fout = f
            algemeen = str(f)
        except Conflict as c:
            algemeen = gettext("%(c)s Huidige ladder: %(huidige_tekst)s") % {
                "c": c,
                "huidige_tekst": c.huidige_tekst(),
            }
            versie = ladder(provincie).versie
        else:
            messages.success(request, gettext("De toezichtladder is opgeslagen."))
            return redirect(f"{reverse('toezichtladder')}?provincie={provincie}")
        status = 400 if fout else 409
        stappen = stappen or [("", "", "")] * LEGE_RIJEN
    context = {
        "provincie": provincie,
        "ladder": huidig,
        "rijen": _rijen(stappen, fout),
        "versie": versie,
        "bewerkbaar": bewerkbaar,
        "algemeen": algemeen,
        "wijzigingen": ladderwijzigingen(provincie),
        "reden": request.POST.get("reden", ""),
    }
    return render(request, "regietafel/toezichtladder.html", context, status=status)
