"""The notice on the pages of a published cycle: "zoals gepubliceerd op …", and for the
logged-in roles what the data entered since would change (ADR 0007)."""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import get_script_prefix, reverse
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_POST

from regietafel.domain.routekaart import Invoerfout
from regietafel.publicaties.services import (
    besluit_is_in,
    publicatiedatum,
    publiceer,
    sinds_publicatie,
)
from regietafel.publicaties.vastleggen import publicatie
from regietafel.services import klok
from regietafel.services.opslag import provincie_cyclus
from regietafel.services.toegang import Toegang, leest_intern, mag_bewerken, toegang
from regietafel.web.forms import NLDesignForm
from regietafel.web.pagina import pagina
from regietafel.web.toegang import ingelogd, weiger

# The published documents anyone may download: file name and link text.
DOWNLOADS = (
    ("verslag.pdf", gettext_lazy("Provinciaal verslag (PDF)")),
    ("puzzel.xlsx", gettext_lazy("De puzzel (Excel)")),
    ("puzzel.csv", gettext_lazy("De puzzel (CSV)")),
)


def publicatie_context(request: HttpRequest, provincie: str, cyclus: str) -> dict[str, Any]:
    """The publication of the cycle (None when it is not published), the links to its
    published report and puzzle, and, for the users who read the province's unpublished
    data only, the figures that changed since."""
    datum = publicatiedatum(provincie, cyclus)
    if datum is None:
        return {"datum": None}
    intern = leest_intern(toegang(request.user), provincie)
    gewijzigd = sinds_publicatie(provincie, cyclus) if intern else ()
    downloads = list(_downloads(provincie, cyclus, get_script_prefix()))
    return {"datum": datum, "sinds_publicatie": gewijzigd, "downloads": downloads}


@functools.lru_cache(maxsize=256)
def _downloads(provincie: str, cyclus: str, _prefix: str) -> tuple[tuple[str, str], ...]:
    # Reversed once per cycle (and the prefix the links start with): every view of a
    # published page asks (issue 21).
    return tuple(
        (reverse("gepubliceerd-downloaden", args=[provincie, cyclus, bestand]), tekst)
        for bestand, tekst in DOWNLOADS
    )


class PubliceerForm(NLDesignForm):
    datum = forms.DateField(
        label=gettext_lazy("Gepubliceerd op"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=gettext_lazy("De dag waarop het verslag openbaar is gemaakt."),
    )


def publiceren_context(t: Toegang, provincie: str, cyclus: str) -> dict[str, Any]:
    """The Cyclus page's publication section: the publication, or the form to publish for
    the province itself (its button disabled until the capaciteitsbesluit is in)."""
    p = publicatie(provincie_cyclus(provincie, cyclus))
    mag = p is None and mag_bewerken(t, provincie)
    form = PubliceerForm(initial={"datum": klok.vandaag()}) if mag else None
    return {"publicatie": p, "form": form, "besluit_in": besluit_is_in(provincie, cyclus)}


@require_POST
@pagina()
def publiceren(request: HttpRequest) -> HttpResponse:
    """Publish the chosen cycle (province only): the public may read it, its figures stay."""
    t = ingelogd(request)
    provincie, cyclus = request.POST.get("provincie", ""), request.POST.get("cyclus", "")
    if t is None or not mag_bewerken(t, provincie):
        return weiger(request)
    terug = f"{reverse('cyclus')}?{urlencode({'provincie': provincie, 'cyclus': cyclus})}"
    form = PubliceerForm(request.POST)
    if form.is_valid():
        try:
            publiceer(provincie, cyclus, form.cleaned_data["datum"], request.user)
        except Invoerfout as fout:
            messages.error(request, str(fout))
        else:
            messages.success(
                request,
                gettext("Cyclus %(cyclus)s is gepubliceerd; de cijfers liggen vast.")
                % {"cyclus": cyclus},
            )
    else:
        messages.error(request, gettext("Vul een geldige publicatiedatum in (dd-mm-jjjj)."))
    return redirect(terug)
