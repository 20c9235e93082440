import pytest

from regietafel.locaties.models import Locatie
from tests.pagina_hulp import tweede_wijziging_geweigerd

GOED = {
    "gemeente": "",  # filled per test
    "naam": "Kleinschalige AMV-unit",
    "plaatsen": "16",
    "soort": "amv",
    "status": "gepland",
    "beschikbaar_van": "1-3-2026",
    "beschikbaar_tot": "1-3-2031",
    "opmerking": "",
}


@pytest.fixture
def als_emmen(client, rollen):
    from regietafel.provincies.models import Gemeente

    client.force_login(rollen["gemeente_b"])
    return {**GOED, "gemeente": str(Gemeente.objects.get(cbs_code="GM0114").pk)}


@pytest.mark.parametrize(
    ("veld", "waarde", "melding"),
    [
        ("plaatsen", "-3", "Plaatsen: het aantal kan niet negatief zijn."),
        ("beschikbaar_van", "28", "Beschikbaar van: &#x27;28&#x27; is geen datum."),
        (
            "beschikbaar_tot",
            "1-1-2020",
            "Beschikbaar tot: 01-01-2020 ligt vóór de begindatum 01-03-2026.",
        ),
        ("plaatsen", "veel", "Plaatsen: vul een heel getal in."),
    ],
)
def test_foute_invoer_geeft_nederlandse_melding_en_bewaart_niets(
    client, als_emmen, veld, waarde, melding
):
    aantal = Locatie.objects.count()
    response = client.post("/gemeenten/GM0114/locaties/nieuw/", {**als_emmen, veld: waarde})
    assert response.status_code == 400
    assert melding in response.content.decode()
    assert Locatie.objects.count() == aantal


def test_plaatsen_op_locatie_van_andere_gemeente_wordt_geweigerd(client, als_emmen):
    from regietafel.provincies.models import Gemeente

    assen = Gemeente.objects.get(cbs_code="GM0106")
    aantal = Locatie.objects.count()
    response = client.post("/gemeenten/GM0114/locaties/nieuw/", {**als_emmen, "gemeente": assen.pk})
    assert response.status_code == 400
    assert "Gemeente: u mag geen plaatsen invoeren op een locatie van een andere gemeente." in (
        response.content.decode()
    )
    assert Locatie.objects.count() == aantal


def test_goede_locatie_wordt_opgeslagen_met_historie(client, als_emmen, rollen):
    response = client.post("/gemeenten/GM0114/locaties/nieuw/", als_emmen)
    assert response.status_code == 302
    loc = Locatie.objects.get(naam="Kleinschalige AMV-unit")
    assert loc.plaatsen == 16 and loc.beschikbaar_van.isoformat() == "2026-03-01"
    assert loc.history.first().history_user == rollen["gemeente_b"]


def test_gelijktijdige_bewerking_van_locatie_geeft_conflict(client, als_emmen):
    loc = Locatie.objects.filter(gemeente__cbs_code="GM0114", plaatsen=675).get()
    data = {
        **als_emmen,
        "plaatsen": "700",
        "soort": "regulier",
        "status": "gerealiseerd",
        "beschikbaar_van": "1-5-2000",
        "beschikbaar_tot": "19-10-2031",
        "versie": "1",
    }
    html = tweede_wijziging_geweigerd(client, f"/locaties/{loc.pk}/bewerken/", data, plaatsen="650")
    assert "intussen gewijzigd door" in html
    loc.refresh_from_db()
    assert loc.plaatsen == 700
