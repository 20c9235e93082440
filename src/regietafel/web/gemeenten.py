"""The municipality page and the inline offer form."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from regietafel.domain.model import Categorie
from regietafel.opgaven.models import Aanbod
from regietafel.provincies.models import Gemeente
from regietafel.services.historie import historie
from regietafel.services.openbaarheid import locaties_voor
from regietafel.services.pijplijn import tijdlijnen
from regietafel.services.puzzel import actuele_puzzel
from regietafel.services.toegang import Toegang, mag_bewerken, mag_lezen
from regietafel.services.wijzigingen import Conflict, GeenToegang, wijzig_aanbod
from regietafel.web.forms import AanbodForm
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
    return render(request, "regietafel/gemeente.html", _context(t, gemeente, keuze))


def _context(
    t: Toegang, gemeente: Gemeente, keuze: Keuze, gewijzigd: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The municipality page in the chosen cycle; `gewijzigd` is the row of an offer just
    posted (with its form, errors or conflict) in place of that offer's row."""
    cbs_code, cyclus = gemeente.cbs_code, keuze.cyclus
    p = actuele_puzzel(gemeente.provincie.code, cyclus)
    regel = next((r for r in p.regels if r.cbs_code == cbs_code), None)
    if regel is None:
        raise Http404(f"Gemeente {gemeente.naam} heeft geen gegevens in cyclus {cyclus}.")
    bewerkbaar = mag_bewerken(t, gemeente.provincie.code, cbs_code)
    volgorde = {c.value: i for i, c in enumerate(Categorie)}
    aanbod = sorted(
        Aanbod.objects.filter(gemeente=gemeente, cyclus__naam=cyclus),
        key=lambda a: (volgorde[a.categorie], a.jaar),
    )
    rijen = [_aanbodrij(a, regel, bewerkbaar) for a in aanbod]
    if gewijzigd is not None:
        rijen = [gewijzigd if r["aanbod"].pk == gewijzigd["aanbod"].pk else r for r in rijen]
    return {
        **keuze.context,
        "gemeente": gemeente,
        "regel": regel,
        "totaal": p.totaal,
        "bewerkbaar": bewerkbaar,
        "aanbodrijen": rijen,
        "locaties": locaties_voor(t, gemeente.locaties.order_by("volgorde", "id"), cyclus),
        "historie": historie(gemeente, lezer=t, cyclus=cyclus),
        "tijdlijnen": tijdlijnen(gemeente, t, cyclus),
    }


def _aanbodrij(
    a: Aanbod,
    regel: Any,
    bewerkbaar: bool,
    form: AanbodForm | None = None,
    conflict: Conflict | None = None,
    melding: str = "",
) -> dict[str, Any]:
    cat = regel.categorie(Categorie(a.categorie))
    return {
        "aanbod": a,
        "opgave": cat.opgave,
        "saldo": cat.saldo(a.jaar),
        "bewerkbaar": bewerkbaar,
        "form": form or AanbodForm(initial={"plaatsen": a.plaatsen, "versie": a.versie}),
        "conflict": conflict,
        "melding": melding,
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
        # Without htmx: back to the page when saved, otherwise the page itself with the
        # offer's row showing the error or the conflict (the status says which).
        if status == 200:
            terug = Keuze(a.gemeente.provincie.code, a.cyclus.naam)
            return redirect(met_keuze(reverse("gemeente", args=[cbs_code]), terug))
        keuze = kies_cyclus(request, a.gemeente.provincie.code, a.cyclus.naam)
        p = actuele_puzzel(a.gemeente.provincie.code, a.cyclus.naam)
        regel = next(r for r in p.regels if r.cbs_code == cbs_code)
        rij = _aanbodrij(a, regel, True, form, conflict)
        context = _context(t, a.gemeente, keuze, rij)
        return render(request, "regietafel/gemeente.html", context, status=status)
    p = actuele_puzzel(a.gemeente.provincie.code, a.cyclus.naam)
    regel = next(r for r in p.regels if r.cbs_code == cbs_code)
    context = {
        "rij": _aanbodrij(a, regel, True, form, conflict, melding),
        "totaal": p.totaal,
        "oob": True,
    }
    # htmx swaps only 2xx answers by default; the status lives in the fragment instead.
    return render(request, "regietafel/aanbod_rij.html", context)
