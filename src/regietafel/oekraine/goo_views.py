"""GOO locations (municipal reception of Ukrainians) in the browser: add, change and remove,
for the province and for the municipality itself. Listed on the page Oekraïne. Thin:
services.oekraine checks access and versions, records the source and the history."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_POST

from regietafel.cycli.invoer import Ongeldig
from regietafel.oekraine.models import GooLocatie
from regietafel.oekraine.services import bewaar_goo, verwijder_goo
from regietafel.services.opslag import bewerkbare_gemeenten, gemeente_met_provincie
from regietafel.services.toegang import Toegang
from regietafel.services.wijzigingen import Conflict, GeenToegang
from regietafel.web.forms import DatumVeld, LocatieForm, NLDesignForm
from regietafel.web.pagina import pagina
from regietafel.web.toegang import eigen_rij, ingelogd, weiger

SJABLOON = "regietafel/goo_form.html"
OMZETTEN = [("", gettext_lazy("nog niet bekend")), ("ja", "ja"), ("nee", "nee")]


class GooForm(NLDesignForm, forms.ModelForm):
    beschikbaar_van = DatumVeld(label=gettext_lazy("Beschikbaar van"))
    geplande_einde = DatumVeld(
        label=gettext_lazy("Geplande einddatum (leeg: met de tijdelijke bescherming)")
    )
    transformeerbaar = forms.TypedChoiceField(
        label=gettext_lazy("Om te zetten naar huisvesting"),
        choices=OMZETTEN,
        required=False,
        coerce=lambda w: w == "ja",
        empty_value=None,
    )
    peildatum = DatumVeld(label=gettext_lazy("Peildatum (leeg: vandaag)"))
    versie = forms.IntegerField(widget=forms.HiddenInput, required=False)
    reden = forms.CharField(
        label=gettext_lazy("Toelichting bij de wijziging (optioneel)"), required=False
    )

    class Meta:
        model = GooLocatie
        fields = [
            "gemeente",
            "naam",
            "plaatsen",
            "beschikbaar_van",
            "geplande_einde",
            "transformeerbaar",
            "opmerking",
        ]
        error_messages = {
            **LocatieForm.Meta.error_messages,
            "naam": {"required": gettext_lazy("Naam: vul de naam van de locatie in.")},
        }
        widgets = {"opmerking": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, gemeenten: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["gemeente"].queryset = gemeenten
        self.fields["gemeente"].error_messages["invalid_choice"] = gettext(
            "Gemeente: u mag geen GOO-locatie invoeren voor een andere gemeente."
        )
        if self.instance.pk is not None:
            omzetten = self.instance.transformeerbaar
            self.initial["transformeerbaar"] = (
                "" if omzetten is None else "ja" if omzetten else "nee"
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        van, einde = data.get("beschikbaar_van"), data.get("geplande_einde")
        if van and einde and einde < van:
            self.add_error(
                "geplande_einde",
                f"Geplande einddatum: {einde:%d-%m-%Y} ligt vóór de begindatum {van:%d-%m-%Y}.",
            )
        return data


def _terug(loc: GooLocatie) -> str:
    return f"{reverse('oekraine')}?provincie={loc.gemeente.provincie.code}#goo-kop"


def _formulier(request: HttpRequest, t: Toegang, loc: GooLocatie, titel: str) -> HttpResponse:
    gemeenten = bewerkbare_gemeenten(
        None if t.alles else t.provincie or t.gemeente_provincie, None if t.alles else t.gemeente
    )
    status = 200
    if request.method == "POST":
        form = GooForm(request.POST, instance=loc, gemeenten=gemeenten)
        if form.is_valid():
            d = form.cleaned_data
            try:
                opgeslagen = bewaar_goo(
                    t, request.user, form.save(commit=False), d["versie"], d["peildatum"],
                    d["reden"],
                )  # fmt: skip
            except Conflict as c:
                form.add_error(
                    None,
                    gettext("%(c)s Huidige waarden: %(huidige_tekst)s")
                    % {"c": c, "huidige_tekst": c.huidige_tekst()},
                )
            except Ongeldig as fout:
                form.add_error("peildatum", str(fout))
            except GeenToegang as fout:
                form.add_error("gemeente", f"Gemeente: {fout}")
            else:
                messages.success(
                    request,
                    gettext("De GOO-locatie %(naam)s is opgeslagen.") % {"naam": opgeslagen.naam},
                )
                return redirect(_terug(opgeslagen))
        status = 400 if form.errors else 200
    else:
        initial = {"versie": loc.versie} if loc.pk else {}
        form = GooForm(instance=loc, gemeenten=gemeenten, initial=initial)
    context = {"form": form, "titel": titel, "loc": loc}
    return render(request, SJABLOON, context, status=status)


@pagina()
def nieuw(request: HttpRequest) -> HttpResponse:
    """A new GOO location, for a municipality the user may edit."""
    t = ingelogd(request)
    if t is None or (t.gemeente is None and not (t.alles or t.provincie)):
        return weiger(request)
    loc = GooLocatie()
    if t.gemeente is not None:
        loc.gemeente = gemeente_met_provincie(t.gemeente)
    return _formulier(request, t, loc, "Nieuwe GOO-locatie")


@pagina()
def bewerken(request: HttpRequest, pk: int) -> HttpResponse:
    t, loc = eigen_rij(request, GooLocatie, pk)
    if t is None:
        return weiger(request)
    return _formulier(request, t, loc, f"GOO-locatie {loc.naam} ({loc.gemeente.naam}) bewerken")


@require_POST
@pagina()
def verwijderen(request: HttpRequest, pk: int) -> HttpResponse:
    t, loc = eigen_rij(request, GooLocatie, pk)
    if t is None:
        return weiger(request)
    try:
        versie = int(request.POST.get("versie", ""))
    except ValueError:
        return HttpResponse("Versie: ontbreekt; laad de pagina opnieuw.", status=400)
    terug = _terug(loc)
    try:
        verwijder_goo(t, request.user, loc, versie, request.POST.get("reden", ""))
    except Conflict as c:
        messages.error(
            request,
            gettext("%(c)s Huidige waarden: %(huidige_tekst)s")
            % {"c": c, "huidige_tekst": c.huidige_tekst()},
        )
        return redirect(terug)
    messages.success(
        request, gettext("De GOO-locatie %(naam)s is verwijderd.") % {"naam": loc.naam}
    )
    return redirect(terug)
