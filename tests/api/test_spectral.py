"""Each of Regietafel's own Spectral rules (api/spectral.yaml) fires on a small document
that breaks it, and none fires on the same document kept whole: a rule that matches
nothing cannot fail, so it would check nothing."""

import copy
import json
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
RULESET = ROOT / "api" / "spectral.yaml"
PROBLEEM = {"$ref": "#/components/schemas/Probleem"}


def _object(**eigenschappen):
    return {"type": "object", "properties": eigenschappen}


def _tekst(formaat=None):
    return {"type": "string"} | ({"format": formaat} if formaat else {})


def _fout(beschrijving):
    return {
        "description": beschrijving,
        "content": {"application/problem+json": {"schema": PROBLEEM}},
    }


def _ok(schema):
    return {
        "description": "Gelukt",
        "headers": {"API-Version": {"description": "versie", "schema": {"type": "string"}}},
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
PAGINA = {"name": "pageSize", "in": "query", "required": False, "schema": {"type": "integer"}}
GOED = {
    "openapi": "3.0.3",
    "info": {
        "title": "Proef",
        "description": "Een document dat aan alle regels voldoet.",
        "version": "1.0.0",
        "contact": {"name": "Proef", "email": "proef@example.org", "url": "https://example.org"},
    },
    "servers": [{"url": "/api/v1"}],
    "tags": [{"name": "dingen", "description": "Dingen"}],
    "paths": {
        "/dingen/{id}": {
            "get": {
                "operationId": "dingLezen",
                "summary": "Eén ding",
                "description": "Eén ding.",
                "tags": ["dingen"],
                "parameters": [ID, PAGINA],
                "responses": {"200": _ok("Ding"), "400": _fout("Ongeldig"), "404": _fout("Weg")},
            },
            "patch": {
                "operationId": "dingWijzigen",
                "summary": "Ding wijzigen",
                "description": "Een ding wijzigen.",
                "tags": ["dingen"],
                "parameters": [ID],
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Ding"}}
                    }
                },
                "responses": {"200": _ok("Ding"), "400": _fout("Ongeldig")},
            },
        }
    },
    "components": {
        "schemas": {
            "Ding": _object(datum=_tekst("date"), gewijzigdOp=_tekst("date-time")),
            "Probleem": _object(status={"type": "integer"}, title=_tekst(), detail=_tekst()),
        }
    },
}


def _pad(doc):
    return doc["paths"]["/dingen/{id}"]


def _hernoem_pad(doc, nieuw):
    doc["paths"] = {nieuw: doc["paths"].pop("/dingen/{id}")}


def _hernoem_schema(doc):
    tekst = json.dumps(doc).replace("#/components/schemas/Ding", "#/components/schemas/ding")
    doc.clear()
    doc.update(json.loads(tekst))
    doc["components"]["schemas"]["ding"] = doc["components"]["schemas"].pop("Ding")


BREUKEN = {
    "nlgov-openapi3": lambda d: d.update(openapi="4.0.0"),
    "nlgov-info-contact": lambda d: d["info"]["contact"].pop("email"),
    "nlgov-semver": lambda d: d["info"].update(version="1.0"),
    "nlgov-server-major-version": lambda d: d["servers"][0].update(url="/api"),
    "nlgov-api-version-header": lambda d: _pad(d)["get"]["responses"]["200"].pop("headers"),
    "nlgov-no-trailing-slash": lambda d: _hernoem_pad(d, "/dingen/{id}/"),
    "nlgov-paths-kebab-case": lambda d: _hernoem_pad(d, "/losse_dingen/{id}"),
    "nlgov-query-parameters-camel-case": lambda d: _pad(d)["get"]["parameters"].__setitem__(
        1, {**PAGINA, "name": "page_size"}
    ),
    "nlgov-schema-names-pascal-case": _hernoem_schema,
    "nlgov-problem-json": lambda d: _pad(d)["get"]["responses"]["404"].update(
        content={"text/html": {"schema": {"type": "string"}}}
    ),
    "nlgov-problem-fields": lambda d: d["components"]["schemas"]["Probleem"]["properties"].pop(
        "detail"
    ),
    "nlgov-400-on-write": lambda d: _pad(d)["patch"]["responses"].pop("400"),
    "nlgov-400-on-parameters": lambda d: _pad(d)["get"]["responses"].pop("400"),
    "nlgov-date-format": lambda d: d["components"]["schemas"]["Ding"]["properties"]["datum"].update(
        format="date-time"
    ),
    "nlgov-datetime-format": lambda d: d["components"]["schemas"]["Ding"]["properties"][
        "gewijzigdOp"
    ].update(format="date"),
}


def _eigen_regels():
    return set(yaml.safe_load(RULESET.read_text(encoding="utf-8"))["rules"])


@pytest.fixture(scope="module")
def meldingen(tmp_path_factory):
    """Spectral's findings per document, of one run over the whole document and every
    broken one (each `npx` start costs seconds)."""
    map_ = tmp_path_factory.mktemp("spectral")
    bestanden = {}
    for naam, doc in [("goed", GOED)] + [(regel, copy.deepcopy(GOED)) for regel in sorted(BREUKEN)]:
        if naam != "goed":
            BREUKEN[naam](doc)
        bestand = map_ / f"{naam}.json"
        bestand.write_text(json.dumps(doc), encoding="utf-8")
        bestanden[str(bestand)] = naam
    uit = subprocess.run(
        [
            "npx",
            "--no-install",
            "spectral",
            "lint",
            "--ruleset",
            str(RULESET),
            "-f",
            "json",
            "--quiet",
        ]
        + list(bestanden),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    resultaten = json.loads(uit.stdout or "[]")
    assert uit.returncode in (0, 1), uit.stderr
    per_document = {naam: set() for naam in bestanden.values()}
    for r in resultaten:
        per_document[bestanden[str(Path(r["source"]).resolve())]].add(r["code"])
    return per_document


def test_elke_eigen_regel_heeft_een_breuk():
    assert set(BREUKEN) == _eigen_regels()


def test_het_hele_document_breekt_geen_eigen_regel(meldingen):
    assert meldingen["goed"] & _eigen_regels() == set()


@pytest.mark.parametrize("regel", sorted(BREUKEN))
def test_eigen_regel_vuurt_op_een_document_dat_haar_breekt(meldingen, regel):
    assert regel in meldingen[regel]
