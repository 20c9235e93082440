"""The page "Invoer provincie": the province enters its own figures for a cycle, and a
superuser the cycle's national amounts. Thin: services.cyclusinvoer checks, writes and
records; these forms only turn the posted text into numbers, with Dutch messages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy

from regietafel.cycli.invoer import (
    GEMEENTELABELS,
    GEMEENTEVELDEN,
    PROVINCIEVELDEN,
    REGELVELDEN,
    VERPLICHT,
    Invoeroverzicht,
    Ongeldig,
    bewaar_gemeenten,
    bewaar_provincie,
    bewaar_regels,
    controleer_aantal,
    invoer_overzicht,
)
from regietafel.domain.pijplijn import Fase
from regietafel.publicaties.openbaarheid import bewaar_openbaar_vanaf, openbaar_vanaf
from regietafel.publicaties.openbaarheid import keuzes as openbaarheidskeuzes
from regietafel.services.toegang import Toegang, toegang
from regietafel.services.wijzigingen import Conflict
from regietafel.web.forms import DatumVeld, NLDesignForm
from regietafel.web.keuze import Keuze
from regietafel.web.pagina import Lezers, pagina
from regietafel.web.toegang import weiger

TEMPLATE = "regietafel/invoer.html"
OPENBAAR_LABEL = gettext_lazy("Naam en bijzonderheden van locaties openbaar vanaf fase")


def _getalveld(label: str, *, verplicht: bool = False, **kwargs: Any) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        required=verplicht,
        error_messages={
            "invalid": gettext("%(label)s: vul een heel getal in, zonder punten of letters.")
            % {"label": label},
            "required": gettext("%(label)s: vul een getal in.") % {"label": label},
        },
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "class": "utrecht-textbox getalveld"}
        ),
        **kwargs,
    )


class _Getallen(NLDesignForm):
    """Checks every number field with the service's own rule, so the messages match."""

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for naam, veld in self.fields.items():
            if isinstance(veld, forms.IntegerField) and data.get(naam) is not None:
                try:
                    controleer_aantal(naam, str(veld.label), data[naam])
                except Ongeldig as fout:
                    self.add_error(naam, str(fout))
        return data


class _Gemeenschappelijk(_Getallen):
    peildatum = DatumVeld(label=gettext_lazy("Peildatum (leeg: vandaag)"))
    reden = forms.CharField(
        label=gettext_lazy("Toelichting (optioneel)"), required=False, max_length=500
    )


class ProvincieForm(_Gemeenschappelijk):
    versie = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for veld, label in PROVINCIEVELDEN.items():
            hulp = "" if veld in VERPLICHT else gettext("Leeg: nog niet bekend.")
            self.fields[veld] = _getalveld(label, verplicht=veld in VERPLICHT, help_text=hulp)
        self.order_fields([*PROVINCIEVELDEN, "peildatum", "reden"])


class RegelsForm(_Gemeenschappelijk):
    versie = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for veld, label in REGELVELDEN.items():
            self.fields[veld] = _getalveld(label, help_text=gettext("Leeg: nog niet bekend."))
        self.order_fields([*REGELVELDEN, "peildatum", "reden"])


class OpenbaarheidForm(NLDesignForm):
    """From which phase the name, remarks and phase sources of the province's locations are
    public in the cycle (services.openbaarheid)."""

    locaties_openbaar_vanaf = forms.ChoiceField(
        label=OPENBAAR_LABEL,
        choices=openbaarheidskeuzes,
        help_text=gettext_lazy(
            "Daarvóór zien alleen de gemeente zelf, de provincie en het ministerie ze; de "
            "plaatsen en de gemeente van een locatie zijn altijd openbaar."
        ),
        error_messages={
            "invalid_choice": "Fase: '%(value)s' is geen fase; kies er een uit de lijst."
        },
    )
    reden = forms.CharField(
        label=gettext_lazy("Toelichting (optioneel)"), required=False, max_length=500
    )
    versie = forms.IntegerField(widget=forms.HiddenInput)


class GemeentenForm(_Gemeenschappelijk):
    """One row per municipality; each figure carries the value the page showed (a hidden
    initial), so only the figures the user changed are saved and checked for conflicts."""

    def __init__(self, *args: Any, overzicht: Invoeroverzicht, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.overzicht = overzicht
        initial = self.initial
        for g in overzicht.gemeenten:
            for veld in GEMEENTEVELDEN:
                naam = f"{g.cbs_code}-{veld}"
                self.fields[naam] = _getalveld(
                    f"{GEMEENTELABELS[veld]} {g.naam}", show_hidden_initial=True
                )
                initial[naam] = g.waarden[veld]
            for categorie, versie in g.versies.items():
                naam = f"{g.cbs_code}-versie-{categorie}"
                self.fields[naam] = forms.IntegerField(widget=forms.HiddenInput, required=False)
                initial[naam] = versie
        self.order_fields([f for f in self.fields if f not in ("peildatum", "reden")])

    def rijen(self) -> list[tuple[Any, list[forms.BoundField]]]:
        return [
            (g, [self[f"{g.cbs_code}-{veld}"] for veld in GEMEENTEVELDEN])
            for g in self.overzicht.gemeenten
        ]

    def wijzigingen(self) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, int]]]:
        """The changed figures per CBS code, and the versions the page showed."""
        gewijzigd = set(self.changed_data)
        uit: dict[str, dict[str, Any]] = {}
        versies: dict[str, dict[str, int]] = {}
        for g in self.overzicht.gemeenten:
            for veld in GEMEENTEVELDEN:
                naam = f"{g.cbs_code}-{veld}"
                if naam in gewijzigd:
                    uit.setdefault(g.cbs_code, {})[veld] = self.cleaned_data[naam]
            versies[g.cbs_code] = {
                c: self.cleaned_data.get(f"{g.cbs_code}-versie-{c}") or 0 for c in g.versies
            }
        return uit, versies


LABELS = {**PROVINCIEVELDEN, **REGELVELDEN, "locaties_openbaar_vanaf": OPENBAAR_LABEL}


def _waarde(veld: str, w: Any) -> Any:
    if w is None:
        return gettext("nog niet bekend")
    return Fase(w).label if veld == "locaties_openbaar_vanaf" else w


def _conflict(form: forms.Form, fout: Conflict) -> None:
    huidig = "; ".join(
        f"{LABELS.get(veld, veld)}: {_waarde(veld, w)}" for veld, w in fout.huidige.items()
    )
    form.add_error(None, f"{fout}{' Huidige waarde: ' + huidig + '.' if huidig else ''}")


@pagina(TEMPLATE, Lezers.BEWERKERS)
def invoer_pagina(request: HttpRequest, k: Keuze) -> HttpResponse:
    """The province's figures of a cycle, per municipality the realisation, and (for a
    superuser) the cycle's national amounts."""
    t = toegang(request.user)
    o = invoer_overzicht(k.provincie, k.cyclus)
    forms_ = {
        "provincie": ProvincieForm(initial={**o.provincie_waarden, "versie": o.provincie_versie}),
        "gemeenten": GemeentenForm(overzicht=o),
        "regels": RegelsForm(initial={**o.regel_waarden, "versie": o.regel_versie}),
        "openbaarheid": OpenbaarheidForm(
            initial={
                "locaties_openbaar_vanaf": openbaar_vanaf(k.provincie, k.cyclus).value,
                "versie": o.provincie_versie,
            }
        ),
    }
    status = 200
    if request.method == "POST":
        soort = request.POST.get("formulier", "")
        if soort not in forms_ or (soort == "regels" and not t.alles):
            return weiger(request)
        r = _bewaar(request, t, k, o, soort, forms_)
        if isinstance(r, HttpResponse):
            return r
        status = r
    context = {
        "k": k,
        "o": o,
        "provincie_form": forms_["provincie"],
        "gemeenten_form": forms_["gemeenten"],
        "regels_form": forms_["regels"] if t.alles else None,
        "openbaarheid_form": forms_["openbaarheid"],
    }
    return render(request, TEMPLATE, context, status=status)


def _bewaar(
    request: HttpRequest,
    t: Toegang,
    k: Keuze,
    o: Invoeroverzicht,
    soort: str,
    forms_: dict[str, Any],
) -> HttpResponse | int:
    """Save the posted form, or put it back on the page with its errors (the status)."""
    if soort == "gemeenten":
        form: Any = GemeentenForm(request.POST, overzicht=o)
    else:
        soorten = {
            "provincie": ProvincieForm,
            "regels": RegelsForm,
            "openbaarheid": OpenbaarheidForm,
        }
        form = soorten[soort](request.POST)
    forms_[soort] = form
    if not form.is_valid():
        return 400
    d = form.cleaned_data
    try:
        if soort == "provincie":
            bewaar_provincie(
                t, request.user, k.provincie, k.cyclus, d, d["versie"], d["peildatum"], d["reden"]
            )
            melding = gettext("De cijfers van de provincie zijn opgeslagen.")
        elif soort == "openbaarheid":
            fase = d["locaties_openbaar_vanaf"]
            bewaar_openbaar_vanaf(
                t, request.user, k.provincie, k.cyclus, fase, d["versie"], d["reden"]
            )
            melding = gettext(
                "Naam en bijzonderheden van de locaties zijn in cyclus %(cyclus)s openbaar vanaf "
                "de fase '%(fase)s'."
            ) % {"cyclus": k.cyclus, "fase": Fase(fase).label}
        elif soort == "regels":
            bewaar_regels(t, request.user, k.cyclus, d, d["versie"], d["peildatum"], d["reden"])
            melding = gettext("De landelijke bedragen van cyclus %(cyclus)s zijn opgeslagen.") % {
                "cyclus": k.cyclus
            }
        else:
            wijzigingen, versies = form.wijzigingen()
            aantal = bewaar_gemeenten(
                t,
                request.user,
                k.provincie,
                k.cyclus,
                wijzigingen,
                versies,
                d["peildatum"],
                d["reden"],
            )
            melding = gettext(
                "De cijfers van de gemeenten zijn opgeslagen (%(aantal)s gewijzigd)."
            ) % {"aantal": aantal}
    except Ongeldig as fout:
        form.add_error(fout.veld if fout.veld in form.fields else None, str(fout))
        return 400
    except Conflict as fout:
        _conflict(form, fout)
        return 409
    messages.success(request, melding)
    return redirect(reverse("cyclus-invoer") + k.query)
