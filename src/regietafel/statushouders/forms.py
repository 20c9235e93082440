"""The form of a half year of status holders: shared by the page Statushouders (which
shows it) and the view that adds the half year (statushouders.views)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext, gettext_lazy

from regietafel.domain.statushouders import PeriodeFout, lees_periode
from regietafel.statushouders.services import AFRONDINGEN, LABELS
from regietafel.web.forms import NLDesignForm


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
