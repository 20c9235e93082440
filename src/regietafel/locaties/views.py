"""The location register with its create, edit and end forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext

from regietafel.locaties.services import locatie_met_pk, locatieregister, nieuwe_locatie
from regietafel.services.opslag import bewerkbare_gemeenten, gemeente_met_provincie
from regietafel.services.toegang import Toegang, mag_bewerken, toegang
from regietafel.services.wijzigingen import (
    Conflict,
    GeenToegang,
    beeindig_locatie,
    bewaar_locatie,
)
from regietafel.web.forms import BeeindigForm, LocatieForm
from regietafel.web.keuze import Keuze, kies_cyclus, met_keuze
from regietafel.web.pagina import Lezers, pagina
from regietafel.web.toegang import eigen, ingelogd, weiger

if TYPE_CHECKING:
    from regietafel.locaties.models import Locatie


@pagina("regietafel/locaties.html", Lezers.INGELOGD)
def register(request: HttpRequest, keuze: Keuze) -> HttpResponse:
    """All locations of a province, by municipality. Locations are not per cycle, but the
    chosen cycle is carried on to the municipality pages behind them."""
    provincie = keuze.provincie
    t = toegang(request.user)
    register = locatieregister(t, provincie, keuze.cyclus)
    context = {
        **keuze.context,
        "locaties": register.locaties,
        "kan_toevoegen": mag_bewerken(t, provincie) or t.gemeente is not None,
        "eigen_gemeente": t.gemeente,
        "totaal": register.totaal,
        "t": t,
    }
    return render(request, "regietafel/locaties.html", context)


def _formulier(
    request: HttpRequest, t: Toegang, locatie: Locatie, titel: str, annuleer: str
) -> HttpResponse:
    # The cycle the user came from, carried back to the municipality page.
    keuze = kies_cyclus(request, locatie.gemeente.provincie.code)
    gemeenten = bewerkbare_gemeenten(
        None if t.alles else t.provincie, None if t.alles else t.gemeente
    )
    if request.method == "POST":
        form = LocatieForm(request.POST, instance=locatie, gemeenten=gemeenten)
        if form.is_valid():
            try:
                opgeslagen = bewaar_locatie(
                    t,
                    request.user,
                    form.save(commit=False),
                    form.cleaned_data["versie"],
                    form.cleaned_data["reden"],
                )
            except Conflict as c:
                form.add_error(
                    None,
                    gettext("%(c)s Huidige waarden: %(huidige_tekst)s")
                    % {"c": c, "huidige_tekst": c.huidige_tekst()},
                )
            except GeenToegang as fout:
                form.add_error("gemeente", f"Gemeente: {fout}")
            else:
                messages.success(request, gettext("De locatie is opgeslagen."))
                gemeente = reverse("gemeente", args=[opgeslagen.gemeente.cbs_code])
                return redirect(met_keuze(gemeente, keuze))
        status = 400 if form.errors else 200
    else:
        form = LocatieForm(
            instance=locatie, gemeenten=gemeenten, initial={"versie": locatie.versie}
        )
        status = 200
    context = {"form": form, "titel": titel, "annuleer": annuleer, "locatie": locatie}
    return render(request, "regietafel/locatie_form.html", context, status=status)


@pagina()
def nieuw(request: HttpRequest, cbs_code: str) -> HttpResponse:
    gemeente = gemeente_met_provincie(cbs_code)
    t = ingelogd(request)
    if t is None or not mag_bewerken(t, gemeente.provincie.code, cbs_code):
        return weiger(request)
    locatie = nieuwe_locatie(gemeente)
    titel = gettext("Nieuwe locatie voor %(naam)s") % {"naam": gemeente.naam}
    return _formulier(request, t, locatie, titel, gemeente.cbs_code)


@pagina()
def bewerken(request: HttpRequest, pk: int) -> HttpResponse:
    t, locatie = eigen(request, locatie_met_pk(pk))
    if t is None:
        return weiger(request)
    titel = gettext("Locatie van %(naam)s bewerken") % {"naam": locatie.gemeente.naam}
    return _formulier(request, t, locatie, titel, locatie.gemeente.cbs_code)


@pagina()
def beeindigen(request: HttpRequest, pk: int) -> HttpResponse:
    """End a location's availability; the location and its history stay."""
    t, locatie = eigen(request, locatie_met_pk(pk))
    if t is None:
        return weiger(request)
    keuze = kies_cyclus(request, locatie.gemeente.provincie.code)
    status = 200
    if request.method == "POST":
        form = BeeindigForm(request.POST, locatie=locatie)
        if form.is_valid():
            try:
                beeindig_locatie(
                    t,
                    request.user,
                    locatie,
                    form.cleaned_data["einddatum"],
                    form.cleaned_data["versie"],
                    form.cleaned_data["reden"],
                )
            except Conflict as c:
                form.add_error(
                    None,
                    gettext("%(c)s Huidige waarden: %(huidige_tekst)s")
                    % {"c": c, "huidige_tekst": c.huidige_tekst()},
                )
            else:
                messages.success(request, gettext("De einddatum van de locatie is vastgelegd."))
                gemeente = reverse("gemeente", args=[locatie.gemeente.cbs_code])
                return redirect(met_keuze(gemeente, keuze))
        status = 400
    else:
        form = BeeindigForm(locatie=locatie, initial={"versie": locatie.versie})
    context = {"form": form, "locatie": locatie}
    return render(request, "regietafel/locatie_beeindigen.html", context, status=status)
