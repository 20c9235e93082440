"""Re-estimates of the capaciteitsbesluit: the versions, the recomputation after the latest
revision, upload → preview → confirm, and comparing two versions.

Every logged-in role of the province reads (the numbers concern each municipality, and the
ministry reads everything); only the province imports a revision. The file is kept in the
session between the preview and the confirmation, as on the import page.
"""

from __future__ import annotations

import base64
from datetime import date
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_POST

from regietafel.domain.routekaart import Invoerfout
from regietafel.herramingen.services import (
    Voorbeeld,
    bekijk_herraming,
    besluitversies_te_vergelijken,
    herberekening,
    pas_herraming_toe,
    vergelijk_versies,
    versies,
)
from regietafel.services.opslag import provincie_cyclus
from regietafel.services.toegang import Toegang, mag_bewerken, mag_lezen, toegang
from regietafel.services.wijzigingen import GeenToegang
from regietafel.web.forms import BestandVeld, DatumKiezer, NLDesignForm
from regietafel.web.formulier import fout_op_formulier
from regietafel.web.keuze import Keuze
from regietafel.web.pagina import Lezers, pagina
from regietafel.web.toegang import vereis_ingelogd, weiger

if TYPE_CHECKING:
    from regietafel.cycli.models import ProvincieCyclus

SESSIE = "regietafel_herraming"


class HerramingForm(NLDesignForm):
    bestand = BestandVeld(
        label=gettext_lazy("Bestand met de herziene aantallen (CSV of Excel .xlsx)")
    )
    datum_besluit = DatumKiezer(
        label=gettext_lazy("Datum van het besluit"),
        error_messages={
            "required": gettext_lazy("Datum van het besluit: vul de datum in."),
            "invalid": gettext_lazy("Datum van het besluit: dit is geen datum."),
        },
    )
    omschrijving = forms.CharField(
        label=gettext_lazy("Omschrijving en bron (bijvoorbeeld de brief of Staatscourant)"),
        max_length=300,
        error_messages={
            "required": gettext_lazy(
                "Omschrijving en bron: vul in waar de herraming vandaan komt."
            ),
            "max_length": gettext_lazy("Omschrijving en bron: ten hoogste 300 tekens."),
        },
    )
    landelijke_behoefte = forms.IntegerField(
        label=gettext_lazy("Nieuwe landelijke behoefte (leeg: ongewijzigd)"),
        required=False,
        min_value=1,
        max_value=10_000_000,
        error_messages={
            "invalid": gettext_lazy("Nieuwe landelijke behoefte: vul een heel getal in."),
            "min_value": gettext_lazy(
                "Nieuwe landelijke behoefte: het aantal moet minstens 1 zijn."
            ),
            "max_value": gettext_lazy("Nieuwe landelijke behoefte: dit aantal is te groot."),
        },
    )


def _context(t: Toegang, k: Keuze, pc: ProvincieCyclus, **extra: Any) -> dict[str, Any]:
    alle = versies(pc)
    bewerkbaar = mag_bewerken(t, k.provincie)
    return {
        "k": k,
        "versies": alle,
        "herberekening": herberekening(pc),
        "bewerkbaar": bewerkbaar,
        "form": HerramingForm() if bewerkbaar else None,
        **extra,
    }


@pagina("regietafel/herramingen.html", Lezers.INTERN)
def herramingen_pagina(request: HttpRequest, k: Keuze) -> HttpResponse:
    t = toegang(request.user)
    pc = provincie_cyclus(k.provincie, k.cyclus)
    if request.method != "POST":
        return render(request, "regietafel/herramingen.html", _context(t, k, pc))
    if not mag_bewerken(t, k.provincie):
        return weiger(request)
    form = HerramingForm(request.POST, request.FILES)
    voorbeeld = None
    if form.is_valid():
        d = form.cleaned_data
        inhoud = d["bestand"].read()
        try:
            voorbeeld = bekijk_herraming(
                pc,
                inhoud,
                d["bestand"].name,
                t=t,
                landelijke_behoefte=d["landelijke_behoefte"],
            )
        except Invoerfout as fout:
            fout_op_formulier(form, fout)
        else:
            if voorbeeld.geldig:
                request.session[SESSIE] = {
                    "inhoud": base64.b64encode(inhoud).decode(),
                    "naam": d["bestand"].name,
                    "provincie": k.provincie,
                    "cyclus": k.cyclus,
                    "datum": d["datum_besluit"].isoformat(),
                    "omschrijving": d["omschrijving"],
                    "landelijke_behoefte": d["landelijke_behoefte"],
                    "plan": voorbeeld.plan,
                    "basis": voorbeeld.basis,
                }
                context = _context(t, k, pc, voorbeeld=voorbeeld, form=None, gegevens=d)
                return render(request, "regietafel/herramingen.html", context)
    context = _context(t, k, pc, voorbeeld=voorbeeld, form=form)
    return render(request, "regietafel/herramingen.html", context, status=400)


@require_POST
@pagina()
def bevestigen(request: HttpRequest) -> HttpResponse:
    t = vereis_ingelogd(request)
    bewaard = request.session.get(SESSIE)
    if not bewaard:
        if not (t.alles or t.provincie):
            return weiger(request)
        messages.error(
            request, gettext("Er is geen herraming om te bevestigen; laad het bestand opnieuw.")
        )
        return redirect("herramingen")
    k = Keuze(bewaard["provincie"], bewaard["cyclus"])
    if not mag_bewerken(t, k.provincie):
        return weiger(request)
    pc = provincie_cyclus(k.provincie, k.cyclus)
    try:
        resultaat = pas_herraming_toe(
            pc,
            base64.b64decode(bewaard["inhoud"]),
            bewaard["naam"],
            datum_besluit=date.fromisoformat(bewaard["datum"]),
            omschrijving=bewaard["omschrijving"],
            t=t,
            gebruiker=request.user,
            landelijke_behoefte=bewaard["landelijke_behoefte"],
            verwacht=Voorbeeld("", "", plan=bewaard["plan"], basis=bewaard["basis"]),
        )
    except (Invoerfout, GeenToegang) as fout:
        resultaat = Voorbeeld(bewaard["naam"], "", (str(fout),))
    del request.session[SESSIE]
    if resultaat.versie is None:
        context = _context(t, k, pc, voorbeeld=resultaat)
        return render(request, "regietafel/herramingen.html", context, status=409)
    messages.success(
        request,
        gettext(
            "De herraming is opgeslagen als versie %(nummer)s van het capaciteitsbesluit; de "
            "opgaven zijn bijgewerkt."
        )
        % {"nummer": resultaat.versie.nummer},
    )
    return redirect(reverse("herramingen") + k.query)


@pagina()
def herramingen_vergelijken(request: HttpRequest) -> HttpResponse:
    t = vereis_ingelogd(request)
    a_id, b_id = request.GET.get("a", ""), request.GET.get("b", "")
    if not (a_id.isdigit() and b_id.isdigit()):
        return HttpResponse(
            "Kies twee versies (a en b) om te vergelijken.",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    a, b = besluitversies_te_vergelijken(int(a_id), int(b_id))
    pc = a.provincie_cyclus
    if not mag_lezen(t, pc.provincie.code, gepubliceerd=False):
        return weiger(request)
    try:
        herraming = vergelijk_versies(a, b)
    except Invoerfout as fout:
        return HttpResponse(str(fout), status=400, content_type="text/plain; charset=utf-8")
    context = {
        "k": Keuze(pc.provincie.code, pc.cyclus.naam),
        "a": a,
        "b": b,
        "herraming": herraming,
    }
    return render(request, "regietafel/herramingen_vergelijken.html", context)
