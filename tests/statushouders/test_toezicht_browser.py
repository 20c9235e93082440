"""The supervision ladder in a real browser: the province sees the step of a municipality
that stayed behind, opens the history behind it, and tightens the ladder. Takes the
screenshots of docs/toezicht.md."""

from pathlib import Path

import pytest

from tests.factories import provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
STAPVELDEN = {
    "naam": "Naam van stap",
    "omschrijving": "Omschrijving van stap",
    "halfjaren": "Halfjaren op rij voor stap",
}


DOCS = Path(__file__).resolve().parents[2] / "docs" / "img"
EMMEN, MEPPEL = "GM0114", "GM0119"


def _vul_stap_in(page, nummer, **velden):
    """Fill in fields of step `nummer` of the ladder form, by their key in STAPVELDEN."""
    for veld, waarde in velden.items():
        page.get_by_label(f"{STAPVELDEN[veld]} {nummer}").fill(waarde)


def test_provincie_ziet_stap_en_historie_en_past_de_ladder_aan(drenthe_live, inloggen, page):
    from regietafel.domain.statushouders import Periode
    from regietafel.statushouders.services import bewaar_huisvesting

    # EXAMPLE figures: Emmen stays behind three half years, Meppel catches up in the last.
    for periode, meppel in ((Periode(2025, 2), 10), (Periode(2026, 1), 25)):
        bewaar_huisvesting("drenthe", periode, EMMEN, 40, 30)
        bewaar_huisvesting("drenthe", periode, MEPPEL, 15, meppel)
    bewaar_huisvesting("drenthe", Periode(2025, 1), EMMEN, 38, 20)
    bewaar_huisvesting("drenthe", Periode(2025, 1), MEPPEL, 15, 15)
    inloggen(page, provinciegebruiker())
    page.set_viewport_size({"width": 1400, "height": 900})

    page.goto(drenthe_live.url + "/statushouders/?provincie=drenthe&periode=2026-1")
    emmen = page.locator(f'tr[data-gemeente="{EMMEN}"]')
    assert (
        emmen.get_by_role("link")
        .inner_text()
        .startswith("Formele aanwijzing / instructie (3 halfjaren onder)")
    )
    meppel = page.locator(f'tr[data-gemeente="{MEPPEL}"]')
    meppel.get_by_text("geen stap (0 halfjaren onder)").wait_for()
    emmen.get_by_role("link").click()
    page.wait_for_url(f"**/toezicht/gemeenten/{EMMEN}/**")
    assert page.locator('[data-kerncijfer="onder-op-rij"]').inner_text() == "3"
    rijen = page.locator("#toezicht-historie tbody tr")
    assert rijen.count() == 3
    assert rijen.first.get_by_role("cell").nth(4).inner_text() == "onder de taakstelling"
    DOCS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(DOCS / "toezicht-gemeente.png"), full_page=True)

    page.get_by_role("link", name="De toezichtladder van de provincie").click()
    _vul_stap_in(page, 2, halfjaren="1")
    page.get_by_role("button", name="Ladder opslaan").click()
    fout = page.locator("#drempel-2-fout")
    assert "moet hoger zijn dan dat van de stap ervoor" in fout.inner_text()
    page.screenshot(path=str(DOCS / "toezichtladder.png"), full_page=True)
    _vul_stap_in(page, 2, halfjaren="2")
    _vul_stap_in(page, 4, naam="", omschrijving="", halfjaren="")
    _vul_stap_in(page, 3, halfjaren="3", naam="Indeplaatsstelling")
    page.get_by_label("Reden van de wijziging").fill("Besluit GS (voorbeeld)")
    page.get_by_role("button", name="Ladder opslaan").click()
    page.get_by_text("De toezichtladder is opgeslagen.").wait_for()

    page.goto(drenthe_live.url + "/dashboard/?peildatum=2026-04-01")
    stap = page.locator('[data-stap="Indeplaatsstelling"]')
    assert stap.get_by_role("link").inner_text() == "Emmen"
    page.locator("[data-toezicht]").screenshot(path=str(DOCS / "toezicht-dashboard.png"))
