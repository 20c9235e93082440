"""Exchanges between municipalities: the list with the effect on each municipality's task,
the proposal form, and the confirm and ratify buttons. Thin: services.uitruil decides."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_POST

from regietafel.domain.uitruil import CATEGORIE_NAMEN, UitruilFout, Voorstel
from regietafel.services.opslag import gemeentekeuzes
from regietafel.services.toegang import Rol, Toegang, mag_bewerken, toegang
from regietafel.services.wijzigingen import Conflict, GeenToegang
from regietafel.uitruil.services import (
    bekrachtig,
    bevestig,
    mag_bevestigen,
    stel_voor,
    uitruil_met_partijen,
    uitruil_overzicht,
)
from regietafel.verdelingen.services import bekrachtigde_versies, versie_of_niets
from regietafel.web.forms import NLDesignForm
from regietafel.web.formulier import fout_op_formulier
from regietafel.web.keuze import Keuze
from regietafel.web.pagina import Lezers, pagina
from regietafel.web.toegang import ingelogd, vereis_bewerker, weiger

if TYPE_CHECKING:
    from regietafel.uitruil.models import Uitruil

CATEGORIEEN = [(c.value, naam) for c, naam in CATEGORIE_NAMEN.items()]


class VoorstelForm(NLDesignForm):
    gemeente_a = forms.ChoiceField(label=gettext_lazy("Gemeente A"))
    categorie_a = forms.ChoiceField(
        label=gettext_lazy("A neemt over: categorie"), choices=CATEGORIEEN
    )
    aantal_a = forms.IntegerField(label=gettext_lazy("A neemt over: aantal"))
    perioden_a = forms.CharField(label=gettext_lazy("A neemt over: periode"), required=False)
    gemeente_b = forms.ChoiceField(label=gettext_lazy("Gemeente B"))
    categorie_b = forms.ChoiceField(
        label=gettext_lazy("B neemt in ruil over: categorie"), choices=CATEGORIEEN
    )
    aantal_b = forms.IntegerField(label=gettext_lazy("B neemt in ruil over: aantal"))
    perioden_b = forms.CharField(
        label=gettext_lazy("B neemt in ruil over: periode"), required=False
    )
    toelichting = forms.CharField(
        label=gettext_lazy("Toelichting"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, gemeenten: list[tuple[str, str]], *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["gemeente_a"].choices = gemeenten
        self.fields["gemeente_b"].choices = [("", gettext("kies een gemeente")), *gemeenten]


def _kan_voorstellen(t: Toegang, k: Keuze) -> bool:
    return (t.rol is Rol.GEMEENTE and t.gemeente_provincie == k.provincie) or mag_bewerken(
        t, k.provincie
    )


@pagina("regietafel/uitruil.html", Lezers.INTERN)
def uitruil_pagina(request: HttpRequest, k: Keuze) -> HttpResponse:
    t = toegang(request.user)
    overzicht = uitruil_overzicht(k.provincie, k.cyclus)
    gemeenten = gemeentekeuzes(k.provincie)
    kan_voorstellen = _kan_voorstellen(t, k)
    form = VoorstelForm(gemeenten, initial={"gemeente_a": t.gemeente})
    status = 200
    if request.method == "POST":
        if not kan_voorstellen:
            return weiger(request)
        form = VoorstelForm(gemeenten, request.POST)
        status = 400
        if form.is_valid():
            c = form.cleaned_data
            # The form's fields carry the proposal's names.
            voorstel = Voorstel(**{v.name: c[v.name] for v in fields(Voorstel)})
            try:
                stel_voor(k.provincie, k.cyclus, voorstel, request.user, c["toelichting"])
            except UitruilFout as fout:
                fout_op_formulier(form, fout)
            except GeenToegang as fout:
                form.add_error(None, str(fout))
                status = 403
            else:
                messages.success(request, gettext("De uitruil is voorgesteld."))
                return redirect(reverse("uitruilen") + k.query)
    context = {
        "k": k,
        "o": overzicht,
        "form": form,
        "kan_voorstellen": kan_voorstellen,
        "wacht_op_mij": {r.pk for r in overzicht.regels if r.wacht_op(t)},
        "bekrachtiger": mag_bewerken(t, k.provincie),
        "versies": bekrachtigde_versies(k.provincie, k.cyclus),
    }
    return render(request, "regietafel/uitruil.html", context, status=status)


def _versie(request: HttpRequest) -> int | None:
    tekst = request.POST.get("versie", "")
    return int(tekst) if tekst.isdigit() else None


def _terug(u: Uitruil) -> HttpResponse:
    pc = u.provincie_cyclus
    return redirect(reverse("uitruilen") + Keuze(pc.provincie.code, pc.cyclus.naam).query)


def _tekst(melding: str, status: int) -> HttpResponse:
    return HttpResponse(melding, status=status, content_type="text/plain; charset=utf-8")


@require_POST
@pagina()
def uitruil_bevestigen(request: HttpRequest, pk: int) -> HttpResponse:
    """A party confirms; the other party, the province and the ministry are refused."""
    u = uitruil_met_partijen(pk)
    t = ingelogd(request)
    if t is None or not mag_bevestigen(t, u):
        return weiger(request)
    versie = _versie(request)
    if versie is None:
        return _tekst("Geef de versie mee waarop uw bevestiging is gebaseerd.", 400)
    try:
        bevestig(u, request.user, versie)
    except (Conflict, UitruilFout) as fout:
        return _tekst(str(fout), 409 if isinstance(fout, Conflict) else 400)
    messages.success(request, gettext("U heeft de uitruil bevestigd."))
    return _terug(u)


@require_POST
@pagina()
def uitruil_bekrachtigen(request: HttpRequest, pk: int) -> HttpResponse:
    """The province ratifies a confirmed exchange with a ratified distribution version."""
    u = uitruil_met_partijen(pk)
    vereis_bewerker(request, u.provincie_cyclus.provincie.code)
    versie = _versie(request)
    gekozen = request.POST.get("verdelingsversie", "")
    verdeling = versie_of_niets(gekozen)
    if versie is None or verdeling is None:
        return _tekst("Kies een bekrachtigde verdelingsversie.", 400)
    try:
        bekrachtig(u, verdeling, request.user, versie)
    except (Conflict, UitruilFout) as fout:
        return _tekst(str(fout), 409 if isinstance(fout, Conflict) else 400)
    messages.success(
        request,
        gettext("De uitruil is bekrachtigd met verdelingsversie %(nummer)s.")
        % {"nummer": verdeling.nummer},
    )
    return _terug(u)
