"""A province taking part in a cycle, in the browser (Importeren → Provincie toevoegen): an
administrator only, as for a data file. Thin: services.cyclusinvoer checks and writes.
After it the province enters the rest: its municipalities (import `gemeenten`), targets and
offers (imports, the puzzle sheet), and its own figures on "Invoer provincie"."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy

from regietafel.cycli.invoer import (
    PROVINCIEVELDEN,
    Ongeldig,
    cyclusnamen,
    nieuwe_provincie_in_cyclus,
    provinciecycli,
)
from regietafel.web.forms import DatumVeld, NLDesignForm
from regietafel.web.pagina import pagina
from regietafel.web.toegang import ingelogd, weiger

SJABLOON = "regietafel/provincie_nieuw.html"


class ProvincieForm(NLDesignForm):
    code = forms.CharField(
        label=gettext_lazy("Code (kleine letters, bijvoorbeeld noord-brabant)"),
        max_length=50,
        error_messages={"required": gettext_lazy("Code: vul een code in.")},
    )
    naam = forms.CharField(
        label=gettext_lazy("Naam"),
        max_length=100,
        error_messages={"required": gettext_lazy("Naam: vul een naam in.")},
    )
    cyclus = forms.ChoiceField(label=gettext_lazy("Cyclus"))
    oekraine_opgave = forms.IntegerField(
        label=PROVINCIEVELDEN["oekraine_opgave"],
        help_text=gettext_lazy("Later te wijzigen op Invoer provincie."),
        error_messages={
            "required": f"{PROVINCIEVELDEN['oekraine_opgave']}: vul een getal in.",
            "invalid": f"{PROVINCIEVELDEN['oekraine_opgave']}: vul een heel getal in, zonder "
            "punten of letters.",
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    peildatum = DatumVeld(label=gettext_lazy("Peildatum (leeg: vandaag)"))
    reden = forms.CharField(
        label=gettext_lazy("Toelichting (optioneel)"), required=False, max_length=500
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        veld = self.fields["cyclus"]
        veld.choices = [(c, c) for c in cyclusnamen()]  # type: ignore[attr-defined]
        veld.error_messages["invalid_choice"] = gettext("Cyclus: kies een bestaande cyclus.")


@pagina()
def provincie_nieuw(request: HttpRequest) -> HttpResponse:
    t = ingelogd(request)
    if t is None or not t.alles:
        return weiger(request)
    status = 200
    if request.method == "POST":
        form = ProvincieForm(request.POST)
        if form.is_valid():
            d = form.cleaned_data
            try:
                pc = nieuwe_provincie_in_cyclus(
                    t, request.user, d["code"], d["naam"], d["cyclus"], d["oekraine_opgave"],
                    d["peildatum"], d["reden"],
                )  # fmt: skip
            except Ongeldig as fout:
                form.add_error(fout.veld if fout.veld in form.fields else None, str(fout))
            else:
                wat = gettext("%(naam)s doet mee aan cyclus %(naam2)s.") % {
                    "naam": pc.provincie.naam,
                    "naam2": pc.cyclus.naam,
                }
                messages.success(
                    request, gettext("%(wat)s Importeer nu de gemeenten.") % {"wat": wat}
                )
                query = f"?provincie={pc.provincie.code}&cyclus={pc.cyclus.naam}"
                return redirect(reverse("cyclus-invoer") + query)
        status = 400
    else:
        form = ProvincieForm()
    recent = provinciecycli()
    return render(request, SJABLOON, {"form": form, "recent": recent}, status=status)
