from typing import Any

from django import forms
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from regietafel.domain.toezicht import LadderFout
from regietafel.statushouders.models import ladder_uit_stappen
from regietafel.verdeelbesluiten.models import Asieltoezichtladder, Verdeelbesluit


@admin.register(Verdeelbesluit)
class VerdeelbesluitAdmin(SimpleHistoryAdmin):
    """Read only: a recorded decision is frozen; a correction is recorded as a new version
    on the verdeelbesluit page."""

    list_display = ["provincie_cyclus", "nummer", "datum", "bron", "vastgelegd_door"]

    def has_add_permission(self, request: Any) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False


class LadderForm(forms.ModelForm):
    """The steps are checked as the domain's ladder (names, rising thresholds in months)."""

    class Meta:
        model = Asieltoezichtladder
        fields = ["provincie_cyclus", "stappen"]

    def clean_stappen(self) -> Any:
        stappen = self.cleaned_data["stappen"]
        try:
            ladder_uit_stappen(stappen)
        except LadderFout as fout:
            raise forms.ValidationError(str(fout)) from None
        except (KeyError, TypeError):
            raise forms.ValidationError(
                "Geef een lijst van stappen, elk met naam, omschrijving en drempel (maanden)."
            ) from None
        return stappen


@admin.register(Asieltoezichtladder)
class AsieltoezichtladderAdmin(SimpleHistoryAdmin):
    form = LadderForm
    list_display = ["provincie_cyclus", "versie"]
