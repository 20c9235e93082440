"""The minister's verdeelbesluit of a province: the page (concept, decision, the difference
from the provincial distribution and the supervision evidence) and the ministry's form to
record the decision actually taken."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from regietafel.domain.routekaart import Invoerfout
from regietafel.services import klok
from regietafel.services.opslag import NietGevonden
from regietafel.services.toegang import Toegang, leest_intern, toegang
from regietafel.services.wijzigingen import Conflict, GeenToegang
from regietafel.verdeelbesluiten import services as vb
from regietafel.web.forms import DatumVeld, NLDesignForm
from regietafel.web.formulier import fout_op_formulier
from regietafel.web.keuze import Keuze, kies, met_keuze
from regietafel.web.pagina import pagina
from regietafel.web.toegang import weiger

PAGINA = "regietafel/verdeelbesluit.html"
FORMULIER = "regietafel/verdeelbesluit_vastleggen.html"


def _keuze(request: HttpRequest) -> Keuze:
    """The province and cycle asked for. A recorded decision is public (ADR 0017), so
    whoever may not read the cycle still reads the page when a decision is recorded;
    without one, the page is refused as the cycle's other pages are."""
    return kies(request, toch_openbaar=vb.laatste_besluit)


@pagina(PAGINA)
def verdeelbesluit_pagina(request: HttpRequest) -> HttpResponse:
    """The decision of a province in a cycle, as the reader may read it."""
    t = toegang(request.user)
    keuze = _keuze(request)
    o = vb.overzicht(keuze.provincie, keuze.cyclus, t)
    context = {
        **keuze.context,
        "o": o,
        "toezicht": vb.toezicht(keuze.provincie, keuze.cyclus)
        if leest_intern(t, keuze.provincie)
        else None,
        "mag_besluiten": vb.mag_besluiten(t),
        "query": keuze.query,
    }
    return render(request, PAGINA, context)


def _formulier(o: vb.BesluitOverzicht) -> type[forms.Form]:
    """A form with a number per municipality, category and year, and the decision's date,
    source and explanation; each number's message names the municipality and the cell."""
    velden: dict[str, forms.Field] = {
        "datum": DatumVeld(label=_("Datum van het besluit")),
        "bron": forms.CharField(
            label=_("Bron (kenmerk van het besluit)"),
            max_length=300,
            required=False,
            help_text=_("Bijvoorbeeld 'Staatscourant 2026, 12345' of het kenmerk van de brief."),
        ),
        "toelichting": forms.CharField(
            label=_("Toelichting (optioneel)"), max_length=2000, required=False
        ),
        "versie": forms.IntegerField(widget=forms.HiddenInput),
    }
    for r in o.regels:
        for kop in o.koppen:
            label = f"{r.naam}, {o.kop_tekst(kop)}"
            velden[f"{r.cbs_code}_{kop[0]}_{kop[1]}"] = forms.IntegerField(
                label=label,
                min_value=0,
                required=True,
                widget=forms.NumberInput(attrs={"class": "getalveld"}),
                error_messages={
                    "required": _("%(veld)s: vul het besloten aantal in.") % {"veld": label},
                    "invalid": _("%(veld)s: vul een heel getal in.") % {"veld": label},
                    "min_value": _("%(veld)s: het aantal kan niet negatief zijn.")
                    % {"veld": label},
                },
            )
    return type("VerdeelbesluitForm", (NLDesignForm,), velden)


def _beginwaarden(o: vb.BesluitOverzicht) -> dict[str, Any]:
    """The latest decision, else the concept, as the form's starting values."""
    i = 2 if o.besluit else 1
    uit: dict[str, Any] = {
        f"{r.cbs_code}_{kop[0]}_{kop[1]}": cel[i]
        for r in o.regels
        for kop, cel in zip(o.koppen, r.cellen, strict=True)
    }
    uit["versie"] = o.besluit.nummer if o.besluit else 0
    uit["datum"] = f"{klok.vandaag():%d-%m-%Y}"  # as the field asks it to be written
    return uit


class BestandForm(NLDesignForm):
    """The decision from a file: date, source and the file with a row per municipality,
    category and year (the columns of the offers import)."""

    datum = DatumVeld(label=gettext_lazy("Datum van het besluit in het bestand"))
    bron = forms.CharField(
        label=gettext_lazy("Bron van het besluit in het bestand (kenmerk)"),
        max_length=300,
        required=False,
    )
    bestand = forms.FileField(
        label=gettext_lazy("Bestand (CSV of Excel)"),
        help_text=gettext_lazy(
            "Kolommen CBS-code of Gemeente, Categorie, Jaar en Plaatsen: een rij per "
            "gemeente, categorie en jaar. Alles of niets: bij een fout wordt niets vastgelegd."
        ),
        error_messages={"required": gettext_lazy("Bestand: kies een bestand.")},
    )
    versie = forms.IntegerField(widget=forms.HiddenInput)


@pagina(FORMULIER)
def verdeelbesluit_vastleggen(request: HttpRequest) -> HttpResponse:
    """The ministry records the decision actually taken (a new version each time), typed
    into the table or read from a file."""
    t = toegang(request.user)
    if not vb.mag_besluiten(t):
        return weiger(request)
    keuze = _keuze(request)
    o = vb.overzicht(keuze.provincie, keuze.cyclus, t)
    Form = _formulier(o)  # noqa: N806
    beginwaarden = _beginwaarden(o)
    form = Form(initial=beginwaarden)
    bform = BestandForm(initial=beginwaarden, prefix="bestand")
    status = 200
    if request.method == "POST":
        status = 400
        if request.POST.get("actie") == "bestand":
            bform = BestandForm(request.POST, request.FILES, prefix="bestand")
            gelukt = _uit_bestand(request, t, keuze, bform)
        else:
            form = Form(request.POST)
            gelukt = _uit_tabel(request, t, keuze, o, form)
        if gelukt is not None:
            return gelukt
    rijen = [(r, [form[f"{r.cbs_code}_{kop[0]}_{kop[1]}"] for kop in o.koppen]) for r in o.regels]
    context = {
        **keuze.context,
        "o": o,
        "form": form,
        "bestandform": bform,
        "rijen": rijen,
        "query": keuze.query,
    }
    return render(request, FORMULIER, context, status=status)


def _uit_tabel(
    request: HttpRequest, t: Toegang, keuze: Keuze, o: vb.BesluitOverzicht, form: forms.Form
) -> HttpResponse | None:
    if not form.is_valid():
        return None
    d = form.cleaned_data
    waarden: dict[str, dict[str, dict[str, int]]] = {}
    for r in o.regels:
        for cat, jaar in o.koppen:
            waarden.setdefault(r.cbs_code, {}).setdefault(cat, {})[jaar] = d[
                f"{r.cbs_code}_{cat}_{jaar}"
            ]
    return _leg_vast(request, t, keuze, form, waarden)


def _uit_bestand(
    request: HttpRequest, t: Toegang, keuze: Keuze, form: BestandForm
) -> HttpResponse | None:
    if not form.is_valid():
        return None
    bestand = form.cleaned_data["bestand"]
    try:
        waarden = vb.waarden_uit_bestand(
            keuze.provincie, keuze.cyclus, bestand.read(), bestand.name
        )
    except vb.BesluitbestandFout as fout:
        for melding in fout.meldingen:
            form.add_error("bestand", melding)
        return None
    return _leg_vast(request, t, keuze, form, waarden)


def _leg_vast(
    request: HttpRequest,
    t: Toegang,
    keuze: Keuze,
    form: forms.Form,
    waarden: dict[str, Any],
) -> HttpResponse | None:
    """Record the decision; None (with the message on `form`) when it cannot be."""
    d = form.cleaned_data
    if d["datum"] is None:
        form.add_error("datum", _("%(veld)s: vul een datum in.") % {"veld": form["datum"].label})
        return None
    try:
        b = vb.leg_besluit_vast(
            t,
            request.user,
            keuze.provincie,
            keuze.cyclus,
            datum=d["datum"],
            bron=d["bron"],
            waarden=waarden,
            versie=d["versie"],
            toelichting=d.get("toelichting", ""),
        )
    except Invoerfout as fout:
        fout_op_formulier(form, fout)
    except Conflict as c:
        form.add_error(
            None,
            _(
                "Intussen heeft %(wie)s een nieuwe versie van het verdeelbesluit vastgelegd. "
                "Uw versie is niet opgeslagen; bekijk de nieuwe versie en probeer het opnieuw."
            )
            % {"wie": c.door},
        )
    except (GeenToegang, NietGevonden):
        return weiger(request)
    else:
        messages.success(
            request, _("Versie %(n)s van het verdeelbesluit is vastgelegd.") % {"n": b.nummer}
        )
        return redirect(met_keuze(reverse("verdeelbesluit"), keuze))
    return None
