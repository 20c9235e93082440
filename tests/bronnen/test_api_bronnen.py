"""/api/v1/bronnen: the source and reference date of every figure, per role."""

import pytest

from tests.factories import api_client

pytestmark = pytest.mark.django_db
PROBLEEM = "application/problem+json"
C1 = {"provincie": "drenthe", "cyclus": "2025-2026", "pageSize": 500}


def _cijfer(data, gemeente, cijfer):
    return next(c for c in data["results"] if (c["gemeente"], c["cijfer"]) == (gemeente, cijfer))


def test_de_api_geeft_bron_en_peildatum_van_elk_cijfer(rollen):
    data = api_client().get("/api/v1/bronnen", C1).json()
    assert data["count"] == 24 + 12 + 18 + 97  # the four Drenthe documents
    opgave = _cijfer(data, "GM0106", "asiel_regulier.opgave")
    assert opgave["peildatum"] == "2024-01-31"
    assert opgave["bron"]["soort"] == "document"
    assert opgave["bron"]["datum"] == "2024-01-31"
    assert opgave["gemeenteNaam"] == "Assen"
    provinciaal = _cijfer(data, None, "oekraine.opgave")
    assert provinciaal["peildatum"] == "2024-10-25"


def test_de_api_noemt_de_persoon_alleen_voor_wie_is_ingelogd(rollen, emmen_wijzigde):
    publiek = _cijfer(api_client().get("/api/v1/bronnen", C1).json(), "GM0114", "amv.aanbod.2026")
    assert publiek["bron"]["soort"] == "persoon" and publiek["bron"]["persoon"] is None
    ministerie = api_client(rollen["ministerie"]).get("/api/v1/bronnen", C1).json()
    assert (
        _cijfer(ministerie, "GM0114", "amv.aanbod.2026")["bron"]["persoon"]
        == emmen_wijzigde.username
    )


def test_ouder_dan_bepaalt_welke_cijfers_verouderd_zijn(rollen, ongepubliceerd):
    ik = api_client(rollen["provincie"])
    ruim = ik.get("/api/v1/bronnen", {**C1, "ouderDan": 36500}).json()
    assert not any(c["verouderd"] for c in ruim["results"])
    krap = ik.get("/api/v1/bronnen", {**C1, "ouderDan": 1}).json()["results"]
    # what is fixed for the cycle does not age, whatever the age asked for
    assert {c["stand"] for c in krap if not c["verouderd"]} == {"vast"}
    assert all(c["verouderd"] for c in krap if c["stand"] != "vast")
    assert {c["cijfer"] for c in krap if c["stand"] == "vast"} == {
        "inwoners", "asiel_regulier.opgave", "amv.opgave", "oekraine.opgave"
    }  # fmt: skip
    assert not any(c["verouderd"] for c in krap if c["cijfer"] == "inwoners")


def test_de_gepubliceerde_cijfers_staan_er_als_gepubliceerd(rollen):
    krap = api_client().get("/api/v1/bronnen", {**C1, "ouderDan": 1}).json()["results"]
    assert {c["stand"] for c in krap} == {"gepubliceerd"}


@pytest.mark.parametrize(
    ("params", "naam"),
    [
        ({"provincie": "drenthe"}, "cyclus"),
        ({**C1, "ouderDan": 0}, "ouderDan"),
        ({**C1, "ouderDan": "veel"}, "ouderDan"),
    ],
)
def test_onjuiste_parameters_geven_problem_json(rollen, params, naam):
    r = api_client().get("/api/v1/bronnen", params)
    assert r.status_code == 400
    assert r["Content-Type"] == PROBLEEM
    assert [p["name"] for p in r.json()["invalidParams"]] == [naam]


def test_een_onbekende_cyclus_geeft_404(rollen):
    r = api_client(rollen["provincie"]).get("/api/v1/bronnen", {**C1, "cyclus": "2031-2032"})
    assert r.status_code == 404
    assert r.json()["detail"] == "Geen gegevens voor provincie 'drenthe' in cyclus '2031-2032'."
