"""The OpenAPI document describes what the server checks, and is the same on SQLite and
PostgreSQL: every integer's format and bounds equal a committed expectation (the test
runs on both databases), the filters carry their pattern, and a PATCH body names the
fields the server requires."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rest_framework.test import APIClient

from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from tests.factories import api_sleutel

ROOT = Path(__file__).resolve().parents[2]
VERWACHT = Path(__file__).with_name("openapi_gehele_getallen.json")
GRENZEN = ("format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")


def _schema():
    return APIClient().get("/api/v1/openapi.json").json()


def gehele_getallen(knoop, pad=""):
    """Every integer schema of the document by its JSON pointer, with format and bounds."""
    uit = {}
    if isinstance(knoop, dict):
        if knoop.get("type") == "integer":
            uit[pad] = {k: knoop[k] for k in GRENZEN if k in knoop}
        for sleutel, sub in knoop.items():
            uit.update(gehele_getallen(sub, f"{pad}/{sleutel.replace('/', '~1')}"))
    elif isinstance(knoop, list):
        for i, sub in enumerate(knoop):
            uit.update(gehele_getallen(sub, f"{pad}/{i}"))
    return uit


@pytest.mark.django_db
def test_gehele_getallen_zijn_op_elke_database_gelijk():
    """When an integer is added on purpose, write gehele_getallen(schema) of the new
    document to openapi_gehele_getallen.json (json.dumps, indent=1, sort_keys=True)."""
    gevonden = gehele_getallen(_schema())
    verwacht = json.loads(VERWACHT.read_text(encoding="utf-8"))
    assert gevonden == verwacht
    # no integer takes SQLite's 64-bit bounds
    assert all(g.get("maximum", 0) <= 2_147_483_647 for g in gevonden.values())
    assert all(g.get("format") != "int64" for g in gevonden.values())


@pytest.mark.django_db
def test_filters_noemen_het_patroon_dat_de_server_controleert():
    schema = _schema()
    for pad in ("/aanbod", "/opgaven", "/locaties", "/gemeenten", "/uitruilen", "/bronnen"):
        for p in schema["paths"][pad]["get"]["parameters"]:
            if p["name"] in ("provincie", "cyclus", "gemeente"):
                assert p["schema"]["pattern"] == "^[A-Za-z0-9_-]{1,50}$", (pad, p["name"])
    [ouder] = [
        p for p in schema["paths"]["/bronnen"]["get"]["parameters"] if p["name"] == "ouderDan"
    ]
    assert (ouder["schema"]["minimum"], ouder["schema"]["maximum"]) == (1, 36500)


@pytest.mark.django_db
def test_patch_body_noemt_wat_de_server_verplicht_stelt(rollen):
    """Each field the schema requires in a PATCH body is refused (400 naming it) when it is
    left out, so the schema and the server agree."""
    schema = _schema()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_sleutel(rollen['provincie'])}")
    a = Aanbod.objects.filter(gemeente__cbs_code="GM0114").first()
    loc = Locatie.objects.filter(gemeente__cbs_code="GM0114").first()
    gevallen = [
        (f"/api/v1/aanbod/{a.pk}", "/aanbod/{id}", {"plaatsen": 3, "versie": 1}),
        (f"/api/v1/locaties/{loc.pk}", "/locaties/{id}", {"plaatsen": 3, "versie": 1}),
    ]
    for url, pad, body in gevallen:
        ref = schema["paths"][pad]["patch"]["requestBody"]["content"]["application/json"]
        component = schema["components"]["schemas"][ref["schema"]["$ref"].rsplit("/", 1)[1]]
        assert component["required"], pad
        for veld in component["required"]:
            zonder = {k: v for k, v in body.items() if k != veld}
            r = client.patch(url, zonder, format="json")
            assert r.status_code == 400, (pad, veld, r.content)
            assert veld in [p["name"] for p in r.json()["invalidParams"]]


ENGELS = re.compile(r"\b(the|whose|which|of a|is the|an? \w+ of)\b")


def _beschrijvingen(knoop, pad=""):
    if isinstance(knoop, dict):
        for sleutel, sub in knoop.items():
            if sleutel in ("description", "summary") and isinstance(sub, str):
                yield pad, sub
            yield from _beschrijvingen(sub, f"{pad}/{sleutel}")
    elif isinstance(knoop, list):
        for i, sub in enumerate(knoop):
            yield from _beschrijvingen(sub, f"{pad}/{i}")


@pytest.mark.django_db
def test_alles_is_in_het_nederlands_beschreven():
    """Every operation, parameter, schema and property has a description, and none is
    English (the serializers' docstrings) or DRF's placeholder. A property without
    help_text gets its words from api.beschrijvingen (VELDEN, PER_SCHEMA)."""
    schema = _schema()
    zonder = []
    for pad, operaties in schema["paths"].items():
        for methode, op in operaties.items():
            if not (op.get("summary") and op.get("description")):
                zonder.append((pad, methode))
            zonder += [(pad, methode, p["name"]) for p in op.get("parameters", [])
                       if not p.get("description")]  # fmt: skip
    for naam, component in schema["components"]["schemas"].items():
        if not component.get("description"):
            zonder.append((naam,))
        zonder += [(naam, veld) for veld, e in component.get("properties", {}).items()
                   if not e.get("description")]  # fmt: skip
    assert zonder == []
    engels = [(p, t) for p, t in _beschrijvingen(schema) if ENGELS.search(t)]
    assert engels == []
    assert "example.org/accounts" not in json.dumps(schema)


def _component(schema, ref):
    return schema["components"]["schemas"][ref.rsplit("/", 1)[1]]


def _past(schema, component, waarde, waar):
    """What does not fit: fields the component does not have, required ones missing."""
    velden = set(component.get("properties", {}))
    fouten = [(waar, "onbekend", v) for v in sorted(set(waarde) - velden)]
    fouten += [
        (waar, "ontbreekt", v) for v in sorted(set(component.get("required", [])) - set(waarde))
    ]
    if "results" in waarde and waarde["results"]:
        items = component["properties"]["results"]["items"]["$ref"]
        fouten += _past(schema, _component(schema, items), waarde["results"][0], waar)
    return fouten


@pytest.mark.django_db
def test_elke_operatie_heeft_een_voorbeeld_dat_bij_haar_schema_past():
    """Each example names only fields of its schema and every required one (the examples
    are in openapi_voorbeelden.json, or an OpenApiExample of the view)."""
    schema = _schema()
    fouten = []
    for pad, operaties in schema["paths"].items():
        for methode, op in operaties.items():
            inhoud = []
            if "requestBody" in op:
                inhoud.append(op["requestBody"]["content"]["application/json"])
            goed = [r for c, r in op["responses"].items() if c.startswith("2")]
            json_ = [r.get("content", {}).get("application/json", {}) for r in goed]
            # a file (a report's download) has no JSON example
            inhoud += [m for m in json_ if "$ref" in m.get("schema", {})]
            # (an operation that answers with a file only, a report's download, has none)
            for media in inhoud:
                if not media.get("examples"):
                    fouten.append((pad, methode, "geen voorbeeld"))
                    continue
                waarde = next(iter(media["examples"].values()))["value"]
                component = _component(schema, media["schema"]["$ref"])
                fouten += _past(schema, component, waarde, (pad, methode))
    assert fouten == []


def _document_op(database_url, tmp_path):
    """The OpenAPI document as `manage.py spectacular` writes it for a database: it needs
    the backend (its integer ranges), not a connection."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    if database_url:
        env["DATABASE_URL"] = database_url
    uit = tmp_path / f"openapi-{bool(database_url)}.json"
    subprocess.run(
        [sys.executable, "manage.py", "spectacular", "--format", "openapi-json", "--file", uit],
        env={**env, "PYTHONPATH": str(ROOT / "src"), "REGIETAFEL_DATA_DIR": str(tmp_path)},
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=180,
    )
    return json.loads(uit.read_text(encoding="utf-8"))


def test_het_document_is_op_sqlite_en_postgresql_gelijk(tmp_path):
    sqlite = _document_op(None, tmp_path)
    postgresql = _document_op("postgres://postgres@127.0.0.1:1/bestaat-niet", tmp_path)
    assert sqlite == postgresql
    assert len(sqlite["paths"]) >= 20
