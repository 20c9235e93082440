from pathlib import Path

import pytest

from tests.factories import provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "img"


def test_dashboard_grafieken_hebben_tekstalternatief_en_juiste_totalen(
    drenthe_live, inloggen, page
):
    inloggen(page, provinciegebruiker())
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.get_by_role("link", name="Dashboard").click()
    # The menu carries the page's province and cycle.
    page.wait_for_url("**/dashboard/?provincie=drenthe&cyclus=2025-2026")
    page.goto(drenthe_live.url + "/dashboard/?peildatum=2026-04-01")
    assert page.locator('[data-kerncijfer="asiel-opgave"]').inner_text() == "2.691"
    assert page.locator('[data-kerncijfer="asiel-beschikbaar"]').inner_text() == "2.620"
    assert page.locator('[data-kerncijfer="asiel-verschil"]').inner_text() == "71"
    assert page.locator('[data-kerncijfer="oekraine-opgave"]').inner_text() == "5.722"
    assert page.locator('[data-kerncijfer="statushouders-procent"]').inner_text() == "116%"

    grafieken = page.get_by_role("img")
    namen = [grafieken.nth(i).get_attribute("aria-label") for i in range(grafieken.count())]
    assert "Asielopvang per gemeente op 1-4-2026" in namen
    assert "Beschikbare asielopvangplaatsen Drenthe, cyclus 2025-2026" in namen
    staven = page.locator("#grafiek-gemeenten")
    staven.get_by_text("Tekstversie van deze grafiek").click()
    tekst = staven.locator("[data-tekstalternatief]").inner_text()
    assert "Assen: beschikbaar 0, opgave 360 (tekort 360)" in tekst
    assert tekst.endswith("Totaal: beschikbaar 2.620, opgave 2.691.")
    assert "Totaal: beschikbaar 2.620" in staven.locator("svg desc").text_content()
    lijn = page.locator("#grafiek-capaciteit [data-tekstalternatief]").text_content()
    for wijziging in ("1-3-2026: −43 (Noordenveld), 3.812", "31-3-2026: −192 (Meppel), 3.620",
                      "1-4-2026: −1.000 (Assen), 2.620"):  # fmt: skip
        assert wijziging in lijn

    tegels = page.locator(".tegelkaart .tegel")
    assert tegels.count() == 12
    assert page.locator('.tegel[data-gemeente="GM0109"]').get_attribute("data-klasse") == "gehaald"
    DOCS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(DOCS / "dashboard-overzicht.png"), full_page=True)


def test_capaciteit_toont_dalingen_waarschuwingen_en_locaties_in_de_tijd(
    drenthe_live, inloggen, page
):
    inloggen(page, provinciegebruiker())
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(drenthe_live.url + "/dashboard/?kaart=oekraine")
    assert page.locator('.tegel[data-gemeente="GM0106"]').inner_text().split()[1] == "100%"
    page.get_by_role("link", name="Capaciteit in de tijd").click()
    assert page.locator('tr[data-datum="2026-04-01"] [data-veld="totaal"]').inner_text() == "2.620"
    waarschuwingen = page.locator("#waarschuwingen").inner_text()
    for contract in ("Noordenveld: 43 plaatsen", "Meppel: 192 plaatsen", "Assen: 1.000 plaatsen"):
        assert contract in waarschuwingen
    assert page.get_by_role("img", name="Opvanglocaties en hun contractperiode").count() == 1
    page.screenshot(path=str(DOCS / "capaciteit.png"), full_page=True)
