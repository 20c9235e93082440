"""Reserve emergency reception (*reserve noodopvang*) in the browser: the register of a
province, and adding or changing a reserve, for the province (every municipality) and for
a municipality (its own). The ministry reads every province's register; the public reads
none (services.noodopvang, ADR 0016). Thin: services.noodopvang checks access and versions
and records the history."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext as _

from regietafel.domain.noodopvang import reservetotaal
from regietafel.noodopvang.models import Reservenoodopvang
from regietafel.noodopvang.services import (
    bewaar_reserve,
    mag_reserves_lezen,
    reserves,
    totalen_per_provincie,
)
from regietafel.services.keuzes import beschikbare_cycli
from regietafel.services.opslag import bewerkbare_gemeenten, gemeente_met_provincie
from regietafel.services.toegang import Toegang, mag_bewerken
from regietafel.services.wijzigingen import Conflict, GeenToegang
from regietafel.web.forms import LocatieForm, NLDesignForm
from regietafel.web.keuze import leesbaar
from regietafel.web.pagina import pagina
from regietafel.web.toegang import eigen_rij, ingelogd, weiger

SJABLOON = "regietafel/noodopvang_form.html"


class ReserveForm(NLDesignForm, forms.ModelForm):
    versie = forms.IntegerField(widget=forms.HiddenInput, required=False)
    reden = forms.CharField(
        label=gettext_lazy("Toelichting bij de wijziging (optioneel)"), required=False
    )

    class Meta:
        model = Reservenoodopvang
        fields = ["gemeente", "omschrijving", "plaatsen", "openen_binnen_dagen", "voorwaarden",
                  "status"]  # fmt: skip
        error_messages = {
            **LocatieForm.Meta.error_messages,
            "openen_binnen_dagen": {
                "invalid": gettext_lazy("Te openen binnen (dagen): vul een heel aantal dagen in."),
                "min_value": gettext_lazy(
                    "Te openen binnen (dagen): het aantal kan niet negatief zijn."
                ),
            },
            "status": {
                "required": gettext_lazy(
                    "Status: kies verkend, toegezegd, geactiveerd of beëindigd."
                ),
                "invalid_choice": gettext_lazy(
                    "Status: kies verkend, toegezegd, geactiveerd of beëindigd."
                ),
            },
        }
        widgets = {"voorwaarden": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, gemeenten: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["gemeente"].queryset = gemeenten
        self.fields["gemeente"].error_messages["invalid_choice"] = gettext(
            "Gemeente: u mag geen reserve noodopvang invoeren voor een andere gemeente."
        )
        self.fields["plaatsen"].widget.attrs["min"] = 0


@pagina()
def register_pagina(request: HttpRequest) -> HttpResponse:
    """The reserves of one province (`?provincie=`, by default the user's own)."""
    t = ingelogd(request)
    if t is None:
        return weiger(request)
    provincie = leesbaar(request.GET.get("provincie", "")) or t.provincie or t.gemeente_provincie
    if not provincie or not mag_reserves_lezen(t, provincie):
        return weiger(request)
    rijen = reserves(provincie)
    namen = {k.provincie_code: k.provincie_naam for k in beschikbare_cycli()}
    context = {
        "provincie": provincie,
        "provincie_naam": namen.get(provincie, provincie),
        "rijen": rijen,
        "totaal": totalen_per_provincie().get(provincie) or reservetotaal(()),
        "mag_toevoegen": t.alles or t.provincie == provincie or t.gemeente_provincie == provincie,
        "bewerkbaar": {r.pk for r in rijen if mag_bewerken(t, provincie, r.gemeente.cbs_code)},
    }
    return render(request, "regietafel/noodopvang.html", context)


def _terug(r: Reservenoodopvang) -> str:
    return f"{reverse('noodopvang')}?provincie={r.gemeente.provincie.code}"


def _formulier(request: HttpRequest, t: Toegang, r: Reservenoodopvang, titel: str) -> HttpResponse:
    gemeenten = bewerkbare_gemeenten(
        None if t.alles else t.provincie or t.gemeente_provincie, None if t.alles else t.gemeente
    )
    status = 200
    if request.method == "POST":
        form = ReserveForm(request.POST, instance=r, gemeenten=gemeenten)
        if form.is_valid():
            d = form.cleaned_data
            try:
                opgeslagen = bewaar_reserve(
                    t, request.user, form.save(commit=False), d["versie"], d["reden"]
                )
            except Conflict as c:
                form.add_error(None, c.met_huidige())
            except GeenToegang as fout:
                form.add_error("gemeente", f"Gemeente: {fout}")
            else:
                messages.success(request, _("De reserve noodopvang is opgeslagen."))
                return redirect(_terug(opgeslagen))
        status = 400 if form.errors else 200
    else:
        initial = {"versie": r.versie} if r.pk else {}
        form = ReserveForm(instance=r, gemeenten=gemeenten, initial=initial)
    return render(request, SJABLOON, {"form": form, "titel": titel, "reserve": r}, status=status)


@pagina()
def nieuw(request: HttpRequest) -> HttpResponse:
    """A new reserve, for a municipality the user may edit (the province: any of its own)."""
    t = ingelogd(request)
    if t is None or (t.gemeente is None and not (t.alles or t.provincie)):
        return weiger(request)
    r = Reservenoodopvang()
    if t.gemeente is not None:
        r.gemeente = gemeente_met_provincie(t.gemeente)
    return _formulier(request, t, r, _("Nieuwe reserve noodopvang"))


@pagina()
def bewerken(request: HttpRequest, pk: int) -> HttpResponse:
    t, r = eigen_rij(request, Reservenoodopvang, pk)
    if t is None:
        return weiger(request)
    titel = _("Reserve noodopvang van %(gemeente)s bewerken") % {"gemeente": r.gemeente.naam}
    return _formulier(request, t, r, titel)
