"""The REST API: rights per role through tokens, writes through services.wijzigingen with
409 on a version conflict, problem+json errors, pagination and the API-Version header."""

import pytest
from rest_framework.test import APIClient

from regietafel.cycli.models import ProvincieCyclus
from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from tests.factories import api_sleutel

pytestmark = pytest.mark.django_db
PROBLEEM = "application/problem+json"


def _client(gebruiker=None):
    client = APIClient()
    if gebruiker is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {api_sleutel(gebruiker)}")
    return client


def _aanbod(cbs, jaar=2026, categorie="amv"):
    return Aanbod.objects.get(gemeente__cbs_code=cbs, categorie=categorie, jaar=jaar)


def test_gemeente_token_kan_aanbod_van_andere_gemeente_niet_wijzigen(rollen):
    assen = _client(rollen["gemeente_a"])
    emmen = _aanbod("GM0114")
    r = assen.patch(f"/api/v1/aanbod/{emmen.pk}", {"plaatsen": 999, "versie": 1}, format="json")
    assert r.status_code == 403
    assert r["Content-Type"] == PROBLEEM
    assert r.json()["detail"] == "U mag het aanbod van deze gemeente niet wijzigen."
    assert _aanbod("GM0114").plaatsen == 50


def test_gemeente_token_kan_geen_locatie_bij_andere_gemeente_maken_of_wijzigen(rollen):
    assen = _client(rollen["gemeente_a"])
    aantal = Locatie.objects.count()
    nieuw = {"gemeente": "GM0114", "plaatsen": 10, "soort": "amv", "status": "gepland"}
    r = assen.post("/api/v1/locaties", nieuw, format="json")
    assert r.status_code == 403 and r["Content-Type"] == PROBLEEM
    assert Locatie.objects.count() == aantal
    loc = Locatie.objects.filter(gemeente__cbs_code="GM0114").first()
    r = assen.patch(f"/api/v1/locaties/{loc.pk}", {"plaatsen": 1, "versie": 1}, format="json")
    assert r.status_code == 403
    # nor move its own location to another municipality
    eigen = Locatie.objects.get(gemeente__cbs_code="GM0106")
    r = assen.patch(
        f"/api/v1/locaties/{eigen.pk}", {"gemeente": "GM0114", "versie": 1}, format="json"
    )
    assert r.status_code == 400
    assert r.json()["invalidParams"][0]["name"] == "gemeente"
    assert Locatie.objects.get(pk=eigen.pk).gemeente.cbs_code == "GM0106"


def test_gemeente_wijzigt_eigen_aanbod_met_historie(rollen):
    emmen = _client(rollen["gemeente_b"])
    a = _aanbod("GM0114")
    r = emmen.patch(
        f"/api/v1/aanbod/{a.pk}", {"plaatsen": 60, "versie": 1, "reden": "raad"}, format="json"
    )
    assert r.status_code == 200, r.content
    assert r.json() == {
        "id": a.pk,
        "gemeente": "GM0114",
        "cyclus": "2025-2026",
        "categorie": "amv",
        "jaar": 2026,
        "plaatsen": 60,
        "versie": 2,
    }
    assert r["API-Version"] == "1.0.0"
    laatste = a.history.first()
    assert (laatste.plaatsen, laatste.history_user, laatste.history_change_reason) == (
        60,
        rollen["gemeente_b"],
        "raad",
    )


def test_versieconflict_geeft_409_als_problem_json(rollen):
    provincie, emmen = _client(rollen["provincie"]), _client(rollen["gemeente_b"])
    a = _aanbod("GM0114")
    assert (
        emmen.patch(
            f"/api/v1/aanbod/{a.pk}", {"plaatsen": 55, "versie": 1}, format="json"
        ).status_code
        == 200
    )
    r = provincie.patch(f"/api/v1/aanbod/{a.pk}", {"plaatsen": 70, "versie": 1}, format="json")
    assert r.status_code == 409
    assert r["Content-Type"] == PROBLEEM
    body = r.json()
    assert (body["status"], body["title"]) == (409, "Conflict")
    assert body["huidig"] == provincie.get(f"/api/v1/aanbod/{a.pk}").json()
    assert (body["huidig"]["plaatsen"], body["gewijzigdDoor"]) == (
        55,
        rollen["gemeente_b"].username,
    )
    assert "intussen gewijzigd door" in body["detail"]
    assert _aanbod("GM0114").plaatsen == 55


def test_locatie_maken_en_wijzigen_met_versie(rollen):
    emmen = _client(rollen["gemeente_b"])
    r = emmen.post(
        "/api/v1/locaties",
        {
            "gemeente": "GM0114",
            "plaatsen": 30,
            "soort": "amv",
            "status": "gepland",
            "beschikbaarVan": "2026-03-01",
        },
        format="json",
    )
    assert r.status_code == 201, r.content
    loc = r.json()
    assert (loc["beschikbaarVan"], loc["versie"], loc["onleesbaar"]) == ("2026-03-01", 1, [])
    r = emmen.patch(
        f"/api/v1/locaties/{loc['id']}",
        {"beschikbaarTot": "2025-01-01", "versie": 1},
        format="json",
    )
    assert r.status_code == 400
    assert r.json()["invalidParams"] == [
        {
            "name": "beschikbaarTot",
            "code": "invalid",
            "reason": "De einddatum ligt vóór de begindatum.",
        }
    ]
    r = emmen.patch(f"/api/v1/locaties/{loc['id']}", {"plaatsen": 35}, format="json")
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "versie"
    r = emmen.patch(f"/api/v1/locaties/{loc['id']}", {"plaatsen": 35, "versie": 1}, format="json")
    assert r.status_code == 200 and r.json()["versie"] == 2


def test_ministerie_en_publiek_schrijven_niet(rollen):
    a = _aanbod("GM0114")
    r = _client(rollen["ministerie"]).patch(
        f"/api/v1/aanbod/{a.pk}", {"plaatsen": 1, "versie": 1}, format="json"
    )
    assert r.status_code == 403
    r = _client().patch(f"/api/v1/aanbod/{a.pk}", {"plaatsen": 1, "versie": 1}, format="json")
    assert r.status_code == 401 and r["Content-Type"] == PROBLEEM
    r = _client(rollen["provincie"]).patch(
        f"/api/v1/aanbod/{a.pk}", "x=1", content_type="application/x-www-form-urlencoded"
    )
    assert r.status_code == 415 and r["Content-Type"] == PROBLEEM


def test_publiek_leest_alleen_gepubliceerde_cijfers(rollen):
    publiek = _client()
    assert publiek.get("/api/v1/aanbod?provincie=drenthe").json()["count"] > 0
    ProvincieCyclus.objects.update(gepubliceerd=False)
    assert publiek.get("/api/v1/aanbod?provincie=drenthe").json()["count"] == 0
    assert publiek.get("/api/v1/provincies").json()["count"] == 0
    assert publiek.get("/api/v1/provincies/drenthe").status_code == 404
    assert _client(rollen["ministerie"]).get("/api/v1/provincies").json()["count"] >= 1


def test_lijsten_zijn_gepagineerd_en_filters_gecontroleerd(rollen):
    c = _client(rollen["provincie"])
    r = c.get("/api/v1/gemeenten?provincie=drenthe&pageSize=5&page=2")
    body = r.json()
    assert body["count"] == 12 and len(body["results"]) == 5
    assert "page=3" in body["next"] and r["API-Version"] == "1.0.0"
    r = c.get("/api/v1/aanbod?gemeente=GM0106%00")
    assert r.status_code == 400 and r["Content-Type"] == PROBLEEM


def test_onbekende_paden_en_slash_geven_problem_json(rollen):
    c = _client()
    for pad in ("/api/v1/bestaat-niet", "/api/v1/provincies/", "/api/v1/aanbod/999999"):
        r = c.get(pad)
        assert r.status_code == 404, pad
        assert r["Content-Type"] == PROBLEEM and r["API-Version"] == "1.0.0"
        assert set(r.json()) >= {"status", "title", "detail"}


def test_sessie_werkt_voor_de_browser(client, rollen):
    client.force_login(rollen["gemeente_a"])
    assert client.get("/api/v1/locaties").status_code == 200


def test_openapi_document_en_docs():
    c = _client()
    r = c.get("/api/v1/openapi.json")
    schema = r.json()
    assert schema["openapi"].startswith("3.0")
    assert schema["servers"] == [{"url": "/api/v1", "description": "Regietafel API, versie 1"}]
    assert "/locaties/{id}" in schema["paths"] and not any(p.endswith("/") for p in schema["paths"])
    assert r["API-Version"] == "1.0.0"
    assert c.get("/api/v1/docs").status_code == 200


def test_importlog_via_api(rollen):
    from regietafel.importen.services import importeer
    from tests.importen.bijlage1 import rijen, xlsx

    importeer("locaties", xlsx(rijen(gecorrigeerd=True)), "b1.xlsx", provincie="drenthe")
    body = _client(rollen["provincie"]).get("/api/v1/importen").json()
    assert body["results"][0]["bestandsnaam"] == "b1.xlsx"
    assert len(body["results"][0]["sha256"]) == 64


def test_cyclus_2_geeft_onbekende_bedragen_als_null_met_wat_ontbreekt(rollen):
    ministerie = _client(rollen["ministerie"])
    data = ministerie.get("/api/v1/cycli/2027-2028").json()
    assert data["landelijkeBehoefte"] == 88000
    assert data["amvLandelijk"] is None
    assert data["spuk1BedragPerPlaats"] is None and data["spuk2BedragPerPlaats"] is None
    assert data["ontbreekt"] == [
        "amv_landelijk",
        "spuk1_bedrag_per_plaats",
        "spuk2_bedrag_per_plaats",
    ]
    c1 = ministerie.get("/api/v1/cycli/2025-2026").json()
    assert (c1["amvLandelijk"], c1["spuk1BedragPerPlaats"], c1["ontbreekt"]) == (8140, 2000, [])


def test_versie_buiten_de_grenzen_geeft_400_op_elk_schrijfpunt(rollen):
    """`versie` 2147483647 (the column's maximum) has no next version: a 400 naming
    `versie`, not a 500 on PostgreSQL; 0 is refused too."""
    from tests.fase_hulp import emmen_amv
    from tests.uitruil.hulp import emmen_coevorden

    provincie, emmen = _client(rollen["provincie"]), _client(rollen["gemeente_b"])
    a = _aanbod("GM0114")
    loc = Locatie.objects.filter(gemeente__cbs_code="GM0114").first()
    uitruil = emmen_coevorden()
    vervang = {"gemeente": "GM0114", "plaatsen": 1, "soort": "amv", "status": "gepland"}
    fase = {"fase": "collegebesluit", "datum": "2025-02-01", "bron": "B&W"}
    for versie in (2_147_483_647, 0):
        verzoeken = [
            provincie.patch(f"/api/v1/aanbod/{a.pk}", {"plaatsen": 1, "versie": versie}, "json"),
            provincie.patch(
                f"/api/v1/locaties/{loc.pk}", {"plaatsen": 1, "versie": versie}, "json"
            ),
            provincie.put(f"/api/v1/locaties/{loc.pk}", {**vervang, "versie": versie}, "json"),
            provincie.post(
                f"/api/v1/locaties/{emmen_amv()}/fasen", {**fase, "versie": versie}, "json"
            ),
            emmen.post(f"/api/v1/uitruilen/{uitruil}/bevestiging", {"versie": versie}, "json"),
        ]
        for r in verzoeken:
            assert r.status_code == 400, (versie, r.request["PATH_INFO"], r.content)
            assert r["Content-Type"] == PROBLEEM
            assert [p["name"] for p in r.json()["invalidParams"]] == ["versie"]
