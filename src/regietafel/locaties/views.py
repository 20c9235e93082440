"""The location register with its create, edit and end forms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext

from regietafel.locaties.services import locatie_met_pk, locatieregister, nieuwe_locatie
from regietafel.services.opslag import gemeente_met_provincie
from regietafel.services.toegang import Toegang, mag_bewerken, toegang
from regietafel.services.wijzigingen import beeindig_locatie, bewaar_locatie
from regietafel.web.forms import BeeindigForm, LocatieForm
from regietafel.web.formulier import (
    CONFLICTEN,
    Rijformulier,
    formulierpagina,
    ingevuld,
)
from regietafel.web.keuze import Keuze, kies_cyclus, met_keuze
from regietafel.web.pagina import Lezers, pagina
from regietafel.web.toegang import eigen, vereis_bewerker, weiger

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


FORMULIER = Rijformulier(
    LocatieForm,
    "regietafel/locatie_form.html",
    "locatie",
    bewaar_locatie,
    # Opened with its version, a new location too.
    initial=lambda loc: {"versie": loc.versie},
    melding=lambda _loc: gettext("De locatie is opgeslagen."),
)


def _formulier(
    request: HttpRequest, t: Toegang, locatie: Locatie, titel: str, annuleer: str
) -> HttpResponse:
    # The cycle the user came from, carried back to the municipality page.
    keuze = kies_cyclus(request, locatie.gemeente.provincie.code)

    def terug(opgeslagen: Locatie) -> str:
        return met_keuze(reverse("gemeente", args=[opgeslagen.gemeente.cbs_code]), keuze)

    return FORMULIER.pagina(request, t, locatie, terug, titel=titel, annuleer=annuleer)


@pagina()
def nieuw(request: HttpRequest, cbs_code: str) -> HttpResponse:
    gemeente = gemeente_met_provincie(cbs_code)
    t = vereis_bewerker(request, gemeente.provincie.code, cbs_code)
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
    form = ingevuld(request, BeeindigForm, initial={"versie": locatie.versie}, locatie=locatie)

    def beeindig(d: dict[str, Any]) -> HttpResponse:
        beeindig_locatie(t, request.user, locatie, d["einddatum"], d["versie"], d["reden"])
        messages.success(request, gettext("De einddatum van de locatie is vastgelegd."))
        gemeente = reverse("gemeente", args=[locatie.gemeente.cbs_code])
        return redirect(met_keuze(gemeente, keuze))

    sjabloon = "regietafel/locatie_beeindigen.html"
    return formulierpagina(request, sjabloon, form, beeindig, {"locatie": locatie}, CONFLICTEN)
