"""In a real browser (issue 22): the province makes its locations' details public from the
idea on, and the public Bijlage 1 shows the remarks then; a user without a role lands on
the public puzzle with a word on why."""

import pytest
from django.contrib.auth import get_user_model

from tests.factories import WACHTWOORD, provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

C1 = "?provincie=drenthe&cyclus=2025-2026"


def test_provincie_maakt_de_details_openbaar_en_het_publiek_ziet_ze(drenthe_live, inloggen, page):
    url = drenthe_live.url
    page.goto(f"{url}/bijlage1/{C1}")
    assert "nog te realiseren" not in page.locator("#bijlage1-locaties").inner_text()
    assert "collegebesluit" in page.locator("#bijlage1-openbaarheid").inner_text()
    inloggen(page, provinciegebruiker())
    page.goto(f"{url}/cyclus/invoer/{C1}")
    blok = page.locator("[data-formulier=openbaarheid]")
    blok.get_by_label("Naam en bijzonderheden van locaties openbaar vanaf fase").select_option(
        "idee"
    )
    blok.get_by_role("button", name="Opslaan").click()
    page.get_by_text("openbaar vanaf de fase 'idee'").wait_for()
    page.get_by_role("button", name="Uitloggen").click()
    page.goto(f"{url}/bijlage1/{C1}")
    assert page.locator("#bijlage1-locaties").inner_text().count("nog te realiseren") == 4


def test_zonder_rol_komt_u_op_de_openbare_puzzel(drenthe_live, page):
    get_user_model().objects.create_user("zonder-rol", password=WACHTWOORD)
    page.goto(drenthe_live.url + "/inloggen/")
    page.get_by_label("Gebruikersnaam").fill("zonder-rol")
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(drenthe_live.url + "/")
    assert "nog geen rol" in page.get_by_role("status").first.inner_text()
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    assert menu.get_by_role("link", name="Locaties").count() == 0
    assert menu.get_by_role("link", name="Bijlage 1").count() == 1
