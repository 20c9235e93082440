"""The province-and-cycle choice that the read pages share (puzzle, bonuses, Bijlage 1):
which cycles the user may read, which one is asked for, and whether it may be shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from regietafel.services.keuzes import beschikbare_cycli
from regietafel.services.toegang import mag_lezen, toegang
from regietafel.web.toegang import weiger


@dataclass
class Keuze:
    """The chosen province and cycle, and the template context the choice menu needs."""

    provincie: str
    cyclus: str
    context: dict[str, Any] = field(default_factory=dict)


def kies(request: HttpRequest, template: str) -> Keuze | HttpResponse:
    """The readable province and cycle of the request (`?provincie=…&cyclus=…`), or the
    response that refuses it: 404 in `template` for an unknown pair, login or 403."""
    t = toegang(request.user)
    alle = beschikbare_cycli()
    provincie = request.GET.get("provincie", settings.REGIETAFEL_DEFAULT_PROVINCIE)
    cyclus = request.GET.get("cyclus", settings.REGIETAFEL_DEFAULT_CYCLUS)
    context = {
        "keuzes": [k for k in alle if mag_lezen(t, k.provincie_code, k.gepubliceerd)],
        "provincie": provincie,
        "cyclus": cyclus,
    }
    gekozen = next((k for k in alle if (k.provincie_code, k.cyclus) == (provincie, cyclus)), None)
    if gekozen is None:
        context["fout"] = f"Geen gegevens voor provincie '{provincie}' in cyclus '{cyclus}'."
        return render(request, template, context, status=404)
    if not mag_lezen(t, provincie, gekozen.gepubliceerd):
        return weiger(request)
    return Keuze(provincie, cyclus, context)
