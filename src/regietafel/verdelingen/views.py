"""Distribution versions: the list, one version, editing a concept, ratifying, comparing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_POST

from regietafel.domain.routekaart import Invoerfout
from regietafel.services import klok
from regietafel.services.opslag import gemeentecodes, provincie_cyclus
from regietafel.services.toegang import mag_bewerken, toegang
from regietafel.verdelingen.services import (
    CATEGORIEEN,
    OnveranderlijkeVersie,
    bekrachtig,
    bekrachtiging_tekst,
    maak_concept,
    vergelijk,
    versie_met_cyclus,
    versie_tabel,
    versies_van,
    vorige_versie,
    wijzig_versie,
)
from regietafel.web.forms import DatumKiezer, NLDesignForm
from regietafel.web.formulier import (
    GEEN_FOUTEN,
    boven_formulier,
    formulierpagina,
    fout_op_formulier,
    ingevuld,
    verwerk,
)
from regietafel.web.keuze import Keuze
from regietafel.web.pagina import Lezers, OngeldigeKeuze, pagina
from regietafel.web.toegang import vereis_bewerker, vereis_lezer

if TYPE_CHECKING:
    from regietafel.verdelingen.models import Verdelingsversie

BEKRACHTIGINGSFOUTEN = {Invoerfout: fout_op_formulier, OnveranderlijkeVersie: boven_formulier}


class ConceptForm(NLDesignForm):
    toelichting = forms.CharField(label=gettext_lazy("Toelichting"), required=False, max_length=500)


class BekrachtigForm(NLDesignForm):
    datum = DatumKiezer(label=gettext_lazy("Bekrachtigd op"))
    vergadering = forms.CharField(
        label=gettext_lazy("Vergadering"),
        max_length=200,
        help_text=gettext_lazy("Bijvoorbeeld: bestuurlijke PRT 15-9-2026"),
    )


def _keuze(v: Verdelingsversie) -> Keuze:
    return Keuze(v.provincie_cyclus.provincie.code, v.provincie_cyclus.cyclus.naam)


def _lezer_van(request: HttpRequest, v: Verdelingsversie) -> None:
    vereis_lezer(request, v.provincie_cyclus.provincie.code)


def _bewerkbare_versie(request: HttpRequest, pk: int) -> Verdelingsversie:
    """Version `pk`, for a user who may change its province's data; GeenToegang otherwise."""
    v = versie_met_cyclus(pk)
    vereis_bewerker(request, v.provincie_cyclus.provincie.code)
    return v


@pagina("regietafel/verdelingen.html", Lezers.INTERN)
def verdelingen_pagina(request: HttpRequest, k: Keuze) -> HttpResponse:
    """The numbered versions; the province makes a new concept from the current puzzle."""
    t = toegang(request.user)
    pc = provincie_cyclus(k.provincie, k.cyclus)
    bewerkbaar = mag_bewerken(t, k.provincie)
    form = ingevuld(request, ConceptForm, bewerkbaar)

    def maak(d: dict[str, Any]) -> HttpResponse:
        bron = gettext("de puzzel (huidig aanbod)")
        v = maak_concept(
            k.provincie, k.cyclus, None, request.user, bron=bron, toelichting=d["toelichting"]
        )
        melding = gettext("Concept versie %(nummer)s is gemaakt.")
        messages.success(request, melding % {"nummer": v.nummer})
        return redirect("verdeling", pk=v.pk)

    context = {"k": k, "versies": versies_van(pc), "bewerkbaar": bewerkbaar}
    return formulierpagina(request, "regietafel/verdelingen.html", form, maak, context, GEEN_FOUTEN)


@pagina()
def verdeling_pagina(request: HttpRequest, pk: int) -> HttpResponse:
    v = versie_met_cyclus(pk)
    _lezer_van(request, v)
    t = toegang(request.user)
    koppen, rijen = versie_tabel(v)
    vorige = vorige_versie(v)
    context = {
        "k": _keuze(v),
        "v": v,
        "koppen": koppen,
        "rijen": rijen,
        "vorige": vorige,
        "bewerkbaar": mag_bewerken(t, v.provincie_cyclus.provincie.code),
        "bekrachtig_form": BekrachtigForm(initial={"datum": klok.vandaag()}),
        "bekrachtiging": bekrachtiging_tekst(v) if v.bekrachtigd else "",
    }
    return render(request, "regietafel/verdeling.html", context)


def _codes(v: Verdelingsversie) -> list[str]:
    return gemeentecodes(v.provincie_cyclus.provincie)


def _bewerkformulier(v: Verdelingsversie) -> type[forms.Form]:
    velden: dict[str, forms.Field] = {}
    jaren = [str(j) for j in v.provincie_cyclus.cyclus.jaren]
    for code in _codes(v):
        for cat in CATEGORIEEN:
            for j in jaren:
                velden[f"{code}_{cat}_{j}"] = forms.IntegerField(
                    required=False,
                    min_value=0,
                    label=f"{code} {CATEGORIEEN[cat]} {j}",
                    widget=forms.NumberInput(attrs={"class": "getalveld"}),
                )
    velden["toelichting"] = forms.CharField(
        label=gettext("Toelichting"), required=False, max_length=500
    )
    return type("VersieForm", (forms.Form,), velden)


def _opgeslagen(v: Verdelingsversie, nieuw: Verdelingsversie) -> str:
    """What saving `v` did: the concept itself, or a new concept beside ratified `v`."""
    if nieuw.pk == v.pk:
        return gettext("Concept versie %(nummer)s is opgeslagen.") % {"nummer": v.nummer}
    return gettext(
        "Versie %(nummer)s is bekrachtigd en blijft zoals zij is; uw wijziging staat in het "
        "nieuwe concept versie %(nummer2)s."
    ) % {"nummer": v.nummer, "nummer2": nieuw.nummer}


@pagina()
def verdeling_bewerken(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit a concept; editing a ratified version saves a new concept."""
    v = _bewerkbare_versie(request, pk)
    Form = _bewerkformulier(v)  # noqa: N806
    jaren = [str(j) for j in v.provincie_cyclus.cyclus.jaren]
    initial = {
        f"{code}_{cat}_{j}": v.waarden.get(code, {}).get(cat, {}).get(j)
        for code in _codes(v)
        for cat in CATEGORIEEN
        for j in jaren
    }
    form = Form(initial=initial)
    status = 200
    if request.method == "POST":
        form = Form(request.POST)
        if form.is_valid():
            d = form.cleaned_data
            waarden = {
                code: {cat: {j: d[f"{code}_{cat}_{j}"] for j in jaren} for cat in CATEGORIEEN}
                for code in _codes(v)
            }
            try:
                nieuw = wijzig_versie(v, waarden, request.user, d["toelichting"])
            except Invoerfout as fout:
                fout_op_formulier(form, fout)
            else:
                messages.success(request, _opgeslagen(v, nieuw))
                return redirect("verdeling", pk=nieuw.pk)
        status = 400
    koppen, rijen = versie_tabel(v)
    velden = [
        (rij, [form[f"{rij.cbs_code}_{cat}_{j}"] for cat in CATEGORIEEN for j in jaren])
        for rij in rijen
    ]
    context = {"k": _keuze(v), "v": v, "form": form, "koppen": koppen, "velden": velden}
    return render(request, "regietafel/verdeling_bewerken.html", context, status=status)


@require_POST
@pagina()
def verdeling_bekrachtigen(request: HttpRequest, pk: int) -> HttpResponse:
    v = _bewerkbare_versie(request, pk)
    form = BekrachtigForm(request.POST)

    def bekrachtig_(d: dict[str, Any]) -> HttpResponse:
        bekrachtig(v, d["datum"], d["vergadering"], request.user)
        messages.success(
            request, gettext("Versie %(nummer)s is bekrachtigd.") % {"nummer": v.nummer}
        )
        return redirect("verdeling", pk=v.pk)

    if (antwoord := verwerk(form, bekrachtig_, BEKRACHTIGINGSFOUTEN)) is not None:
        return antwoord
    v.refresh_from_db()
    koppen, rijen = versie_tabel(v)
    context = {
        "k": _keuze(v),
        "v": v,
        "koppen": koppen,
        "rijen": rijen,
        "bewerkbaar": True,
        "bekrachtig_form": form,
        "bekrachtiging": bekrachtiging_tekst(v) if v.bekrachtigd else "",
    }
    return render(request, "regietafel/verdeling.html", context, status=400)


@pagina("regietafel/verdelingen_vergelijken.html", Lezers.INTERN)
def verdelingen_vergelijken(request: HttpRequest, k: Keuze) -> HttpResponse:
    """Two versions side by side: every municipality, category and year that differs."""
    a_id, b_id = request.GET.get("a", ""), request.GET.get("b", "")
    if not (a_id.isdigit() and b_id.isdigit()):
        raise OngeldigeKeuze("Kies twee versies om te vergelijken.", {"k": k})
    a, b = versie_met_cyclus(int(a_id)), versie_met_cyclus(int(b_id))
    for v in (a, b):
        _lezer_van(request, v)
    if a.provincie_cyclus_id != b.provincie_cyclus_id:
        fout = gettext("Kies twee versies van dezelfde provincie en cyclus.")
        raise OngeldigeKeuze(fout, {"k": k})
    try:
        verschillen = vergelijk(a, b)
    except Invoerfout as fout:
        raise OngeldigeKeuze(str(fout), {"k": _keuze(a)}) from None
    gewijzigd = sorted({r.verschil.cbs_code for r in verschillen})
    context = {"k": _keuze(a), "a": a, "b": b, "verschillen": verschillen, "gewijzigd": gewijzigd}
    return render(request, "regietafel/verdelingen_vergelijken.html", context)
