"""The municipality page and the inline offer form."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from regietafel.cycli.models import Cyclus
from regietafel.domain.model import Categorie
from regietafel.opgaven.models import CATEGORIEEN, Aanbod
from regietafel.provincies.models import Gemeente
from regietafel.services.historie import historie
from regietafel.services.pijplijn import tijdlijnen
from regietafel.services.puzzel import actuele_puzzel
from regietafel.services.toegang import mag_bewerken, mag_lezen
from regietafel.services.wijzigingen import (
    Conflict,
    GeenToegang,
    maak_aanbod,
    ontbrekend_aanbod,
    wijzig_aanbod,
)
from regietafel.web.forms import AanbodForm, NieuwAanbodForm
from regietafel.web.keuze import Keuze, kies_cyclus, met_keuze
from regietafel.web.toegang import ingelogd, weiger


def gemeente_pagina(request: HttpRequest, cbs_code: str) -> HttpResponse:
    """Targets, offers, locations and history of one municipality in the chosen cycle
    (`?cyclus=…`, by default the province's current cycle)."""
    gemeente = get_object_or_404(Gemeente.objects.select_related("provincie"), cbs_code=cbs_code)
    t = ingelogd(request)
    if t is None or not mag_lezen(t, gemeente.provincie.code, gepubliceerd=False):
        return weiger(request)
    keuze = kies_cyclus(request, gemeente.provincie.code)
    cyclus = keuze.cyclus
    p = actuele_puzzel(gemeente.provincie.code, cyclus)
    regel = next(r for r in p.regels if r.cbs_code == cbs_code)
    bewerkbaar = mag_bewerken(t, gemeente.provincie.code, cbs_code)
    c = Cyclus.objects.get(naam=cyclus)
    rijen = [_aanbodrij(a, regel, bewerkbaar) for a in gemeente.aanbod.filter(cyclus=c)]
    # A category and year without a row yet (a new province): shown as unknown, and the
    # province or the municipality itself creates it by entering a number.
    rijen += [_nieuwe_aanbodrij(gemeente, keuze, cat, jaar, regel, bewerkbaar)
              for cat, jaar in ontbrekend_aanbod(gemeente, c)]  # fmt: skip
    volgorde = {c.value: i for i, c in enumerate(Categorie)}
    rijen.sort(key=lambda r: (volgorde[r["categorie"]], r["jaar"]))
    context = {
        **keuze.context,
        "gemeente": gemeente,
        "regel": regel,
        "totaal": p.totaal,
        "bewerkbaar": bewerkbaar,
        "aanbodrijen": rijen,
        "locaties": gemeente.locaties.order_by("volgorde", "id"),
        "historie": historie(gemeente),
        "tijdlijnen": tijdlijnen(gemeente),
    }
    return render(request, "regietafel/gemeente.html", context)


def _aanbodrij(
    a: Aanbod, regel: Any, bewerkbaar: bool, form: AanbodForm | None = None
) -> dict[str, Any]:
    cat = regel.categorie(Categorie(a.categorie))
    return {
        "aanbod": a,
        "sleutel": a.pk,
        "categorie": a.categorie,
        "jaar": a.jaar,
        "label": f"{a.get_categorie_display()} {a.jaar}",
        "actie": reverse("aanbod-wijzigen", args=[a.gemeente.cbs_code, a.pk]),
        "opgave": cat.opgave,
        "saldo": cat.saldo(a.jaar),
        "bewerkbaar": bewerkbaar,
        "form": form or AanbodForm(initial={"plaatsen": a.plaatsen, "versie": a.versie}),
    }


def _nieuwe_aanbodrij(
    gemeente: Gemeente,
    keuze: Keuze,
    categorie: Categorie,
    jaar: int,
    regel: Any,
    bewerkbaar: bool,
    form: NieuwAanbodForm | None = None,
) -> dict[str, Any]:
    return {
        "nieuw": True,
        "sleutel": f"nieuw-{categorie.value}-{jaar}",
        "categorie": categorie.value,
        "jaar": jaar,
        "label": f"{dict(CATEGORIEEN)[categorie.value]} {jaar}",
        "actie": met_keuze(reverse("aanbod-nieuw", args=[gemeente.cbs_code]), keuze),
        "opgave": regel.categorie(categorie).opgave,
        "saldo": None,
        "bewerkbaar": bewerkbaar,
        "form": form or NieuwAanbodForm(jaren=()),
    }


@require_http_methods(["POST"])
def aanbod_wijzigen(request: HttpRequest, cbs_code: str, pk: int) -> HttpResponse:
    """Save one offer. With htmx, answer the updated row and the provincial totals."""
    a = get_object_or_404(
        Aanbod.objects.select_related("gemeente__provincie", "cyclus"),
        pk=pk,
        gemeente__cbs_code=cbs_code,
    )
    t = ingelogd(request)
    if t is None or not mag_bewerken(t, a.gemeente.provincie.code, cbs_code):
        return weiger(request)
    form = AanbodForm(request.POST)
    melding, conflict, status = "", None, 200
    if form.is_valid():
        try:
            a = wijzig_aanbod(
                t,
                request.user,
                a,
                form.cleaned_data["plaatsen"],
                form.cleaned_data["versie"],
                form.cleaned_data["reden"],
            )
            form = None
            melding = "Opgeslagen."
        except Conflict as c:
            conflict, status = c, 409
            a.refresh_from_db()
        except GeenToegang:
            return weiger(request)
    else:
        status = 400
    if not request.htmx:
        terug = Keuze(a.gemeente.provincie.code, a.cyclus.naam)
        return (
            redirect(met_keuze(reverse("gemeente", args=[cbs_code]), terug))
            if status == 200
            else HttpResponse((form.errors.as_text() if form else str(conflict)), status=status)
        )
    return _rij_antwoord(request, a, form, melding, conflict)


def _rij_antwoord(
    request: HttpRequest,
    a: Aanbod,
    form: AanbodForm | None,
    melding: str,
    conflict: Conflict | None,
) -> HttpResponse:
    """The saved (or refused) offer row and the provincial totals, for htmx."""
    p = actuele_puzzel(a.gemeente.provincie.code, a.cyclus.naam)
    regel = next(r for r in p.regels if r.cbs_code == a.gemeente.cbs_code)
    context = {
        "rij": _aanbodrij(a, regel, True, form),
        "totaal": p.totaal,
        "melding": melding,
        "conflict": conflict,
        "oob": True,
    }
    # htmx swaps only 2xx answers by default; the status lives in the fragment instead.
    return render(request, "regietafel/aanbod_rij.html", context)


@require_http_methods(["POST"])
def aanbod_nieuw(request: HttpRequest, cbs_code: str) -> HttpResponse:
    """Create an offer row that is not there yet (a category and year of the chosen cycle,
    `?cyclus=…`), with the number entered or unknown. With htmx, answer the new row (or,
    when someone else created it meanwhile, that row with the conflict) and the totals."""
    gemeente = get_object_or_404(Gemeente.objects.select_related("provincie"), cbs_code=cbs_code)
    t = ingelogd(request)
    if t is None or not mag_bewerken(t, gemeente.provincie.code, cbs_code):
        return weiger(request)
    keuze = kies_cyclus(request, gemeente.provincie.code)
    cyclus = Cyclus.objects.get(naam=keuze.cyclus)
    form = NieuwAanbodForm(request.POST, jaren=cyclus.jaren)
    terug = met_keuze(reverse("gemeente", args=[cbs_code]), keuze)
    if not form.is_valid():
        if not request.htmx:
            return HttpResponse(form.errors.as_text(), status=400)
        d = form.cleaned_data
        if "categorie" not in d or "jaar" not in d:  # not a row of this page
            return HttpResponse(form.errors.as_text(), status=400)
        p = actuele_puzzel(gemeente.provincie.code, keuze.cyclus)
        regel = next(r for r in p.regels if r.cbs_code == cbs_code)
        rij = _nieuwe_aanbodrij(gemeente, keuze, d["categorie"], d["jaar"], regel, True, form)
        return render(request, "regietafel/aanbod_rij.html", {"rij": rij})
    d = form.cleaned_data
    melding, conflict = "Opgeslagen.", None
    try:
        a = maak_aanbod(
            t, request.user, gemeente, cyclus, d["categorie"], d["jaar"], d["plaatsen"], d["reden"]
        )
    except Conflict as c:
        conflict, melding = c, ""
        a = Aanbod.objects.get(
            gemeente=gemeente, cyclus=cyclus, categorie=d["categorie"].value, jaar=d["jaar"]
        )
    if not request.htmx:
        if conflict is not None:
            return HttpResponse(str(conflict), status=409)
        return redirect(terug)
    return _rij_antwoord(request, a, None, melding, conflict)
