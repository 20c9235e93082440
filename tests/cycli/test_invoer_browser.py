"""The province enters its own figures in a real browser: the Ukrainian target and the
SPUK 3 pot, a municipality's realisation, and a Dutch error next to a wrong cell."""

import pytest

from tests.factories import provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

C2 = "?provincie=drenthe&cyclus=2027-2028"


def test_provincie_voert_opgave_pot_en_realisatie_in(drenthe_live, inloggen, page):
    from regietafel.cycli.models import ProvincieCyclus
    from regietafel.opgaven.models import Opgave

    url = drenthe_live.url
    inloggen(page, provinciegebruiker())
    page.goto(f"{url}/cyclus/{C2}")
    page.get_by_role("link", name="Invoer provincie").click()
    page.wait_for_url(f"{url}/cyclus/invoer/{C2}")

    page.get_by_label("Provinciale Oekraïne-opgave").fill("6100")
    page.get_by_label("SPUK 3-budget (euro)").fill("900000")
    page.locator("[data-formulier=provincie]").get_by_role("button", name="Opslaan").click()
    page.get_by_text("De cijfers van de provincie zijn opgeslagen.").wait_for()
    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2027-2028")
    assert (pc.oekraine_opgave, pc.spuk3_pot, pc.provincie_bedrag) == (6100, 900000, None)

    tabel = page.locator("[data-formulier=gemeenten]")
    tabel.get_by_label("Realisatie AMV Assen").fill("-2")
    tabel.get_by_role("button", name="Opslaan").click()
    fout = page.locator("#id_GM0106-amv_realisatie-fout")
    assert fout.inner_text() == "Realisatie AMV Assen: het getal kan niet negatief zijn (-2)."

    tabel.get_by_label("Realisatie AMV Assen").fill("7")
    tabel.get_by_role("button", name="Opslaan").click()
    page.get_by_text("De cijfers van de gemeenten zijn opgeslagen (1 gewijzigd).").wait_for()
    amv = Opgave.objects.get(gemeente__cbs_code="GM0106", cyclus__naam="2027-2028", categorie="amv")
    assert amv.realisatie == 7
