"""The source of a figure in a real browser: reached with the keyboard, shown as a tooltip;
the screenshot is the one in docs/bronnen.md."""

from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "img"


def test_de_bron_verschijnt_bij_toetsenbordfocus_en_bij_muis(drenthe_live, page):
    page.set_viewport_size({"width": 1500, "height": 900})
    page.goto(drenthe_live.url + "/?ouder_dan=900")
    assert page.get_by_role("row", name="Peildatum").inner_text().split()[:2] == [
        "Peildatum",
        "1-1-2023",
    ]
    assen = page.get_by_role("row", name="Assen")
    knop = assen.locator('[data-veld="asiel_regulier.aanbod.2025"] button.bron')
    tip = page.locator("#bron-GM0106-asiel_regulier-aanbod-2025")
    assert not tip.is_visible()
    # Tab from the figure before it lands on this source: it is reachable by keyboard.
    assen.locator('[data-veld="asiel_regulier.realisatie"] button.bron').focus()
    page.keyboard.press("Tab")
    assert knop.evaluate("k => k === document.activeElement")
    assert tip.is_visible()
    assert "Peildatum: 25-10-2024" in tip.inner_text()
    assert knop.get_attribute("aria-describedby") == "bron-GM0106-asiel_regulier-aanbod-2025"
    DOCS.mkdir(parents=True, exist_ok=True)
    page.locator("#puzzel").screenshot(path=str(DOCS / "bronnen-puzzel.png"))
    page.keyboard.press("Tab")
    assert not tip.is_visible()
    emmen = page.get_by_role("row", name="Emmen").locator('[data-veld="inwoners"] button.bron')
    emmen.hover()
    assert "CBS-bevolkingscijfers" in page.locator("#bron-GM0114-inwoners").inner_text()


def test_de_bronnenpagina_toont_de_cijfers_zoals_gepubliceerd(drenthe_live, page):
    page.set_viewport_size({"width": 1300, "height": 900})
    page.goto(drenthe_live.url + "/bronnen/?ouder_dan=700")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Bronnen van de cijfers, Drenthe cyclus 2025-2026"
    )
    lijst = page.locator("#bronnenlijst li")
    assert lijst.count() == 4
    # cycle 1 is published: none of its figures is cried stale
    assert page.locator("#cijfers .verouderd").count() == 0
    assert page.locator("#cijfers tbody tr").first.inner_text().endswith("(zoals gepubliceerd)")
    page.screenshot(path=str(DOCS / "bronnen.png"))
