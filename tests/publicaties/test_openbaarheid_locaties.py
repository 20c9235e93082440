"""The province sets on "Invoer provincie" from which phase the details of its locations are
public; the pages and the API show a location without them before (issue 22)."""

from rest_framework.test import APIClient

from regietafel.cycli.models import ProvincieCyclus
from regietafel.locaties.models import Locatie
from tests.factories import api_sleutel

PAD = "/cyclus/invoer/?provincie=drenthe&cyclus=2025-2026"


def _versie():
    return ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026").versie


def _post(client, fase, versie=None):
    data = {"formulier": "openbaarheid", "locaties_openbaar_vanaf": fase, "reden": "raad",
            "versie": str(versie or _versie())}  # fmt: skip
    return client.post(PAD, data)


def test_de_provincie_kiest_de_fase_en_de_bijlage_volgt(client, rollen):
    assert "nog te realiseren" not in client.get("/bijlage1/").content.decode()
    client.force_login(rollen["provincie"])
    pagina = client.get(PAD).content.decode()
    assert 'value="collegebesluit" selected' in pagina
    r = _post(client, "idee")
    assert r.status_code == 302
    r = client.get(r["Location"])
    assert "openbaar vanaf de fase &#x27;idee&#x27;" in r.content.decode()
    assert 'value="idee" selected' in r.content.decode()
    client.logout()
    assert client.get("/bijlage1/").content.decode().count("nog te realiseren") == 4


def test_een_onbekende_fase_geeft_een_nederlandse_fout_bij_het_veld(client, rollen):
    client.force_login(rollen["provincie"])
    r = _post(client, "overmorgen")
    assert r.status_code == 400
    assert "Fase: &#x27;overmorgen&#x27; is geen fase; kies er een uit de lijst." in (
        r.content.decode()
    )


def test_een_gelijktijdige_wijziging_geeft_409_met_de_huidige_fase(client, rollen):
    client.force_login(rollen["provincie"])
    versie = _versie()
    assert _post(client, "raadsbesluit", versie).status_code == 302
    r = _post(client, "idee", versie)
    assert r.status_code == 409
    html = r.content.decode()
    assert "intussen gewijzigd" in html
    assert "Naam en bijzonderheden van locaties openbaar vanaf fase: raadsbesluit" in html


def test_de_api_toont_een_andere_gemeente_de_locatie_zonder_details(rollen):
    loc = Locatie.objects.get(gemeente__cbs_code="GM0114", soort="amv")

    def lees(rol):
        client = APIClient()
        token = api_sleutel(rollen[rol])
        client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
        return client.get(f"/api/v1/locaties/{loc.pk}").json(), client.get(
            f"/api/v1/locaties/{loc.pk}/fasen"
        ).json()

    assen, fasen = lees("gemeente_a")
    assert (assen["opmerking"], assen["naam"], assen["afgeschermd"]) == ("", "", True)
    assert (assen["plaatsen"], assen["gemeente"]) == (50, "GM0114")
    assert [f["bron"] for f in fasen["fasen"]] == [""]
    emmen, fasen = lees("gemeente_b")
    assert (emmen["opmerking"], emmen["afgeschermd"]) == ("nog te realiseren", False)
    assert fasen["fasen"][0]["bron"].startswith("Bijlage 1 provinciaal verslag")
