"""Dutch on screen: error pages in the site's layout with a way back (DEBUG off, as in
production), and Django's empty choice in Dutch."""

import pytest
from django.template.loader import render_to_string
from django.test import Client

from tests.conftest import EMMEN

ENGELS = ["Forbidden", "Not Found", "Server Error", "Bad Request", "Select an option"]


@pytest.fixture(autouse=True)
def productie(settings):
    settings.DEBUG = False


def _geen_engels(html: str) -> None:
    for woord in ENGELS:
        assert woord not in html


def test_een_gemeente_op_andermans_bewerkpagina_krijgt_een_nederlandse_403(client, rollen):
    client.force_login(rollen["gemeente_a"])
    antwoord = client.get(f"/gemeenten/{EMMEN}/locaties/nieuw/")
    assert antwoord.status_code == 403
    html = antwoord.content.decode()
    assert '<h1 class="utrecht-heading-1">Geen toegang</h1>' in html
    assert 'aria-label="Hoofdmenu"' in html  # the menu, as on every page
    assert 'href="/dashboard/">Naar de startpagina</a>' in html
    _geen_engels(html)


def test_een_onbekend_adres_geeft_een_nederlandse_404_met_menu(client, drenthe):
    antwoord = client.get("/bestaat-niet/", HTTP_REFERER="/bonus/")
    assert antwoord.status_code == 404
    html = antwoord.content.decode()
    assert "Pagina niet gevonden" in html
    assert 'aria-label="Hoofdmenu"' in html
    assert 'href="/">Naar de startpagina</a>' in html
    assert 'href="/bonus/">Terug naar de vorige pagina</a>' in html
    _geen_engels(html)


def test_een_fout_in_een_view_geeft_een_nederlandse_500(settings, drenthe):
    settings.ROOT_URLCONF = "tests.web.fout_urls"
    antwoord = Client(raise_request_exception=False).get("/test-fout/")
    assert antwoord.status_code == 500
    html = antwoord.content.decode()
    assert "Er ging iets mis" in html
    assert 'href="/">Naar de startpagina</a>' in html
    _geen_engels(html)


def test_de_500_pagina_heeft_geen_database_nodig(django_assert_num_queries, db):
    with django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert "Er ging iets mis" in html


def test_een_lege_keuze_heet_kies_en_niet_select_an_option(client, rollen):
    client.force_login(rollen["provincie"])
    html = client.get(f"/gemeenten/{EMMEN}/locaties/nieuw/").content.decode()
    assert "— kies —" in html
    _geen_engels(html)


def test_ook_in_de_formulieren_van_een_overleg_heet_de_lege_keuze_kies(client, rollen):
    from tests.cycli.hulp import overleg_en_actie

    overleg, _ = overleg_en_actie()
    client.force_login(rollen["provincie"])
    html = client.get(f"/overleggen/{overleg}/").content.decode()
    assert '<option value="" selected>— kies —</option>' in html
    _geen_engels(html)


def test_een_ongeldig_verzoek_geeft_een_nederlandse_400(client, drenthe):
    antwoord = client.get("/", HTTP_HOST="onbekend.example")
    assert antwoord.status_code == 400
    assert "Ongeldig verzoek" in antwoord.content.decode()
    _geen_engels(antwoord.content.decode())
