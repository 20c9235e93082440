"""GOO locations (municipal reception of Ukrainians) in the browser: add, change and remove,
for the province and for the municipality itself. Listed on the page Oekraïne. Thin:
services.oekraine checks access and versions, records the source and the history."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_POST

from regietafel.cycli.invoer import Ongeldig
from regietafel.oekraine.models import GooLocatie
from regietafel.oekraine.services import bewaar_goo, verwijder_goo
from regietafel.services.wijzigingen import Conflict
from regietafel.web.forms import DatumVeld, GemeenterijForm, LocatieForm
from regietafel.web.formulier import RIJFOUTEN, Rijformulier, conflicttekst
from regietafel.web.pagina import pagina
from regietafel.web.toegang import eigen_rij, weiger

OMZETTEN = [("", gettext_lazy("nog niet bekend")), ("ja", "ja"), ("nee", "nee")]


class GooForm(GemeenterijForm):
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
    andere_gemeente = gettext_lazy(
        "Gemeente: u mag geen GOO-locatie invoeren voor een andere gemeente."
    )

    class Meta:
        model = GooLocatie
        exclude = ["versie"]  # every field of the location, in the order of the model
        error_messages = {
            **LocatieForm.Meta.error_messages,
            "naam": {"required": gettext_lazy("Naam: vul de naam van de locatie in.")},
        }
        widgets = {"opmerking": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            omzetten = self.instance.transformeerbaar
            self.initial["transformeerbaar"] = (
                "" if omzetten is None else "ja" if omzetten else "nee"
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        self.einde_na_begin("geplande_einde", "Geplande einddatum")
        return data


def _terug(loc: GooLocatie) -> str:
    return f"{reverse('oekraine')}?provincie={loc.gemeente.provincie.code}#goo-kop"


def _titel(loc: GooLocatie) -> str:
    return f"GOO-locatie {loc.naam} ({loc.gemeente.naam}) bewerken"


FORMULIER = Rijformulier(
    GooForm,
    "regietafel/goo_form.html",
    "loc",
    bewaar_goo,
    melding=lambda loc: gettext("De GOO-locatie %(naam)s is opgeslagen.") % {"naam": loc.naam},
    velden=("peildatum",),
    fouten={**RIJFOUTEN, Ongeldig: lambda form, fout: form.add_error("peildatum", str(fout))},
)


@pagina()
def nieuw(request: HttpRequest) -> HttpResponse:
    """A new GOO location, for a municipality the user may edit."""
    return FORMULIER.nieuw(request, GooLocatie(), _terug, titel="Nieuwe GOO-locatie")


@pagina()
def bewerken(request: HttpRequest, pk: int) -> HttpResponse:
    return FORMULIER.bewerk(request, pk, _terug, _titel)


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
        messages.error(request, conflicttekst(c))
        return redirect(terug)
    messages.success(
        request, gettext("De GOO-locatie %(naam)s is verwijderd.") % {"naam": loc.naam}
    )
    return redirect(terug)
