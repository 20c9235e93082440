"""PRT meetings: the list, one meeting with its agenda, decisions and actions, and the
action and decision list as DOCX."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext, gettext_lazy, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from regietafel.domain.routekaart import Invoerfout
from regietafel.overleggen import services
from regietafel.overleggen.services import (
    BEWERKBAAR,
    STANDAARDTITEL,
    aantal_overgenomen,
    actie_met_overleg,
    actielijst,
    actielijst_docx,
    acties_van,
    lopende_agendapunten,
    onderdeel,
    open_acties,
    overleg_met_provincie,
    overleggen_van,
    plan_overleg,
    trek_terug,
    wijzig_item,
    zet_actiestatus,
)
from regietafel.services.opslag import opgeslagen_provincie
from regietafel.services.toegang import mag_bewerken, toegang
from regietafel.services.wijzigingen import Conflict
from regietafel.web.forms import DatumKiezer, NLDesignForm
from regietafel.web.formulier import GEEN_FOUTEN, formulierpagina, fout_op_formulier, ingevuld
from regietafel.web.keuze import Keuze
from regietafel.web.pagina import Lezers, pagina
from regietafel.web.toegang import vereis_bewerker, vereis_lezer, weiger

if TYPE_CHECKING:
    from regietafel.overleggen.models import Overleg


class OverlegForm(NLDesignForm):
    datum = DatumKiezer(label=gettext_lazy("Datum"))
    titel = forms.CharField(label=gettext_lazy("Titel"), max_length=200, initial=STANDAARDTITEL)
    deelnemers = forms.CharField(
        label=gettext_lazy("Deelnemers (organisaties, één per regel)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class AgendapuntForm(NLDesignForm):
    onderwerp = forms.CharField(label=gettext_lazy("Onderwerp"), max_length=200)
    inhoud = forms.CharField(
        label=gettext_lazy("Inhoud (één punt per regel)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    door_wie = forms.CharField(label=gettext_lazy("Door wie?"), required=False, max_length=200)


class BesluitForm(NLDesignForm):
    tekst = forms.CharField(label=gettext_lazy("Besluit"), widget=forms.Textarea(attrs={"rows": 2}))
    agendapunt = forms.ModelChoiceField(
        label=gettext_lazy("Bij agendapunt"), queryset=None, required=False
    )


class ActieForm(NLDesignForm):
    omschrijving = forms.CharField(
        label=gettext_lazy("Actie"), widget=forms.Textarea(attrs={"rows": 2})
    )
    eigenaar = forms.CharField(label=gettext_lazy("Eigenaar (organisatie)"), max_length=200)
    deadline = DatumKiezer(label=gettext_lazy("Deadline"), required=False)
    agendapunt = forms.ModelChoiceField(
        label=gettext_lazy("Bij agendapunt"), queryset=None, required=False
    )


FORMULIEREN = {"agendapunt": AgendapuntForm, "besluit": BesluitForm, "actie": ActieForm}
# What adds each kind of item; it takes the form's fields, in their order.
TOEVOEGEN = {
    "agendapunt": services.voeg_agendapunt_toe,
    "besluit": services.voeg_besluit_toe,
    "actie": services.voeg_actie_toe,
}


def _formulieren(overleg: Overleg, data: dict | None = None, soort: str = "") -> dict:
    uit = {}
    for naam, klasse in FORMULIEREN.items():
        form = klasse(data if naam == soort else None, prefix=naam)
        if "agendapunt" in form.fields:
            form.fields["agendapunt"].queryset = lopende_agendapunten(overleg)
        uit[naam] = form
    return uit


@pagina(lezers=Lezers.INTERN)
def overleggen_pagina(request: HttpRequest, k: Keuze) -> HttpResponse:
    t = toegang(request.user)
    provincie = opgeslagen_provincie(k.provincie)
    bewerkbaar = mag_bewerken(t, k.provincie)
    form = ingevuld(request, OverlegForm, bewerkbaar)

    def plan(d: dict[str, Any]) -> HttpResponse:
        overleg = plan_overleg(
            provincie, d["datum"], request.user, d["titel"], d["deelnemers"].splitlines()
        )
        n = aantal_overgenomen(overleg)
        messages.success(
            request,
            ngettext(
                "Het overleg is vastgelegd; %(n)s openstaande actie overgenomen.",
                "Het overleg is vastgelegd; %(n)s openstaande acties overgenomen.",
                n,
            )
            % {"n": n},
        )
        return redirect("overleg", pk=overleg.pk)

    context = {
        "k": k,
        "overleggen": overleggen_van(provincie),
        "open_acties": open_acties(provincie),
        "bewerkbaar": bewerkbaar,
    }
    return formulierpagina(request, "regietafel/overleggen.html", form, plan, context, GEEN_FOUTEN)


@pagina()
def overleg_pagina(request: HttpRequest, pk: int) -> HttpResponse:
    """One meeting; the province adds agenda items, decisions and actions (POST with
    `soort` agendapunt, besluit or actie)."""
    overleg = overleg_met_provincie(pk)
    t = vereis_lezer(request, overleg.provincie.code)
    bewerkbaar = mag_bewerken(t, overleg.provincie.code)
    formulieren = _formulieren(overleg)
    status = 200
    if request.method == "POST":
        if not bewerkbaar:
            return weiger(request)
        soort = request.POST.get("soort", "")
        if soort not in FORMULIEREN:
            return HttpResponse("Onbekend soort invoer.", status=400, content_type="text/plain")
        formulieren = _formulieren(overleg, request.POST, soort)
        form = formulieren[soort]
        if form.is_valid():
            d = form.cleaned_data
            try:
                TOEVOEGEN[soort](overleg, request.user, *(d[veld] for veld in form.fields))
            except Invoerfout as fout:
                fout_op_formulier(form, fout)
            else:
                messages.success(request, "Opgeslagen.")
                return redirect("overleg", pk=overleg.pk)
        status = 400
    context = {
        "overleg": overleg,
        "lijst": actielijst(overleg),
        "acties": acties_van(overleg),
        "formulieren": formulieren,
        "bewerkbaar": bewerkbaar,
    }
    return render(request, "regietafel/overleg.html", context, status=status)


ITEMNAAM = {
    "agendapunt": _("Het agendapunt is %(wat)s."),
    "besluit": _("Het besluit is %(wat)s."),
    "actie": _("De actie is %(wat)s."),
}


@pagina()
def overleg_item(request: HttpRequest, pk: int, soort: str, item_pk: int) -> HttpResponse:
    """Edit an agenda item, decision or action of a meeting, or withdraw it (POST with
    ``terugtrekken``); both based on the version the form was opened with."""
    overleg = overleg_met_provincie(pk)
    vereis_bewerker(request, overleg.provincie.code)
    item = onderdeel(overleg, soort, item_pk)
    velden = BEWERKBAAR[type(item)]
    form = _formulieren(overleg)[soort]
    form.initial = {v: getattr(item, v) for v in velden}
    status, versie = 200, str(item.versie)
    if request.method == "POST":
        form = _formulieren(overleg, request.POST, soort)[soort]
        versie = request.POST.get("versie", "")
        try:
            if not versie.isdigit():
                raise Invoerfout("versie", versie, "verplicht", gettext("de versie"))
            if "terugtrekken" in request.POST:
                trek_terug(item, request.user, int(versie))
                messages.success(request, ITEMNAAM[soort] % {"wat": _("teruggetrokken")})
                return redirect("overleg", pk=overleg.pk)
            if form.is_valid():
                d = form.cleaned_data
                wijzig_item(item, request.user, int(versie), {v: d[v] for v in velden})
                messages.success(request, ITEMNAAM[soort] % {"wat": _("gewijzigd")})
                return redirect("overleg", pk=overleg.pk)
            status = 400
        except Invoerfout as fout:
            fout_op_formulier(form, fout)
            status = 400
        except Conflict as conflict:
            # The version stays the one the user opened: a second try conflicts again.
            form.add_error(None, conflict.met_huidige())
            status = 409
    context = {
        "overleg": overleg,
        "item": item,
        "soort": soort,
        "form": form,
        "versie": versie,
    }
    return render(request, "regietafel/overleg_item.html", context, status=status)


@require_POST
@pagina()
def actie_status(request: HttpRequest, pk: int) -> HttpResponse:
    actie = actie_met_overleg(pk)
    vereis_bewerker(request, actie.overleg.provincie.code)
    status = request.POST.get("status", "")
    try:
        zet_actiestatus(actie, request.user, status)
    except Invoerfout as fout:
        return HttpResponse(str(fout), status=400, content_type="text/plain; charset=utf-8")
    terug = request.POST.get("terug", "")
    if terug.isdigit():
        return redirect("overleg", pk=int(terug))
    return redirect("overleg", pk=actie.overleg_id)


@pagina()
def actielijst_download(request: HttpRequest, pk: int) -> HttpResponse:
    overleg = overleg_met_provincie(pk)
    vereis_lezer(request, overleg.provincie.code)
    response = HttpResponse(
        actielijst_docx(overleg),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    naam = f"actielijst-prt-{overleg.provincie.code}-{overleg.datum:%Y-%m-%d}.docx"
    response["Content-Disposition"] = gettext('attachment; filename="%(naam)s"') % {"naam": naam}
    return response
