"""A re-estimate in a real browser: the province makes a concept from the puzzle, uploads
the example revision (docs/voorbeelden), sees old against new and the concept that no
longer closes, confirms, and goes on to solve again; the screenshot is the docs'."""

from pathlib import Path

import pytest

from tests.factories import provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "img"
VOORBEELD = ROOT / "docs" / "voorbeelden" / "herraming-drenthe-voorbeeld.csv"
C1 = "?provincie=drenthe&cyclus=2025-2026"


def test_herraming_inlezen_bevestigen_en_opnieuw_oplossen(drenthe_live, inloggen, browser):
    from regietafel.verdelingen.services import maak_concept

    url = drenthe_live.url
    gebruiker = provinciegebruiker()
    maak_concept("drenthe", "2025-2026", None, gebruiker, "puzzel")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    inloggen(page, gebruiker)

    page.goto(f"{url}/herramingen/{C1}")
    page.get_by_label("Bestand met de herziene aantallen").set_input_files(str(VOORBEELD))
    page.get_by_label("Datum van het besluit").fill("2025-03-03")
    page.get_by_label("Omschrijving en bron").fill("Herziene raming (voorbeeld, geen echt besluit)")
    page.get_by_role("button", name="Voorbeeld bekijken").click()
    assert "Versie 1:" in page.locator("#voorbeeld-concepten").inner_text()
    assert "niet meer sluitend" in page.locator("#voorbeeld-concepten").inner_text()
    emmen = page.locator("#voorbeeld-tabel tr", has_text="Emmen").inner_text()
    assert "453" in emmen and "480" in emmen and "+27" in emmen

    page.get_by_role("button", name="Bevestigen").click()
    page.wait_for_url(f"{url}/herramingen/{C1}")
    assert "opgeslagen als versie 2" in page.content()
    page.screenshot(path=str(DOCS / "herraming.png"), full_page=True)

    page.get_by_role("link", name="Los opnieuw op").click()
    page.wait_for_url(f"{url}/oplossen/{C1}")
    assert "349" in page.content()
