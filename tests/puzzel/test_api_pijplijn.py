"""The pipeline API: a location's phases, moving one on with role rights, 400 on a bad move
and 409 on a stale version (problem+json), and the realisation timing of Drenthe."""

import pytest

from regietafel.locaties.models import Faseovergang, Locatie
from tests.factories import api_client
from tests.fase_hulp import emmen_amv

pytestmark = pytest.mark.django_db
PROBLEEM = "application/problem+json"


def _zet(client, **data):
    zet = {"fase": "collegebesluit", "datum": "2025-02-01", "bron": "B&W", "versie": 1, **data}
    return client.post(f"/api/v1/locaties/{emmen_amv()}/fasen", zet, format="json")


def test_fasen_lezen_en_de_volgende_zetten(rollen):
    emmen = api_client(rollen["gemeente_b"])
    voor = emmen.get(f"/api/v1/locaties/{emmen_amv()}/fasen").json()
    assert voor["fase"] == "idee" and voor["volgendeFasen"] == ["collegebesluit", "beeindigd"]
    r = _zet(emmen)
    assert r.status_code == 201
    assert r.json()["fase"] == "collegebesluit" and r.json()["versie"] == 2
    assert r.json()["fasen"][-1]["ingevoerdDoor"] == rollen["gemeente_b"].username


def test_fase_terug_geeft_400_met_reden_en_schrijft_niets(rollen):
    prov = api_client(rollen["provincie"])
    _zet(prov)
    voor = Faseovergang.objects.count()
    r = _zet(prov, fase="idee", versie=2)
    assert r.status_code == 400 and r["Content-Type"] == PROBLEEM
    assert r.json()["invalidParams"][0]["name"] == "fase"
    assert "gaat niet terug" in r.json()["invalidParams"][0]["reason"]
    assert Faseovergang.objects.count() == voor


def test_verouderde_versie_geeft_409(rollen):
    prov = api_client(rollen["provincie"])
    _zet(prov)
    r = _zet(prov, fase="raadsbesluit", versie=1)
    assert r.status_code == 409 and r["Content-Type"] == PROBLEEM
    assert r.json()["huidig"]["fase"] == "collegebesluit"


def test_andere_gemeente_mag_geen_fase_zetten(rollen):
    r = _zet(api_client(rollen["gemeente_a"]))
    assert r.status_code == 403 and r["Content-Type"] == PROBLEEM
    assert Locatie.objects.get(pk=emmen_amv()).fase == "idee"


def test_realisatie_van_drenthe(rollen):
    r = api_client(rollen["ministerie"]).get("/api/v1/realisaties/drenthe?peildatum=2024-10-31")
    d = r.json()
    assert d["realisatiedatum"] == "2025-07-01"
    assert d["nietInGebruik"]["plaatsen"] == 200
    assert [(x["gemeenteNaam"], x["soort"], x["plaatsen"], x["beschikbaarTot"])
            for x in d["aflopendVoorRealisatiedatum"]["locaties"]] == [
        ("Westerveld", "no", 75, "2024-12-31"), ("Westerveld", "tgo", 25, "2024-12-31"),
    ]  # fmt: skip


def test_realisatie_met_onzin_peildatum_of_onbekende_cyclus(rollen):
    c = api_client(rollen["provincie"])
    r = c.get("/api/v1/realisaties/drenthe?peildatum=gisteren")
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "peildatum"
    assert c.get("/api/v1/realisaties/drenthe?cyclus=1999-2000").status_code == 404
