"""/api/v1/herramingen: the versions of the capaciteitsbesluit, read per role."""

import pytest

from regietafel.cycli.models import ProvincieCyclus
from regietafel.herramingen.services import pas_herraming_toe
from tests.factories import api_client
from tests.herramingen.test_herramingen import DATUM, voorbeeld_bytes

pytestmark = pytest.mark.django_db
PROBLEEM = "application/problem+json"


@pytest.fixture
def herzien(rollen):
    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026")
    pas_herraming_toe(
        pc, voorbeeld_bytes(), "herraming.csv", datum_besluit=DATUM, omschrijving="Brief",
        gebruiker=rollen["provincie"],
    )  # fmt: skip


def test_een_gemeente_leest_de_versies_van_haar_provincie(rollen, herzien):
    r = api_client(rollen["gemeente_a"]).get(
        "/api/v1/herramingen?provincie=drenthe&cyclus=2025-2026"
    )
    assert r.status_code == 200
    versies = r.json()["results"]
    assert [v["nummer"] for v in versies] == [1, 2]
    twee = versies[1]
    assert (twee["datumBesluit"], twee["landelijkeBehoefte"], twee["omschrijving"]) == (
        "2025-03-03",
        96000,
        "Brief",
    )
    emmen = next(a for a in twee["aantallen"] if a["cbsCode"] == "GM0114")
    assert (emmen["regulier"], emmen["amv"]) == (480, 52)
    assert twee["importId"] is not None and len(twee["sha256"]) == 64
    assert twee["geimporteerdDoor"] == rollen["provincie"].username


def test_het_publiek_leest_geen_herramingen(rollen):
    r = api_client().get("/api/v1/herramingen")
    assert r.status_code == 401
    assert r["Content-Type"] == PROBLEEM


def test_een_andere_provincie_ziet_drenthe_niet(rollen):
    from regietafel.provincies.models import Provincie
    from tests.factories import provinciegebruiker

    Provincie.objects.create(code="groningen", naam="Groningen")
    r = api_client(provinciegebruiker("groningen")).get("/api/v1/herramingen")
    assert (r.status_code, r.json()["count"]) == (200, 0)
    assert api_client(rollen["ministerie"]).get("/api/v1/herramingen").json()["count"] >= 1


def test_een_vreemd_filter_geeft_400(rollen):
    r = api_client(rollen["ministerie"]).get("/api/v1/herramingen?provincie=drenthe'--")
    assert r.status_code == 400
    assert r["Content-Type"] == PROBLEEM
