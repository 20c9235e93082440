"""The cycle travels with the user, in a real browser: a municipal official who starts on
the 2027-2028 puzzle edits 2027-2028 at every step, and the ministry picks another province
on Locaties, Realisatie and Capaciteit."""

import re

import pytest

from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from tests.browser_hulp import vul_locatie_in
from tests.factories import gemeentegebruiker, ministeriegebruiker, synthetische_provincie

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

C2 = "?provincie=drenthe&cyclus=2027-2028"
AMV_2027 = 'tr[data-categorie="amv"][data-jaar="2027"]'


def _in_2027(page):
    assert "cyclus=2027-2028" in page.url
    assert page.locator("#keuze-cyclus").input_value() == "2027-2028"


def test_gemeente_blijft_vanaf_de_puzzel_van_2027_in_2027(drenthe_live, inloggen, page):
    url = drenthe_live.url
    inloggen(page, gemeentegebruiker("GM0106"))
    page.goto(f"{url}/{C2}")
    assert page.title().startswith("Puzzel — Drenthe 2027-2028")
    page.locator("#puzzel").get_by_role("link", name="Assen").click()
    page.wait_for_url(re.compile(r"/gemeenten/GM0106/\?"))
    _in_2027(page)
    assert "cyclus 2027-2028" in page.get_by_role("heading", level=1).inner_text()

    # The offer on this page is the 2027-2028 one.
    rij = page.locator(AMV_2027)
    rij.get_by_label("Aanbod Asielopvang (AMV) 2027").fill("24")
    rij.get_by_role("button", name="Opslaan").click()
    rij.get_by_text("Opgeslagen.").wait_for()
    aanbod = Aanbod.objects.get(gemeente__cbs_code="GM0106", categorie="amv", jaar=2027)
    assert (aanbod.cyclus.naam, aanbod.plaatsen) == ("2027-2028", 24)
    assert not Aanbod.objects.filter(
        gemeente__cbs_code="GM0106", cyclus__naam="2025-2026", plaatsen=24
    ).exists()

    page.get_by_role("link", name="Locatie toevoegen").click()
    page.wait_for_url(re.compile(r"/locaties/nieuw/"))
    assert "cyclus=2027-2028" in page.url
    vul_locatie_in(page, "24", "amv", "gepland", "1-3-2027", naam="AMV-unit Assen-Zuid")
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_text("De locatie is opgeslagen.").wait_for()
    assert re.search(r"/gemeenten/GM0106/\?", page.url)
    _in_2027(page)
    assert Locatie.objects.filter(gemeente__cbs_code="GM0106", naam="AMV-unit Assen-Zuid").exists()
    page.locator(AMV_2027).get_by_label("Aanbod Asielopvang (AMV) 2027").wait_for()

    # The main menu carries the cycle back to the puzzle.
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Puzzel").click()
    page.wait_for_url(re.compile(r"cyclus=2027-2028"))
    assert page.get_by_role("heading", level=1).inner_text().endswith("cyclus 2027-2028")


@pytest.mark.parametrize(
    ("pad", "kop"),
    [("/locaties/", "Locatieregister"), ("/realisatie/", "Realisatie"),
     ("/capaciteit/", "Capaciteit in de tijd")],
)  # fmt: skip
def test_ministerie_kiest_een_andere_provincie(drenthe_live, inloggen, page, pad, kop):
    code, naam = synthetische_provincie()
    inloggen(page, ministeriegebruiker())
    page.goto(drenthe_live.url + pad)
    assert "Drenthe" in page.get_by_role("heading", level=1).inner_text()
    page.get_by_label("Provincie", exact=True).select_option(code)
    page.get_by_label("Cyclus", exact=True).select_option("2025-2026")
    page.get_by_role("button", name="Tonen").first.click()
    page.wait_for_url(re.compile(f"provincie={code}"))
    h1 = page.get_by_role("heading", level=1).inner_text()
    assert h1.startswith(kop) and naam in h1
    assert page.title().startswith(f"{kop} — {naam} 2025-2026")
    # The menu keeps the province for the next page.
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    menu.get_by_role("link", name="Puzzel").click()
    page.wait_for_url(re.compile(f"provincie={code}"))
    assert naam in page.get_by_role("heading", level=1).inner_text()
