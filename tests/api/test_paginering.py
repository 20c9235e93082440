"""`page` and `pageSize`: a value that is not a whole number in range is a 400 naming the
parameter and the range; the schema documents the same bounds."""

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "naam", "bereik"),
    [
        ("page=abc", "page", "1 tot en met 1000000"),
        ("page=0", "page", "1 tot en met 1000000"),
        ("page=-1", "page", "1 tot en met 1000000"),
        ("page=last", "page", "1 tot en met 1000000"),
        ("pageSize=abc", "pageSize", "1 tot en met 500"),
        ("pageSize=0", "pageSize", "1 tot en met 500"),
        ("pageSize=-1", "pageSize", "1 tot en met 500"),
        ("pageSize=100000", "pageSize", "1 tot en met 500"),
        ("pageSize=%D9%A3", "pageSize", "1 tot en met 500"),
    ],
)
def test_ongeldige_paginaparameter_geeft_400_met_naam_en_bereik(drenthe, query, naam, bereik):
    r = APIClient().get(f"/api/v1/gemeenten?{query}")
    assert r.status_code == 400, r.content
    assert r["Content-Type"] == "application/problem+json"
    [fout] = r.json()["invalidParams"]
    assert fout["name"] == naam and bereik in fout["reason"]


def test_geldige_paginering_en_pagina_voorbij_het_eind(drenthe):
    c = APIClient()
    body = c.get("/api/v1/gemeenten?pageSize=500&page=1").json()
    assert body["count"] == 12 and len(body["results"]) == 12
    assert len(c.get("/api/v1/gemeenten?pageSize=1&page=12").json()["results"]) == 1
    assert c.get("/api/v1/gemeenten?pageSize=1&page=13").status_code == 404


def test_schema_noemt_de_grenzen_van_de_paginering():
    schema = APIClient().get("/api/v1/openapi.json").json()
    parameters = {
        p["name"]: p["schema"] for p in schema["paths"]["/gemeenten"]["get"]["parameters"]
    }
    assert parameters["page"] == {"type": "integer", "minimum": 1, "maximum": 1_000_000}
    assert parameters["pageSize"] == {"type": "integer", "minimum": 1, "maximum": 500}
