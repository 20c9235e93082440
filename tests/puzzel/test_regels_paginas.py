import re

from regietafel.cycli.models import ProvincieCyclus


def _rij(html: str, naam: str) -> str:
    return re.search(rf"<th[^>]*>{naam}</th>(.*?)</tr>", html, re.S).group(1)


def test_bonuspagina_toont_bedragen_en_keuze(client, drenthe):
    response = client.get("/bonus/")
    assert response.status_code == 200
    html = response.content.decode()
    assen = _rij(html, "Assen")
    assert "€ 1.280.000" in assen and "<strong>SPUK 1</strong>" in assen
    assert "<strong>SPUK 3</strong>" in _rij(html, "Emmen")
    assert "€ 4.749.686" in _rij(html, "Gemeenten samen")
    assert "€ 408.653" in _rij(html, "Provincie")
    assert "drempel voor SPUK 3 is gehaald" in html
    # In the sentence on the choice an amount keeps its "€" on its own line.
    zin = re.search(r'role="status"><div><p>([^<]+)</p>', html).group(1)
    assert "€\u00a0" in zin and "€ " not in zin


def test_bijlage1_pagina_toont_de_zes_cijfers_en_locaties(client, drenthe, rollen):
    html = client.get("/bijlage1/").content.decode()
    cijfers = re.findall(
        r'class="utrecht-table__cell getal">([^<]*)</td>', _rij(html, r"Regulier \(incl. AMV\)")
    )
    assert cijfers == ["2.691", "4.155", "0"]
    assert re.findall(r'getal">([^<]*)</td>', _rij(html, "AMV")) == ["229", "141", "200"]
    # The four planned locations are in phase idee: their remarks are not public (issue 22),
    # the province reads them as the report has them.
    assert html.count("nog te realiseren") == 0
    assert "niet openbaar" in html
    client.force_login(rollen["provincie"])
    assert client.get("/bijlage1/").content.decode().count("nog te realiseren") == 4


def test_onbekende_cyclus_geeft_404_met_uitleg(client, drenthe):
    response = client.get("/bonus/", {"cyclus": "1999-2000"})
    assert response.status_code == 404
    assert "Geen gegevens voor provincie" in response.content.decode()


def test_publiek_ziet_ongepubliceerde_bijlage_niet(client, drenthe, rollen):
    ProvincieCyclus.objects.update(gepubliceerd=False)
    assert client.get("/bijlage1/").status_code == 302
    client.force_login(rollen["ministerie"])
    assert client.get("/bijlage1/").status_code == 200


def test_bonuspagina_van_cyclus_2_toont_nog_niet_bekend_en_geen_nul_euro(client, rollen):
    client.force_login(rollen["provincie"])
    response = client.get("/bonus/", {"provincie": "drenthe", "cyclus": "2027-2028"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "€ 0" not in html
    assert 'id="ontbreekt"' in html
    assert "Nog niet bekend: het SPUK 1-bedrag per plaats" in html
    assen = _rij(html, "Assen")
    # The indicative number, SPUK 1 and SPUK 3 options, the choice and the four amounts.
    assert assen.count("nog niet bekend") == 8
    assert "nog niet bekend" in _rij(html, "Gemeenten samen")
    assert "nog niet bekend" in _rij(html, "Provincie")
    assert "Of de drempel voor SPUK 3 is gehaald, is nog niet bekend" in html
    assert "kan nog niet worden gemaakt" in html


def test_bonuspagina_van_cyclus_1_mist_niets(client, drenthe):
    html = client.get("/bonus/").content.decode()
    assert 'id="ontbreekt"' not in html and "nog niet bekend" not in html
