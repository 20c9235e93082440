"""Where the ministry's amounts and national figures of a cycle are entered. A field left
empty is stored as unknown (NULL; null in the rules JSON) and shown as "nog niet bekend":
never 0. See docs/cyclus.md."""

from typing import Any

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.data import DatasetFout, regels_naar_dict, regels_uit_dict
from regietafel.domain import opmaak


class CyclusForm(forms.ModelForm):
    class Meta:
        model = Cyclus
        fields = ["naam", "jaren", "landelijke_behoefte", "amv_landelijk", "regels"]
        help_texts = {
            "regels": _(
                "De rekenregels (docs/regels.md). Een bedrag dat nog niet bekend is: null, "
                'bijvoorbeeld "spuk1_bedrag_per_plaats": null.'
            )
        }

    def clean_regels(self) -> dict[str, Any]:
        """The rules must be complete and readable; stored in their written form."""
        try:
            return regels_naar_dict(regels_uit_dict(self.cleaned_data["regels"]))
        except (DatasetFout, KeyError, TypeError, ValueError) as fout:
            raise forms.ValidationError(
                _("De regels zijn niet volledig of niet leesbaar: %(fout)s"),
                params={"fout": fout},
            ) from None


class _VersieAdmin(SimpleHistoryAdmin):  # type: ignore[misc]
    """A change here moves the version on, so that the page "Invoer provincie" opened
    before it conflicts instead of overwriting it; the history shows who changed what."""

    def save_model(self, request: Any, obj: Any, form: Any, change: bool) -> None:
        if change:
            obj.versie += 1
        super().save_model(request, obj, form, change)


@admin.register(Cyclus)
class CyclusAdmin(_VersieAdmin):
    form = CyclusForm
    list_display = ["naam", "landelijke_behoefte", "amv_landelijk"]
    empty_value_display = opmaak.NOG_NIET_BEKEND


@admin.register(ProvincieCyclus)
class ProvincieCyclusAdmin(_VersieAdmin):
    list_display = ["provincie", "cyclus", "spuk3_pot", "provincie_bedrag", "gepubliceerd"]
    list_filter = ["cyclus", "provincie"]
    fields = ["oekraine_opgave", "spuk3_pot", "provincie_bedrag", "kolomjaren", "gepubliceerd"]
    empty_value_display = opmaak.NOG_NIET_BEKEND

    def has_add_permission(self, request: Any) -> bool:
        # A province's cycle is made by inrichting or services.volgende_cyclus.
        return False
