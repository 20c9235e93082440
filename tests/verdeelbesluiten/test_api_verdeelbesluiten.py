"""/api/v1/verdeelbesluiten/{provincie}: read per role, recorded by the ministry."""

import pytest

from regietafel.verdeelbesluiten.models import Verdeelbesluit
from tests.factories import api_client
from tests.verdeelbesluiten.hulp import besluit_waarden

pytestmark = pytest.mark.django_db
PROBLEEM = "application/problem+json"
PAD = "/api/v1/verdeelbesluiten/drenthe?cyclus=2025-2026"


def _body(versie=0, **extra):
    plus = {("GM0114", "amv", "2025"): 12}
    return {"datum": "2024-12-20", "bron": "kenmerk 2024-77", "versie": versie,
            "aantallen": besluit_waarden(plus=plus), **extra}  # fmt: skip


def test_het_ministerie_legt_vast_en_de_gemeente_leest_het_verschil(rollen):
    r = api_client(rollen["ministerie"]).post(PAD, _body(), format="json")
    assert r.status_code == 201, r.json()
    assert r.headers["API-Version"]
    assert r.json()["besluit"]["versie"] == 1
    d = api_client(rollen["gemeente_a"]).get(PAD).json()
    emmen = next(g for g in d["besluit"]["gemeenten"] if g["cbsCode"] == "GM0114")
    assert emmen["verschil"]["amv"] == {"2025": 12, "2026": 0}
    assert d["concept"]["sluitend"] is True
    assert d["toezicht"]["besluitVersie"] == 1


def test_het_publiek_leest_het_besluit_zonder_concept_en_toezicht(rollen):
    api_client(rollen["ministerie"]).post(PAD, _body(), format="json")
    d = api_client().get(PAD).json()
    assert d["besluit"]["bron"] == "kenmerk 2024-77"
    assert d["concept"] is None and d["toezicht"] is None


def test_een_oude_versie_geeft_409_met_het_huidige(rollen):
    client = api_client(rollen["ministerie"])
    assert client.post(PAD, _body(), format="json").status_code == 201
    r = client.post(PAD, _body(versie=0), format="json")
    assert r.status_code == 409
    assert r.headers["Content-Type"] == PROBLEEM
    assert Verdeelbesluit.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "veld"),
    [({"bron": ""}, "bron"), ({"datum": "20-12-2024"}, "datum"), ({"versie": -1}, "versie")],
)
def test_foute_invoer_geeft_400_met_het_veld(rollen, body, veld):
    r = api_client(rollen["ministerie"]).post(PAD, _body(**body), format="json")
    assert r.status_code == 400
    assert r.headers["Content-Type"] == PROBLEEM
    assert veld in {p["name"] for p in r.json()["invalidParams"]}
    assert not Verdeelbesluit.objects.exists()


def test_een_onvolledig_besluit_noemt_de_cel(rollen):
    body = _body()
    del body["aantallen"]["GM0106"]["amv"]["2026"]
    r = api_client(rollen["ministerie"]).post(PAD, body, format="json")
    assert r.status_code == 400
    assert "Assen, AMV 2026" in r.json()["invalidParams"][0]["reason"]


def test_de_provincie_legt_niet_vast(rollen):
    r = api_client(rollen["provincie"]).post(PAD, _body(), format="json")
    assert r.status_code == 403
    assert not Verdeelbesluit.objects.exists()
