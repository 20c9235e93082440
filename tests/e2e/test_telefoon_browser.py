"""Every main page fits a phone (390 px) and the wide pages fit 1400 px: the page itself
never scrolls sideways; wide tables scroll inside their own region, and the menu wraps."""

from pathlib import Path

import pytest

from tests.factories import gemeentegebruiker, provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PAGINAS = [
    "/",
    "/bonus/",
    "/bijlage1/",
    "/bronnen/",
    "/dashboard/",
    "/locaties/",
    "/realisatie/",
    "/capaciteit/",
    "/oplossen/",
    "/cyclus/",
    "/consultatie/",
    "/verdelingen/",
    "/uitruil/",
    "/herramingen/",
    "/importeren/",
    "/statushouders/",
    "/oekraine/",
    "/gemeenten/GM0106/",
]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "img"
BREEDTE = "() => [document.documentElement.scrollWidth, window.innerWidth]"


def _te_breed(page, url, paden) -> dict[str, int]:
    fouten = {}
    for pad in paden:
        antwoord = page.goto(url + pad)
        assert antwoord.status == 200, pad
        breed, venster = page.evaluate(BREEDTE)
        if breed > venster:
            fouten[pad] = breed
    return fouten


@pytest.mark.parametrize("rol", ["provincie", "gemeente"])
def test_elke_pagina_past_op_een_telefoon(drenthe_live, inloggen, page, rol):
    gebruiker = provinciegebruiker() if rol == "provincie" else gemeentegebruiker("GM0106")
    page.set_viewport_size({"width": 390, "height": 844})
    inloggen(page, gebruiker)
    assert _te_breed(page, drenthe_live.url, PAGINAS) == {}
    voorbeeld = "/" if rol == "provincie" else "/gemeenten/GM0106/"
    page.goto(drenthe_live.url + voorbeeld)
    DOCS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(DOCS / f"telefoon-{'puzzel' if rol == 'provincie' else rol}.png"))


def test_het_menu_loopt_op_een_telefoon_door_en_blijft_bruikbaar(drenthe_live, inloggen, page):
    page.set_viewport_size({"width": 390, "height": 844})
    inloggen(page, provinciegebruiker())
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    for link in menu.get_by_role("link").all():
        vak = link.bounding_box()
        assert vak is not None and vak["x"] >= 0 and vak["x"] + vak["width"] <= 390, (
            link.inner_text()
        )
    menu.get_by_role("link", name="Cyclus").click()
    page.wait_for_url(drenthe_live.url + "/cyclus/**")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Routekaart")


def test_een_brede_tabel_scrolt_in_zijn_eigen_vak(drenthe_live, inloggen, page):
    page.set_viewport_size({"width": 390, "height": 844})
    inloggen(page, provinciegebruiker())
    page.goto(drenthe_live.url + "/")
    vak = page.locator(".tabelrol").first
    assert vak.get_attribute("role") == "region"
    breed, zichtbaar = vak.evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert breed > zichtbaar
    assert zichtbaar <= 390


def test_capaciteit_en_puzzel_passen_op_1400_px(drenthe_live, inloggen, page):
    page.set_viewport_size({"width": 1400, "height": 1000})
    inloggen(page, provinciegebruiker())
    assert _te_breed(page, drenthe_live.url, ["/capaciteit/", "/"]) == {}


def test_de_bronicoon_bedekt_geen_cijfer_in_de_puzzel(drenthe_live, page):
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(drenthe_live.url + "/")
    overlap = page.evaluate(
        """() => {
        const fouten = [];
        for (const cel of document.querySelectorAll('table.puzzel td.aanbod')) {
          const icoon = cel.querySelector(':scope > .bron');
          if (!icoon) continue;
          const i = icoon.getBoundingClientRect();
          const bereik = document.createRange();
          for (const knoop of cel.childNodes) {
            if (knoop === icoon || !knoop.textContent.trim()) continue;
            bereik.selectNodeContents(knoop);
            for (const r of bereik.getClientRects()) {
              if (r.right > i.left && r.left < i.right && r.bottom > i.top && r.top < i.bottom)
                fouten.push(cel.textContent.trim());
            }
          }
        }
        return fouten;
    }"""
    )
    assert overlap == []


def test_een_foutpagina_past_op_een_telefoon_en_heeft_het_menu(drenthe_live, inloggen, page):
    page.set_viewport_size({"width": 390, "height": 844})
    inloggen(page, gemeentegebruiker("GM0106"))
    antwoord = page.goto(drenthe_live.url + "/gemeenten/GM0114/locaties/nieuw/")
    assert antwoord.status == 403
    assert page.get_by_role("heading", level=1).inner_text() == "Geen toegang"
    breed, venster = page.evaluate(BREEDTE)
    assert breed <= venster
    page.get_by_role("link", name="Naar de startpagina").click()
    page.wait_for_url(drenthe_live.url + "/dashboard/")
    assert page.goto(drenthe_live.url + "/bestaat-niet/").status == 404
    assert page.get_by_role("navigation", name="Hoofdmenu").is_visible()
