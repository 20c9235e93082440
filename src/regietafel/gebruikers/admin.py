from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from regietafel.gebruikers.apitokens import TokenFout, nieuw_token
from regietafel.gebruikers.models import ApiToken, Profiel


class ProfielInline(admin.StackedInline):
    model = Profiel
    can_delete = False


class GebruikerAdmin(UserAdmin):
    inlines = [ProfielInline]


admin.site.unregister(User)
admin.site.register(User, GebruikerAdmin)


class NieuwTokenForm(forms.ModelForm):
    """A new API token, checked against its user's rights by services.apitokens (the same
    rules as `regietafel token maak`); its key is shown once, after saving."""

    dagen = forms.IntegerField(label=_("geldig (dagen)"), min_value=1)

    class Meta:
        model = ApiToken
        fields = ["gebruiker", "naam", "bereik", "provincie", "gemeente"]
        help_texts = {
            "provincie": _("Leeg: de provincie of gemeente van de gebruiker zelf."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["dagen"].initial = settings.REGIETAFEL_API_TOKEN_DAGEN
        self.fields["dagen"].max_value = settings.REGIETAFEL_API_TOKEN_MAX_DAGEN
        self.sleutel = ""

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.errors:
            return data
        try:
            token, self.sleutel = nieuw_token(
                data["gebruiker"],
                data["bereik"],
                dagen=data["dagen"],
                naam=data.get("naam", ""),
                provincie=data["provincie"].code if data.get("provincie") else None,
                gemeente=data["gemeente"].cbs_code if data.get("gemeente") else None,
            )
        except TokenFout as fout:
            raise forms.ValidationError(str(fout)) from None
        data["provincie"], data["gemeente"] = token.provincie, token.gemeente
        for veld in ("prefix", "sleutel_hash", "verloopt_op"):
            setattr(self.instance, veld, getattr(token, veld))
        return data


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = [
        "prefix",
        "gebruiker",
        "naam",
        "bereik",
        "provincie",
        "gemeente",
        "verloopt_op",
        "laatst_gebruikt_op",
        "ingetrokken_op",
    ]
    list_filter = ["bereik"]
    search_fields = ["prefix", "gebruiker__username", "naam"]
    actions = ["intrekken"]

    def get_form(self, request: HttpRequest, obj: Any = None, **kwargs: Any) -> Any:
        if obj is None:
            kwargs["form"] = NieuwTokenForm
        return super().get_form(request, obj, **kwargs)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return []
        return [f.name for f in ApiToken._meta.fields if f.name not in ("naam", "id")]

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ["gebruiker", "naam", "bereik", "provincie", "gemeente", "dagen"]
        return [f for f in self.get_readonly_fields(request, obj) if f != "sleutel_hash"] + ["naam"]

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if not change:
            messages.warning(
                request,
                _("De sleutel van dit token, alleen nu te zien (bewaard wordt alleen een hash): %s")
                % form.sleutel,
            )

    @admin.action(description=_("Geselecteerde tokens intrekken"))
    def intrekken(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        aantal = queryset.filter(ingetrokken_op__isnull=True).update(ingetrokken_op=timezone.now())
        tekst = ngettext("%(n)d token ingetrokken.", "%(n)d tokens ingetrokken.", aantal)
        self.message_user(request, tekst % {"n": aantal})
