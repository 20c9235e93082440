"""The province enters the letter answers of all municipalities in one table in a real
browser, and withdraws an action of a PRT meeting; the screenshots of the table and of the
filtered sources page (1400 and 390 px) are the ones in docs/."""

from datetime import date, datetime
from pathlib import Path

import pytest
from django.utils import timezone

from tests.factories import provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "img"
C2 = "?provincie=drenthe&cyclus=2027-2028"


@pytest.fixture
def klok(monkeypatch):
    """The services' clock: the live server runs in this process, so this moves it too."""
    from regietafel.services import klok as k

    monkeypatch.setattr(k, "vandaag", lambda: date(2026, 3, 2))
    monkeypatch.setattr(k, "nu", lambda: timezone.make_aware(datetime(2026, 3, 2, 10)))


def test_de_provincie_voert_alle_brieven_in_een_tabel_in(drenthe_live, inloggen, page, klok):
    from regietafel.consultatie.models import Antwoord
    from regietafel.consultatie.services import open_consultatie

    provincie = provinciegebruiker()
    open_consultatie(provincie, "drenthe", "2027-2028", date(2026, 4, 1))
    url = drenthe_live.url
    page.set_viewport_size({"width": 1400, "height": 1000})
    inloggen(page, provincie)
    page.goto(f"{url}/consultatie/{C2}")
    page.get_by_role("link", name="Antwoorden per brief invoeren").click()
    assen = page.locator('tr[data-gemeente="GM0106"]')
    emmen = page.locator('tr[data-gemeente="GM0114"]')
    # a wrong figure: nothing is saved, and the message names the row and the field
    assen.get_by_label("Huidige afspraken voortzetten? (Assen)").select_option("ja")
    assen.get_by_label("Asielopvang (regulier) 2027 (Assen)").fill("700")
    emmen.get_by_label("Huidige afspraken voortzetten? (Emmen)").select_option("deels")
    emmen.get_by_label("Asielopvang (AMV) 2027 (Emmen)").fill("-5")
    page.get_by_role("button", name="Alle antwoorden opslaan").click()
    fouten = page.locator("#tabelfouten").inner_text()
    assert "(Emmen), Asielopvang (AMV) 2027:" in fouten
    assert Antwoord.objects.count() == 0
    page.screenshot(path=str(DOCS / "consultatie-brieven.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(DOCS / "consultatie-brieven-telefoon.png"))
    page.set_viewport_size({"width": 1400, "height": 1000})
    # corrected: both letters saved at once
    emmen.get_by_label("Asielopvang (AMV) 2027 (Emmen)").fill("25")
    emmen.get_by_label("Brief ontvangen op (Emmen)").fill("2026-02-27")
    page.get_by_role("button", name="Alle antwoorden opslaan").click()
    page.wait_for_url(f"{url}/consultatie/{C2}")
    assert "2 antwoorden per brief zijn opgeslagen." in page.content()
    assert page.locator('#antwoorden tr[data-gemeente="GM0114"]').inner_text().count("brief")
    assert {a.gemeente.cbs_code for a in Antwoord.objects.select_related("gemeente")} == {
        "GM0106", "GM0114"}  # fmt: skip

    # the sources page, filtered: the figures still stale, here Emmen's
    page.goto(f"{url}/bronnen/{C2}&stand=verouderd&gemeente=GM0114")
    rijen = page.locator("#cijfers tbody tr")
    assert rijen.count() > 0
    assert all("Emmen" in t for t in rijen.all_inner_texts())
    page.screenshot(path=str(DOCS / "bronnen-filter.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(DOCS / "bronnen-filter-telefoon.png"), full_page=True)


def test_de_provincie_trekt_een_actie_terug(drenthe_live, inloggen, page):
    from regietafel.overleggen.services import plan_overleg, voeg_actie_toe
    from regietafel.provincies.models import Provincie

    provincie = provinciegebruiker()
    o = plan_overleg(Provincie.objects.get(code="drenthe"), date(2026, 2, 5), provincie)
    voeg_actie_toe(o, provincie, "Brief aan COA versturen", "Secretaris")
    inloggen(page, provincie)
    page.goto(f"{drenthe_live.url}/overleggen/{o.pk}/")
    page.locator("#acties").get_by_role("link", name="Bewerken").click()
    page.get_by_label("Eigenaar (organisatie)").fill("Provincie Drenthe")
    page.get_by_role("button", name="Wijziging opslaan").click()
    assert "Provincie Drenthe" in page.locator("#acties").inner_text()
    page.locator("#acties").get_by_role("link", name="Bewerken").click()
    page.get_by_role("button", name="Terugtrekken").click()
    acties = page.locator("#acties").inner_text()
    assert "teruggetrokken op" in acties
    assert page.locator("#acties del").inner_text() == "Brief aan COA versturen"
    assert "Brief aan COA" not in page.locator("#actielijst").inner_text()
