"""Mijn gemeente: the home page of a municipal user, where they land after logging in."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from regietafel.dashboard.mijn_gemeente import mijn_gemeente
from regietafel.services.opslag import gemeente_met_provincie
from regietafel.services.toegang import Rol, Toegang, toegang
from regietafel.web.forms import NLDesignForm
from regietafel.web.keuze import kies_cyclus
from regietafel.web.pagina import pagina
from regietafel.web.toegang import ingelogd, weiger


def is_gemeentegebruiker(t: Toegang) -> bool:
    return t.rol is Rol.GEMEENTE and t.gemeente is not None and not t.alles


class Inloggen(LoginView):
    """Django's login; a municipal user then lands on Mijn gemeente, everyone else on
    LOGIN_REDIRECT_URL (the dashboard) unless the login asked for another page."""

    def get_default_redirect_url(self) -> str:
        if is_gemeentegebruiker(toegang(self.request.user)):
            return reverse("mijn-gemeente")
        return super().get_default_redirect_url()


class HorizonForm(NLDesignForm):
    maanden = forms.IntegerField(
        label=_("Termijn in maanden"),
        min_value=1,
        max_value=120,
        widget=forms.NumberInput(
            attrs={"class": "utrecht-textbox utrecht-textbox--html-input getalveld"}
        ),
    )


@pagina()
def mijn_gemeente_pagina(request: HttpRequest) -> HttpResponse:
    """A municipal user's consultation, figures, actions and ending contracts; other
    roles are sent to their own home page (the dashboard)."""
    t = ingelogd(request)
    if t is None:
        return weiger(request)
    if not is_gemeentegebruiker(t):
        return redirect("dashboard")
    gemeente = gemeente_met_provincie(t.gemeente)
    keuze = kies_cyclus(request, gemeente.provincie.code)
    standaard = settings.REGIETAFEL_CONTRACT_HORIZON_MAANDEN
    form = HorizonForm(request.GET if "maanden" in request.GET else None,
                       initial={"maanden": standaard})  # fmt: skip
    maanden, status = standaard, 200
    if form.is_bound:
        if form.is_valid():
            maanden = form.cleaned_data["maanden"]
        else:
            status = 400
    context = {
        **keuze.context,
        "m": mijn_gemeente(t, gemeente, keuze.cyclus, maanden),
        "horizonform": form,
    }
    return render(request, "regietafel/mijn_gemeente.html", context, status=status)
