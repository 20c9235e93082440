"""The puzzle shows the reference date per column and each figure's source on hover and
keyboard focus; stale figures are flagged in words; /bronnen/ lists every source."""

import re
from datetime import date

import pytest

from regietafel.services import klok


@pytest.fixture
def op_1_november_2024(monkeypatch):
    monkeypatch.setattr(klok, "vandaag", lambda: date(2024, 11, 1))


def _cel(html: str, gemeente: str, veld: str) -> str:
    rij = re.search(rf'data-gemeente="{gemeente}">(.*?)</tr>', html, re.S).group(1)
    return re.search(rf'data-veld="{re.escape(veld)}">(.*?)</td>', rij, re.S).group(1)


def _peildatum(html: str, kolom: str) -> str:
    cel = re.search(rf'<td[^>]*data-kolom="{re.escape(kolom)}">(.*?)</td>', html, re.S)
    return re.sub(r"<[^>]+>", " ", cel.group(1)).split()


@pytest.fixture
def op_1_juni_2025(monkeypatch):
    monkeypatch.setattr(klok, "vandaag", lambda: date(2025, 6, 1))


def test_de_puzzel_toont_de_peildatum_per_kolom(client, rollen, ongepubliceerd, op_1_juni_2025):
    client.force_login(rollen["provincie"])
    html = client.get("/").content.decode()
    # fixed for the cycle: the inhabitants of 2023 and the minister's numbers do not age
    assert _peildatum(html, "inwoners") == ["1-1-2023"]
    assert _peildatum(html, "amv.opgave") == ["31-1-2024"]
    # the offers of 25-10-2024 are 219 days old on 1 June 2025
    assert _peildatum(html, "asiel_regulier.aanbod.2025") == ["25-10-2024", "⚠", "verouderd"]


def test_de_bron_van_een_cijfer_is_met_het_toetsenbord_bereikbaar(client, drenthe):
    cel = _cel(client.get("/").content.decode(), "Assen", "asiel_regulier.opgave")
    # a button: reachable with Tab; its tooltip shows on hover and on focus (CSS)
    knop = re.search(
        r'<button type="button" class="bron[^"]*" aria-label="Bron[^"]*" '
        r'aria-describedby="([^"]+)">',
        cel,
    )
    assert knop, cel
    tip = re.search(rf'<span role="tooltip" id="{knop.group(1)}"[^>]*>(.*?)</span></button>', cel)
    tekst = re.sub(r"<[^>]+>", "", tip.group(1))
    assert "Bron: Capaciteitsbesluit cyclus 2025-2026" in tekst
    assert "Peildatum: 31-1-2024" in tekst


def test_verouderde_cijfers_staan_in_woorden(client, rollen, ongepubliceerd, op_1_juni_2025):
    client.force_login(rollen["provincie"])
    html = client.get("/").content.decode()
    assert "Verouderd:</strong> ouder dan 180 dagen" in _cel(html, "Assen", "amv.aanbod.2025")
    assert "Verouderd" not in _cel(html, "Assen", "inwoners")
    html = client.get("/", {"ouder_dan": "1000"}).content.decode()
    assert "verouderd" not in html.lower()


def test_een_gepubliceerde_cyclus_roept_geen_verouderd(client, drenthe, op_1_juni_2025):
    html = client.get("/").content.decode()
    assert "verouderd" not in html.lower()


def test_het_publiek_ziet_niet_wie_een_cijfer_invoerde(client, rollen, emmen_wijzigde):
    publiek = _cel(client.get("/").content.decode(), "Emmen", "amv.aanbod.2026")
    assert "Ingevoerd op " in publiek and emmen_wijzigde.username not in publiek
    client.force_login(rollen["provincie"])
    intern = _cel(client.get("/").content.decode(), "Emmen", "amv.aanbod.2026")
    assert f"Ingevoerd door {emmen_wijzigde.username} op " in intern


def test_de_bronnenpagina_noemt_elk_document(client, drenthe):
    response = client.get("/bronnen/")
    assert response.status_code == 200
    lijst = re.search(r'<ul[^>]*id="bronnenlijst">(.*?)</ul>', response.content.decode(), re.S)
    items = [re.sub(r"\s+", " ", i).strip() for i in re.findall(r"<li[^>]*>(.*?)</li>", lijst[1])]
    assert items[0] == (
        "Capaciteitsbesluit cyclus 2025-2026 (brief van de staatssecretaris van JenV) van "
        "31-1-2024 (24 cijfers, peildatum 31-1-2024)"
    )
    assert len(items) == 4


def test_een_onjuiste_leeftijd_geeft_een_melding_bij_het_veld(client, drenthe):
    response = client.get("/bronnen/", {"ouder_dan": "-3"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "ouder dan (dagen): &#x27;-3&#x27; is geen aantal dagen" in html
    assert 'aria-invalid="true"' in html


C2 = {"provincie": "drenthe", "cyclus": "2027-2028"}


def _rijen(html):
    tabel = re.search(r'<table[^>]*id="cijfers">(.*?)</table>', html, re.S).group(1)
    return re.findall(
        r'<tr class="utrecht-table__row" data-stand="([a-z]+)">(.*?)</tr>', tabel, re.S
    )


def test_de_bronnenpagina_filtert_op_stand_soort_en_gemeente(client, rollen):
    client.force_login(rollen["provincie"])
    html = client.get("/bronnen/", {**C2, "stand": "verouderd", "soort": "amv.aanbod",
                                    "gemeente": "GM0114"}).content.decode()  # fmt: skip
    rijen = _rijen(html)
    assert [s for s, _ in rijen] == ["verouderd", "verouderd"]  # Emmen's AMV offers, 2 years
    assert all("Emmen" in r and "AMV: aanbod" in r for _, r in rijen)
    assert 'option value="verouderd" selected' in html
    vast = _rijen(client.get("/bronnen/", {**C2, "stand": "vast"}).content.decode())
    assert len(vast) == 13  # 12 × inhabitants and the provincial Ukraine target


def test_de_bronnenpagina_bladert_per_vijftig(client, rollen):
    client.force_login(rollen["provincie"])
    c1 = {"provincie": "drenthe", "cyclus": "2025-2026"}
    html = client.get("/bronnen/", c1).content.decode()
    assert len(_rijen(html)) == 50 and "151 cijfers; hier 1 t/m 50." in html
    assert "Pagina 1 van 4" in html and "pagina=2#per-cijfer" in html
    laatste = client.get("/bronnen/", {**c1, "pagina": "4"}).content.decode()
    assert len(_rijen(laatste)) == 1 and "pagina=3#per-cijfer" in laatste
    # the filter goes along to the next page
    html = client.get("/bronnen/", {**c1, "stand": "gepubliceerd"}).content.decode()
    assert "stand=gepubliceerd&amp;pagina=2#per-cijfer" in html
    html = client.get("/bronnen/", {**c1, "soort": "locaties"}).content.decode()
    assert "18 cijfers; hier 1 t/m 18." in html and "Pagina 1 van" not in html


@pytest.mark.parametrize(
    ("veld", "waarde", "status"),
    [
        ("stand", "oud", 400),
        ("soort", "amv", 400),
        ("gemeente", "GM9999", 400),
        ("stand", "verouderd\x00", 400),
        ("gemeente", "\x00", 400),
        ("pagina", "drie", 404),
        ("pagina", "\x00", 404),
        ("pagina", "9", 404),
    ],
)
def test_een_onjuist_filter_geeft_een_duidelijke_melding(client, drenthe, veld, waarde, status):
    r = client.get("/bronnen/", {veld: waarde})
    assert r.status_code == status
    if status == 400:
        assert "staat niet in de lijst; kies een van de waarden" in r.content.decode()
