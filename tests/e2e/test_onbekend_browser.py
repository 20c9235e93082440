"""In Debian's chromium: a province user on the SPUK page of cycle 2027-2028 reads
"nog niet bekend" where the amounts are not yet known, and never € 0."""

import pytest

from tests.factories import provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_spuk_van_cyclus_2_zegt_nog_niet_bekend_in_chromium(drenthe_live, inloggen, page):
    inloggen(page, provinciegebruiker())
    page.goto(drenthe_live.url + "/bonus/?provincie=drenthe&cyclus=2027-2028")
    waarschuwing = page.locator("#ontbreekt")
    assert waarschuwing.inner_text().startswith("Nog niet bekend: het SPUK 1-bedrag per plaats")
    tabel = page.get_by_role("table")
    assen = tabel.get_by_role("row", name="Assen").inner_text()
    assert assen.count("nog niet bekend") == 8
    assert "nog niet bekend" in tabel.locator("tfoot tr").first.inner_text()
    assert "€ 0" not in page.locator("main").inner_text()
