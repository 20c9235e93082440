"""The API's headers: no cache keeps an answer (the OpenAPI document may be kept), no page
may frame it, HSTS behind HTTPS, and CORS: the OpenAPI document for every origin, the rest
only for the origins of REGIETAFEL_API_CORS_ORIGINS (none by default)."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db
ELDERS = "https://elders.example"
PADEN = ["/api/v1/cycli", "/api/v1/locaties", "/api/v1/bestaat-niet", "/api"]


@pytest.mark.parametrize("pad", PADEN)
def test_api_antwoorden_worden_niet_bewaard_en_niet_ingelijst(client, pad):
    r = client.get(pad)
    assert r["Cache-Control"] == "no-store"
    assert "frame-ancestors 'none'" in r["Content-Security-Policy"]
    assert r["X-Frame-Options"] == "DENY"


def test_openapi_document_mag_bewaard_worden(client):
    assert client.get("/api/v1/openapi.json")["Cache-Control"] == "public, max-age=3600"


@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_PROXY_SSL_HEADER=("HTTP_X_PROTO", "https"))
@pytest.mark.parametrize("pad", ["/api/v1/cycli", "/api/v1/bestaat-niet"])
def test_hsts_achter_https(client, pad):
    assert client.get(pad, HTTP_X_PROTO="https")["Strict-Transport-Security"] == "max-age=31536000"
    assert "Strict-Transport-Security" not in client.get(pad)


def test_openapi_document_voor_elke_herkomst(client):
    r = client.get("/api/v1/openapi.json", HTTP_ORIGIN=ELDERS)
    assert r["Access-Control-Allow-Origin"] == ELDERS
    voorcontrole = client.options(
        "/api/v1/openapi.json", HTTP_ORIGIN=ELDERS, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert voorcontrole["Access-Control-Allow-Origin"] == ELDERS


def test_api_zonder_ingestelde_herkomsten_geen_cors(client):
    r = client.get("/api/v1/cycli", HTTP_ORIGIN=ELDERS)
    assert r.status_code == 200 and "Access-Control-Allow-Origin" not in r


@override_settings(CORS_ALLOWED_ORIGINS=["https://dashboard.example"])
def test_api_voor_de_ingestelde_herkomst(client):
    r = client.get("/api/v1/cycli", HTTP_ORIGIN="https://dashboard.example")
    assert r["Access-Control-Allow-Origin"] == "https://dashboard.example"
    assert "API-Version" in r["Access-Control-Expose-Headers"]
    voorcontrole = client.options(
        "/api/v1/aanbod/1",
        HTTP_ORIGIN="https://dashboard.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="PATCH",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )
    assert voorcontrole.status_code == 200
    assert "authorization" in voorcontrole["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Credentials" not in voorcontrole
    assert "Access-Control-Allow-Origin" not in client.get("/api/v1/cycli", HTTP_ORIGIN=ELDERS)
    # the web pages never
    assert "Access-Control-Allow-Origin" not in client.get(
        "/", HTTP_ORIGIN="https://dashboard.example"
    )
