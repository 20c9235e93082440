"""Downloads of the official documents, for the provincie and ministerie roles, and of a
published cycle's report and puzzle for everyone.

Every document for the roles is made by a background task (django.tasks): the request only
queues it and redirects to a progress page, which polls with htmx until the file is ready.
A large province, or all provinces at once, never blocks a web request. The public
downloads of a published cycle are made once per publication and kept
(`services.rapporten.gepubliceerd_document`). Of a published cycle the documents are as
published; its working version (current texts) has a row of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from regietafel.publicaties.services import publicatiedatum
from regietafel.services.keuzes import beschikbare_cycli
from regietafel.services.opslag import RijNietGevonden, provincie_cyclus
from regietafel.services.toegang import mag_bewerken, mag_rapporteren, toegang
from regietafel.services.wijzigingen import GeenToegang
from regietafel.verslagen.opdrachten import (
    bijgewerkte,
    eigen_opdracht,
    inhoud_van,
    is_klaar,
    opdrachten_zonder_inhoud,
    recente_opdrachten,
)
from regietafel.verslagen.services import (
    ALLE,
    NIET_VOOR_ALLE,
    SOORTEN,
    gepubliceerd_document,
    mag_aanvragen,
    mime_van,
    provincienaam,
    voortgang_van,
)
from regietafel.verslagen.standaardteksten import GROEPEN, KORT, ONDERDELEN
from regietafel.verslagen.taken import vraag_opnieuw_aan, vraag_rapport_aan
from regietafel.verslagen.teksten import (
    bewaar_verslagteksten,
    eigen_verslagteksten,
    verslagteksten,
)
from regietafel.web.forms import NLDesignForm
from regietafel.web.keuze import Keuze, gevraagd, met_keuze, onthoud
from regietafel.web.pagina import pagina
from regietafel.web.toegang import ingelogd, weiger

if TYPE_CHECKING:
    from regietafel.verslagen.models import RapportOpdracht

# The Documenten page: per document its formats, each a key of SOORTEN.
WORD = gettext_lazy("Word")
DOCUMENTKNOPPEN = (
    (gettext_lazy("Provinciaal verslag aan de minister"), (("pdf", "PDF"), ("docx", WORD))),
    (gettext_lazy("Aanbiedingsbrief aan de minister"),
     (("aanbiedingsbrief-pdf", "PDF"), ("aanbiedingsbrief-docx", WORD))),
    (gettext_lazy("Brief aan de colleges van burgemeester en wethouders"),
     (("collegebrief-pdf", "PDF"), ("collegebrief-docx", WORD))),
    (gettext_lazy("Het verslag met beide brieven (ZIP)"),
     (("set-pdf", "PDF"), ("set-docx", WORD))),
    (gettext_lazy("De puzzel"), (("xlsx", gettext_lazy("Excel")), ("csv", "CSV"))),
    (gettext_lazy("Consultatiebrieven aan de gemeenten"),
     (("brieven", gettext_lazy("ZIP met Word")),)),
)  # fmt: skip
# Of a published cycle, also: the report and its letters with the texts as they are now.
WERKVERSIEKNOPPEN = (
    (gettext_lazy("Werkversie met de huidige teksten: het verslag met beide brieven (ZIP)"),
     (("werkversie-set-pdf", "PDF"), ("werkversie-set-docx", WORD))),
)  # fmt: skip
# What all provinces at once do not have: consultation letters, working versions.


def _knoppen(provincie: str, gepubliceerd: bool) -> list[dict[str, Any]]:
    """The rows of the Documenten page: a published cycle's documents are as published, and
    its working version has a row of its own; all provinces at once have no consultation
    letters."""
    rijen = DOCUMENTKNOPPEN + (WERKVERSIEKNOPPEN if gepubliceerd and provincie != ALLE else ())
    return [
        {"naam": naam, "knoppen": [(s, kort, SOORTEN[s]) for s, kort in knoppen]}
        for naam, knoppen in rijen
        if provincie != ALLE or knoppen[0][0] not in NIET_VOOR_ALLE
    ]


def _mag(request: HttpRequest, provincie: str) -> bool:
    return mag_aanvragen(toegang(request.user), provincie)


@require_GET
@pagina()
def rapporten_pagina(request: HttpRequest) -> HttpResponse:
    """The download buttons for the chosen province and cycle."""
    if not request.user.is_authenticated:
        return weiger(request)
    t = toegang(request.user)
    provincie, cyclus = gevraagd(request, t)
    if not _mag(request, provincie):
        return weiger(request)
    keuzes = [k for k in beschikbare_cycli() if mag_rapporteren(t, k.provincie_code)]
    naam = next((k.provincie_naam for k in keuzes if k.provincie_code == provincie), "")
    onthoud(request, Keuze(provincie, cyclus, provincie_naam=naam))
    bekend = {(k.provincie_code, k.cyclus) for k in keuzes} | {(ALLE, k.cyclus) for k in keuzes}
    opdrachten = _recent(request)
    lijst = {"opdrachten": opdrachten, "bezig": any(o.verloop.bezig for o in opdrachten)}
    if request.htmx:  # the list of the user's documents refreshes itself while one is made
        return render(request, "regietafel/rapport_opdrachten.html", lijst)
    gepubliceerd_op = (
        publicatiedatum(provincie, cyclus)
        if provincie != ALLE and (provincie, cyclus) in bekend
        else None
    )
    context = {
        **lijst,
        "provincie": provincie,
        "cyclus": cyclus,
        "keuzes": keuzes,
        "gepubliceerd_op": gepubliceerd_op,
        "documenten": _knoppen(provincie, gepubliceerd_op is not None),
        "alle_mag": _mag(request, ALLE),
        "bekend": (provincie, cyclus) in bekend,
        "teksten_mag": (provincie, cyclus) in bekend and mag_bewerken(t, provincie),
    }
    return render(request, "regietafel/rapporten.html", context)


def _bekend(provincie: str, cyclus: str) -> None:
    """A province and cycle with data (or every province); else 404."""
    if provincie != ALLE and not any(
        (k.provincie_code, k.cyclus) == (provincie, cyclus) for k in beschikbare_cycli()
    ):
        raise Http404(f"Geen gegevens voor provincie '{provincie}' in cyclus '{cyclus}'.")


def _recent(request: HttpRequest) -> list[RapportOpdracht]:
    """The user's last ten jobs (not the per-province parts of one), each with the name of
    what it makes and its progress."""
    opdrachten = bijgewerkte(recente_opdrachten(request.user))
    for o in opdrachten:
        o.soortnaam = SOORTEN.get(o.formaat, o.formaat)  # type: ignore[attr-defined]
        o.verloop = voortgang_van(o)  # type: ignore[attr-defined]
    return opdrachten


@require_POST
@pagina()
def aanvragen(request: HttpRequest) -> HttpResponse:
    """Queue a document and go to its progress page."""
    provincie = request.POST.get("provincie", "")
    cyclus = request.POST.get("cyclus", "")
    formaat = request.POST.get("formaat", "")
    if not request.user.is_authenticated or not _mag(request, provincie):
        return weiger(request)
    if formaat not in SOORTEN or (provincie == ALLE and formaat in NIET_VOOR_ALLE):
        return HttpResponse("Onbekend formaat.", status=400)
    _bekend(provincie, cyclus)
    opdracht = vraag_rapport_aan(request.user, provincie, cyclus, formaat)
    return redirect("rapport-opdracht", pk=opdracht.pk)


@require_POST
@pagina()
def opnieuw(request: HttpRequest, pk: str) -> HttpResponse:
    """Queue a failed job again; the same rights as asking for it the first time."""
    opdracht = _eigen_opdracht(request, pk)
    _bekend(opdracht.provincie, opdracht.cyclus)
    vraag_opnieuw_aan(opdracht)
    return redirect("rapport-opdracht", pk=opdracht.pk)


def _eigen_opdracht(request: HttpRequest, pk: str) -> RapportOpdracht:
    """The user's own job, if they may still have it, else GeenToegang; another user's job
    does not exist for them (RijNietGevonden)."""
    if not request.user.is_authenticated:
        raise GeenToegang
    opdracht = eigen_opdracht(pk, request.user.pk)
    if opdracht is None:
        raise RijNietGevonden("Onbekende opdracht.")
    if not _mag(request, opdracht.provincie):
        raise GeenToegang
    return opdracht


@require_GET
@pagina()
def opdracht_pagina(request: HttpRequest, pk: str) -> HttpResponse:
    """The progress of a job; the status block refreshes itself until the job is done."""
    opdracht = _eigen_opdracht(request, pk)
    [opdracht] = bijgewerkte(opdrachten_zonder_inhoud(opdracht.pk))
    sjabloon = (
        "regietafel/rapport_status.html" if request.htmx else "regietafel/rapport_opdracht.html"
    )
    context = {
        "opdracht": opdracht,
        "voortgang": voortgang_van(opdracht),
        "soort": SOORTEN[opdracht.formaat],
    }
    return render(request, sjabloon, context)


@require_GET
@pagina()
def downloaden(request: HttpRequest, pk: str) -> HttpResponse:
    """The finished file."""
    opdracht = _eigen_opdracht(request, pk)
    if not is_klaar(opdracht):
        raise Http404("Dit document is nog niet klaar.")
    antwoord = HttpResponse(inhoud_van(opdracht), content_type=mime_van(opdracht.bestandsnaam))
    antwoord["Content-Disposition"] = f'attachment; filename="{opdracht.bestandsnaam}"'
    return antwoord


class VerslagtekstenForm(NLDesignForm):
    """One field per editable part of the report and of its two letters (a line for the
    short ones, a text area for the others); an empty one restores the default."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for sleutel, label, _document in ONDERDELEN:
            if sleutel in KORT:
                widget: forms.Widget = forms.TextInput(
                    attrs={"class": "utrecht-textbox utrecht-textbox--html-input"}
                )
            else:
                regels = 4 if sleutel.endswith(("_aan", "_ondertekening")) else 8
                widget = forms.Textarea(
                    attrs={
                        "rows": regels,
                        "class": "utrecht-textarea utrecht-textarea--html-textarea",
                    }
                )
            self.fields[sleutel] = forms.CharField(
                label=label, required=False, max_length=20_000, widget=widget
            )

    def groepen(self) -> list[tuple[str, list[Any]]]:
        """The fields per document, in the order of the page."""
        per_groep: dict[str, list[Any]] = {g: [] for g, _naam in GROEPEN}
        for sleutel, _label, document in ONDERDELEN:
            per_groep[document].append(self[sleutel])
        return [(naam, per_groep[g]) for g, naam in GROEPEN]

    def clean(self) -> dict[str, Any]:
        schoon = super().clean() or {}
        # Browsers send CRLF; the defaults and the writers use LF.
        return {k: v.replace("\r\n", "\n") for k, v in schoon.items()}


@require_http_methods(["GET", "POST"])
@pagina()
def verslagteksten_pagina(request: HttpRequest) -> HttpResponse:
    """The province writes the report's own texts (introduction, current situation, …)."""
    t = ingelogd(request)
    if t is None:
        return weiger(request)
    provincie, cyclus = gevraagd(request, t)
    if not mag_bewerken(t, provincie):
        return weiger(request)
    provincie_cyclus(provincie, cyclus)
    status = 200
    if request.method == "POST":
        form = VerslagtekstenForm(request.POST)
        if form.is_valid():
            bewaar_verslagteksten(provincie, cyclus, form.cleaned_data)
            messages.success(request, gettext("De teksten van het verslag zijn bewaard."))
            return redirect(met_keuze(request.path, Keuze(provincie, cyclus)))
        status = 400
    else:
        form = VerslagtekstenForm(initial=verslagteksten(provincie, cyclus))
    context = {
        "provincie": provincie,
        "provincie_naam": provincienaam(provincie),
        "cyclus": cyclus,
        "form": form,
        "eigen": eigen_verslagteksten(provincie, cyclus),
        "gepubliceerd_op": publicatiedatum(provincie, cyclus),
    }
    return render(request, "regietafel/verslagteksten.html", context, status=status)


@require_GET
@pagina()
def gepubliceerd_downloaden(
    request: HttpRequest, provincie: str, cyclus: str, bestand: str
) -> HttpResponse:
    """The report (PDF) or the puzzle (XLSX, CSV) of a published cycle, for everyone; a
    cycle that is not published has no such file (404), whoever asks."""
    r = gepubliceerd_document(provincie, cyclus, bestand)
    antwoord = HttpResponse(r.inhoud, content_type=r.mime)
    antwoord["Content-Disposition"] = f'attachment; filename="{r.bestandsnaam}"'
    return antwoord
