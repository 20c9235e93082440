"""The offer form without htmx (a browser without JavaScript, issue 22): an error or a
conflict shows the municipality page again with the Dutch message in the offer's row."""

import re

import pytest

from regietafel.opgaven.models import Aanbod
from tests.conftest import EMMEN


def _aanbod():
    return Aanbod.objects.get(gemeente__cbs_code=EMMEN, categorie="amv", jaar=2026)


@pytest.fixture
def pad():
    return f"/gemeenten/{EMMEN}/aanbod/{_aanbod().pk}/"


def _rij(html, pk):
    return re.search(rf'<tr class="utrecht-table__row" id="aanbod-{pk}".*?</tr>', html, re.S)[0]


def test_een_conflict_toont_de_pagina_met_beide_waarden(client, rollen, pad):
    versie = _aanbod().versie
    client.force_login(rollen["provincie"])
    assert client.post(pad, {"plaatsen": "60", "versie": str(versie)}).status_code == 302
    client.force_login(rollen["gemeente_b"])
    r = client.post(pad, {"plaatsen": "80", "versie": str(versie)})
    assert r.status_code == 409
    html = r.content.decode()
    assert '<h1 class="utrecht-heading-1">Gemeente Emmen' in html
    rij = _rij(html, _aanbod().pk)
    assert "intussen gewijzigd door" in rij
    assert "Huidige waarde: <strong>60</strong>" in rij and "Uw invoer: <strong>80</strong>" in rij
    # Saving again overwrites on purpose: the form now carries the current version.
    assert f'name="versie" value="{versie + 1}"' in rij
    assert _aanbod().plaatsen == 60
    # The other rows are as always.
    assert html.count("intussen gewijzigd") == 1


def test_een_fout_getal_toont_de_pagina_met_de_fout_bij_het_veld(client, rollen, pad):
    client.force_login(rollen["gemeente_b"])
    r = client.post(pad, {"plaatsen": "veel", "versie": str(_aanbod().versie)})
    assert r.status_code == 400
    rij = _rij(r.content.decode(), _aanbod().pk)
    assert "Plaatsen: vul een heel getal in." in rij and 'value="veel"' in rij
    assert _aanbod().plaatsen == 50


def test_met_htmx_blijft_het_een_rij_met_de_melding(client, rollen, pad):
    versie = _aanbod().versie
    client.force_login(rollen["gemeente_b"])
    client.post(pad, {"plaatsen": "60", "versie": str(versie)}, HTTP_HX_REQUEST="true")
    r = client.post(pad, {"plaatsen": "80", "versie": str(versie)}, HTTP_HX_REQUEST="true")
    html = r.content.decode()
    assert r.status_code == 200 and "<h1" not in html
    assert (
        "Huidige waarde: <strong>60</strong>" in html and "Uw invoer: <strong>80</strong>" in html
    )
