"""/api/v1/uitruilen: propose, confirm and read exchanges with a token per role."""

import pytest

from regietafel.uitruil.models import Uitruil
from tests.conftest import ASSEN, EMMEN
from tests.factories import api_client, gemeentegebruiker

pytestmark = pytest.mark.django_db
PROBLEEM = "application/problem+json"


def _voorstel(**anders):
    return {
        "provincie": "drenthe",
        "cyclus": "2025-2026",
        "gemeenteA": ASSEN,
        "categorieA": "amv",
        "aantalA": 20,
        "gemeenteB": EMMEN,
        "categorieB": "statushouders",
        "aantalB": 8,
        "periodenB": ["2026-1", "2026-2"],
        **anders,
    }


def test_assen_stelt_voor_en_emmen_bevestigt(rollen):
    r = api_client(rollen["gemeente_a"]).post("/api/v1/uitruilen", _voorstel(), format="json")
    assert r.status_code == 201, r.json()
    u = r.json()
    assert api_client(rollen["gemeente_a"]).get(f"/api/v1/uitruilen/{u['id']}").json() == u
    assert (u["status"], u["periodenA"], u["periodenB"]) == (
        "voorgesteld",
        ["2025", "2026"],
        ["2026-1", "2026-2"],
    )
    assert u["akkoordA"] is not None and u["akkoordB"] is None
    emmen = api_client(rollen["gemeente_b"])
    r = emmen.post(f"/api/v1/uitruilen/{u['id']}/bevestiging", {"versie": 1}, format="json")
    assert r.status_code == 200
    assert (r.json()["status"], r.json()["versie"]) == ("bevestigd", 2)
    # A second confirmation on the old version is a conflict.
    r = emmen.post(f"/api/v1/uitruilen/{u['id']}/bevestiging", {"versie": 1}, format="json")
    assert r.status_code == 409 and r["Content-Type"] == PROBLEEM
    lijst = api_client(rollen["ministerie"]).get("/api/v1/uitruilen?cyclus=2025-2026").json()
    assert [x["id"] for x in lijst["results"]] == [u["id"]]


def test_derde_gemeente_krijgt_403_en_er_wordt_niets_geschreven(rollen):
    coevorden = api_client(gemeentegebruiker("GM0109"))
    r = coevorden.post("/api/v1/uitruilen", _voorstel(), format="json")
    assert r.status_code == 403 and r["Content-Type"] == PROBLEEM
    assert "Uw gemeente is geen partij bij deze uitruil" in r.json()["detail"]
    assert not Uitruil.objects.exists()


def test_dezelfde_gemeente_aan_beide_kanten_is_ongeldig(rollen):
    r = api_client(rollen["provincie"]).post(
        "/api/v1/uitruilen", _voorstel(gemeenteB=ASSEN), format="json"
    )
    assert r.status_code == 400 and r["Content-Type"] == PROBLEEM
    (fout,) = r.json()["invalidParams"]
    assert fout["name"] == "gemeenteB"
    assert "Assen staat aan beide kanten" in fout["reason"]
    assert not Uitruil.objects.exists()


def test_onbekende_cyclus_en_halfjaar_voor_asiel(rollen):
    provincie = api_client(rollen["provincie"])
    r = provincie.post("/api/v1/uitruilen", _voorstel(cyclus="2031-2032"), format="json")
    assert r.status_code == 400
    assert r.json()["invalidParams"][0]["name"] == "cyclus"
    r = provincie.post("/api/v1/uitruilen", _voorstel(periodenA=["2025-1"]), format="json")
    assert r.status_code == 400
    assert r.json()["invalidParams"][0]["name"] == "periodenA"


def test_provincie_kan_niet_bevestigen_voor_een_gemeente(rollen):
    provincie = api_client(rollen["provincie"])
    pk = provincie.post("/api/v1/uitruilen", _voorstel(), format="json").json()["id"]
    r = provincie.post(f"/api/v1/uitruilen/{pk}/bevestiging", {"versie": 1}, format="json")
    assert r.status_code == 403
    assert r.json()["detail"] == "Alleen de gemeenten zelf bevestigen een uitruil."
