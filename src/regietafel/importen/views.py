"""Importing a spreadsheet in the browser: upload, preview (a dry run), confirm.

The file is kept in the session between the preview and the confirmation; the confirmation
applies it only if the changes are still exactly the ones the preview showed.
"""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from regietafel.domain.invoer import KOLOMMEN
from regietafel.domain.invoerregels import ImportSoort
from regietafel.importen.services import (
    PER_GEMEENTE,
    Importresultaat,
    importeer,
    recente_imports,
)
from regietafel.importen.sjablonen import bestandsnaam
from regietafel.importen.sjablonen import sjabloon as maak_sjabloon
from regietafel.services.keuzes import (
    cycli_van,
    huidige_cyclus,
    provincie_naam,
    standaard_provincie,
)
from regietafel.services.toegang import Toegang, mag_bewerken
from regietafel.web.forms import BestandVeld, NLDesignForm
from regietafel.web.keuze import Keuze, leesbaar, onthoud
from regietafel.web.pagina import pagina
from regietafel.web.toegang import vereis_ingelogd, weiger

SESSIE = "regietafel_import"
TITELS = {
    ImportSoort.CAPACITEITSBESLUIT: gettext_lazy(
        "Capaciteitsbesluit (indicatieve aantallen per gemeente)"
    ),
    ImportSoort.AANBOD: gettext_lazy("Aanbod per gemeente, categorie en jaar"),
    ImportSoort.LOCATIES: gettext_lazy("Opvanglocaties (Bijlage 1)"),
    ImportSoort.INWONERS: gettext_lazy("Inwoners per peiljaar"),
    ImportSoort.GEMEENTEN: gettext_lazy("Gemeenten (aanmaken en bijwerken)"),
    ImportSoort.STATUSHOUDERS: gettext_lazy(
        "Statushouders: taakstelling en gehuisvest per halfjaar"
    ),
    ImportSoort.GOO: gettext_lazy("GOO-locaties (opvang Oekraïense ontheemden)"),
    ImportSoort.PUZZEL: gettext_lazy("De puzzel (een rij per gemeente, zoals de Drentse puzzel)"),
    ImportSoort.PROVINCIECIJFERS: gettext_lazy(
        "Invoer provincie: Oekraïne-opgave, SPUK-bedragen, realisatie per gemeente en de "
        "landelijke bedragen"
    ),
}


def _provincie(request: HttpRequest, t: Toegang) -> str:
    """The province the import is for: the user's own, or for an administrator (who may
    import for every province) the one chosen on the page (posted or `?provincie=`),
    by default as on the other pages."""
    if t.alles:
        gekozen = request.POST.get("provincie") or request.GET.get("provincie")
        return leesbaar(gekozen or "") or standaard_provincie(t)
    return t.provincie or t.gemeente_provincie or ""


def _terug(t: Toegang, provincie: str) -> str:
    """The import page again, for an administrator with the province chosen."""
    pagina = reverse("importeren")
    return f"{pagina}?{urlencode({'provincie': provincie})}" if t.alles else pagina


def _soorten(t: Toegang, provincie: str) -> list[ImportSoort]:
    if mag_bewerken(t, provincie):
        return list(ImportSoort)
    if t.gemeente is not None:
        return [s for s in ImportSoort if s in PER_GEMEENTE]
    return []


class ImportForm(NLDesignForm):
    soort = forms.ChoiceField(label=gettext_lazy("Soort bestand"))
    cyclus = forms.ChoiceField(label=gettext_lazy("Cyclus"))
    bestand = BestandVeld(label=gettext_lazy("Bestand (CSV of Excel .xlsx)"))

    def __init__(self, *args: Any, soorten: list[ImportSoort], cycli: list[str], **kwargs: Any):
        super().__init__(*args, **kwargs)
        veld = self.fields["soort"]
        veld.choices = [(s.value, TITELS[s]) for s in soorten]  # type: ignore[attr-defined]
        veld.error_messages["invalid_choice"] = gettext(
            "Soort bestand: u mag dit soort bestand niet importeren."
        )
        self.fields["cyclus"].choices = [(c, c) for c in cycli]  # type: ignore[attr-defined]
        self.fields["cyclus"].error_messages["invalid_choice"] = gettext(
            "Cyclus: kies een cyclus van de provincie."
        )


def _context(t: Toegang, provincie: str, **extra: Any) -> dict[str, Any]:
    recent = recente_imports(provincie=provincie)
    kolommen = {(s.value, TITELS[s]): KOLOMMEN[s] for s in _soorten(t, provincie)}
    return {
        "provincie": provincie,
        "recent": recent,
        "kolommen": kolommen,
        # An administrator chooses the province with the selector of the other pages.
        "kiest_provincie": t.alles,
        **extra,
    }


@pagina()
def importeren_pagina(request: HttpRequest) -> HttpResponse:
    t = vereis_ingelogd(request)
    provincie = _provincie(request, t)
    soorten = _soorten(t, provincie)
    if not soorten:
        return weiger(request)
    cycli = cycli_van(provincie)
    # The cycle asked for (the menu carries it), else the province's current cycle.
    gekozen = leesbaar(request.GET.get("cyclus", "")) or huidige_cyclus(provincie) or ""
    onthoud(request, Keuze(provincie, gekozen, provincie_naam=provincie_naam(provincie)))
    if request.method != "POST":
        form = ImportForm(soorten=soorten, cycli=cycli, initial={"cyclus": gekozen})
        return render(request, "regietafel/importeren.html", _context(t, provincie, form=form))
    form = ImportForm(request.POST, request.FILES, soorten=soorten, cycli=cycli)
    if not form.is_valid():
        context = _context(t, provincie, form=form)
        return render(request, "regietafel/importeren.html", context, status=400)
    bestand = form.cleaned_data["bestand"]
    inhoud = bestand.read()
    soort, cyclus = form.cleaned_data["soort"], form.cleaned_data["cyclus"]
    resultaat = importeer(
        soort,
        inhoud,
        bestand.name,
        provincie=provincie,
        cyclus=cyclus,
        t=t,
        gebruiker=request.user,
        droog=True,
    )
    if resultaat.geldig:
        request.session[SESSIE] = {
            "inhoud": base64.b64encode(inhoud).decode(),
            "naam": bestand.name,
            "soort": soort,
            "cyclus": cyclus,
            "provincie": provincie,
            "plan": resultaat.plan_hash,
        }
    context = _context(t, provincie, form=form, resultaat=resultaat)
    return render(
        request, "regietafel/importeren.html", context, status=200 if resultaat.geldig else 400
    )


@require_POST
@pagina()
def bevestigen(request: HttpRequest) -> HttpResponse:
    t = vereis_ingelogd(request)
    provincie = _provincie(request, t)
    if not _soorten(t, provincie):
        return weiger(request)
    bewaard = request.session.get(SESSIE)
    if not bewaard or bewaard.get("provincie") != provincie:
        messages.error(
            request, gettext("Er is geen import om te bevestigen; laad het bestand opnieuw.")
        )
        return redirect(_terug(t, provincie))
    resultaat: Importresultaat = importeer(
        bewaard["soort"],
        base64.b64decode(bewaard["inhoud"]),
        bewaard["naam"],
        provincie=provincie,
        cyclus=bewaard["cyclus"],
        t=t,
        gebruiker=request.user,
        verwacht_plan=bewaard["plan"],
    )
    del request.session[SESSIE]
    if not resultaat.toegepast:
        context = _context(t, provincie, resultaat=resultaat, form=None)
        return render(request, "regietafel/importeren.html", context, status=409)
    messages.success(
        request,
        ngettext(
            "'%(bestandsnaam)s' is geïmporteerd: %(n)s wijziging.",
            "'%(bestandsnaam)s' is geïmporteerd: %(n)s wijzigingen.",
            len(resultaat.wijzigingen),
        )
        % {"bestandsnaam": resultaat.bestandsnaam, "n": len(resultaat.wijzigingen)},
    )
    return redirect(_terug(t, provincie))


@pagina()
def sjabloon(request: HttpRequest, soort: str) -> HttpResponse:
    """The XLSX template of an import kind for the user's province and the chosen cycle
    (`?cyclus=`, by default the current one): for the roles that may import that kind."""
    t = vereis_ingelogd(request)
    provincie = _provincie(request, t)
    try:
        gekozen = ImportSoort(soort)
    except ValueError:
        raise Http404(f"'{soort}' is geen soort import.") from None
    if gekozen not in _soorten(t, provincie):
        return weiger(request)
    cyclus = leesbaar(request.GET.get("cyclus", "")) or huidige_cyclus(provincie)
    inhoud = maak_sjabloon(gekozen, provincie, cyclus or "", t.gemeente, beheerder=t.alles)
    response = HttpResponse(
        inhoud, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    naam = bestandsnaam(gekozen, provincie, cyclus or "")
    response["Content-Disposition"] = f'attachment; filename="{naam}"'
    return response
