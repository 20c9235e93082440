"""The 409 of a version conflict: `huidig` is the resource exactly as its GET shows it now
(lowerCamelCase, typed values, CBS codes, no internal columns), with who changed it when."""

from datetime import datetime

import pytest
from rest_framework.test import APIClient

from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from tests.factories import api_sleutel
from tests.fase_hulp import emmen_amv
from tests.uitruil.hulp import emmen_coevorden

pytestmark = pytest.mark.django_db


def _client(gebruiker):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_sleutel(gebruiker)}")
    return client


def _conflict(client, methode, pad, data, lees=None):
    """Send `data` twice on versie 1: the second is a 409 whose `huidig` is the GET."""
    eerste = getattr(client, methode)(pad, {**data, "versie": 1}, format="json")
    assert eerste.status_code in (200, 201), eerste.content
    r = getattr(client, methode)(pad, {**data, "versie": 1}, format="json")
    assert r.status_code == 409 and r["Content-Type"] == "application/problem+json"
    body = r.json()
    assert body["huidig"] == client.get(lees or pad).json()
    assert body["huidig"]["versie"] == 2
    assert datetime.fromisoformat(body["gewijzigdOp"]).tzinfo is not None
    return body


def test_conflict_op_aanbod_toont_het_aanbod_zoals_get(rollen):
    a = Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026)
    body = _conflict(
        _client(rollen["gemeente_b"]), "patch", f"/api/v1/aanbod/{a.pk}", {"plaatsen": 7}
    )
    assert body["huidig"]["gemeente"] == "GM0114" and body["huidig"]["plaatsen"] == 7
    assert body["gewijzigdDoor"] == rollen["gemeente_b"].username


@pytest.mark.parametrize("methode", ["patch", "put"])
def test_conflict_op_locatie_toont_de_locatie_zoals_get(rollen, methode):
    loc = Locatie.objects.filter(gemeente__cbs_code="GM0114").first()
    data = {"gemeente": "GM0114", "plaatsen": 12, "soort": "amv", "status": "gepland"}
    body = _conflict(_client(rollen["provincie"]), methode, f"/api/v1/locaties/{loc.pk}", data)
    huidig = body["huidig"]
    assert huidig["gemeente"] == "GM0114" and huidig["plaatsen"] == 12
    assert huidig["onbepaaldeTijd"] is False
    assert not {"volgorde", "onbepaalde_tijd", "gemeente_id", "reden"} & set(huidig)
    assert body["gewijzigdDoor"] == rollen["provincie"].username


def test_conflict_op_fasen_toont_de_fasen_zoals_get(rollen):
    pad = f"/api/v1/locaties/{emmen_amv()}/fasen"
    data = {"fase": "collegebesluit", "datum": "2025-02-01", "bron": "B&W"}
    body = _conflict(_client(rollen["gemeente_b"]), "post", pad, data)
    assert body["huidig"]["fase"] == "collegebesluit" and body["huidig"]["locatie"] == emmen_amv()


def test_conflict_op_bevestiging_toont_de_uitruil_zoals_get(rollen):
    pk = emmen_coevorden()
    body = _conflict(
        _client(rollen["gemeente_b"]),
        "post",
        f"/api/v1/uitruilen/{pk}/bevestiging",
        {},
        lees=f"/api/v1/uitruilen/{pk}",
    )
    huidig = body["huidig"]
    assert (huidig["gemeenteA"], huidig["gemeenteB"]) == ("GM0114", "GM0109")
    assert huidig["verdelingsversie"] is None and "verdelingsversie_id" not in huidig
    assert "volgorde" not in huidig


def test_schema_beschrijft_het_conflict_met_de_bron_van_de_get():
    schema = APIClient().get("/api/v1/openapi.json").json()
    schemas = schema["components"]["schemas"]
    for pad, methode, bron in [
        ("/aanbod/{id}", "patch", "Aanbod"),
        ("/locaties/{id}", "patch", "Locatie"),
        ("/locaties/{id}", "put", "Locatie"),
        ("/locaties/{id}/fasen", "post", "LocatieFasen"),
        ("/uitruilen/{id}/bevestiging", "post", "Uitruil"),
    ]:
        inhoud = schema["paths"][pad][methode]["responses"]["409"]["content"]
        ref = inhoud["application/problem+json"]["schema"]["$ref"]
        conflict = schemas[ref.rsplit("/", 1)[1]]
        huidig = conflict["properties"]["huidig"]["allOf"][0]["$ref"]
        assert huidig == f"#/components/schemas/{bron}", (pad, methode)
        assert {"huidig", "gewijzigdDoor", "gewijzigdOp"} <= set(conflict["required"])
        assert conflict["properties"]["gewijzigdOp"]["format"] == "date-time"


@pytest.mark.parametrize(
    ("pad", "naam"),
    [("/api/v1/aanbod/999999", "aanbod"), ("/api/v1/locaties/999999", "opvanglocatie")],
)
def test_onbekend_gegeven_geeft_een_nederlandse_404(rollen, pad, naam):
    r = _client(rollen["provincie"]).get(pad)
    assert r.status_code == 404 and r["Content-Type"] == "application/problem+json"
    assert r.json()["detail"] == f"Niet gevonden: er is geen {naam} met dit kenmerk."
    assert "matches the given query" not in r.content.decode()
