"""Loading a data file in the browser (Importeren → Gegevensbestand): upload, preview (a dry
run), confirm, the same service as `regietafel laad`.

A data file can create a province and its municipalities, so only an administrator
(a superuser: `Toegang.alles`) may load one; every other role gets 403. The file is kept in
the session between the preview and the confirmation, which applies it only if the changes
are still exactly the ones the preview showed.
"""

from __future__ import annotations

import base64
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext, gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from regietafel.importen.laden import SOORT, laad_bestand
from regietafel.importen.services import recente_imports
from regietafel.services.toegang import Toegang
from regietafel.web.forms import BestandVeld, NLDesignForm
from regietafel.web.pagina import pagina
from regietafel.web.toegang import ingelogd, weiger

SESSIE = "regietafel_gegevensbestand"
SJABLOON = "regietafel/gegevensbestand.html"


class GegevensbestandForm(NLDesignForm):
    bestand = BestandVeld(
        label=gettext_lazy("Gegevensbestand (TOML, zoals drenthe-2025-2026.toml)")
    )


def _beheerder(request: HttpRequest) -> Toegang | None:
    t = ingelogd(request)
    return t if t is not None and t.alles else None


def _context(**extra: Any) -> dict[str, Any]:
    recent = recente_imports(soort=SOORT)
    return {"recent": recent, **extra}


@pagina()
def gegevensbestand_pagina(request: HttpRequest) -> HttpResponse:
    if _beheerder(request) is None:
        return weiger(request)
    if request.method != "POST":
        return render(request, SJABLOON, _context(form=GegevensbestandForm()))
    form = GegevensbestandForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, SJABLOON, _context(form=form), status=400)
    bestand = form.cleaned_data["bestand"]
    inhoud = bestand.read()
    resultaat = laad_bestand(inhoud, bestand.name, gebruiker=request.user, droog=True)
    if resultaat.geldig and resultaat.wijzigingen:
        request.session[SESSIE] = {
            "inhoud": base64.b64encode(inhoud).decode(),
            "naam": bestand.name,
            "plan": resultaat.plan_hash,
        }
    context = _context(form=form, resultaat=resultaat)
    return render(request, SJABLOON, context, status=200 if resultaat.geldig else 400)


@require_POST
@pagina()
def gegevensbestand_bevestigen(request: HttpRequest) -> HttpResponse:
    if _beheerder(request) is None:
        return weiger(request)
    bewaard = request.session.pop(SESSIE, None)
    if not bewaard:
        messages.error(request, gettext("Er is geen bestand om te bevestigen; laad het opnieuw."))
        return redirect("gegevensbestand")
    resultaat = laad_bestand(
        base64.b64decode(bewaard["inhoud"]),
        bewaard["naam"],
        gebruiker=request.user,
        verwacht_plan=bewaard["plan"],
    )
    if not resultaat.toegepast:
        return render(request, SJABLOON, _context(resultaat=resultaat), status=409)
    messages.success(
        request,
        ngettext(
            "'%(bestandsnaam)s' is geladen (provincie %(provincie)s, cyclus %(cyclus)s): "
            "%(n)s wijziging.",
            "'%(bestandsnaam)s' is geladen (provincie %(provincie)s, cyclus %(cyclus)s): "
            "%(n)s wijzigingen.",
            len(resultaat.wijzigingen),
        )
        % {
            "bestandsnaam": resultaat.bestandsnaam,
            "provincie": resultaat.provincie,
            "cyclus": resultaat.cyclus,
            "n": len(resultaat.wijzigingen),
        },
    )
    return redirect("gegevensbestand")
