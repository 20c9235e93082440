"""/api/v1/toezichtladders/{provincie}: per municipality the step, read per role."""

import pytest

from regietafel.domain.statushouders import Periode
from regietafel.statushouders.services import bewaar_huisvesting
from tests.factories import api_client

pytestmark = pytest.mark.django_db
PROBLEEM = "application/problem+json"
EMMEN = "GM0114"


def test_gemeente_leest_stap_en_historie_in_camelcase(rollen):
    for periode in (Periode(2025, 2), Periode(2026, 1)):
        bewaar_huisvesting("drenthe", periode, EMMEN, 40, 30)
    r = api_client(rollen["gemeente_a"]).get("/api/v1/toezichtladders/drenthe?halfjaar=2026-1")
    assert r.status_code == 200
    d = r.json()
    assert d["halfjaar"] == "2026-1"
    assert [s["drempel"] for s in d["ladder"]["stappen"]] == [1, 2, 3, 4]
    emmen = next(g for g in d["gemeenten"] if g["cbsCode"] == EMMEN)
    assert emmen["halfjarenOnderOpRij"] == 2
    assert emmen["stap"]["naam"] == "Bestuurlijk overleg"
    assert emmen["volgendeStap"]["drempel"] == 3
    assert emmen["historie"][-1] == {
        "halfjaar": "2026-1", "taakstelling": 40, "teRealiseren": 50, "realisatie": 30,
        "percentage": 60, "oordeel": "onder", "onderOpRij": 2,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("rol", "pad", "status"),
    [
        ("anoniem", "/api/v1/toezichtladders/drenthe", 401),
        ("gemeente_a", "/api/v1/toezichtladders/groningen", 403),
        ("provincie", "/api/v1/toezichtladders/groningen", 403),
        ("ministerie", "/api/v1/toezichtladders/atlantis", 404),
        ("provincie", "/api/v1/toezichtladders/drenthe?halfjaar=2025-3", 400),
        ("provincie", "/api/v1/toezichtladders/drenthe?halfjaar=H2", 400),
    ],
)
def test_fouten_zijn_problem_json(rollen, rol, pad, status):
    r = api_client(rollen[rol]).get(pad)
    assert r.status_code == status
    assert r["Content-Type"] == PROBLEEM
