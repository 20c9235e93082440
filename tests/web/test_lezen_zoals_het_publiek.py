"""Users who read what the public reads, and no more (issue 22): a logged-in user without a
role, and staff of another province. Their statuses per URL are in the access matrix; here
is what they see on the pages and through the API they may read."""

import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from regietafel.opgaven.models import Aanbod
from regietafel.provincies.models import Gemeente
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import wijzig_aanbod
from tests.factories import api_sleutel, provinciegebruiker, synthetische_provincie
from tests.uitruil.hulp import emmen_coevorden

C1 = {"provincie": "drenthe", "cyclus": "2025-2026"}


def _api(gebruiker):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_sleutel(gebruiker)}")
    return client


@pytest.fixture
def zonder_rol(drenthe):
    return get_user_model().objects.create_user("zonder-rol")


@pytest.fixture
def flevoland(drenthe):
    """Staff of a second province that has its own (synthetic, unpublished) data here."""
    code, _ = synthetische_provincie("Flevoland")
    return code, provinciegebruiker(code)


def test_zonder_rol_leest_via_de_api_geen_uitruilen_locaties_of_herramingen(rollen, zonder_rol):
    emmen_coevorden()
    api, publiek = _api(zonder_rol), APIClient()
    for pad in ("/api/v1/uitruilen", "/api/v1/locaties", "/api/v1/herramingen"):
        assert publiek.get(pad).status_code == 401
        r = api.get(pad)
        assert r.status_code == 403, pad
        assert "geen rol" in r.json()["detail"]
    # What the public reads, it reads too: the published offers, the same number.
    assert (
        api.get("/api/v1/aanbod").json()["count"] == publiek.get("/api/v1/aanbod").json()["count"]
    )


def test_zonder_rol_ziet_op_de_puzzel_wat_het_publiek_ziet(client, rollen, zonder_rol):
    emmen = rollen["gemeente_b"]
    a = Aanbod.objects.select_related("gemeente__provincie").get(
        gemeente__cbs_code="GM0114", categorie="amv", jaar=2026
    )
    wijzig_aanbod(toegang(emmen), emmen, a, 60, a.versie)
    emmen_coevorden()
    publiek = client.get("/", C1).content.decode()
    client.force_login(zonder_rol)
    html = client.get("/", C1).content.decode()
    for intern in ("/gemeenten/GM0114/", 'name="fasen"', emmen.username, "Uitruil"):
        assert intern not in publiek
        assert intern not in html, intern
    # The menu offers the public pages only.
    assert 'href="/locaties/' not in html and "Uitloggen" in html
    client.force_login(rollen["gemeente_a"])
    eigen = client.get("/", C1).content.decode()
    assert "/gemeenten/GM0114/" in eigen and 'href="/locaties/' in eigen


def test_zonder_rol_ziet_geen_personen_bij_de_bronnen(client, rollen, zonder_rol):
    emmen = rollen["gemeente_b"]
    a = Aanbod.objects.select_related("gemeente__provincie").get(
        gemeente__cbs_code="GM0114", categorie="amv", jaar=2026
    )
    wijzig_aanbod(toegang(emmen), emmen, a, 60, a.versie)
    client.force_login(zonder_rol)
    assert emmen.username not in client.get("/bronnen/", C1).content.decode()
    cijfers = _api(zonder_rol).get("/api/v1/bronnen", {**C1, "pageSize": 200}).json()
    assert all(c["bron"]["persoon"] is None for c in cijfers["results"])
    client.force_login(rollen["provincie"])
    assert emmen.username in client.get("/bronnen/", C1).content.decode()


def test_zonder_rol_komt_na_het_inloggen_op_de_openbare_puzzel_met_uitleg(client, zonder_rol):
    client.force_login(zonder_rol)
    r = client.get("/dashboard/", follow=True)
    assert r.redirect_chain == [("/", 302)]
    assert "geen rol" in r.content.decode()
    assert client.get("/dashboard/", C1).status_code == 403


def test_een_andere_provincie_leest_de_gepubliceerde_provincie_als_het_publiek(
    client, rollen, flevoland
):
    code, medewerker = flevoland
    client.force_login(medewerker)
    for pad in ("/", "/bonus/", "/bijlage1/", "/bronnen/"):
        r = client.get(pad, C1)
        assert r.status_code == 200, pad
        assert "/gemeenten/GM0114/" not in r.content.decode()
    assert "nog te realiseren" not in client.get("/bijlage1/", C1).content.decode()
    # Not what Drenthe keeps for its own users.
    for pad in (
        "/gemeenten/GM0114/",
        "/locaties/?provincie=drenthe",
        "/dashboard/?provincie=drenthe",
    ):
        assert client.get(pad).status_code == 403, pad
    # The landing page is its own province's dashboard.
    r = client.get("/dashboard/")
    assert r.status_code == 200 and "Flevoland" in r.content.decode()


def test_een_andere_provincie_leest_via_de_api_gepubliceerd_en_eigen(rollen, flevoland):
    code, medewerker = flevoland
    api = _api(medewerker)
    provincies = {p["code"] for p in api.get("/api/v1/provincies").json()["results"]}
    assert provincies == {"drenthe", code}
    assert api.get("/api/v1/bonussen/drenthe", {"cyclus": "2025-2026"}).status_code == 200
    assert api.get("/api/v1/bonussen/drenthe", {"cyclus": "2027-2028"}).status_code == 404
    aanbod = api.get("/api/v1/aanbod", {"provincie": "drenthe", "cyclus": "2025-2026"}).json()
    publiek = APIClient().get("/api/v1/aanbod", {"provincie": "drenthe"}).json()
    assert aanbod["count"] == publiek["count"] > 0
    locaties = api.get("/api/v1/locaties", {"pageSize": 200}).json()["results"]
    eigen = set(Gemeente.objects.filter(provincie__code=code).values_list("cbs_code", flat=True))
    assert locaties and {loc["gemeente"] for loc in locaties} <= eigen
    assert api.get("/api/v1/realisaties/drenthe").status_code == 403
