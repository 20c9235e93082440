"""In the browser: a municipality of a new province (Emmen without offers) enters its first
offer on its own page; htmx puts the created row in place of the "nog niet ingevoerd" row,
and the provincial totals follow. An administrator chooses the province on the import
page. Screenshots at desktop and phone width go to REGIETAFEL_SCHERMEN (not committed)."""

import os
from pathlib import Path

import pytest

from regietafel.opgaven.models import Aanbod
from tests.factories import GebruikerFactory, gemeentegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NIEUW_AMV_2026 = 'tr[data-categorie="amv"][data-jaar="2026"]'
SCHERMEN = os.environ.get("REGIETAFEL_SCHERMEN")


def _schermen(page, naam):
    if not SCHERMEN:
        return
    for breedte in (1400, 390):
        page.set_viewport_size({"width": breedte, "height": 900})
        page.screenshot(path=str(Path(SCHERMEN) / f"{naam}-{breedte}.png"), full_page=True)
    page.set_viewport_size({"width": 1400, "height": 900})


def test_gemeente_voert_haar_eerste_aanbod_in(drenthe_live, inloggen, page):
    Aanbod.objects.filter(gemeente__cbs_code="GM0114", cyclus__naam="2025-2026").delete()
    inloggen(page, gemeentegebruiker("GM0114"))
    page.goto(drenthe_live.url + "/gemeenten/GM0114/?cyclus=2025-2026")
    assert page.locator("tr[data-nieuw]").count() == 4
    totaal = page.locator('[data-totaal="amv.2026"]').inner_text()
    _schermen(page, "aanbod-nieuw")
    rij = page.locator(NIEUW_AMV_2026)
    rij.get_by_label("Aanbod Asielopvang (AMV) 2026").fill("12")
    rij.get_by_role("button", name="Opslaan").click()
    page.locator(NIEUW_AMV_2026).get_by_text("Opgeslagen.").wait_for()
    # The new row is an ordinary offer row now, and only three remain to be entered.
    a = Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026)
    assert page.locator(f"#aanbod-{a.pk}").count() == 1
    assert page.locator("tr[data-nieuw]").count() == 3
    assert page.locator('[data-totaal="amv.2026"]').inner_text() != totaal
    assert a.plaatsen == 12


def test_beheerder_kiest_de_provincie_op_de_importpagina(drenthe_live, inloggen, page):
    inloggen(page, GebruikerFactory(is_superuser=True))
    page.goto(drenthe_live.url + "/importeren/")
    page.get_by_label("Provincie", exact=True).select_option("drenthe")
    page.get_by_role("button", name="Tonen").click()
    page.wait_for_url("**/importeren/?provincie=drenthe**")
    assert page.get_by_role("heading", name="Importeren voor Drenthe").is_visible()
    _schermen(page, "importeren-beheerder")
