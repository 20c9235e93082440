"""In a real browser: a municipal user logs in, lands on Mijn gemeente, sees the open
consultation, answers it, and the province receives the e-mail notice through a real
SMTP server (aiosmtpd, started by the test). Screenshots at 1400 and 390 px."""

from datetime import timedelta
from pathlib import Path

import pytest

from regietafel.services import klok
from tests.factories import gemeentegebruiker, provinciegebruiker
from tests.smtp_hulp import tekst

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "img"
BREEDTE = "[document.documentElement.scrollWidth, window.innerWidth]"


@pytest.fixture
def open_consultatie(drenthe_live):
    """Drenthe's consultation about 2027-2028, open for three weeks more; the province's
    address is prt@drenthe.nl; a PRT action for Emmen; one of its contracts ends soon."""
    from regietafel.berichten.services import zet_adressen
    from regietafel.consultatie.services import open_consultatie as openen
    from regietafel.locaties.models import Locatie
    from regietafel.overleggen.services import plan_overleg, voeg_actie_toe
    from regietafel.provincies.models import Provincie

    provincie = provinciegebruiker()
    drenthe = Provincie.objects.get(code="drenthe")
    zet_adressen(provincie, drenthe, None, "prt@drenthe.nl")
    termijn = klok.vandaag() + timedelta(days=21)
    openen(provincie, "drenthe", "2027-2028", termijn, "Graag ook uw plannen voor AMV.")
    o = plan_overleg(drenthe, klok.vandaag() - timedelta(days=7), provincie)
    voeg_actie_toe(o, provincie, "Locatie Rietlanden uitwerken met het COA", "Gemeente Emmen",
                   klok.vandaag() + timedelta(days=30))  # fmt: skip
    loc = Locatie.objects.filter(gemeente__cbs_code="GM0114").order_by("pk").first()
    loc.beschikbaar_tot, loc.onbepaalde_tijd = klok.vandaag() + timedelta(days=95), False
    loc.save()
    return termijn


def test_gemeente_beantwoordt_de_consultatie_en_de_provincie_krijgt_bericht(
    drenthe_live, inloggen, browser, smtp_server, open_consultatie
):
    url = drenthe_live.url
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    inloggen(page, gemeentegebruiker("GM0114"))
    assert page.url == url + "/mijn-gemeente/"
    melding = page.locator("#open-consultatie").inner_text()
    d = open_consultatie
    maand = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"][d.month - 1]  # fmt: skip
    assert f"U hebt een consultatie te beantwoorden vóór {d.day} {maand} {d.year}" in melding
    assert "Locatie Rietlanden uitwerken met het COA" in page.locator("#acties").inner_text()
    assert page.locator("#aflopend tbody tr").count() == 1
    page.screenshot(path=str(DOCS / "mijn-gemeente.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    breed, venster = page.evaluate(BREEDTE)
    assert breed <= venster
    page.screenshot(path=str(DOCS / "telefoon-mijn-gemeente.png"), full_page=True)
    page.set_viewport_size({"width": 1400, "height": 1000})

    page.get_by_role("link", name="Consultatie beantwoorden").click()
    page.get_by_label("gedeeltelijk", exact=True).check()
    page.get_by_label("Asielopvang (regulier) 2027").fill("600")
    page.get_by_label("Asielopvang (AMV) 2027").fill("40")
    page.get_by_label("Opmerkingen").fill("AMV-locatie in voorbereiding.")
    page.get_by_role("button", name="Antwoord opslaan").click()
    page.goto(url + "/mijn-gemeente/")
    assert (
        "U hebt de consultatie over cyclus 2027-2028 beantwoord op"
        in page.locator("#open-consultatie").inner_text()
    )

    # The province's notice arrived at the SMTP server.
    (bericht,) = [b for b in smtp_server.wacht_op(1) if "prt@drenthe.nl" in b.aan]
    assert bericht["Subject"] == "Gemeente Emmen heeft de consultatie 2027-2028 beantwoord"
    body = tekst(bericht)
    assert "Huidige afspraken voortzetten: gedeeltelijk" in body
    assert "Opmerkingen: AMV-locatie in voorbereiding." in body
    assert "https://regietafel.example.nl/consultatie/?provincie=drenthe&cyclus=2027-2028" in body

    # The province sees it in the log.
    provincie = browser.new_page(viewport={"width": 1400, "height": 1000})
    inloggen(provincie, provinciegebruiker())
    provincie.goto(url + "/berichten/")
    rij = provincie.locator("#berichten tbody tr").first.inner_text()
    assert "Gemeente Emmen heeft de consultatie 2027-2028 beantwoord" in rij
    assert "verzonden" in rij and "prt@drenthe.nl" in rij
    provincie.screenshot(path=str(DOCS / "berichten.png"), full_page=True)
