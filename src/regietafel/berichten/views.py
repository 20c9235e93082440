"""The message log (`/berichten/`), the contact addresses of a municipality and of the
province, and sending a meeting's action list. Thin: services.berichten decides."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _g
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from regietafel.berichten.services import (
    Soort,
    Status,
    adresboek,
    adreshistorie,
    adressen,
    berichten_van,
    zet_adressen,
)
from regietafel.domain.routekaart import Invoerfout
from regietafel.overleggen.berichten_services import verstuur_actielijst
from regietafel.overleggen.services import overleg_met_provincie
from regietafel.services.opslag import (
    RijNietGevonden,
    gemeente_met_provincie,
    opgeslagen_provincie,
)
from regietafel.services.toegang import mag_bewerken
from regietafel.services.wijzigingen import GeenToegang
from regietafel.web.forms import NLDesignForm
from regietafel.web.keuze import Keuze, gevraagde_keuze, onthoud
from regietafel.web.pagina import pagina
from regietafel.web.toegang import ingelogd, weiger

if TYPE_CHECKING:
    from regietafel.provincies.models import Gemeente, Provincie


class FilterForm(NLDesignForm):
    soort = forms.ChoiceField(
        label=_("Soort"), required=False, choices=[("", _("alle soorten")), *Soort.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("alle statussen")), *Status.choices]
    )


def _eigen_provincie(request: HttpRequest) -> Keuze:
    """The province asked for (`?provincie=`), by default the user's own, when the user
    is its staff (or an administrator); GeenToegang otherwise."""
    t = ingelogd(request)
    if t is None:
        raise GeenToegang
    if t.provincie and "provincie" not in request.GET:
        k = onthoud(request, Keuze(t.provincie, ""))
    else:
        k = gevraagde_keuze(request, t)
    if not (k.provincie and mag_bewerken(t, k.provincie)):
        raise GeenToegang
    return k


@pagina()
def berichten_pagina(request: HttpRequest) -> HttpResponse:
    """Every message of the province, newest first: to whom, when, what, and whether it
    was sent. Only the province's own staff."""
    k = _eigen_provincie(request)
    form = FilterForm(request.GET)
    filters = form.cleaned_data if form.is_valid() else {}
    provincie = opgeslagen_provincie(k.provincie)
    context = {
        "k": k,
        "provincie": provincie,
        "form": form,
        "berichten": berichten_van(
            k.provincie, filters.get("soort", ""), filters.get("status", "")
        ),
        "provincieadressen": adressen(provincie),
        "gemeenten": adresboek(provincie),
    }
    return render(
        request, "regietafel/berichten.html", context, status=200 if form.is_valid() else 400
    )


class AdressenForm(NLDesignForm):
    adressen = forms.CharField(
        label=_("E-mailadressen"),
        required=False,
        help_text=_("Eén adres per regel. Leeg: geen berichten per e-mail."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )


def _adressen(
    request: HttpRequest, provincie: Provincie, gemeente: Gemeente | None, terug: str
) -> HttpResponse:
    """The form for the contact addresses of `gemeente` (None: the province's own)."""
    t = ingelogd(request)
    if t is None or not mag_bewerken(t, provincie.code, gemeente.cbs_code if gemeente else None):
        return weiger(request)
    huidig = adressen(provincie, gemeente)
    form = AdressenForm(initial={"adressen": "\n".join(huidig)})
    status = 200
    if request.method == "POST":
        form = AdressenForm(request.POST)
        if form.is_valid():
            try:
                zet_adressen(request.user, provincie, gemeente, form.cleaned_data["adressen"])
                messages.success(request, _g("De contactadressen zijn opgeslagen."))
                return redirect(request.path)
            except Invoerfout as fout:
                form.add_error("adressen", str(fout))
        status = 400
    context = {
        "form": form,
        "provincie": provincie,
        "gemeente": gemeente,
        "terug": terug,
        "historie": adreshistorie(provincie, gemeente),
    }
    return render(request, "regietafel/contactadressen.html", context, status=status)


@pagina()
def gemeente_adressen(request: HttpRequest, cbs_code: str) -> HttpResponse:
    """A municipality's contact addresses: the province and the municipality itself."""
    g = gemeente_met_provincie(cbs_code)
    return _adressen(request, g.provincie, g, reverse("gemeente", args=[cbs_code]))


@pagina()
def provincie_adressen(request: HttpRequest) -> HttpResponse:
    """The province's own contact addresses (the answers and action lists go there)."""
    k = _eigen_provincie(request)
    try:
        provincie = opgeslagen_provincie(k.provincie)
    except RijNietGevonden:
        raise GeenToegang from None
    return _adressen(request, provincie, None, reverse("berichten") + k.query)


@require_POST
@pagina()
def actielijst_versturen(request: HttpRequest, pk: int) -> HttpResponse:
    """Send the meeting's action list to its participants (only the province)."""
    overleg = overleg_met_provincie(pk)
    t = ingelogd(request)
    if t is None or not mag_bewerken(t, overleg.provincie.code):
        return weiger(request)
    v = verstuur_actielijst(overleg, request.user)
    verzonden = sum(1 for b in v.berichten if b.status == Status.VERZONDEN)
    niet = len(v.berichten) - verzonden
    verstuurd = ngettext(
        "Er is %(n)d bericht met de actielijst verstuurd.",
        "Er zijn %(n)d berichten met de actielijst verstuurd.",
        verzonden,
    )
    messages.success(request, verstuurd % {"n": verzonden})
    if niet:
        mislukt = ngettext(
            "%(n)d bericht is niet verstuurd; zie Berichten.",
            "%(n)d berichten zijn niet verstuurd; zie Berichten.",
            niet,
        )
        messages.warning(request, mislukt % {"n": niet})
    if v.zonder_adres:
        zonder = _g("Zonder e-mailadres in Regietafel: %(namen)s.")
        messages.info(request, zonder % {"namen": ", ".join(v.zonder_adres)})
    return redirect(reverse("overleg", args=[pk]))
