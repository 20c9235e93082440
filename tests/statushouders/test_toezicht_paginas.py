"""The supervision ladder on the web: the step in words on the status-holder page and the
dashboard, the history behind it, and the province's ladder form with its Dutch errors."""

import pytest

from regietafel.domain.statushouders import Periode
from regietafel.statushouders.models import Toezichtladder
from regietafel.statushouders.services import bewaar_huisvesting

EMMEN = "GM0114"
LADDER = "/toezicht/ladder/?provincie=drenthe"


@pytest.fixture
def emmen_twee_halfjaren_achter(drenthe):
    bewaar_huisvesting("drenthe", Periode(2025, 2), EMMEN, 40, 30)
    bewaar_huisvesting("drenthe", Periode(2026, 1), EMMEN, 40, 30)


def test_statushouders_toont_de_stap_in_woorden(client, rollen, emmen_twee_halfjaren_achter):
    client.force_login(rollen["gemeente_a"])
    html = client.get("/statushouders/?periode=2026-1").content.decode()
    rij = html.split(f'data-gemeente="{EMMEN}"')[1].split("</tr>")[0]
    assert 'data-toezicht="2"' in rij
    assert "Bestuurlijk overleg (2 halfjaren onder)" in rij
    assert f"/toezicht/gemeenten/{EMMEN}/?provincie=drenthe&amp;periode=2026-1" in rij


def test_dashboard_noemt_gemeenten_per_stap(client, rollen, emmen_twee_halfjaren_achter):
    client.force_login(rollen["ministerie"])
    html = client.get("/dashboard/?peildatum=2026-01-01").content.decode()
    assert 'data-stap="Bestuurlijk overleg"' in html
    assert ">Emmen</a>" in html.split('data-stap="Bestuurlijk overleg"')[1].split("</li>")[0]


def test_historie_toont_elk_halfjaar_met_oordeel(client, rollen, emmen_twee_halfjaren_achter):
    client.force_login(rollen["gemeente_b"])
    response = client.get(f"/toezicht/gemeenten/{EMMEN}/?provincie=drenthe&periode=2026-1")
    html = response.content.decode()
    assert 'data-kerncijfer="stap">Bestuurlijk overleg<' in html
    assert html.count('data-oordeel="onder"') == 2
    assert "Formele aanwijzing / instructie, na 3 halfjaren op rij" in html


def test_historie_van_onbekende_gemeente_is_404(client, rollen):
    client.force_login(rollen["provincie"])
    assert client.get("/toezicht/gemeenten/GM9999/?provincie=drenthe").status_code == 404
    assert client.get(f"/toezicht/gemeenten/{EMMEN}/?periode=2025-9").status_code == 404


def test_provincie_stelt_eigen_ladder_vast(client, rollen, emmen_twee_halfjaren_achter):
    client.force_login(rollen["provincie"])
    response = client.post(
        LADDER,
        {"versie": "0", "naam-1": "Brief", "omschrijving-1": "GS", "drempel-1": "2",
         "naam-2": "", "omschrijving-2": "", "drempel-2": "", "reden": "GS 1-3-2026"},
    )  # fmt: skip
    assert response.status_code == 302
    html = client.get(LADDER).content.decode()
    assert "<strong>Brief</strong>, vanaf 2 halfjaren op rij" in html
    assert "(GS 1-3-2026)" in html
    html = client.get("/statushouders/?periode=2026-1").content.decode()
    assert "Brief (2 halfjaren onder)" in html


@pytest.mark.parametrize(
    ("data", "veld", "melding"),
    [
        ({"naam-1": "A", "drempel-1": "2", "naam-2": "B", "drempel-2": "1"}, "drempel-2",
         "Stap 2: het aantal halfjaren (1) moet hoger zijn dan dat van de stap ervoor."),
        ({"naam-1": "A", "drempel-1": "nul"}, "drempel-1",
         "Stap 1: het aantal halfjaren &#x27;nul&#x27; is geen positief heel getal"),
        ({"naam-1": "", "omschrijving-1": "x", "drempel-1": "1"}, "naam-1",
         "Stap 1: vul de naam in."),
        ({"naam-1": "", "drempel-1": ""}, None, "De ladder heeft minstens één stap nodig."),
    ],
)  # fmt: skip
def test_foute_ladder_geeft_melding_bij_het_veld_en_slaat_niets_op(
    client, rollen, data, veld, melding
):
    client.force_login(rollen["provincie"])
    response = client.post(LADDER, {"versie": "0", **data})
    assert response.status_code == 400
    html = response.content.decode()
    assert melding in html
    if veld:
        assert f'id="{veld}-fout"' in html
    assert not Toezichtladder.objects.exists()


def test_ladder_gewijzigd_door_een_ander_geeft_conflict(client, rollen):
    client.force_login(rollen["provincie"])
    eerst = {"versie": "0", "naam-1": "Signaal", "drempel-1": "1"}
    assert client.post(LADDER, eerst).status_code == 302
    response = client.post(LADDER, {**eerst, "naam-1": "Anders"})
    assert response.status_code == 409
    assert "intussen gewijzigd" in response.content.decode()
    assert Toezichtladder.objects.get().stappen[0]["naam"] == "Signaal"


def test_gemeente_ziet_ladder_maar_geen_formulier(client, rollen):
    client.force_login(rollen["gemeente_b"])
    html = client.get(LADDER).content.decode()
    assert "<strong>Indeplaatsstelling</strong>" in html
    assert "Ladder opslaan" not in html
