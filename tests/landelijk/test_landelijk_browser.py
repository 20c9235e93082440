"""The national overview in a real browser: the ministry opens it from the menu, sees every
province side by side and follows a figure to the province's own page. At 390 px the page
fits the screen and the table scrolls inside its box. Takes the screenshots of
docs/landelijk.md."""

from pathlib import Path

import pytest

from tests.factories import ReserveFactory, ministeriegebruiker, synthetische_provincie

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "img"


def test_ministerie_opent_het_landelijk_overzicht_en_gaat_naar_een_provincie(
    drenthe_live, inloggen, page
):
    for naam in ("Flevoland", "Groningen", "Zeeland"):
        synthetische_provincie(naam)
    # EXAMPLE: a reserve explored on the conditions of seed 004 (the places are made up).
    ReserveFactory(gemeente__cbs_code="GM1681", omschrijving="Voorbeeld", plaatsen=100)
    inloggen(page, ministeriegebruiker())
    page.set_viewport_size({"width": 1400, "height": 900})
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Landelijk").click()
    page.wait_for_url("**/landelijk/**")
    tabel = page.locator("#landelijk")
    assert tabel.locator("tbody tr").count() == 4
    drenthe = page.locator("#provincie-drenthe")
    assert "2.691" in drenthe.inner_text()
    assert "100" in drenthe.inner_text()  # the reserve, apart from the task
    page.locator("#groter-verschil").wait_for()
    DOCS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(DOCS / "landelijk.png"), full_page=True)

    page.set_viewport_size({"width": 390, "height": 844})
    breedte = page.evaluate("document.documentElement.scrollWidth")
    assert breedte <= 390, f"de pagina is {breedte} px breed"
    rol = page.locator(".tabelrol").first
    assert rol.evaluate("e => e.scrollWidth > e.clientWidth")  # the table scrolls in its box
    page.screenshot(path=str(DOCS / "telefoon-landelijk.png"), full_page=True)
    page.set_viewport_size({"width": 1400, "height": 900})

    zeeland = page.locator("#provincie-syn-zeeland")
    zeeland.get_by_role("link").nth(1).click()  # its regular task
    page.wait_for_url("**/?provincie=syn-zeeland&cyclus=2025-2026")
    assert "Zeeland (synthetisch)" in page.locator("h1").inner_text()
