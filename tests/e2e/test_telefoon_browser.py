"""Every page fits a phone (390 px) and 1400 px: the page itself never scrolls sideways;
wide tables scroll inside their own region, and on a phone the menu folds behind a button."""

import os
import subprocess
from itertools import pairwise
from pathlib import Path

import pytest

from tests.factories import gemeentegebruiker, provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# The roles that log in through the form; who has no role or another province reads what
# the public reads (tests/web/test_toegang_matrix.py), so the public stands for them.
ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]
VENSTERS = [(390, 844), (1400, 844)]  # width, height
# The main pages of which a phone view goes into docs/img, per role that shows them best.
SCHERMAFDRUKKEN = {
    "provincie": {"/": "puzzel", "/dashboard/": "dashboard", "/capaciteit/": "capaciteit",
                  "/bijlage1/": "bijlage1", "/locaties/": "locaties", "/cyclus/": "cyclus"},
    "gemeente_b": {"/gemeenten/GM0114/": "gemeente"},
}  # fmt: skip

DOCS = Path(__file__).resolve().parents[2] / "docs" / "img"
BREEDTE = "() => [document.documentElement.scrollWidth, window.innerWidth]"


def _gebruiker(rol):
    from tests.factories import ministeriegebruiker

    maken = {
        "gemeente_a": lambda: gemeentegebruiker("GM0106"),
        "gemeente_b": lambda: gemeentegebruiker("GM0114"),
        "provincie": provinciegebruiker,
        "ministerie": ministeriegebruiker,
    }
    return maken[rol]() if rol in maken else None


def _paden():
    """Every GET path of the role × URL matrix, made now (some rows look records up)."""
    from tests.web.test_toegang_matrix import MATRIX

    paden = [regel[1]() for regels in MATRIX.values() for regel in regels if regel[0] == "get"]
    return list(dict.fromkeys(paden))


def _te_breed(page, url, paden, vensters=VENSTERS) -> dict[tuple[str, int], int]:
    """The pages among `paden` that are HTML and wider than the window at one of `vensters`:
    (path, window width) -> page width. Each page loads once and is measured in every window
    (the layout follows the window's size alone). The request is made first without the
    browser, so that a download is not opened."""
    fouten = {}
    for pad in paden:
        kop = page.request.get(url + pad, max_redirects=0)
        if "text/html" not in kop.headers.get("content-type", "") or kop.status in (301, 302):
            continue
        page.goto(url + pad)
        for breedte, hoogte in vensters:
            page.set_viewport_size({"width": breedte, "height": hoogte})
            breed, venster = page.evaluate(BREEDTE)
            if breed > venster:
                fouten[pad, breedte] = breed
    return fouten


@pytest.mark.parametrize("rol", ROLLEN)
def test_elke_pagina_past_in_het_venster(drenthe_live, inloggen, page, rol):
    """scrollWidth <= innerWidth at 390 and at 1400 px on every page of the matrix this role
    gets as HTML (its pages, and its refusals and not-founds, which are in the site's layout
    too)."""
    # Every role's user exists, as in the matrix: some rows make records that need one.
    gebruiker = {r: _gebruiker(r) for r in ROLLEN}[rol]
    if gebruiker is not None:
        inloggen(page, gebruiker)
    assert _te_breed(page, drenthe_live.url, _paden()) == {}
    page.set_viewport_size({"width": 390, "height": 844})
    DOCS.mkdir(parents=True, exist_ok=True)
    for pad, naam in SCHERMAFDRUKKEN.get(rol, {}).items():
        page.goto(drenthe_live.url + pad)
        page.screenshot(path=str(DOCS / f"telefoon-{naam}.png"))


def test_het_menu_loopt_op_een_telefoon_door_en_blijft_bruikbaar(drenthe_live, inloggen, page):
    page.set_viewport_size({"width": 390, "height": 844})
    inloggen(page, provinciegebruiker())
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    # Folded behind its button: no link shows until the button opens the menu (no script).
    assert not menu.get_by_role("link", name="Cyclus").is_visible()
    menu.get_by_text("Menu").click()
    DOCS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(DOCS / "telefoon-menu.png"))
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
    # Its caption wraps inside the window instead of running off it.
    bijschrift = vak.locator("caption").bounding_box()
    assert bijschrift["x"] >= 0 and bijschrift["x"] + bijschrift["width"] <= 390
    vak.evaluate("e => e.scrollBy(300, 0)")
    assert vak.locator("caption").bounding_box()["x"] >= 0  # it stays at the left edge


def test_kerncijfers_in_woorden_staan_op_een_telefoon_onder_hun_label(drenthe_live, inloggen, page):
    """The minister's decision in words: on a phone each value stands under its label, read
    from the left, not squeezed into a right-aligned column beside it."""
    inloggen(page, provinciegebruiker())
    for breedte, onder in ((390, True), (1400, False)):
        page.set_viewport_size({"width": breedte, "height": 844})
        page.goto(drenthe_live.url + "/verdeelbesluit/?cyclus=2027-2028")
        label = page.locator("#besluit-kern dt").last.bounding_box()
        waarde = page.locator("#besluit-kern dd").last.bounding_box()
        assert (waarde["y"] >= label["y"] + label["height"]) == onder, breedte
        assert (abs(waarde["x"] - label["x"]) < 1) == onder, breedte


def test_capaciteit_en_puzzel_passen_op_1400_px(drenthe_live, inloggen, page):
    inloggen(page, provinciegebruiker())
    assert _te_breed(page, drenthe_live.url, ["/capaciteit/", "/"], [(1400, 1000)]) == {}


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


# A4 landscape, less the print stylesheet's 1 cm margins, in CSS pixels (96 per inch).
A4_LIGGEND_BREEDTE = round((297 - 20) / 25.4 * 96)


def test_de_puzzel_print_op_de_breedte_van_een_liggende_pagina(drenthe_live, inloggen, page):
    inloggen(page, provinciegebruiker())
    page.set_viewport_size({"width": A4_LIGGEND_BREEDTE, "height": 700})
    page.goto(drenthe_live.url + "/")
    page.emulate_media(media="print")
    assert not page.locator(".keuze").first.is_visible()  # the province and cycle choice
    assert not page.get_by_role("navigation", name="Hoofdmenu").is_visible()
    tabel = page.locator("table.puzzel").first
    assert tabel.is_visible()
    breed, venster = page.evaluate(BREEDTE)
    assert breed <= venster == A4_LIGGEND_BREEDTE
    assert tabel.bounding_box()["width"] <= A4_LIGGEND_BREEDTE
    # The same as a PDF: one page wide means no column is cut off at the right margin.
    pad = Path(os.environ.get("REGIETAFEL_DATA_DIR", "/tmp")) / "puzzel-print.pdf"
    pad.write_bytes(page.pdf(prefer_css_page_size=True))
    assert (
        "Page size:"
        in subprocess.run(["pdfinfo", str(pad)], capture_output=True, text=True, check=True).stdout
    )


def test_de_tijdbalk_van_de_routekaart_is_leesbaar_op_een_telefoon(drenthe_live, inloggen, page):
    """At 390 px the month labels of "De stappen in de tijd" do not run into each other, and
    "vandaag" shows above the bars."""
    page.set_viewport_size({"width": 390, "height": 844})
    inloggen(page, provinciegebruiker())
    page.goto(drenthe_live.url + "/cyclus/?provincie=drenthe&cyclus=2027-2028")
    vakken = page.evaluate(
        """() => [...document.querySelectorAll('.tijdbalk__maanden span')]
        .map(s => s.getBoundingClientRect()).filter(r => r.width > 12)
        .map(r => [r.left, r.right])"""
    )
    assert len(vakken) >= 3
    tekst = [(links + 10, rechts) for links, rechts in vakken]  # the text starts after the line
    assert all(a[1] <= b[0] for a, b in pairwise(tekst)), vakken
    # Not clipped: what the page shows at the middle of the label is the label itself.
    assert page.evaluate(
        """() => { const s = document.querySelector('.tijdbalk__vandaag span');
        s.scrollIntoView({block: 'center'}); const r = s.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === s; }"""
    )
