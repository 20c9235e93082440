"""Running the cycle: the route-map dashboard and the consultation of the municipalities.
Thin: the services decide and compute; these views check the form and show the result."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_POST

from regietafel.consultatie.services import (
    CATEGORIEEN,
    Voortzetten,
    antwoord_van,
    beantwoord,
    consultatie_overzicht,
    consultatie_van,
    open_consultatie,
)
from regietafel.cycli.volgende_cyclus import begin_volgende_cyclus, te_beginnen_cyclus
from regietafel.domain.routekaart import Invoerfout, StapStatus
from regietafel.publicaties.views import publiceren_context
from regietafel.routekaart.services import routekaart_overzicht, stap_met_cyclus, wijzig_stap
from regietafel.services import klok
from regietafel.services.keuzes import beschikbare_cycli, huidige_cyclus
from regietafel.services.opslag import gemeente_met_provincie
from regietafel.services.toegang import mag_bewerken, toegang
from regietafel.verdelingen.services import bekrachtigde_versie
from regietafel.web.forms import DatumKiezer, NLDesignForm
from regietafel.web.formulier import formulierpagina, ingevuld
from regietafel.web.keuze import Keuze, gevraagde_keuze, onthoud
from regietafel.web.pagina import Lezers, pagina
from regietafel.web.toegang import vereis_bewerker


@pagina("regietafel/cyclus.html", Lezers.INTERN)
def cyclus_pagina(request: HttpRequest, k: Keuze) -> HttpResponse:
    """Where are we now: the route map with overdue steps and the next deadline."""
    t = toegang(request.user)
    overzicht = routekaart_overzicht(k.provincie, k.cyclus)
    context = {
        "k": k,
        "o": overzicht,
        "bewerkbaar": mag_bewerken(t, k.provincie),
        "statussen": [s.value for s in StapStatus],
        "consultatie": consultatie_overzicht(k.provincie, k.cyclus),
        "bekrachtigd": bekrachtigde_versie(k.provincie, k.cyclus),
        "publiceren": publiceren_context(t, k.provincie, k.cyclus),
        "volgende": te_beginnen_cyclus(k.provincie) if mag_bewerken(t, k.provincie) else None,
    }
    return render(request, "regietafel/cyclus.html", context)


@require_POST
@pagina()
def volgende_cyclus(request: HttpRequest) -> HttpResponse:
    """Begin the province's next cycle from its previous one (province only)."""
    provincie = request.POST.get("provincie", "")
    vereis_bewerker(request, provincie)
    try:
        pc = begin_volgende_cyclus(provincie, request.user)
    except Invoerfout as fout:
        messages.error(request, str(fout))
        return redirect(reverse("cyclus") + "?" + urlencode({"provincie": provincie}))
    messages.success(
        request,
        gettext("Cyclus %(cyclus)s is begonnen; het aanbod van %(jaar)s is meegenomen.")
        % {"cyclus": pc.cyclus.naam, "jaar": pc.cyclus.jaren[0] - 1},
    )
    query = urlencode({"provincie": provincie, "cyclus": pc.cyclus.naam})
    return redirect(reverse("cyclus") + "?" + query)


class StapForm(NLDesignForm):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"), choices=[(s.value, s.value) for s in StapStatus]
    )
    deadline = forms.DateField(label=gettext_lazy("Deadline"), required=False)


@require_POST
@pagina()
def stap_wijzigen(request: HttpRequest, pk: int) -> HttpResponse:
    stap = stap_met_cyclus(pk)
    pc = stap.routekaart.provincie_cyclus
    vereis_bewerker(request, pc.provincie.code)
    form = StapForm(request.POST)
    if not form.is_valid():
        return HttpResponse(form.errors.as_text(), status=400, content_type="text/plain")
    wijzig_stap(request.user, stap, form.cleaned_data["status"], form.cleaned_data["deadline"])
    messages.success(request, gettext("Stap %(nummer)s is bijgewerkt.") % {"nummer": stap.nummer})
    return redirect(reverse("cyclus") + f"?provincie={pc.provincie.code}&cyclus={pc.cyclus.naam}")


class OpenForm(NLDesignForm):
    antwoord_voor = DatumKiezer(label=gettext_lazy("Antwoord van de gemeenten voor"))
    toelichting = forms.CharField(
        label=gettext_lazy("Toelichting bij de vraag"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def _naar_consultatie(request: HttpRequest, k: Keuze, melding: str) -> HttpResponse:
    """Back to the consultation of `k`, saying what was saved."""
    messages.success(request, melding)
    return redirect(reverse("consultatie") + k.query)


@pagina("regietafel/consultatie.html", Lezers.INTERN)
def consultatie_pagina(request: HttpRequest, k: Keuze) -> HttpResponse:
    """Who has been asked, who answered (in time or late) and who is missing; the province
    opens the consultation here."""
    t = toegang(request.user)
    bewerkbaar = mag_bewerken(t, k.provincie)
    overzicht = consultatie_overzicht(k.provincie, k.cyclus)
    standaard = max(overzicht.standaard_antwoord_voor, klok.vandaag() + timedelta(days=14))
    form = ingevuld(request, OpenForm, bewerkbaar, initial={"antwoord_voor": standaard})

    def open_(d: dict[str, Any]) -> HttpResponse:
        open_consultatie(request.user, k.provincie, k.cyclus, d["antwoord_voor"], d["toelichting"])
        return _naar_consultatie(request, k, gettext("De consultatie is geopend."))

    context = {"k": k, "o": overzicht, "bewerkbaar": bewerkbaar, "eigen_gemeente": t.gemeente}
    return formulierpagina(request, "regietafel/consultatie.html", form, open_, context)


def antwoordformulier(jaren: tuple[int, ...], namens_provincie: bool) -> type[forms.Form]:
    """The answer form of a cycle: continue yes/no/partly, the offer per category and year,
    remarks; for province staff also the date the letter was received."""
    velden: dict[str, forms.Field] = {
        "voortzetten": forms.ChoiceField(
            label=gettext("Huidige afspraken voortzetten?"),
            choices=Voortzetten.choices,
            widget=forms.RadioSelect,
        )
    }
    for cat, label in CATEGORIEEN.items():
        for jaar in jaren:
            velden[f"{cat}_{jaar}"] = forms.IntegerField(
                label=f"{label} {jaar}",
                required=False,
                min_value=0,
                widget=forms.NumberInput(attrs={"class": "getalveld"}),
            )
    velden["opmerking"] = forms.CharField(
        label=gettext("Opmerkingen"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    if namens_provincie:
        velden["ontvangen_op"] = DatumKiezer(
            label=gettext("Brief ontvangen op"), required=False, help_text=gettext("Leeg: vandaag.")
        )
    return type("AntwoordForm", (forms.Form,), velden)


def _geconsulteerde_cyclus(provincie: str) -> str:
    """The latest cycle of `provincie` with an open consultation, else its current cycle."""
    cycli = [k.cyclus for k in beschikbare_cycli(provincie)]
    return next(
        (c for c in reversed(cycli) if consultatie_van(provincie, c) is not None),
        huidige_cyclus(provincie) or "",
    )


@pagina()
def consultatie_antwoord(request: HttpRequest, cbs_code: str) -> HttpResponse:
    """A municipality's answer: by the municipality itself, or entered by the province."""
    gemeente = gemeente_met_provincie(cbs_code)
    t = vereis_bewerker(request, gemeente.provincie.code, cbs_code)
    provincie = gemeente.provincie.code
    k = gevraagde_keuze(request, t)
    if k.provincie != provincie or "cyclus" not in request.GET:
        # Without a chosen cycle: the consultation that is open, which is about the coming
        # cycle (whose capaciteitsbesluit may not be in yet); otherwise the current cycle.
        k = onthoud(request, Keuze(provincie, _geconsulteerde_cyclus(provincie)))
    c = consultatie_van(k.provincie, k.cyclus)
    if c is None:
        return render(
            request,
            "regietafel/consultatie_antwoord.html",
            {
                "k": k,
                "gemeente": gemeente,
                "fout": "De consultatie van deze cyclus is nog niet geopend.",
            },
            status=404,
        )
    jaren = tuple(c.provincie_cyclus.cyclus.jaren)
    namens = t.gemeente != cbs_code
    Form = antwoordformulier(jaren, namens)  # noqa: N806
    bestaand = antwoord_van(c, gemeente)
    initial: dict[str, object] = {}
    if bestaand is not None:
        initial = {"voortzetten": bestaand.voortzetten, "opmerking": bestaand.opmerking}
        for cat, per_jaar in bestaand.aanbod.items():
            for jaar, n in per_jaar.items():
                initial[f"{cat}_{jaar}"] = n
    form = ingevuld(request, Form, initial=initial)

    def bewaar(d: dict[str, Any]) -> HttpResponse:
        aanbod = {cat: {str(j): d[f"{cat}_{j}"] for j in jaren} for cat in CATEGORIEEN}
        opmerking, ontvangen_op = d["opmerking"], d.get("ontvangen_op")
        beantwoord(request.user, c, gemeente, d["voortzetten"], aanbod, opmerking, ontvangen_op)
        melding = gettext("Het antwoord van %(naam)s is opgeslagen.")
        return _naar_consultatie(request, k, melding % {"naam": gemeente.naam})

    context = {
        "k": k,
        "gemeente": gemeente,
        "consultatie": c,
        "namens": namens,
        "bestaand": bestaand,
    }
    return formulierpagina(request, "regietafel/consultatie_antwoord.html", form, bewaar, context)
