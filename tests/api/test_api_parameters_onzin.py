"""Garbage in every query parameter of the API's figure resources (issue 19): never a server
error (PostgreSQL refuses a NUL byte in a query), and the refusal says which parameter
in Dutch (400) or that nothing was found (404), as problem+json."""

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db
ONZIN = ["bestaat-niet", "2025\x00", "\x00", "-1", "9" * 30]
# path -> its query parameters
PARAMETERS = {
    "/api/v1/puzzels/drenthe": ["cyclus"],
    "/api/v1/bijlagen1/drenthe": ["cyclus"],
    "/api/v1/capaciteit/drenthe": ["cyclus", "peildatum", "horizon"],
    "/api/v1/oekraine/drenthe": ["cyclus", "afronding", "einde"],
    "/api/v1/statushouders/drenthe": ["periode"],
    "/api/v1/routekaarten/drenthe": ["cyclus"],
    "/api/v1/consultaties/drenthe": ["cyclus", "gewijzigdSinds"],
    "/api/v1/verdelingsversies": ["provincie", "cyclus", "gewijzigdSinds", "page", "pageSize"],
    "/api/v1/overleggen": ["provincie", "gewijzigdSinds", "page"],
    "/api/v1/scenarios": ["provincie", "cyclus", "page"],
    "/api/v1/bonussen/drenthe": ["cyclus"],
}
GEVALLEN = [(pad, naam) for pad, namen in PARAMETERS.items() for naam in namen]


@pytest.mark.parametrize("rol", ["anoniem", "provincie"])
@pytest.mark.parametrize(("pad", "naam"), GEVALLEN, ids=[f"{p}?{n}" for p, n in GEVALLEN])
def test_onzin_in_een_parameter_geeft_geen_serverfout(rollen, rol, pad, naam):
    client = APIClient()
    if rollen[rol] is not None:
        client.force_authenticate(rollen[rol])
    for waarde in ONZIN:
        r = client.get(pad, {naam: waarde})
        assert r.status_code < 500, (pad, naam, waarde)
        if rol == "provincie" and r.status_code != 200:
            assert r.status_code in (400, 404), (pad, naam, waarde)
            body = r.json()
            assert r["Content-Type"] == "application/problem+json"
            if r.status_code == 400:
                assert naam in [p["name"] for p in body["invalidParams"]], body


@pytest.mark.parametrize(
    ("pad", "naam", "waarde"),
    [("/api/v1/capaciteit/drenthe", "horizon", "0"),
     ("/api/v1/capaciteit/drenthe", "peildatum", "1-1-2026"),
     ("/api/v1/oekraine/drenthe", "afronding", "naar_boven"),
     ("/api/v1/statushouders/drenthe", "periode", "2025-3"),
     ("/api/v1/puzzels/drenthe", "cyclus", "2025")],
)  # fmt: skip
def test_een_ongeldige_waarde_is_400_met_de_parameter(rollen, pad, naam, waarde):
    client = APIClient()
    client.force_authenticate(rollen["provincie"])
    r = client.get(pad, {naam: waarde})
    assert r.status_code == 400
    assert r.json()["invalidParams"][0]["name"] == naam
