"""The minister's decision in a real browser: the ministry records it, with one number
changed from the concept, and the province then sees it with the difference."""

import os
from pathlib import Path

import pytest

from tests.factories import ministeriegebruiker, provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

C1 = "?provincie=drenthe&cyclus=2025-2026"


def test_ministerie_legt_vast_en_de_provincie_ziet_het_verschil(
    drenthe_live, inloggen, browser, tmp_path
):
    map_ = Path(os.environ.get("REGIETAFEL_SCHERMAFDRUKKEN", tmp_path))
    url = drenthe_live.url
    ministerie = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    inloggen(ministerie, ministeriegebruiker())
    ministerie.goto(f"{url}/verdeelbesluit/{C1}")
    assert "nog niet vastgelegd" in ministerie.locator("#besluit-kern").inner_text()
    ministerie.get_by_role("link", name="Besluit vastleggen").click()
    ministerie.get_by_label("Datum van het besluit", exact=True).fill("20-12-2024")
    ministerie.get_by_label("Bron (kenmerk van het besluit)", exact=True).fill(
        "Staatscourant 2024, 40001"
    )
    emmen = ministerie.get_by_label("Emmen, Asielopvang (regulier) 2025")
    assert emmen.input_value() == "675"  # the form starts from the concept
    emmen.fill("705")
    # Noordenveld left its regular offer unknown: the form leaves it for the ministry to fill.
    for jaar in ("2025", "2026"):
        veld = ministerie.get_by_label(f"Noordenveld, Asielopvang (regulier) {jaar}")
        assert veld.input_value() == ""
        veld.fill("0")
    ministerie.screenshot(path=str(map_ / "verdeelbesluit-vastleggen.png"), full_page=True)
    ministerie.get_by_role("button", name="Vastleggen", exact=True).click()
    ministerie.wait_for_url(f"{url}/verdeelbesluit/{C1}")
    assert "Versie 1 van het verdeelbesluit is vastgelegd." in ministerie.content()

    provincie = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    inloggen(provincie, provinciegebruiker())
    provincie.get_by_role("link", name="Verdeelbesluit").first.click()
    provincie.wait_for_url(f"{url}/verdeelbesluit/?*")
    kern = provincie.locator("#besluit-kern").inner_text()
    assert "vastgesteld op 20-12-2024 (versie 1)" in kern
    assert "Staatscourant 2024, 40001" in kern
    rij = provincie.locator("#besluit-tabel tr[data-gemeente='GM0114']").inner_text()
    assert "705" in rij and "(+30)" in rij
    assert "Dit is het bewijs, niet het besluit" in provincie.locator("#asieltoezicht").inner_text()
    provincie.screenshot(path=str(map_ / "verdeelbesluit-1400.png"), full_page=True)
    provincie.set_viewport_size({"width": 390, "height": 844})
    provincie.screenshot(path=str(map_ / "verdeelbesluit-390.png"), full_page=False)
    provincie.goto(f"{url}/dashboard/{C1}")
    assert "Verdeelbesluit vastgesteld op 20-12-2024" in provincie.content()
    provincie.set_viewport_size({"width": 1400, "height": 1000})
    provincie.screenshot(path=str(map_ / "verdeelbesluit-dashboard.png"), full_page=False)
