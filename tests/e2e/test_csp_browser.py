"""The main pages under the strict Content Security Policy (issue 22) in a real browser: no
violation in the console or as a `securitypolicyviolation` event, htmx still swaps without
a reload, and what moved from style attributes into nonce'd rules and SVG attributes (tile
map, time bar, charts) still lands where it did."""

import pytest
from django.contrib.auth import get_user_model

from tests.factories import WACHTWOORD, provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

AMV_2026 = 'tr[data-categorie="amv"][data-jaar="2026"]'
LUISTER = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e =>
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample || ''}`));
"""


@pytest.fixture
def bewaakt(page):
    """The page, recording every CSP report of the browser: console and events."""
    console = []
    page.on("console", lambda m: console.append(m.text))
    page.add_init_script(LUISTER)

    def schendingen():
        gemeld = [t for t in console if "Content Security Policy" in t]
        return gemeld + page.evaluate("window.__csp || []")

    page.schendingen = schendingen
    return page


def _open(page, url):
    antwoord = page.goto(url)
    assert antwoord.status == 200, url
    beleid = antwoord.headers["content-security-policy"]
    assert "default-src 'none'" in beleid and "unsafe-inline" not in beleid
    page.wait_for_load_state("networkidle")
    assert page.schendingen() == [], url


def test_de_bewaking_ziet_een_schending(drenthe_live, bewaakt):
    """The check can fail: a style attribute added to the page is reported."""
    _open(bewaakt, drenthe_live.url + "/")
    bewaakt.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color:red\">')")
    bewaakt.wait_for_function("window.__csp.length > 0")
    assert any("style-src" in s for s in bewaakt.schendingen())


def test_publieke_paginas_en_inloggen_zonder_schending(drenthe_live, bewaakt):
    for pad in ("/", "/bonus/", "/bijlage1/", "/bronnen/", "/inloggen/"):
        _open(bewaakt, drenthe_live.url + pad)


def test_dashboard_cyclus_en_bewerken_met_htmx_zonder_schending(drenthe_live, inloggen, bewaakt):
    page = bewaakt
    inloggen(page, provinciegebruiker())
    page.set_viewport_size({"width": 390, "height": 900})  # the phone layout too
    for pad in ("/dashboard/", "/cyclus/"):
        _open(page, drenthe_live.url + pad)
    page.set_viewport_size({"width": 1400, "height": 1000})

    # The tile map's grid came from style attributes; now from the nonce'd rules.
    _open(page, drenthe_live.url + "/dashboard/")
    tegel = page.locator('.tegel[data-gemeente="GM0106"]')  # Assen
    plek = tegel.evaluate(
        "t => [getComputedStyle(t).gridColumnStart, getComputedStyle(t).gridRowStart]"
    )
    assert plek != ["auto", "auto"]
    kolommen = page.locator(".tegelkaart").evaluate(
        "k => getComputedStyle(k).gridTemplateColumns.split(' ').length"
    )
    assert kolommen > 1
    # matplotlib's fills, now SVG attributes: a bar of the chart is orange, not black.
    kleuren = page.locator("#grafiek-gemeenten svg path, #grafiek-gemeenten svg rect").evaluate_all(
        "els => els.map(e => getComputedStyle(e).fill)"
    )
    assert "rgb(225, 112, 0)" in kleuren  # STAAF_KLEUR #e17000

    _open(page, drenthe_live.url + "/cyclus/")
    balk = page.locator(".tijdbalk__balk").first
    assert balk.evaluate("b => getComputedStyle(b).width") != "0px"
    maanden = page.locator(".tijdbalk__maanden span").evaluate_all(
        "ms => ms.map(m => getComputedStyle(m).left)"
    )
    assert len(set(maanden)) == len(maanden) > 1

    # htmx under the policy: the row is swapped in place, the page is not reloaded.
    _open(page, drenthe_live.url + "/gemeenten/GM0114/")
    page.evaluate("window.__zelfde_pagina = true")
    rij = page.locator(AMV_2026)
    rij.get_by_label("Aanbod Asielopvang (AMV) 2026").fill("75")
    rij.get_by_role("button", name="Opslaan").click()
    page.locator(AMV_2026).get_by_text("Opgeslagen.").wait_for()
    assert page.evaluate("window.__zelfde_pagina === true")
    assert page.locator('[data-totaal="amv.2026"]').inner_text() == "366"
    assert page.schendingen() == []

    for pad in ("/importeren/", "/locaties/", "/capaciteit/", "/oplossen/", "/rapporten/"):
        _open(page, drenthe_live.url + pad)


def test_api_docs_en_beheer_zonder_schending(drenthe_live, bewaakt):
    page = bewaakt
    _open(page, drenthe_live.url + "/api/v1/docs")
    page.locator(".swagger-ui .info").wait_for()
    assert page.schendingen() == []
    get_user_model().objects.create_superuser("beheer", "beheer@example.org", WACHTWOORD)
    page.goto(drenthe_live.url + "/admin/login/")
    page.get_by_label("Gebruikersnaam").fill("beheer")
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url(drenthe_live.url + "/admin/")
    for pad in ("/admin/", "/admin/cycli/cyclus/", "/admin/auth/user/1/change/"):
        _open(page, drenthe_live.url + pad)
