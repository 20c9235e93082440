"""A whole mini-cycle in a real browser: the province opens the consultation, two
municipalities answer (one late), the province sees who is missing, makes a concept,
ratifies it and downloads the report that names the ratification date."""

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from django.utils import timezone

from tests.factories import gemeentegebruiker, provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "img"
C2 = "?provincie=drenthe&cyclus=2027-2028"
IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def klok(monkeypatch):
    """The cycle services' clock: the live server runs in this process, so moving it here
    moves it for the server too ("time passes" between the steps)."""
    from regietafel.services import klok as k

    stand = {"dag": date(2026, 2, 16)}
    monkeypatch.setattr(k, "vandaag", lambda: stand["dag"])
    monkeypatch.setattr(
        k, "nu", lambda: timezone.make_aware(datetime(*stand["dag"].timetuple()[:3], 10))
    )
    return lambda dag: stand.update(dag=dag)


def _antwoord(page, url, cbs, voortzetten, regulier, amv):
    page.goto(f"{url}/consultatie/{cbs}/{C2}")
    page.get_by_label(voortzetten, exact=True).check()
    page.get_by_label("Asielopvang (regulier) 2027").fill(regulier)
    page.get_by_label("Asielopvang (AMV) 2027").fill(amv)
    page.get_by_role("button", name="Antwoord opslaan").click()
    page.wait_for_url(f"{url}/consultatie/{C2}")


def test_mini_cyclus_van_consultatie_tot_bekrachtigd_verslag(
    drenthe_live, inloggen, browser, klok, settings
):
    settings.TASKS = IMMEDIATE
    url = drenthe_live.url
    provincie = browser.new_page(viewport={"width": 1400, "height": 1000})
    inloggen(provincie, provinciegebruiker())

    # The province opens the consultation, answers before 1 April 2026.
    provincie.goto(f"{url}/consultatie/{C2}")
    provincie.get_by_label("Antwoord van de gemeenten voor").fill("2026-04-01")
    provincie.get_by_role("button", name="Consultatie openen").click()
    assert "Nog geen antwoord (12)" in provincie.locator("#ontbreekt-kop").inner_text()

    # Assen answers in time; Emmen a week after the deadline.
    klok(date(2026, 3, 20))
    assen = browser.new_page()
    inloggen(assen, gemeentegebruiker("GM0106"))
    _antwoord(assen, url, "GM0106", "ja", "1000", "0")
    klok(date(2026, 4, 8))
    emmen = browser.new_page()
    inloggen(emmen, gemeentegebruiker("GM0114"))
    _antwoord(emmen, url, "GM0114", "gedeeltelijk", "600", "40")
    # Emmen cannot answer for Assen.
    assert emmen.goto(f"{url}/consultatie/GM0106/{C2}").status == 403

    # The province sees who is missing and who was late.
    provincie.goto(f"{url}/consultatie/{C2}")
    assert "Nog geen antwoord (10)" in provincie.locator("#ontbreekt-kop").inner_text()
    ontbrekend = provincie.locator("#ontbrekend").inner_text()
    assert "Coevorden" in ontbrekend and "Assen" not in ontbrekend
    rij = provincie.locator('tr[data-gemeente="GM0114"]')
    assert "te laat beantwoord" in rij.inner_text()
    assert "beantwoord" in provincie.locator('tr[data-gemeente="GM0106"]').inner_text()

    # A concept from the answers, ratified at the September PRT.
    klok(date(2026, 9, 24))
    provincie.goto(f"{url}/verdelingen/{C2}")
    provincie.get_by_label("Toelichting").fill("Na de consultatie")
    provincie.get_by_role("button", name="Concept maken").click()
    assert "Verdeling versie 1" in provincie.get_by_role("heading", level=1).inner_text()
    emmen_rij = provincie.locator("#versie").get_by_role("row", name="Emmen")
    assert "600" in emmen_rij.inner_text()
    provincie.get_by_label("Bekrachtigd op").fill("2026-09-22")
    provincie.get_by_label("Vergadering").fill("bestuurlijke PRT 22-9-2026")
    provincie.get_by_role("button", name="Bekrachtigen").click()
    bekrachtiging = provincie.locator("#bekrachtiging").inner_text()
    assert "Bekrachtigd op 22 september 2026" in bekrachtiging
    assert provincie.get_by_role("button", name="Bekrachtigen").count() == 0

    # The report is made from the ratified version and says so.
    provincie.goto(f"{url}/rapporten/{C2}")
    provincie.locator('button[data-formaat="docx"]').click()
    with provincie.expect_download() as info:
        provincie.get_by_role("link", name="downloaden").click()
    from docx import Document

    tekst = "\n".join(
        p.text for p in Document(io.BytesIO(Path(info.value.path()).read_bytes())).paragraphs
    )
    assert "bekrachtigd op 22 september 2026" in tekst
    assert "versie 1" in tekst

    # The route map: the province marks the steps done so far; the dashboard shows where we are.
    provincie.goto(f"{url}/cyclus/{C2}")
    for code in ("capaciteitsbesluit", "consultatie", "puzzel", "bespreking"):
        rij = provincie.locator(f'tr[data-code="{code}"]')
        rij.get_by_role("combobox").select_option("afgerond")
        rij.get_by_role("button", name="Bijwerken").click()
    assert "stap 6" in provincie.locator('[data-test="waar"]').inner_text()
    assert (
        "Geen stappen over hun deadline" in provincie.locator('[data-test="te-laat"]').inner_text()
    )
    assert "31 oktober 2026" in provincie.locator('[data-test="volgende"]').inner_text()
    assert provincie.locator('tr[data-code="instemming"] [data-test="status"]').inner_text() == (
        "afgerond"
    )
    DOCS.mkdir(parents=True, exist_ok=True)
    provincie.screenshot(path=str(DOCS / "dashboard.png"), full_page=True)
