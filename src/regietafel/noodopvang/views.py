"""Reserve emergency reception (*reserve noodopvang*) in the browser: the register of a
province, and adding or changing a reserve, for the province (every municipality) and for
a municipality (its own). The ministry reads every province's register; the public reads
none (services.noodopvang, ADR 0016). Thin: services.noodopvang checks access and versions
and records the history."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from regietafel.domain.noodopvang import reservetotaal
from regietafel.noodopvang.models import Reservenoodopvang
from regietafel.noodopvang.services import (
    bewaar_reserve,
    mag_reserves_lezen,
    reserves,
    totalen_per_provincie,
)
from regietafel.services.keuzes import beschikbare_cycli
from regietafel.services.toegang import mag_bewerken
from regietafel.services.wijzigingen import Conflict, GeenToegang
from regietafel.web.forms import GemeenterijForm, LocatieForm
from regietafel.web.formulier import Rijformulier, gemeente_geweigerd
from regietafel.web.keuze import leesbaar
from regietafel.web.pagina import pagina
from regietafel.web.toegang import ingelogd, weiger


class ReserveForm(GemeenterijForm):
    andere_gemeente = gettext_lazy(
        "Gemeente: u mag geen reserve noodopvang invoeren voor een andere gemeente."
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


def _conflict(form: ReserveForm, c: Conflict) -> None:
    form.add_error(None, c.met_huidige())


def _terug(r: Reservenoodopvang) -> str:
    return f"{reverse('noodopvang')}?provincie={r.gemeente.provincie.code}"


def _titel(r: Reservenoodopvang) -> str:
    return _("Reserve noodopvang van %(gemeente)s bewerken") % {"gemeente": r.gemeente.naam}


FORMULIER = Rijformulier(
    ReserveForm,
    "regietafel/noodopvang_form.html",
    "reserve",
    bewaar_reserve,
    melding=lambda _r: _("De reserve noodopvang is opgeslagen."),
    fouten={Conflict: _conflict, GeenToegang: gemeente_geweigerd},
)


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


@pagina()
def nieuw(request: HttpRequest) -> HttpResponse:
    """A new reserve, for a municipality the user may edit (the province: any of its own)."""
    titel = _("Nieuwe reserve noodopvang")
    return FORMULIER.nieuw(request, Reservenoodopvang(), _terug, titel=titel)


@pagina()
def bewerken(request: HttpRequest, pk: int) -> HttpResponse:
    return FORMULIER.bewerk(request, pk, _terug, _titel)
