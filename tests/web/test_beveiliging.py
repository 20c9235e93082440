"""CSRF on every form and no stored XSS (issue 4)."""

import pytest
from django.test import Client

from regietafel.locaties.models import Locatie
from regietafel.provincies.models import Gemeente
from tests.web.test_toegang_matrix import MATRIX

SCRIPT = "<script>alert('xss')</script>"

# Every POST of the web app (the API's session writes are CSRF-checked by DRF; its token
# clients need no CSRF token and are left out).
POSTS = [
    (naam, pad, data)
    for naam, rijen in MATRIX.items()
    for methode, pad, data, _ in rijen
    if methode == "post" and not naam.startswith("api-")
]


@pytest.mark.parametrize(("naam", "pad", "data"), POSTS, ids=[p[0] for p in POSTS])
def test_elk_formulier_weigert_een_post_zonder_csrf_token(rollen, naam, pad, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(rollen["provincie"])
    response = client.post(pad(), data() if data else {})
    assert response.status_code == 403, naam


def test_api_met_sessie_weigert_een_schrijfactie_zonder_csrf_token(rollen):
    client = Client(enforce_csrf_checks=True)
    client.force_login(rollen["provincie"])
    response = client.post("/api/v1/locaties", {}, content_type="application/json")
    assert response.status_code == 403
    assert "CSRF" in response.content.decode()


def test_script_in_een_opmerking_wordt_nooit_uitgevoerd(client, rollen, ongepubliceerd):
    client.force_login(rollen["gemeente_b"])
    emmen = Gemeente.objects.get(cbs_code="GM0114")
    data = {
        "gemeente": str(emmen.pk), "naam": SCRIPT, "plaatsen": "16", "soort": "amv",
        "status": "gepland", "beschikbaar_van": "1-3-2026", "beschikbaar_tot": "1-3-2031",
        "opmerking": SCRIPT,
    }  # fmt: skip
    assert client.post("/gemeenten/GM0114/locaties/nieuw/", data).status_code == 302
    assert Locatie.objects.filter(opmerking=SCRIPT).exists()
    # /bronnen/ shows 50 figures a page: filtered to Emmen, the new location is on the first.
    for pad in ("/locaties/", "/gemeenten/GM0114/", "/bijlage1/", "/bronnen/?gemeente=GM0114"):
        html = client.get(pad).content.decode()
        assert SCRIPT not in html, pad
        assert "&lt;script&gt;" in html, pad
