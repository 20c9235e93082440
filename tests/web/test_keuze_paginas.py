"""The cycle travels with the user: every page with per-cycle data honours
?provincie=&cyclus=, shows the choice and says it in its title, and every link, form and
redirect keeps it; without a choice a page shows the user's own province in its current
cycle."""

import re
from html import unescape

import pytest
from django.test import Client

from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from tests.factories import (
    ProvincieFactory,
    capaciteitsbesluit_2027,
    provinciegebruiker,
    synthetische_provincie,
)
from tests.fase_hulp import emmen_amv

pytestmark = pytest.mark.django_db

ASSEN, EMMEN = "GM0106", "GM0114"
C2 = "?provincie=drenthe&cyclus=2027-2028"
# Each page with per-cycle data, read by the province (the h1 or title names the cycle).
PAGINAS = [
    "/",
    "/bonus/",
    "/bijlage1/",
    "/bronnen/",
    "/dashboard/",
    "/capaciteit/",
    "/oekraine/",
    "/locaties/",
    "/realisatie/",
    "/oplossen/",
    "/cyclus/",
    "/consultatie/",
    "/verdelingen/",
    "/herramingen/",
    "/uitruil/",
    "/overleggen/",
    "/rapporten/",
]
MENU = ["dashboard", "", "bonus", "bijlage1", "bronnen", "locaties", "realisatie"]


def _html(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def _gekozen(html, naam):
    """The value selected in the choice menu's `naam` select (None: no such select)."""
    select = re.search(rf'<select[^>]*name="{naam}"[^>]*>(.*?)</select>', html, re.S)
    if select is None:
        return None
    gekozen = re.search(r'<option value="([^"]*)" selected>', select.group(1))
    return gekozen.group(1) if gekozen else None


def _titel(html):
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1))


def _links(html, pad):
    """Every href in `html` that starts with `pad`, unescaped."""
    return [unescape(h) for h in re.findall(r'href="([^"]*)"', html) if unescape(h).startswith(pad)]


@pytest.mark.parametrize("pad", PAGINAS)
def test_pagina_toont_de_gevraagde_cyclus_in_keuze_titel_en_menu(client, rollen, pad):
    client.force_login(rollen["provincie"])
    html = _html(client.get(pad + C2))
    assert _gekozen(html, "cyclus") == "2027-2028"
    assert "Drenthe 2027-2028" in _titel(html)
    # The main menu carries the choice to every other page.
    for naam in MENU:
        assert f"/{naam}/{C2}".replace("//", "/") in _links(html, f"/{naam}")


@pytest.mark.parametrize("pad", ["/", "/dashboard/", "/locaties/", "/capaciteit/", "/oplossen/"])
def test_zonder_keuze_de_eigen_provincie_in_de_huidige_cyclus(client, rollen, pad):
    client.force_login(rollen["gemeente_a"])
    html = _html(client.get(pad))
    assert (_gekozen(html, "provincie"), _gekozen(html, "cyclus")) == ("drenthe", "2025-2026")
    capaciteitsbesluit_2027()
    html = _html(client.get(pad))
    assert _gekozen(html, "cyclus") == "2027-2028"
    assert "Drenthe 2027-2028" in _titel(html)


@pytest.mark.parametrize("pad", ["/", "/bonus/", "/bijlage1/", "/bronnen/"])
def test_het_publiek_ziet_zonder_keuze_de_laatste_gepubliceerde_cyclus(client, rollen, pad):
    """Once 2027-2028 has its capaciteitsbesluit it is current for the province, but not
    published: the public (and staff of another province) keep seeing 2025-2026 instead of
    being sent to log in, and the API answers the same."""
    capaciteitsbesluit_2027()
    andere = provinciegebruiker(ProvincieFactory().code)
    for lezer in (None, andere):
        if lezer:
            client.force_login(lezer)
        html = _html(client.get(pad))
        assert _gekozen(html, "cyclus") == "2025-2026" and "2027-2028" not in _titel(html)
    client.force_login(rollen["provincie"])
    assert _gekozen(_html(client.get(pad)), "cyclus") == "2027-2028"


def test_de_api_geeft_het_publiek_de_laatste_gepubliceerde_cyclus(rollen):
    capaciteitsbesluit_2027()
    for pad in ("/api/v1/puzzels/drenthe", "/api/v1/bonussen/drenthe"):
        antwoord = Client().get(pad)
        assert antwoord.status_code == 200, pad
        assert antwoord.json() == Client().get(pad + "?cyclus=2025-2026").json(), pad


def test_puzzel_linkt_naar_de_gemeentepagina_in_dezelfde_cyclus(client, rollen):
    client.force_login(rollen["gemeente_a"])
    html = _html(client.get("/" + C2))
    assert f"/gemeenten/{ASSEN}/{C2}" in _links(html, "/gemeenten/")
    assert f"/gemeenten/{ASSEN}/" not in _links(html, "/gemeenten/")


def test_gemeentepagina_toont_gekozen_cyclus_en_houdt_die_in_elke_link(client, rollen):
    client.force_login(rollen["gemeente_a"])
    html = _html(client.get(f"/gemeenten/{ASSEN}/{C2}"))
    assert "Assen — 2027-2028" in _titel(html)
    assert _gekozen(html, "cyclus") == "2027-2028"
    # Only the cycle is chosen here; the province is the municipality's.
    assert _gekozen(html, "provincie") is None
    assert 'data-jaar="2027"' in html and 'data-jaar="2025"' not in html
    loc = Locatie.objects.filter(gemeente__cbs_code=ASSEN).first()
    verwacht = {
        f"/gemeenten/{ASSEN}/locaties/nieuw/{C2}",
        f"/locaties/{loc.pk}/bewerken/{C2}",
        f"/locaties/{loc.pk}/beeindigen/{C2}",
        f"/locaties/{loc.pk}/fasen/{C2}",
        f"/{C2}",
    }
    assert verwacht <= set(_links(html, "/"))


def test_gemeentepagina_van_cyclus_2_noemt_de_onbekende_opgave(client, rollen):
    """Before the capaciteitsbesluit of 2027-2028 the targets are not known: the page says
    so in words, in the municipality's table, its offer rows and the province's totals."""
    client.force_login(rollen["gemeente_a"])
    html = _html(client.get(f"/gemeenten/{ASSEN}/{C2}"))
    opgave = re.search(r'id="opgave-kop".*?</table>', html, re.S).group(0)
    cellen = re.findall(r'<td class="utrecht-table__cell getal">([^<]*)</td>', opgave)
    assert cellen[2:] == ["nog niet bekend", "onbekend"] * 2  # regulier and AMV
    totalen = re.search(r'id="totalen".*?</dl>', html, re.S).group(0)
    assert totalen.count("<dd>nog niet bekend</dd>") == 2
    aanbod = re.findall(r'id="aanbod-[^"]+".*?<td class="utrecht-table__cell getal">([^<]*)</td>',
                        html, re.S)  # fmt: skip
    assert aanbod and set(aanbod) == {"nog niet bekend"}


def test_gemeentepagina_zonder_keuze_toont_de_huidige_cyclus(client, rollen):
    client.force_login(rollen["gemeente_a"])
    assert 'data-jaar="2025"' in _html(client.get(f"/gemeenten/{ASSEN}/"))
    capaciteitsbesluit_2027()
    assert 'data-jaar="2027"' in _html(client.get(f"/gemeenten/{ASSEN}/"))


def test_gemeentepagina_met_onbekende_cyclus_geeft_404(client, rollen):
    client.force_login(rollen["gemeente_a"])
    assert client.get(f"/gemeenten/{ASSEN}/?cyclus=1999-2000").status_code == 404


def test_aanbod_opslaan_zonder_htmx_keert_terug_naar_dezelfde_cyclus(client, rollen):
    client.force_login(rollen["gemeente_a"])
    a = Aanbod.objects.get(gemeente__cbs_code=ASSEN, cyclus__naam="2027-2028", categorie="amv",
                           jaar=2027)  # fmt: skip
    r = client.post(f"/gemeenten/{ASSEN}/aanbod/{a.pk}/", {"plaatsen": "12", "versie": "1"})
    assert r.status_code == 302
    assert r["Location"] == f"/gemeenten/{ASSEN}/{C2}"
    a.refresh_from_db()
    assert a.plaatsen == 12


LOCATIE = {
    "naam": "Kleinschalige AMV-unit",
    "plaatsen": "16",
    "soort": "amv",
    "status": "gepland",
    "beschikbaar_van": "1-3-2027",
    "beschikbaar_tot": "1-3-2032",
    "opmerking": "",
}


def _gemeente_pk(cbs_code):
    from regietafel.provincies.models import Gemeente

    return str(Gemeente.objects.get(cbs_code=cbs_code).pk)


def test_nieuwe_locatie_keert_terug_naar_dezelfde_cyclus(client, rollen):
    client.force_login(rollen["gemeente_a"])
    pad = f"/gemeenten/{ASSEN}/locaties/nieuw/{C2}"
    html = _html(client.get(pad))
    assert f"/gemeenten/{ASSEN}/{C2}" in _links(html, "/gemeenten/")  # Annuleren
    r = client.post(pad, {**LOCATIE, "gemeente": _gemeente_pk(ASSEN)})
    assert r.status_code == 302
    assert r["Location"] == f"/gemeenten/{ASSEN}/{C2}"
    assert Locatie.objects.filter(gemeente__cbs_code=ASSEN, naam=LOCATIE["naam"]).exists()


def test_locatie_bewerken_en_beeindigen_keren_terug_naar_dezelfde_cyclus(client, rollen):
    client.force_login(rollen["gemeente_a"])
    loc = Locatie.objects.filter(gemeente__cbs_code=ASSEN).first()
    data = {**LOCATIE, "soort": loc.soort, "status": loc.status, "plaatsen": str(loc.plaatsen),
            "gemeente": _gemeente_pk(ASSEN), "versie": str(loc.versie),
            "beschikbaar_van": "1-3-2017", "beschikbaar_tot": "1-4-2026"}  # fmt: skip
    r = client.post(f"/locaties/{loc.pk}/bewerken/{C2}", data)
    assert (r.status_code, r["Location"]) == (302, f"/gemeenten/{ASSEN}/{C2}")
    loc.refresh_from_db()
    html = _html(client.get(f"/locaties/{loc.pk}/beeindigen/{C2}"))
    assert f"/gemeenten/{ASSEN}/{C2}" in _links(html, "/gemeenten/")
    r = client.post(
        f"/locaties/{loc.pk}/beeindigen/{C2}", {"einddatum": "1-4-2026", "versie": loc.versie}
    )
    assert (r.status_code, r["Location"]) == (302, f"/gemeenten/{ASSEN}/{C2}")


def test_fase_vastleggen_houdt_de_cyclus(client, rollen):
    client.force_login(rollen["gemeente_b"])
    pk = emmen_amv()  # still an idea, so it can move on
    html = _html(client.get(f"/locaties/{pk}/fasen/{C2}"))
    assert f"/gemeenten/{EMMEN}/{C2}" in _links(html, "/gemeenten/")
    r = client.post(f"/locaties/{pk}/fasen/{C2}", {"fase": "collegebesluit",
                    "datum": "1-2-2025", "bron": "B&W", "versie": "1"})  # fmt: skip
    assert (r.status_code, r["Location"]) == (302, f"/locaties/{pk}/fasen/{C2}")


def test_scenario_bewaren_houdt_provincie_en_cyclus(client, rollen):
    """In the cycle that is not the live one (in 2027-2028 the targets are not yet known, so
    nothing can be solved or kept: tests/puzzel/test_oplossen_pagina.py)."""
    client.force_login(rollen["provincie"])
    r = client.post(
        "/oplossen/",
        {"provincie": "drenthe", "cyclus": "2025-2026", "naam": "Keuze", "actie": "bewaren"},
    )
    assert r.status_code == 302
    assert r["Location"].startswith("/oplossen/?provincie=drenthe&cyclus=2025-2026&scenario=")


@pytest.mark.parametrize("pad", ["/locaties/", "/realisatie/", "/capaciteit/", "/oplossen/"])
def test_ministerie_kiest_een_andere_provincie(client, rollen, pad):
    code, naam = synthetische_provincie()
    client.force_login(rollen["ministerie"])
    html = _html(client.get(pad))
    assert {"drenthe", code} <= set(re.findall(r'<option value="([^"]+)"', html))
    html = _html(client.get(f"{pad}?provincie={code}&cyclus=2025-2026"))
    assert _gekozen(html, "provincie") == code
    assert f"{naam} 2025-2026" in _titel(html)


def test_locatieregister_toont_de_locaties_van_de_gekozen_provincie(client, rollen):
    code, _naam = synthetische_provincie()
    client.force_login(rollen["ministerie"])
    html = _html(client.get(f"/locaties/?provincie={code}&cyclus=2025-2026"))
    assert f"/gemeenten/{ASSEN}/" not in html
    assert f"?provincie={code}&cyclus=2025-2026" in unescape(html)


@pytest.mark.parametrize("pad", ["/locaties/", "/realisatie/", "/capaciteit/", "/oplossen/"])
def test_gemeente_kiest_geen_andere_provincie(client, rollen, pad):
    code, _naam = synthetische_provincie()
    client.force_login(rollen["gemeente_a"])
    html = _html(client.get(pad))
    assert code not in html
    assert client.get(f"{pad}?provincie={code}&cyclus=2025-2026").status_code == 403


@pytest.mark.parametrize("pad", ["/locaties/", "/realisatie/", "/capaciteit/", "/oplossen/"])
def test_onbekende_cyclus_geeft_404_met_de_keuze(client, rollen, pad):
    client.force_login(rollen["provincie"])
    r = client.get(f"{pad}?provincie=drenthe&cyclus=1999-2000")
    assert r.status_code == 404
    assert "Geen gegevens voor provincie" in r.content.decode()


def test_keuzemenu_noemt_elke_cyclus_een_keer(client, rollen):
    synthetische_provincie()  # its 2025-2026 follows Drenthe's 2027-2028 in the list
    client.force_login(rollen["ministerie"])
    html = _html(client.get("/locaties/"))
    select = re.search(r'<select[^>]*name="cyclus"[^>]*>(.*?)</select>', html, re.S).group(1)
    assert re.findall(r'<option value="([^"]+)"', select) == ["2025-2026", "2027-2028"]
