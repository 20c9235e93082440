"""`gewijzigdSinds` on every list of inputs (issue 19): only what changed or was added at or
after the moment, from the audit trail; a value that is no ISO 8601 moment is a 400 that
names the parameter; documented on every such list."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from regietafel.opgaven.models import Aanbod
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import wijzig_aanbod

pytestmark = pytest.mark.django_db
LIJSTEN = [
    "/api/v1/opgaven",
    "/api/v1/aanbod",
    "/api/v1/locaties",
    "/api/v1/uitruilen",
    "/api/v1/verdelingsversies",
    "/api/v1/overleggen",
]


def _client(gebruiker):
    c = APIClient()
    c.force_authenticate(gebruiker)
    return c


def _moment(delta):
    return (timezone.now() + delta).isoformat().replace("+", "%2B")


def test_alleen_het_sindsdien_gewijzigde_aanbod(rollen):
    c = _client(rollen["provincie"])
    moment = _moment(timedelta(0))
    rij = Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026)
    wijzig_aanbod(toegang(rollen["provincie"]), rollen["provincie"], rij, 61, rij.versie, "test")
    data = c.get(f"/api/v1/aanbod?gewijzigdSinds={moment}").json()
    assert [r["id"] for r in data["results"]] == [rij.pk]
    alles = c.get("/api/v1/aanbod?gewijzigdSinds=2000-01-01").json()["count"]
    assert alles == c.get("/api/v1/aanbod").json()["count"] > 1


@pytest.mark.parametrize("pad", LIJSTEN)
def test_na_nu_is_er_niets_gewijzigd(rollen, pad):
    c = _client(rollen["ministerie"])
    assert c.get(f"{pad}?gewijzigdSinds={_moment(timedelta(days=1))}").json()["count"] == 0


ONZIN = ["gisteren", "2026-13-01", "2026-03-01T25:00", "", "\x00", "0001-01-01T00:00:00+05:00",
         "9999-12-31T23:59:59-05:00"]  # fmt: skip


@pytest.mark.parametrize("waarde", ONZIN)
@pytest.mark.parametrize("pad", LIJSTEN)
def test_een_onzinmoment_is_400_met_de_naam(rollen, pad, waarde):
    r = _client(rollen["ministerie"]).get(pad, {"gewijzigdSinds": waarde})
    assert r.status_code == 400
    assert r.json()["invalidParams"][0]["name"] == "gewijzigdSinds"


def test_elke_lijst_met_historie_documenteert_gewijzigd_sinds(client, drenthe):
    schema = client.get("/api/v1/openapi.json").json()
    for pad in LIJSTEN:
        namen = [
            p["name"] for p in schema["paths"][pad.removeprefix("/api/v1")]["get"]["parameters"]
        ]
        assert "gewijzigdSinds" in namen, pad
    consultatie = schema["paths"]["/consultaties/{code}"]["get"]["parameters"]
    assert "gewijzigdSinds" in [p["name"] for p in consultatie]
