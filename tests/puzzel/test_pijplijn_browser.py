"""The pipeline in a real browser: the province moves Emmen's AMV unit on, sees the
timeline, the puzzle by phase and the realisation page (screenshots for docs/pijplijn.md)."""

from pathlib import Path

import pytest

from tests.factories import provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "img"


def test_provincie_zet_locatie_door_en_ziet_realisatie(drenthe_live, inloggen, page):
    from regietafel.locaties.models import Locatie

    inloggen(page, provinciegebruiker())
    page.set_viewport_size({"width": 1300, "height": 900})
    pk = Locatie.objects.get(gemeente__cbs_code="GM0114", soort="amv").pk
    page.goto(f"{drenthe_live.url}/locaties/{pk}/fasen/")
    page.get_by_label("Nieuwe fase").select_option("collegebesluit")
    page.get_by_label("Datum waarop de fase is bereikt").fill("14-1-2025")
    page.get_by_label("Bron").fill("collegebesluit Emmen 14-1-2025")
    page.get_by_role("button", name="Fase vastleggen").click()
    page.get_by_text("De locatie is nu in fase 'collegebesluit'.").wait_for()
    tijdlijn = page.locator("ol.tijdlijn")
    assert "collegebesluit op 14-1-2025 · bron: collegebesluit Emmen 14-1-2025" in (
        tijdlijn.inner_text()
    )
    # Only the next phase and "beëindigd" are offered now.
    keuzes = page.get_by_label("Nieuwe fase").locator("option").all_inner_texts()
    assert keuzes == ["raadsbesluit", "beëindigd"]
    DOCS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(DOCS / "locatie-fasen.png"), full_page=True)

    page.goto(drenthe_live.url + "/?fasen=1")
    fasen = page.locator("#aanbod-per-fase")
    totaal = fasen.locator('tr[data-gemeente="totaal"]')
    assert totaal.locator('[data-veld="zacht"]').inner_text() == "200"
    fasen.screenshot(path=str(DOCS / "puzzel-fasen.png"))

    page.goto(drenthe_live.url + "/realisatie/?peildatum=31-10-2024")
    kern = page.locator("#realisatie-kern")
    assert "200 plaatsen (4 locaties)" in kern.inner_text()
    assert "100 plaatsen (2 locaties)" in kern.inner_text()
    page.screenshot(path=str(DOCS / "realisatie.png"), full_page=True)
