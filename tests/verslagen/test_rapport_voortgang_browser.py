"""The ministry asks for the reports of all provinces in a real browser and watches them
being made: one line per province, the page refreshing itself as the workers finish, and
the ZIP to download once the last province is done."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.factories import ministeriegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

VEENMARKEN = Path(__file__).resolve().parents[1] / "data" / "veenmarken-2025-2026.toml"
# Tasks are queued, not run: the test plays the workers, one province at a time.
DUMMY = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
SCHERMAFDRUKKEN = os.environ.get("REGIETAFEL_SCHERMAFDRUKKEN")  # a folder, to look at them


def _afdruk(page, naam):
    if SCHERMAFDRUKKEN:
        page.screenshot(path=str(Path(SCHERMAFDRUKKEN) / naam), full_page=True)


def test_alle_provincies_per_provincie_gevolgd_tot_de_zip_klaar_is(
    drenthe_live, inloggen, browser, settings
):
    from regietafel.importen.laden import laad_bestand
    from regietafel.verslagen.models import RapportOpdracht
    from regietafel.verslagen.taken import maak_opdracht, stel_opdracht_samen

    settings.TASKS = DUMMY
    assert laad_bestand(VEENMARKEN.read_bytes(), "veenmarken.toml").toegepast
    url = drenthe_live.url
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    inloggen(page, ministeriegebruiker())
    page.goto(f"{url}/rapporten/?provincie=alle&cyclus=2025-2026")
    page.locator('button[data-formaat="xlsx"]').click()  # Excel: De puzzel
    page.wait_for_url("**/rapporten/*-*/")
    status = page.locator("#rapport-status")
    assert "0 van de 2 provincies klaar" in status.inner_text()
    rijen = status.get_by_role("row")
    assert rijen.nth(1).inner_text().split("\t")[:2] == ["Drenthe", "in de wachtrij"]
    assert rijen.nth(2).inner_text().split("\t")[:2] == ["Veenmarken", "in de wachtrij"]

    geheel = RapportOpdracht.objects.get(provincie="alle")
    veenmarken, drenthe = (geheel.delen.get(provincie=p) for p in ("veenmarken", "drenthe"))
    maak_opdracht(veenmarken)  # one worker finishes Veenmarken; the page follows by itself
    status.get_by_text("1 van de 2 provincies klaar").wait_for()
    assert rijen.nth(2).inner_text().split("\t")[:2] == ["Veenmarken", "klaar"]
    _afdruk(page, "rapport-alle-provincies-1400.png")
    page.set_viewport_size({"width": 390, "height": 844})
    _afdruk(page, "rapport-alle-provincies-390.png")

    # The documents page lists the job with its progress, not the provinces' parts.
    lijst = browser.new_page(viewport={"width": 1400, "height": 900})
    lijst.context.add_cookies(page.context.cookies())
    lijst.goto(f"{url}/rapporten/?provincie=alle&cyclus=2025-2026")
    recent = lijst.locator("#rapport-opdrachten")
    assert (
        "alle provincies · 2025-2026 · De puzzel (Excel) — 1 van de 2 provincies klaar"
        in recent.inner_text()
    )
    assert recent.get_by_role("listitem").count() == 1
    _afdruk(lijst, "rapport-documenten-1400.png")

    maak_opdracht(drenthe)
    stel_opdracht_samen(RapportOpdracht.objects.get(pk=geheel.pk))
    page.get_by_role("link", name="verslagen-2025-2026-xlsx.zip downloaden").wait_for()
    expect(recent).to_contain_text("De puzzel (Excel) — klaar")
    assert recent.get_attribute("hx-trigger") is None  # nothing left to follow
