"""The municipality page and the inline offer form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from regietafel.domain.model import Categorie
from regietafel.locaties.services import locaties_van
from regietafel.opgaven.historie import historie
from regietafel.publicaties.openbaarheid import locaties_voor
from regietafel.puzzel.pijplijn import tijdlijnen
from regietafel.puzzel.services import actuele_puzzel
from regietafel.services.opslag import cyclus_met_naam, gemeente_met_provincie
from regietafel.services.toegang import Toegang, mag_bewerken
from regietafel.services.wijzigingen import (
    CATEGORIEEN,
    Conflict,
    aanbod_in,
    aanbod_van,
    aanbod_van_gemeente,
    maak_aanbod,
    ontbrekend_aanbod,
    wijzig_aanbod,
)
from regietafel.web.forms import AanbodForm, NieuwAanbodForm
from regietafel.web.keuze import Keuze, kies_cyclus, met_keuze
from regietafel.web.pagina import pagina
from regietafel.web.toegang import vereis_bewerker, vereis_lezer

if TYPE_CHECKING:
    from regietafel.opgaven.models import Aanbod
    from regietafel.provincies.models import Gemeente


@pagina()
def gemeente_pagina(request: HttpRequest, cbs_code: str) -> HttpResponse:
    """Targets, offers, locations and history of one municipality in the chosen cycle
    (`?cyclus=…`, by default the province's current cycle)."""
    gemeente = gemeente_met_provincie(cbs_code)
    t = vereis_lezer(request, gemeente.provincie.code)
    keuze = kies_cyclus(request, gemeente.provincie.code)
    return render(request, "regietafel/gemeente.html", _context(t, gemeente, keuze))


def _regel(gemeente: Gemeente, cyclus: str) -> tuple[Any, Any]:
    """The municipality's row of the puzzle in `cyclus`, and the puzzle's totals."""
    p = actuele_puzzel(gemeente.provincie.code, cyclus)
    regel = next((r for r in p.regels if r.cbs_code == gemeente.cbs_code), None)
    if regel is None:
        raise Http404(f"Gemeente {gemeente.naam} heeft geen gegevens in cyclus {cyclus}.")
    return regel, p.totaal


def _context(
    t: Toegang, gemeente: Gemeente, keuze: Keuze, gewijzigd: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The municipality page in the chosen cycle; `gewijzigd` is the row of an offer just
    posted (with its form, errors or conflict) in place of that offer's row."""
    cbs_code, cyclus = gemeente.cbs_code, keuze.cyclus
    regel, totaal = _regel(gemeente, cyclus)
    bewerkbaar = mag_bewerken(t, gemeente.provincie.code, cbs_code)
    c = cyclus_met_naam(cyclus)
    rijen = [_aanbodrij(a, regel, bewerkbaar) for a in aanbod_van_gemeente(gemeente, c)]
    # A category and year without a row yet (a new province): shown as unknown, and the
    # province or the municipality itself creates it by entering a number.
    rijen += [_nieuwe_aanbodrij(gemeente, keuze, cat, jaar, regel, bewerkbaar)
              for cat, jaar in ontbrekend_aanbod(gemeente, c)]  # fmt: skip
    volgorde = {c.value: i for i, c in enumerate(Categorie)}
    rijen.sort(key=lambda r: (volgorde[r["categorie"]], r["jaar"]))
    if gewijzigd is not None:
        plek = (gewijzigd["categorie"], gewijzigd["jaar"])
        rijen = [gewijzigd if (r["categorie"], r["jaar"]) == plek else r for r in rijen]
    return {
        **keuze.context,
        "gemeente": gemeente,
        "regel": regel,
        "totaal": totaal,
        "bewerkbaar": bewerkbaar,
        "aanbodrijen": rijen,
        "locaties": locaties_voor(t, locaties_van(gemeente), cyclus),
        "historie": historie(gemeente, lezer=t, cyclus=cyclus),
        "tijdlijnen": tijdlijnen(gemeente, t, cyclus),
    }


@dataclass(frozen=True)
class _Gepost:
    """What a POST leaves in an offer's row: the form as posted (None: a fresh one), the
    conflict with a change made meanwhile, or the message that it was saved."""

    form: AanbodForm | None = None
    conflict: Conflict | None = None
    melding: str = ""


NIET_GEPOST = _Gepost()


def _aanbodrij(
    a: Aanbod, regel: Any, bewerkbaar: bool, gepost: _Gepost = NIET_GEPOST
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
        "form": gepost.form or AanbodForm(initial={"plaatsen": a.plaatsen, "versie": a.versie}),
        "conflict": gepost.conflict,
        "melding": gepost.melding,
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
    """A category and year of the cycle without an offer row yet: unknown, and for those
    who may edit a form that creates the row."""
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


def _rij_antwoord(
    request: HttpRequest,
    t: Toegang,
    rij: dict[str, Any],
    gemeente: Gemeente,
    keuze: Keuze,
    status: int,
) -> HttpResponse:
    """The answer to a posted offer row. With htmx, the row (saved, or with its error or
    conflict) and the provincial totals; htmx swaps only 2xx answers by default, so the
    status lives in the fragment instead. Without htmx: back to the page when saved,
    otherwise the page itself with the row showing the error or the conflict."""
    if request.htmx:
        _, totaal = _regel(gemeente, keuze.cyclus)
        context = {"rij": rij, "totaal": totaal, "oob": True}
        return render(request, "regietafel/aanbod_rij.html", context)
    if status == 200:
        return redirect(met_keuze(reverse("gemeente", args=[gemeente.cbs_code]), keuze))
    context = _context(t, gemeente, keuze, rij)
    return render(request, "regietafel/gemeente.html", context, status=status)


@require_http_methods(["POST"])
@pagina()
def aanbod_wijzigen(request: HttpRequest, cbs_code: str, pk: int) -> HttpResponse:
    """Save one offer. With htmx, answer the updated row and the provincial totals."""
    a = aanbod_van(cbs_code, pk)
    t = vereis_bewerker(request, a.gemeente.provincie.code, cbs_code)
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
    else:
        status = 400
    keuze = kies_cyclus(request, a.gemeente.provincie.code, a.cyclus.naam)
    regel, _ = _regel(a.gemeente, a.cyclus.naam)
    rij = _aanbodrij(a, regel, True, _Gepost(form, conflict, melding))
    return _rij_antwoord(request, t, rij, a.gemeente, keuze, status)


@require_http_methods(["POST"])
@pagina()
def aanbod_nieuw(request: HttpRequest, cbs_code: str) -> HttpResponse:
    """Create an offer row that is not there yet (a category and year of the chosen cycle,
    `?cyclus=…`), with the number entered or unknown. The answer is the new row or, when
    someone else created it meanwhile, that row with the conflict (409), as for a change."""
    gemeente = gemeente_met_provincie(cbs_code)
    t = vereis_bewerker(request, gemeente.provincie.code, cbs_code)
    keuze = kies_cyclus(request, gemeente.provincie.code)
    cyclus = cyclus_met_naam(keuze.cyclus)
    form = NieuwAanbodForm(request.POST, jaren=cyclus.jaren)
    if not form.is_valid():
        d = form.cleaned_data
        if "categorie" not in d or "jaar" not in d:  # no row of this page to show it in
            return HttpResponse(form.errors.as_text(), status=400)
        regel, _ = _regel(gemeente, keuze.cyclus)
        rij = _nieuwe_aanbodrij(gemeente, keuze, d["categorie"], d["jaar"], regel, True, form)
        return _rij_antwoord(request, t, rij, gemeente, keuze, 400)
    d = form.cleaned_data
    melding, conflict, status = "Opgeslagen.", None, 200
    try:
        a = maak_aanbod(
            t, request.user, gemeente, cyclus, d["categorie"], d["jaar"], d["plaatsen"], d["reden"]
        )
    except Conflict as c:
        melding, conflict, status = "", c, 409
        a = aanbod_in(gemeente, cyclus, d["categorie"], d["jaar"])
    regel, _ = _regel(gemeente, keuze.cyclus)
    # After a conflict the row shows what the user entered, next to the current value.
    rij_form = AanbodForm(initial={"plaatsen": d["plaatsen"], "versie": a.versie})
    rij = _aanbodrij(a, regel, True, _Gepost(rij_form if conflict else None, conflict, melding))
    return _rij_antwoord(request, t, rij, gemeente, keuze, status)
