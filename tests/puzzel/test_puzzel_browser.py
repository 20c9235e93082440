from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "img"


def test_puzzelpagina_in_chromium_toont_de_drentse_cijfers(live_server, page):
    from regietafel.services.inrichting import richt_in

    richt_in()
    page.set_viewport_size({"width": 1500, "height": 1250})
    page.goto(live_server.url + "/")
    kop = page.get_by_role("heading", level=1).inner_text()
    assert kop == "De puzzel van Drenthe, cyclus 2025-2026"
    tabel = page.get_by_role("table")
    totaal = tabel.locator("tr.totaal")
    assert totaal.locator('[data-veld="inwoners"]').inner_text() == "502.051"
    assert totaal.locator('[data-veld="oekraine.realisatie"]').inner_text() == "4.603"
    assert totaal.locator('[data-veld="amv.realisatie"]').inner_text() == "141"
    emmen = tabel.get_by_role("row", name="Emmen")
    assert emmen.locator('[data-veld="oekraine.opgave"]').inner_text() == "1.240"
    assert "tekort 181" in tabel.get_by_role("row", name="Midden-Drenthe").inner_text()
    assert page.get_by_role("combobox", name="Provincie").input_value() == "drenthe"
    DOCS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(DOCS / "puzzel.png"), full_page=True)


def test_bonus_en_bijlage1_in_chromium(live_server, page):
    from regietafel.services.inrichting import richt_in

    richt_in()
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="SPUK").click()
    bonus = page.get_by_role("table")
    assert "€ 1.320.000" in bonus.get_by_role("row", name="Hoogeveen").inner_text()
    assert "€ 4.749.686" in bonus.locator("tfoot tr").first.inner_text()
    page.screenshot(path=str(DOCS / "bonus.png"), full_page=True)
    page.get_by_role("link", name="Naar Bijlage 1").click()
    cijfers = page.locator("#bijlage1-cijfers")
    amv = cijfers.get_by_role("row", name="AMV", exact=False).last
    assert amv.inner_text().split()[1:] == ["229", "141", "200"]
    page.screenshot(path=str(DOCS / "bijlage1.png"), full_page=True)
