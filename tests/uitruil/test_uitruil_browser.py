"""An exchange in a real browser: Assen proposes, Emmen confirms, the province sees both
balances change on the puzzle while the provincial total stays, and the exchange is in the
distribution section of the report it downloads."""

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document

from tests.factories import gemeentegebruiker, provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "img"
C1 = "?provincie=drenthe&cyclus=2025-2026"
IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
ASSEN, EMMEN = "GM0106", "GM0114"


def _getal(tekst):
    return int(tekst.strip().replace(".", "").replace("−", "-"))


def _cel(page, gemeente, veld):
    rij = page.locator(f'#uitruil-tabel tr[data-gemeente="{gemeente}"]')
    return _getal(rij.locator(f'[data-veld="{veld}"]').inner_text())


def test_assen_en_emmen_ruilen_uit_en_de_provincie_ziet_het_in_puzzel_en_verslag(
    drenthe_live, inloggen, browser, settings
):
    settings.TASKS = IMMEDIATE
    url = drenthe_live.url

    # Assen proposes: it takes 20 AMV places from Emmen; Emmen takes 60 regular in return.
    assen = browser.new_page()
    inloggen(assen, gemeentegebruiker(ASSEN))
    assen.goto(f"{url}/uitruil/{C1}")
    assert assen.get_by_label("Gemeente A").input_value() == ASSEN
    assen.get_by_label("A neemt over: categorie").select_option("amv")
    assen.get_by_label("A neemt over: aantal").fill("20")
    assen.get_by_label("Gemeente B").select_option(EMMEN)
    assen.get_by_label("B neemt in ruil over: categorie").select_option("asiel_regulier")
    assen.get_by_label("B neemt in ruil over: aantal").fill("60")
    assen.get_by_label("Toelichting").fill("Afgesproken in het PRT van april")
    assen.get_by_role("button", name="Uitruil voorstellen").click()
    assen.wait_for_url(f"{url}/uitruil/{C1}")
    rij = assen.locator("#uitruilen tr[data-uitruil]")
    assert "wacht op Emmen" in rij.inner_text()
    assert rij.get_by_role("button", name="Bevestigen").count() == 0

    # Not counted yet: the province's puzzle has no exchange section.
    provincie = browser.new_page(viewport={"width": 1400, "height": 1000})
    inloggen(provincie, provinciegebruiker())
    provincie.goto(f"{url}/{C1}")
    assert provincie.locator("#uitruil-saldi").count() == 0

    # Emmen confirms.
    emmen = browser.new_page()
    inloggen(emmen, gemeentegebruiker(EMMEN))
    emmen.goto(f"{url}/uitruil/{C1}")
    emmen.locator("#uitruilen tr[data-uitruil]").get_by_role("button", name="Bevestigen").click()
    emmen.wait_for_url(f"{url}/uitruil/{C1}")
    assert "bevestigd door beide gemeenten" in emmen.locator('[data-test="status"]').inner_text()

    # The province sees both balances change, and the provincial total stay.
    provincie.goto(f"{url}/{C1}")
    for gemeente, veld, verschil in [
        (ASSEN, "amv.2025", 20),
        (EMMEN, "amv.2025", -20),
        (ASSEN, "asiel_regulier.2026", -60),
        (EMMEN, "asiel_regulier.2026", 60),
    ]:
        assert _cel(provincie, gemeente, f"{veld}.opgave_met") == (
            _cel(provincie, gemeente, f"{veld}.opgave") + verschil
        )
        assert _cel(provincie, gemeente, f"{veld}.saldo_met") == (
            _cel(provincie, gemeente, f"{veld}.saldo") - verschil
        )
    for veld in ("amv.2025", "amv.2026", "asiel_regulier.2025", "asiel_regulier.2026"):
        assert _cel(provincie, "totaal", f"{veld}.opgave_met") == _cel(
            provincie, "totaal", f"{veld}.opgave"
        )
    DOCS.mkdir(parents=True, exist_ok=True)
    provincie.locator("#uitruil-saldi").screenshot(path=str(DOCS / "uitruil-puzzel.png"))

    provincie.goto(f"{url}/uitruil/{C1}")
    assert "+20" in provincie.locator("#effecten").inner_text()
    provincie.screenshot(path=str(DOCS / "uitruil.png"), full_page=True)

    # Cycle 1 is published, so its report stays as published (ADR 0007); the working
    # version the province downloads names the exchange in its distribution section.
    provincie.goto(f"{url}/rapporten/{C1}")
    provincie.locator('button[data-formaat="werkversie-set-docx"]').click()
    with provincie.expect_download() as info:
        provincie.get_by_role("link", name="downloaden").click()
    with zipfile.ZipFile(Path(info.value.path())) as z:
        naam = next(n for n in z.namelist() if n.startswith("verslag-werkversie-"))
        doc = Document(io.BytesIO(z.read(naam)))
    koppen = [
        (i, p.text) for i, p in enumerate(doc.paragraphs) if p.style.name.startswith("Heading")
    ]
    start = next(i for i, t in koppen if t == "Verdeling opvangopgaven")
    einde = next(i for i, _t in koppen if i > start)
    verdeling = " ".join(p.text for p in doc.paragraphs[start:einde])
    assert "Uitruil tussen gemeenten." in verdeling
    assert "Assen neemt 20 plaatsen AMV over van Emmen (de hele cyclus)" in verdeling
    assert "Emmen neemt in ruil 60 plaatsen asielopvang regulier over van Assen" in verdeling
