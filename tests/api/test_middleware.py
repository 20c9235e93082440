"""The errors Django itself answers under /api/ are problem+json with API-Version: a body
over the upload limit, a Host header that is not allowed, and /api without its slash."""

import pytest
from rest_framework.test import APIClient

from regietafel.opgaven.models import Aanbod
from tests.factories import api_sleutel

pytestmark = pytest.mark.django_db
PROBLEEM = "application/problem+json"


def _probleem(r, status):
    assert r.status_code == status, r.content[:300]
    assert r["Content-Type"] == PROBLEEM and r["API-Version"] == "1.0.0"
    body = r.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body


def test_verzoek_boven_25_mb_geeft_413_met_nederlandse_reden(rollen):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_sleutel(rollen['provincie'])}")
    a = Aanbod.objects.first()
    groot = b'{"plaatsen": 1, "versie": 1, "reden": "' + b"x" * 2_700_000 + b'"}'
    r = client.patch(f"/api/v1/aanbod/{a.pk}", groot, content_type="application/json")
    body = _probleem(r, 413)
    assert body["detail"] == "Het verzoek is te groot: de API neemt ten hoogste 2,5 MB aan."
    assert Aanbod.objects.get(pk=a.pk).versie == 1


def test_onbekende_host_geeft_400_als_problem_json(client):
    body = _probleem(client.get("/api/v1/provincies", HTTP_HOST="kwaad.example"), 400)
    assert "Host-header" in body["detail"]
    # outside the API Django's own page stays
    r = client.get("/", HTTP_HOST="kwaad.example")
    assert r.status_code == 400 and not r["Content-Type"].startswith(PROBLEEM)


def test_api_zonder_slash_geeft_404_als_problem_json(client):
    for pad in ("/api", "/api/"):
        _probleem(client.get(pad), 404)
    assert "API-Version" not in client.get("/apixyz")


def test_lange_url_geeft_404_als_problem_json(client):
    """Up to gunicorn's longest request line (8190) a long URL reaches the app."""
    _probleem(client.get("/api/v1/gemeenten/" + "a" * 8000), 404)
