import re

from regietafel.domain.signaleringen import SAMENVOEGEN_VANAF
from tests.pagina_hulp import queries


def _cel(html: str, gemeente: str, veld: str) -> str:
    rij = re.search(rf'data-gemeente="{gemeente}">(.*?)</tr>', html, re.S).group(1)
    cel = re.search(rf'data-veld="{re.escape(veld)}">\s*(?:<span class="waarde">)?([^<]*)', rij)
    return cel.group(1).strip()


def test_puzzelpagina_toont_cijfers_en_totalen(client, drenthe):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl"' in html
    assert _cel(html, "Emmen", "oekraine.opgave") == "1.240"
    assert _cel(html, "Totaal", "inwoners") == "502.051"
    assert _cel(html, "Totaal", "asiel_regulier.aanbod.2026") == "3.814"
    assert _cel(html, "Totaal", "amv.opgave") == "229"


def test_tekort_en_overschot_staan_in_woorden(client, drenthe):
    html = client.get("/").content.decode()
    rij = re.search(r'data-gemeente="Aa en Hunze">(.*?)</tr>', html, re.S).group(1)
    assert "tekort 56" in rij  # aanbod 87 tegen opgave 143
    assert "overschot 671" in client.get("/").content.decode()  # Assen 1000 - 329


def test_onbekende_provincie_geeft_404_met_uitleg(client, drenthe):
    response = client.get("/", {"provincie": "zeeland"})
    assert response.status_code == 404
    assert "Geen gegevens voor provincie" in response.content.decode()


def _gemeenten_in_volgorde(html: str) -> list[str]:
    return re.findall(r'<tr class="utrecht-table__row" data-gemeente="([^"]+)"', html)


def test_filter_op_categorie_en_jaar(client, drenthe):
    html = client.get("/", {"categorie": "amv", "jaar": "2026"}).content.decode()
    assert 'data-veld="amv.aanbod.2026"' in html
    assert 'data-veld="amv.aanbod.2025"' not in html
    assert 'data-veld="oekraine.opgave"' not in html
    assert 'data-veld="asiel_regulier.opgave"' not in html
    assert _cel(html, "Totaal", "amv.aanbod.2026") == "341"


def test_sorteren_op_grootste_tekort(client, drenthe):
    html = client.get("/", {"sorteer": "tekort", "categorie": "asiel_regulier"}).content.decode()
    assert _gemeenten_in_volgorde(html)[:3] == ["Midden-Drenthe", "De Wolden", "Borger-Odoorn"]


def test_onbekende_filterwaarden_vallen_terug_op_alles(client, drenthe):
    html = client.get("/", {"categorie": "x", "jaar": "1900", "sorteer": "y"}).content.decode()
    assert _gemeenten_in_volgorde(html)[0] == "Aa en Hunze"
    assert 'data-veld="oekraine.opgave"' in html and 'data-veld="amv.aanbod.2025"' in html


def test_inloggen_wordt_na_vijf_foute_pogingen_geblokkeerd(client, rollen):
    naam = rollen["provincie"].username
    for _ in range(4):
        response = client.post("/inloggen/", {"username": naam, "password": "fout"})
        assert response.status_code == 200
        assert "onjuist" in response.content.decode()
    assert client.post("/inloggen/", {"username": naam, "password": "fout"}).status_code == 429
    response = client.post("/inloggen/", {"username": naam, "password": "test-wachtwoord-123"})
    assert response.status_code == 429
    assert "tijdelijk geblokkeerd" in response.content.decode()


def test_puzzelpagina_doet_evenveel_queries_bij_meer_gemeenten(client, drenthe):
    from regietafel.cycli.models import Cyclus
    from regietafel.locaties.models import Locatie
    from regietafel.opgaven.models import Aanbod, Opgave
    from regietafel.provincies.models import Gemeente, Provincie

    voor = queries(client, "/")
    drenthe_p, cyclus = Provincie.objects.get(code="drenthe"), Cyclus.objects.get(naam="2025-2026")
    for i in range(30):
        g = Gemeente.objects.create(
            provincie=drenthe_p, cbs_code=f"GM9{i:03d}", naam=f"Proef {i}", inwoners=1000 + i,
            inwoners_peiljaar=2023,
        )  # fmt: skip
        for cat in ("asiel_regulier", "amv", "oekraine"):
            Opgave.objects.create(gemeente=g, cyclus=cyclus, categorie=cat, opgave=10)
        for jaar in (2025, 2026):
            Aanbod.objects.create(gemeente=g, cyclus=cyclus, categorie="amv", jaar=jaar, plaatsen=5)
        Locatie.objects.create(gemeente=g, plaatsen=5, soort="amv", status="gepland")
    assert queries(client, "/") == voor
    # Unchanged data: the computed puzzle and its sources are reused.
    assert queries(client, "/", koud=False) <= 3 < voor


def test_veel_meldingen_van_een_soort_staan_onder_een_regel_die_opengaat(client, rollen):
    """Cycle 2027-2028 carries cycle 1's offers over, so most municipalities' locations no
    longer count: the page folds those meldingen under one line with their count."""
    client.force_login(rollen["provincie"])
    html = client.get("/?cyclus=2027-2028").content.decode()
    groep = re.search(r"<details><summary>([^<]+)</summary>(.*?)</details>", html, re.S)
    meldingen = re.findall(r'data-code="(\w+)">([^<]+)<', groep.group(2))
    assert len(meldingen) >= SAMENVOEGEN_VANAF and {c for c, _ in meldingen} == {"locaties_aanbod"}
    gemeenten = {m.split(":")[0] for _, m in meldingen}
    assert groep.group(1) == (
        f"Locaties en aanbod lopen uiteen: {len(meldingen)} meldingen bij {len(gemeenten)} "
        "gemeenten"
    )
    assert html.count("<details><summary>") == 1  # the other kinds stay one line each
