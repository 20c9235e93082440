"""Adding a half year of status holders (or changing its national figures): the province
only, on the page Statushouders. Thin: services.statushouders checks and writes."""

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
from regietafel.domain.model import Afronding
from regietafel.domain.statushouders import PeriodeFout, lees_periode
from regietafel.services.toegang import mag_bewerken
from regietafel.services.wijzigingen import Conflict
from regietafel.statushouders.services import AFRONDINGEN, LABELS, bewaar_halfjaar, zonder_halfjaren
from regietafel.web.forms import NLDesignForm
from regietafel.web.pagina import pagina
from regietafel.web.toegang import ingelogd, weiger


def _getal(label: str) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        required=False,
        help_text=gettext("Leeg: niet bekend; voer dan de taakstelling per gemeente in."),
        error_messages={
            "invalid": gettext("%(label)s: vul een heel getal in, zonder punten of letters.")
            % {"label": label}
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )


class HalfjaarForm(NLDesignForm):
    provincie = forms.CharField(widget=forms.HiddenInput)
    periode = forms.CharField(
        label=gettext_lazy("Halfjaar (jjjj-1 of jjjj-2)"),
        max_length=10,
        error_messages={
            "required": gettext_lazy("Halfjaar: vul een halfjaar in, bijvoorbeeld 2026-1.")
        },
    )
    landelijke_taakstelling = _getal(LABELS["landelijke_taakstelling"])
    landelijke_inwoners = _getal(LABELS["landelijke_inwoners"])
    afronding = forms.ChoiceField(label=gettext_lazy("Afronding"), choices=AFRONDINGEN)
    reden = forms.CharField(
        label=gettext_lazy("Toelichting (optioneel)"), required=False, max_length=500
    )
    # The version of the half year `gezien` that the form was filled in from (0: none).
    versie = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    gezien = forms.CharField(widget=forms.HiddenInput, required=False, max_length=10)

    def __init__(self, provincie: str, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"provincie": provincie})
        super().__init__(*args, **kwargs)

    def clean_periode(self) -> Any:
        try:
            return lees_periode(self.cleaned_data["periode"])
        except PeriodeFout as fout:
            raise forms.ValidationError(f"Halfjaar: {fout}") from None

    def gezien_versie(self) -> int:
        """The version the user saw of the half year posted: that of the half year the
        form was filled in from, or 0 (none) when the user typed another one."""
        d = self.cleaned_data
        return (d.get("versie") or 0) if str(d["periode"]) == d.get("gezien") else 0


@require_POST
@pagina()
def halfjaar(request: HttpRequest) -> HttpResponse:
    """Add a half year (or change its national figures), then show it."""
    t = ingelogd(request)
    provincie = request.POST.get("provincie", "")
    if t is None or not mag_bewerken(t, provincie):
        return weiger(request)
    form = HalfjaarForm(provincie, request.POST)
    status = 400
    if form.is_valid():
        d = form.cleaned_data
        versie = form.gezien_versie()
        try:
            h = bewaar_halfjaar(
                t,
                request.user,
                provincie,
                d["periode"],
                d["landelijke_taakstelling"],
                d["landelijke_inwoners"],
                Afronding(d["afronding"]),
                d["reden"],
                versie=versie,
            )
        except Ongeldig as fout:
            form.add_error(None, str(fout))
        except Conflict as c:
            melding = ""
            if versie == 0:  # a half year the form did not show: it is there already
                melding = gettext(
                    "Het halfjaar %(periode)s bestaat al; er is niets opgeslagen. Kies het boven "
                    "de tabel om het te wijzigen."
                ) % {"periode": d["periode"].label}
            form.add_error(None, c.met_huidige(LABELS, melding))
            status = 409
        else:
            periode = d["periode"]
            messages.success(
                request, gettext("Het halfjaar %(label)s is opgeslagen.") % {"label": periode.label}
            )
            return redirect(
                f"{reverse('statushouders')}?provincie={h.provincie.code}&periode={periode}"
            )
    context = {"provincie": provincie, "leeg": zonder_halfjaren(provincie), "halfjaar_form": form}
    return render(request, "regietafel/statushouders.html", context, status=status)
