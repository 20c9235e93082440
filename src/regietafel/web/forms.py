"""Forms with server-side validation and Dutch messages that name the field."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.db.models.fields import BLANK_CHOICE_LABEL
from django.utils.translation import gettext, gettext_lazy

from regietafel.domain.model import Categorie
from regietafel.importen.services import MAX_BYTES
from regietafel.locaties.models import Locatie

DATUMFORMATEN = ["%d-%m-%Y", "%Y-%m-%d"]


KLASSEN = {
    "select": "utrecht-select utrecht-select--html-select",
    "textarea": "utrecht-textarea utrecht-textarea--html-textarea",
    "checkbox": "utrecht-checkbox utrecht-checkbox--html-input",
}
# Django's own empty choice ("- Select an option -", "---------") has no Dutch translation.
LEGE_KEUZE = gettext_lazy("— kies —")


class NLDesignForm(forms.Form):
    """Gives every widget the NL Design System (Utrecht) classes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for veld in self.fields.values():
            soort = getattr(veld.widget, "input_type", None) or type(veld.widget).__name__.lower()
            klasse = KLASSEN.get(soort, "utrecht-textbox utrecht-textbox--html-input")
            veld.widget.attrs.setdefault("class", klasse)
            _lege_keuze_in_het_nederlands(veld)


def _lege_keuze_in_het_nederlands(veld: forms.Field) -> None:
    if isinstance(veld, forms.ModelChoiceField):
        if veld.empty_label is not None:
            veld.empty_label = LEGE_KEUZE
    elif isinstance(veld, forms.ChoiceField):
        lege = {str(BLANK_CHOICE_LABEL), "---------"}
        veld.choices = [
            (waarde, LEGE_KEUZE if waarde == "" and str(label) in lege else label)
            for waarde, label in veld.choices
        ]


def _geen_negatief(veld: str, waarde: int | None) -> None:
    if waarde is not None and waarde < 0:
        raise forms.ValidationError(
            gettext("%(veld)s: het aantal kan niet negatief zijn (%(waarde)s).")
            % {"veld": veld, "waarde": waarde}
        )


class DatumVeld(forms.DateField):
    """A date written as dd-mm-jjjj or ISO, with a message that repeats what was typed."""

    widget = forms.TextInput(attrs={"placeholder": "dd-mm-jjjj", "inputmode": "numeric"})

    def __init__(self, *, label: str, **kwargs: Any) -> None:
        super().__init__(label=label, input_formats=DATUMFORMATEN, required=False, **kwargs)

    def to_python(self, value: Any) -> Any:
        try:
            return super().to_python(value)
        except forms.ValidationError:
            raise forms.ValidationError(
                gettext(
                    "%(label)s: '%(value)s' is geen datum. Schrijf dd-mm-jjjj, bijvoorbeeld "
                    "1-3-2026."
                )
                % {"label": self.label, "value": value}
            ) from None


class DatumKiezer(forms.DateField):
    """A date chosen with the browser's date picker (ISO in the form's HTML)."""

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class BestandVeld(forms.FileField):
    """An uploaded file of at most MAX_BYTES, with messages that name the field Bestand."""

    default_error_messages = {
        "required": gettext_lazy("Bestand: kies een bestand."),
        "empty": gettext_lazy("Bestand: het bestand is leeg."),
    }

    def validate(self, value: Any) -> None:
        super().validate(value)
        if value and value.size > MAX_BYTES:
            raise forms.ValidationError(gettext("Bestand: het bestand is groter dan 5 MB."))


class AanbodForm(NLDesignForm):
    plaatsen = forms.IntegerField(
        label=gettext_lazy("Plaatsen"),
        required=False,
        error_messages={"invalid": gettext_lazy("Plaatsen: vul een heel getal in.")},
    )
    versie = forms.IntegerField(widget=forms.HiddenInput)
    reden = forms.CharField(
        label=gettext_lazy("Toelichting (optioneel)"), required=False, max_length=500
    )

    def clean_plaatsen(self) -> int | None:
        waarde: int | None = self.cleaned_data["plaatsen"]
        _geen_negatief("Plaatsen", waarde)
        return waarde


class NieuwAanbodForm(AanbodForm):
    """An offer row that is not there yet: its category and year (of the cycle's
    `jaren`) instead of a version, the number (empty: unknown) and the reason."""

    versie = None  # type: ignore[assignment]
    categorie = forms.TypedChoiceField(
        choices=[(c.value, c.value) for c in (Categorie.ASIEL_REGULIER, Categorie.AMV)],
        coerce=Categorie,
        error_messages={
            "invalid_choice": gettext_lazy("Categorie: kies asiel regulier of AMV."),
            "required": gettext_lazy("Categorie: kies asiel regulier of AMV."),
        },
    )
    jaar = forms.TypedChoiceField(
        coerce=int, error_messages={"required": gettext_lazy("Jaar: kies een jaar van de cyclus.")}
    )

    def __init__(self, *args: Any, jaren: Sequence[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        veld = self.fields["jaar"]
        veld.choices = [(str(j), str(j)) for j in jaren]  # type: ignore[attr-defined]
        veld.error_messages["invalid_choice"] = gettext("Jaar: kies een jaar van de cyclus.")


class GemeenterijForm(NLDesignForm, forms.ModelForm):
    """The form of a row of one municipality (a location, a reserve, a GOO location): it
    offers only the municipalities `gemeenten` the user may edit (anything else posted is
    refused with `andere_gemeente`), carries the version it was opened with and asks why."""

    versie = forms.IntegerField(widget=forms.HiddenInput, required=False)
    reden = forms.CharField(
        label=gettext_lazy("Toelichting bij de wijziging (optioneel)"), required=False
    )
    andere_gemeente: Any = ""

    def __init__(self, *args: Any, gemeenten: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["gemeente"].queryset = gemeenten
        self.fields["gemeente"].error_messages["invalid_choice"] = str(self.andere_gemeente)
        # The version and the explanation of the change come last, after the form's own fields.
        for veld in ("versie", "reden"):
            self.fields[veld] = self.fields.pop(veld)

    def einde_na_begin(self, veld: str, label: str) -> None:
        """An error on the date `veld` (`label` in the message) when it lies before the
        start, beschikbaar_van."""
        van, einde = self.cleaned_data.get("beschikbaar_van"), self.cleaned_data.get(veld)
        if van and einde and einde < van:
            self.add_error(
                veld, f"{label}: {einde:%d-%m-%Y} ligt vóór de begindatum {van:%d-%m-%Y}."
            )


class LocatieForm(GemeenterijForm):
    beschikbaar_van = DatumVeld(label=gettext_lazy("Beschikbaar van"))
    beschikbaar_tot = DatumVeld(label=gettext_lazy("Beschikbaar tot"))
    gepland_in_gebruik = DatumVeld(label=gettext_lazy("Gepland in gebruik"))
    andere_gemeente = gettext_lazy(
        "Gemeente: u mag geen plaatsen invoeren op een locatie van een andere gemeente."
    )

    class Meta:
        model = Locatie
        fields = [
            "gemeente",
            "naam",
            "plaatsen",
            "soort",
            "status",
            "beschikbaar_van",
            "beschikbaar_tot",
            "onbepaalde_tijd",
            "gepland_in_gebruik",
            "opmerking",
        ]
        error_messages = {
            "plaatsen": {
                "required": gettext_lazy("Plaatsen: vul het aantal plaatsen in."),
                "invalid": gettext_lazy("Plaatsen: vul een heel getal in."),
                "min_value": gettext_lazy("Plaatsen: het aantal kan niet negatief zijn."),
            },
            "gemeente": {"required": gettext_lazy("Gemeente: kies een gemeente.")},
        }
        widgets = {"opmerking": forms.Textarea(attrs={"rows": 3})}

    def clean_plaatsen(self) -> int:
        waarde: int = self.cleaned_data["plaatsen"]
        _geen_negatief("Plaatsen", waarde)
        return waarde

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        tot = data.get("beschikbaar_tot")
        self.einde_na_begin("beschikbaar_tot", "Beschikbaar tot")
        if data.get("onbepaalde_tijd") and tot:
            self.add_error(
                "beschikbaar_tot",
                gettext(
                    "Beschikbaar tot: vul geen einddatum in bij een locatie voor onbepaalde tijd."
                ),
            )
        return data


class BeeindigForm(NLDesignForm):
    einddatum = DatumVeld(label=gettext_lazy("Einddatum"))
    versie = forms.IntegerField(widget=forms.HiddenInput)
    reden = forms.CharField(label=gettext_lazy("Reden (optioneel)"), required=False)

    def __init__(self, *args: Any, locatie: Locatie, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.locatie = locatie
        self.fields["einddatum"].required = True
        self.fields["einddatum"].error_messages["required"] = gettext(
            "Einddatum: vul een datum in."
        )

    def clean_einddatum(self) -> Any:
        datum = self.cleaned_data["einddatum"]
        van = self.locatie.beschikbaar_van
        if datum and van and datum < van:
            raise forms.ValidationError(
                f"Einddatum: {datum:%d-%m-%Y} ligt vóór de begindatum {van:%d-%m-%Y}."
            )
        return datum
