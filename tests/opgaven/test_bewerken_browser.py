from pathlib import Path

import pytest

from regietafel.locaties.models import Locatie
from tests.browser_hulp import vul_locatie_in
from tests.factories import gemeentegebruiker, provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "img"
AMV_2026 = 'tr[data-categorie="amv"][data-jaar="2026"]'


def _amv_2026_wijzigen(page, waarde, reden=""):
    rij = page.locator(AMV_2026)
    rij.get_by_label("Aanbod Asielopvang (AMV) 2026").fill(str(waarde))
    rij.get_by_label("Toelichting").fill(reden)
    rij.get_by_role("button", name="Opslaan").click()


def test_gemeente_wijzigt_amv_aanbod_en_ziet_totaal_en_historie(drenthe_live, inloggen, page):
    inloggen(page, gemeentegebruiker("GM0114"))
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(drenthe_live.url + "/gemeenten/GM0114/")
    assert page.locator('[data-totaal="amv.2026"]').inner_text() == "341"
    _amv_2026_wijzigen(page, 75, "tweede unit in voorbereiding")
    # htmx swaps the row and the provincial totals, without a full reload.
    page.locator(AMV_2026).get_by_text("Opgeslagen.").wait_for()
    assert page.locator('[data-totaal="amv.2026"]').inner_text() == "366"
    assert "overschot 33" in page.locator(AMV_2026).inner_text()
    # The puzzle of the published cycle stays as published; the change is shown apart.
    page.goto(drenthe_live.url + "/")
    totaal = page.locator("tr.totaal")
    assert totaal.locator('[data-veld="amv.aanbod.2026"] .waarde').inner_text() == "341"
    assert "Zoals gepubliceerd op 1 november 2024." in page.locator("#publicatie").inner_text()
    page.locator("#publicatie summary").click()
    gewijzigd = page.locator("#sinds-publicatie").inner_text()
    assert "Puzzel: aanbod AMV 2026\t341\t366" in gewijzigd
    DOCS.mkdir(parents=True, exist_ok=True)
    page.goto(drenthe_live.url + "/gemeenten/GM0114/")
    historie = page.locator("#historie")
    assert "plaatsen: 50 → 75" in historie.inner_text()
    assert "tweede unit in voorbereiding" in historie.inner_text()
    page.screenshot(path=str(DOCS / "gemeente.png"), full_page=True)


def test_tweede_bewerker_krijgt_conflictmelding(drenthe_live, inloggen, browser):
    eerste, tweede = browser.new_context(), browser.new_context()
    pagina_a, pagina_b = eerste.new_page(), tweede.new_page()
    inloggen(pagina_a, gemeentegebruiker("GM0114"))
    inloggen(pagina_b, provinciegebruiker())
    for p in (pagina_a, pagina_b):
        p.goto(drenthe_live.url + "/gemeenten/GM0114/")
    _amv_2026_wijzigen(pagina_a, 60)
    pagina_a.locator(AMV_2026).get_by_text("Opgeslagen.").wait_for()
    _amv_2026_wijzigen(pagina_b, 80)
    melding = pagina_b.locator(AMV_2026).get_by_role("alert")
    melding.wait_for()
    tekst = melding.inner_text()
    assert "intussen gewijzigd door" in tekst and "Huidige waarde: 60" in tekst
    pagina_b.reload()
    assert (
        pagina_b.locator(AMV_2026).get_by_label("Aanbod Asielopvang (AMV) 2026").input_value()
        == "60"
    )


def test_provincie_voegt_locatie_met_foute_datum_toe_en_ziet_nederlandse_fout(
    drenthe_live, inloggen, page
):
    inloggen(page, provinciegebruiker())
    aantal = Locatie.objects.count()
    page.goto(drenthe_live.url + "/gemeenten/GM1730/")
    page.get_by_role("link", name="Locatie toevoegen").click()
    vul_locatie_in(page, "28", "amv", "gerealiseerd", "28")
    page.get_by_role("button", name="Opslaan").click()
    fout = page.get_by_role("alert")
    assert "De locatie is niet opgeslagen." in fout.inner_text()
    assert "Beschikbaar van: '28' is geen datum." in fout.inner_text()
    assert Locatie.objects.count() == aantal
