"""The solver page: both methods side by side, scenarios saved by the province, and two
scenarios compared. Thin: every figure comes from services.oplossen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_http_methods

from regietafel.domain.model import Categorie
from regietafel.domain.onbekend import NietBerekenbaar
from regietafel.domain.solver_invoer import (
    CATEGORIEEN,
    GemeenteInstelling,
    Instellingen,
)
from regietafel.puzzel.oplossen import (
    NaamBestaatAl,
    NietOpgelost,
    beschrijf_parameters,
    bewaar_scenario,
    los_op_provincie,
    methoden_naast_elkaar,
    oplossing_als_dict,
    scenario_als_concept,
    scenario_met_cyclus,
    scenarios,
    scenarios_met_cyclus,
    vergelijk_scenarios,
)
from regietafel.services.kerngegevens import gemeenten_van
from regietafel.services.opslag import provincie_cyclus
from regietafel.services.toegang import Toegang, mag_bewerken, mag_lezen
from regietafel.services.wijzigingen import GeenToegang
from regietafel.web.forms import NLDesignForm
from regietafel.web.keuze import Keuze, met_keuze
from regietafel.web.pagina import Lezers, OngeldigeKeuze, pagina
from regietafel.web.toegang import ingelogd, weiger

if TYPE_CHECKING:
    from regietafel.cycli.models import ProvincieCyclus
    from regietafel.provincies.models import Gemeente
    from regietafel.scenarios.models import Scenario

KORT = {Categorie.ASIEL_REGULIER: "regulier", Categorie.AMV: "AMV"}


class ScenarioForm(NLDesignForm):
    """Name, the relaxed rule, and per municipality: exempt, maximum extra, unit size and a
    changed offer (for every year of the cycle), per category."""

    naam = forms.CharField(
        label=gettext_lazy("Naam van het scenario"), max_length=200, required=False
    )
    ruimer = forms.BooleanField(
        label=gettext_lazy(
            "Ook gemeenten op of boven hun eigen indicatieve aantal mogen extra plaatsen krijgen"
        ),
        required=False,
    )

    def __init__(self, *args: Any, gemeenten: list[Gemeente], **kwargs: Any) -> None:
        self.gemeenten = gemeenten
        super().__init__(*args, **kwargs)
        for g in gemeenten:
            self.fields[f"{g.cbs_code}-vrijgesteld"] = forms.BooleanField(
                label=f"{g.naam}: vrijgesteld", required=False
            )
            for cat in CATEGORIEEN:
                for veld, label, minimum in (
                    ("maximum", gettext("maximaal extra"), 0),
                    ("eenheid", "eenheid", 1),
                    ("aanbod", "aanbod", 0),
                ):
                    naam = f"{g.cbs_code}-{veld}-{cat.value}"
                    self.fields[naam] = forms.IntegerField(
                        label=f"{g.naam}: {label} {KORT[cat]}",
                        required=False,
                        min_value=minimum,
                        error_messages={
                            "invalid": gettext(
                                "%(naam)s, %(label)s %(KORT)s: vul een heel getal in."
                            )
                            % {"naam": g.naam, "label": label, "KORT": KORT[cat]},
                            "min_value": f"{g.naam}, {label} {KORT[cat]}: minstens {minimum}.",
                        },
                        widget=forms.NumberInput(attrs={"class": "utrecht-textbox getalveld"}),
                    )
        for naam, veld in self.fields.items():
            if isinstance(veld.widget, forms.CheckboxInput):
                veld.widget.attrs["class"] = gettext(
                    "utrecht-checkbox utrecht-checkbox--html-input"
                )
            # The table's cells have no visible label of their own: name each for screen
            # readers by municipality and column ("Assen: maximaal extra AMV").
            if "-" in naam:
                veld.widget.attrs["aria-label"] = veld.label

    def rijen(self) -> list[dict[str, Any]]:
        """The per-municipality fields, one row each, for the template."""
        return [
            {
                "gemeente": g,
                "vrijgesteld": self[f"{g.cbs_code}-vrijgesteld"],
                "velden": [
                    self[f"{g.cbs_code}-{veld}-{cat.value}"]
                    for veld in ("aanbod", "maximum", "eenheid")
                    for cat in CATEGORIEEN
                ],
            }
            for g in self.gemeenten
        ]

    def instellingen(self, jaren: list[int]) -> Instellingen:
        d = self.cleaned_data
        gemeenten, aanbod = {}, {}
        for g in self.gemeenten:
            c = g.cbs_code
            gemeenten[c] = GemeenteInstelling(
                maximum={
                    cat: d[f"{c}-maximum-{cat.value}"]
                    for cat in CATEGORIEEN
                    if d.get(f"{c}-maximum-{cat.value}") is not None
                },
                eenheid={
                    cat: d[f"{c}-eenheid-{cat.value}"]
                    for cat in CATEGORIEEN
                    if d.get(f"{c}-eenheid-{cat.value}") is not None
                },
                vrijgesteld=bool(d.get(f"{c}-vrijgesteld")),
            )
            anders = {
                (cat, jaar): d[f"{c}-aanbod-{cat.value}"]
                for cat in CATEGORIEEN
                for jaar in jaren
                if d.get(f"{c}-aanbod-{cat.value}") is not None
            }
            if anders:
                aanbod[c] = anders
        return Instellingen(
            alleen_onder_eigen_aantal=not d.get("ruimer"), gemeenten=gemeenten, aanbod=aanbod
        )


def _beginwaarden(instellingen: Instellingen, naam: str = "") -> dict[str, Any]:
    waarden: dict[str, Any] = {"naam": naam, "ruimer": not instellingen.alleen_onder_eigen_aantal}
    for code, g in instellingen.gemeenten.items():
        waarden[f"{code}-vrijgesteld"] = g.vrijgesteld
        for cat, n in g.maximum.items():
            waarden[f"{code}-maximum-{cat.value}"] = n
        for cat, n in g.eenheid.items():
            waarden[f"{code}-eenheid-{cat.value}"] = n
    for code, per in instellingen.aanbod.items():
        for (cat, _jaar), n in per.items():
            waarden[f"{code}-aanbod-{cat.value}"] = n
    return waarden


def _toegestaan(
    request: HttpRequest, provincie: str, cyclus: str
) -> tuple[Toegang, ProvincieCyclus]:
    pc = provincie_cyclus(provincie, cyclus)
    t = ingelogd(request)
    if t is None or not mag_lezen(t, provincie, gepubliceerd=False):
        raise GeenToegang
    return t, pc


@require_http_methods(["GET", "POST"])
@pagina("regietafel/oplossen.html", Lezers.INGELOGD)
def oplossen_pagina(request: HttpRequest, keuze: Keuze) -> HttpResponse:
    """Both methods for the chosen province and cycle. The province may try parameters
    (*doorrekenen*) and save them as a scenario; everyone logged in may read."""
    provincie, cyclus = keuze.provincie, keuze.cyclus
    t, pc = _toegestaan(request, provincie, cyclus)
    bewerkbaar = mag_bewerken(t, provincie)
    gemeenten = gemeenten_van(provincie)
    lijst = scenarios(provincie, cyclus)
    gekozen: Scenario | None = None
    status = 200
    melding = ""
    if request.method == "POST":
        if not bewerkbaar:
            return weiger(request)
        form = ScenarioForm(request.POST, gemeenten=gemeenten)
        if form.is_valid():
            instellingen = form.instellingen(list(pc.cyclus.jaren))
            if request.POST.get("actie") == "bewaren":
                naam = form.cleaned_data["naam"].strip()
                if not naam:
                    form.add_error(
                        "naam", gettext("Naam van het scenario: vul een naam in om te bewaren.")
                    )
                    status = 400
                else:
                    try:
                        s = bewaar_scenario(t, request.user, provincie, cyclus, naam, instellingen)
                    except NaamBestaatAl as fout:
                        form.add_error("naam", str(fout))
                        status = 400
                    except (NietOpgelost, NietBerekenbaar):
                        pass  # not saved; solved again below, where the page says why
                    else:
                        return redirect(f"{met_keuze(reverse('oplossen'), keuze)}&scenario={s.pk}")
            else:
                melding = gettext("Doorgerekend met deze parameters (niet bewaard).")
        else:
            instellingen = Instellingen()
            status = 400
    else:
        instellingen = Instellingen()
        scenario_id = request.GET.get("scenario", "")
        if scenario_id.isdigit():
            gekozen = next((s for s in lijst if s.pk == int(scenario_id)), None)
            if gekozen is None:
                raise Http404("Dit scenario bestaat niet in deze cyclus.")
            instellingen = Instellingen.van_dict(gekozen.parameters)
        form = ScenarioForm(
            initial=_beginwaarden(instellingen, gekozen.naam if gekozen else ""),
            gemeenten=gemeenten,
        )
    oplosfout = onbekend = ""
    if gekozen is not None:
        resultaat = gekozen.resultaat
    else:
        try:
            delen = los_op_provincie(provincie, cyclus, instellingen)
        except NietOpgelost as fout:
            oplosfout, delen, melding = str(fout), [], ""
        except NietBerekenbaar as fout:  # a target not yet known: never solved with 0
            onbekend, delen, melding = str(fout), [], ""
        resultaat = oplossing_als_dict(provincie, cyclus, delen, instellingen)
    context = {
        **keuze.context,
        "oplosfout": oplosfout,
        "onbekend": onbekend,
        "resultaat": methoden_naast_elkaar(resultaat),
        "parameters": beschrijf_parameters(resultaat.get("parameters", {}), gemeenten),
        "scenarios": lijst,
        "gekozen": gekozen,
        "bewerkbaar": bewerkbaar,
        "form": form,
        "melding": melding,
    }
    return render(request, "regietafel/oplossen.html", context, status=status)


@pagina("regietafel/scenario_vergelijken.html")
def scenario_vergelijken(request: HttpRequest) -> HttpResponse:
    """Two saved scenarios of one province's cycle side by side (``?a=…&b=…``)."""
    if ingelogd(request) is None:
        raise GeenToegang
    ids = [request.GET.get(k, "") for k in ("a", "b")]
    if not all(i.isdigit() for i in ids):
        raise OngeldigeKeuze("Kies twee scenario's om te vergelijken.")
    gevonden = scenarios_met_cyclus([int(i) for i in ids])
    if len(gevonden) != len(set(ids)):
        raise Http404("Scenario niet gevonden.")
    a, b = gevonden[int(ids[0])], gevonden[int(ids[1])]
    pc = a.provincie_cyclus
    if b.provincie_cyclus_id != pc.pk:
        raise OngeldigeKeuze("Deze scenario's horen bij verschillende provincies of cycli.")
    _toegestaan(request, pc.provincie.code, pc.cyclus.naam)
    gemeenten = gemeenten_van(pc.provincie.code)
    context = {
        **vergelijk_scenarios(a, b),
        "provincie": pc.provincie,
        "cyclus": pc.cyclus.naam,
        "parameters_a": beschrijf_parameters(a.parameters, gemeenten),
        "parameters_b": beschrijf_parameters(b.parameters, gemeenten),
    }
    return render(request, "regietafel/scenario_vergelijken.html", context)


@require_http_methods(["POST"])
@pagina()
def scenario_naar_concept(request: HttpRequest, pk: int) -> HttpResponse:
    """Make the optimiser's distribution of a saved scenario the next concept version;
    only the province does this (services.verdelingen checks it again)."""
    t = ingelogd(request)
    if t is None:
        return weiger(request)
    scenario = scenario_met_cyclus(pk)
    if not mag_bewerken(t, scenario.provincie_cyclus.provincie.code):
        return weiger(request)
    v = scenario_als_concept(scenario, request.user)
    messages.success(
        request,
        gettext("Concept versie %(nummer)s is gemaakt uit scenario “%(naam)s”.")
        % {"nummer": v.nummer, "naam": scenario.naam},
    )
    return redirect("verdeling", pk=v.pk)
