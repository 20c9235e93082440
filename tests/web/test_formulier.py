"""web.formulier: a posted form that a service saves or refuses, and the page around it."""

import pytest
from django import forms
from django.http import HttpResponse
from django.test import RequestFactory

from regietafel.domain.routekaart import Invoerfout
from regietafel.services.toegang import GeenToegang
from regietafel.web.formulier import GEEN_FOUTEN, formulierpagina, ingevuld, verwerk


class NaamForm(forms.Form):
    naam = forms.CharField()


def _weiger(d):
    raise Invoerfout("naam", d["naam"], "verplicht", "de naam")


def test_een_geldig_formulier_krijgt_het_antwoord_van_bewaar():
    form = NaamForm({"naam": "Assen"})
    assert verwerk(form, lambda d: HttpResponse(d["naam"])).content == b"Assen"


def test_een_ongeldig_formulier_wordt_niet_bewaard():
    bewaard = []
    assert verwerk(NaamForm({}), bewaard.append) is None
    assert bewaard == []


def test_een_weigering_van_de_dienst_staat_bij_het_veld():
    form = NaamForm({"naam": "x"})
    assert verwerk(form, _weiger) is None
    assert list(form.errors) == ["naam"]


def test_een_weigering_die_het_formulier_niet_kent_gaat_door():
    with pytest.raises(Invoerfout):
        verwerk(NaamForm({"naam": "x"}), _weiger, GEEN_FOUTEN)


def test_ingevuld_alleen_voor_wie_het_mag_bewaren():
    post, get = RequestFactory().post("/", {"naam": "Assen"}), RequestFactory().get("/")
    assert ingevuld(post, NaamForm).data["naam"] == "Assen"
    assert ingevuld(get, NaamForm, False, initial={"naam": "Emmen"}).initial == {"naam": "Emmen"}
    with pytest.raises(GeenToegang):
        ingevuld(post, NaamForm, False)


@pytest.mark.parametrize(("verzoek", "status"), [("get", 200), ("post", 400)])
def test_de_pagina_van_een_formulier_dat_niet_bewaard_is(verzoek, status, monkeypatch):
    getoond = {}

    def render(request, sjabloon, context, status):
        getoond.update(sjabloon=sjabloon, context=context)
        return HttpResponse(status=status)

    monkeypatch.setattr("regietafel.web.formulier.render", render)
    request = getattr(RequestFactory(), verzoek)("/", {})
    form = ingevuld(request, NaamForm)
    antwoord = formulierpagina(request, "pagina.html", form, _weiger, {"k": 1})
    assert antwoord.status_code == status
    assert getoond == {"sjabloon": "pagina.html", "context": {"k": 1, "form": form}}
