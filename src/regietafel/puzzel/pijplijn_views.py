"""The location pipeline: a location's timeline with the form to move it to its next phase,
and the realisation-timing page."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy

from regietafel.domain.datums import lees_datum
from regietafel.domain.pijplijn import FASEN, Fase, Fasefout
from regietafel.locaties.services import locatie_met_pk
from regietafel.puzzel.pijplijn import realisatie_overzicht, tijdlijn, zet_fase
from regietafel.services import klok
from regietafel.services.opslag import NietGevonden
from regietafel.services.toegang import inzage_locatiedetails, mag_bewerken, mag_lezen, toegang
from regietafel.services.wijzigingen import Conflict
from regietafel.web.forms import DatumVeld, NLDesignForm
from regietafel.web.hergebruik import deel
from regietafel.web.keuze import Keuze, kies_cyclus, met_keuze
from regietafel.web.pagina import Lezers, OngeldigeKeuze, pagina
from regietafel.web.toegang import ingelogd, weiger


class FaseForm(NLDesignForm):
    fase = forms.ChoiceField(
        label=gettext_lazy("Nieuwe fase"), choices=[(f.value, f.label) for f in FASEN]
    )
    datum = DatumVeld(label=gettext_lazy("Datum waarop de fase is bereikt"))
    bron = forms.CharField(
        label=gettext_lazy("Bron"),
        max_length=300,
        help_text=gettext_lazy(
            "Waar de fase uit blijkt: bijvoorbeeld 'raadsbesluit 12-3-2025', een document of wie "
            "het meldt."
        ),
    )
    versie = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, volgende: tuple[Fase, ...], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Only the allowed next phases are offered; any other posted phase still reaches the
        # pipeline's rules, so the answer names what is wrong ("gaat niet terug").
        self.fields["fase"].widget.choices = [(f.value, f.label) for f in volgende]
        self.fields["fase"].error_messages["invalid_choice"] = "Fase: '%(value)s' is geen fase."
        self.fields["datum"].required = True
        self.fields["datum"].error_messages["required"] = gettext("Datum: vul een datum in.")
        self.fields["bron"].error_messages["required"] = gettext(
            "Bron: vul in waar de fase uit blijkt, bijvoorbeeld 'raadsbesluit 12-3-2025'."
        )


@pagina()
def locatie_fasen(request: HttpRequest, pk: int) -> HttpResponse:
    """A location's timeline; the province and the municipality itself move it on (POST)."""
    locatie = locatie_met_pk(pk)
    g = locatie.gemeente
    t = ingelogd(request)
    if t is None or not mag_lezen(t, g.provincie.code, gepubliceerd=False):
        return weiger(request)
    bewerkbaar = mag_bewerken(t, g.provincie.code, g.cbs_code)
    keuze = kies_cyclus(request, g.provincie.code)
    tl = tijdlijn(locatie, t, keuze.cyclus)
    status = 200
    form = FaseForm(volgende=tl.volgende, initial={"versie": locatie.versie})
    if request.method == "POST":
        if not bewerkbaar:
            return weiger(request)
        form = FaseForm(request.POST, volgende=tl.volgende)
        if form.is_valid():
            d = form.cleaned_data
            try:
                zet_fase(t, request.user, locatie, d["fase"], d["datum"], d["bron"], d["versie"])
            except Fasefout as fout:
                form.add_error(fout.veld if fout.veld in form.fields else None, str(fout))
            except Conflict as c:
                form.add_error(
                    None,
                    gettext("%(c)s Huidige waarden: %(huidige_tekst)s")
                    % {"c": c, "huidige_tekst": c.huidige_tekst()},
                )
            else:
                messages.success(
                    request,
                    gettext("De locatie is nu in fase '%(Fase)s'.")
                    % {"Fase": Fase(d["fase"]).label},
                )
                return redirect(met_keuze(reverse("locatie-fasen", args=[locatie.pk]), keuze))
        status = 400
    context = {"locatie": locatie, "tijdlijn": tl, "form": form, "bewerkbaar": bewerkbaar}
    return render(request, "regietafel/locatie_fasen.html", context, status=status)


@pagina("regietafel/realisatie.html", Lezers.INGELOGD)
def realisatie_pagina(request: HttpRequest, keuze: Keuze) -> HttpResponse:
    """Realisation timing of a province in a cycle, as known on a reference date."""
    provincie, cyclus = keuze.provincie, keuze.cyclus
    tekst = request.GET.get("peildatum", "")
    peildatum: date | None = lees_datum(tekst) if tekst else None
    context: dict[str, Any] = {**keuze.context, "peildatum_tekst": tekst}
    if tekst and peildatum is None:
        fout = gettext("Peildatum: '%(tekst)s' is geen datum; schrijf dd-mm-jjjj.")
        raise OngeldigeKeuze(fout % {"tekst": tekst}, context)
    dag = peildatum or klok.vandaag()
    try:
        # The part shows the locations' details as this reader may read them, so it is
        # kept per what of them the reader sees (services.toegang.inzage_locatiedetails).
        lezer = toegang(request.user)
        context["inhoud"] = deel(
            "regietafel/_realisatie.html",
            (provincie, cyclus, dag, inzage_locatiedetails(lezer, provincie)),
            lambda: {"o": realisatie_overzicht(provincie, cyclus, dag, lezer=lezer)},
        ).inhoud
    except NietGevonden as fout:
        context["fout"] = str(fout)
        return render(request, "regietafel/realisatie.html", context, status=404)
    return render(request, "regietafel/realisatie.html", context)
