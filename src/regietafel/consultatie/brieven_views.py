"""The province's table of letter answers: every municipality of the consultation in one
row, entered at once instead of one form per letter. Thin: services.consultatie checks and
writes all rows or none."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from regietafel.consultatie.services import (
    CATEGORIEEN,
    Briefantwoord,
    Brieffouten,
    Voortzetten,
    antwoorden_per_gemeente,
    beantwoord_per_brief,
    consultatie_van,
    rijmelding,
)
from regietafel.services.kerngegevens import gemeenten_van
from regietafel.web.forms import NLDesignForm
from regietafel.web.keuze import Keuze
from regietafel.web.pagina import Lezers, pagina

if TYPE_CHECKING:
    from regietafel.consultatie.models import Consultatie
    from regietafel.provincies.models import Gemeente

DATUM = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
GETAL = forms.NumberInput(attrs={"class": "getalveld", "min": 0})


def rijformulier(jaren: tuple[int, ...]) -> type[forms.Form]:
    """One row of the table: the municipality and the version of its answer (hidden), the
    answer's fields as in the single answer form, and the day the letter came in."""
    velden: dict[str, forms.Field] = {
        "gemeente": forms.CharField(widget=forms.HiddenInput),
        "versie": forms.IntegerField(min_value=0, widget=forms.HiddenInput),
        "voortzetten": forms.ChoiceField(
            label=_("Huidige afspraken voortzetten?"),
            choices=[("", _("— geen brief —")), *Voortzetten.choices],
            required=False,  # checked per changed row, with its own message (_nieuwe_rij)
        ),
    }
    for cat, label in CATEGORIEEN.items():
        for jaar in jaren:
            velden[f"{cat}_{jaar}"] = forms.IntegerField(
                label=f"{label} {jaar}", required=False, min_value=0, widget=GETAL
            )
    velden["ontvangen_op"] = forms.DateField(
        label=_("Brief ontvangen op"), required=False, widget=DATUM
    )
    velden["opmerking"] = forms.CharField(label=_("Opmerkingen"), required=False)
    return type("BriefRijForm", (NLDesignForm,), velden)


def _beginwaarden(
    c: Consultatie, gemeenten: list[Gemeente], jaren: tuple[int, ...]
) -> list[dict[str, Any]]:
    """Per municipality its stored answer, so that an unchanged row is left alone."""
    antwoorden = antwoorden_per_gemeente(c)
    uit = []
    for g in gemeenten:
        a = antwoorden.get(g.pk)
        rij: dict[str, Any] = {"gemeente": g.cbs_code, "versie": a.versie if a else 0}
        if a is not None:
            rij |= {"voortzetten": a.voortzetten, "opmerking": a.opmerking}
            rij["ontvangen_op"] = a.ontvangen_op
            for cat in CATEGORIEEN:
                for j in jaren:
                    rij[f"{cat}_{j}"] = a.aanbod.get(cat, {}).get(str(j))
        uit.append(rij)
    return uit


def _rijen(
    formset: Any, per_code: dict[str, Gemeente], jaren: tuple[int, ...]
) -> list[tuple[int, Briefantwoord]]:
    """The changed rows of a valid table, as (row number, answer)."""
    uit = []
    for nummer, form in enumerate(formset.forms, 1):
        if not form.has_changed():
            continue
        d = form.cleaned_data
        aanbod = {cat: {str(j): d[f"{cat}_{j}"] for j in jaren} for cat in CATEGORIEEN}
        antwoord = Briefantwoord(
            gemeente=per_code[d["gemeente"]],
            versie=d["versie"],
            voortzetten=d["voortzetten"],
            aanbod=aanbod,
            opmerking=d["opmerking"],
            ontvangen_op=d["ontvangen_op"],
        )
        uit.append((nummer, antwoord))
    return uit


def _formfouten(formset: Any, namen: list[str]) -> list[str]:
    """Every field error of the table as "Rij 3 (Emmen), AMV 2027: …"."""
    uit = []
    for nummer, (form, naam) in enumerate(zip(formset.forms, namen, strict=True), 1):
        for veld, fouten in form.errors.items():
            label = form.fields[veld].label if veld in form.fields else _("de rij")
            uit += [rijmelding(nummer, naam, label, fout) for fout in fouten]
    return uit


def _nieuwe_rij(formset: Any, per_code: dict[str, Gemeente]) -> None:
    """A row must have a letter (continue yes/no/partly) and name a municipality of this
    province; a row left as it was is skipped, not checked."""
    for form in formset.forms:
        if not form.has_changed() or form.errors:
            continue
        if form.cleaned_data["gemeente"] not in per_code:
            form.add_error(None, _("Deze rij hoort bij geen gemeente van deze provincie."))
        elif not form.cleaned_data["voortzetten"]:
            form.add_error("voortzetten", _("Kies ja, nee of gedeeltelijk."))


@pagina(lezers=Lezers.BEWERKERS)
def consultatie_brieven(request: HttpRequest, k: Keuze) -> HttpResponse:
    """All letter answers of a consultation in one table (province staff only)."""
    c = consultatie_van(k.provincie, k.cyclus)
    context: dict[str, Any] = {"k": k}
    if c is None:
        context["fout"] = _("De consultatie van deze cyclus is nog niet geopend.")
        return render(request, "regietafel/consultatie_brieven.html", context, status=404)
    jaren = tuple(c.provincie_cyclus.cyclus.jaren)
    gemeenten = gemeenten_van(c.provincie_cyclus.provincie.code)
    per_code = {g.cbs_code: g for g in gemeenten}
    Tabel = forms.formset_factory(rijformulier(jaren), extra=0)  # noqa: N806
    beginwaarden = _beginwaarden(c, gemeenten, jaren)
    kwargs = {"initial": beginwaarden, "form_kwargs": {"empty_permitted": True,
              "use_required_attribute": False}}  # fmt: skip
    formset = Tabel(**kwargs)
    status, fouten = 200, []
    if request.method == "POST":
        formset = Tabel(request.POST, **kwargs)
        if formset.is_valid():
            _nieuwe_rij(formset, per_code)
        if formset.non_form_errors() or formset.total_form_count() != len(gemeenten):
            # A table that is not the one sent (tampered with, or the province gained a
            # municipality meanwhile): shown anew, nothing saved.
            fouten = [str(_("De tabel is niet volledig ontvangen; er is niets opgeslagen."))]
            formset = Tabel(**kwargs)
        else:
            fouten = _formfouten(formset, [g.naam for g in gemeenten])
        if not fouten:
            labels = {f: str(v.label) for f, v in formset.forms[0].fields.items()}
            try:
                n = beantwoord_per_brief(request.user, c, _rijen(formset, per_code, jaren), labels)
            except Brieffouten as fout:
                fouten = [str(f) for f in fout.fouten]
            else:
                tekst = ngettext(
                    "%(n)d antwoord per brief is opgeslagen.",
                    "%(n)d antwoorden per brief zijn opgeslagen.",
                    n,
                )
                messages.success(request, tekst % {"n": n})
                return redirect(reverse("consultatie") + k.query)
        status = 400
    context |= {
        "consultatie": c,
        "formset": formset,
        "rijen": list(zip(gemeenten, formset.forms, strict=True)),
        "fouten": fouten,
        "jaren": jaren,
        "categorieen": CATEGORIEEN,
    }
    return render(request, "regietafel/consultatie_brieven.html", context, status=status)
