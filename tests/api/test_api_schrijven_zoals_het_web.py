"""The writes the web allows, through the API (issue 19): a consultation answer, a meeting
action, a scenario and a report task. The same services as the forms: the same checks
(Dutch errors naming the field), the history, and `versie` as an optimistic lock (409 with
the current resource, never a silent overwrite)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from regietafel.consultatie.models import Antwoord
from regietafel.opgaven.models import Aanbod
from regietafel.overleggen.models import Actie
from tests.cycli.hulp import open_consultatie, overleg_en_actie

pytestmark = pytest.mark.django_db
ANTWOORD = "/api/v1/consultaties/drenthe/antwoorden/GM0114?cyclus=2027-2028"


def _client(gebruiker):
    client = APIClient()
    client.force_authenticate(gebruiker)
    return client


# ---------------------------------------------------------------------------- an answer


def test_emmen_antwoordt_en_het_aanbod_volgt_met_historie(rollen):
    open_consultatie()
    emmen = _client(rollen["gemeente_b"])
    r = emmen.put(
        ANTWOORD, {"voortzetten": "ja", "aanbod": {"amv": {"2027": 61}}, "versie": 0}, format="json"
    )
    assert r.status_code == 200, r.content
    assert (r.json()["versie"], r.json()["aanbod"]["amv"]["2027"]) == (1, 61)
    rij = Aanbod.objects.get(
        gemeente__cbs_code="GM0114", cyclus__naam="2027-2028", categorie="amv", jaar=2027
    )
    assert rij.plaatsen == 61
    laatste = rij.history.first()
    assert laatste.history_user == rollen["gemeente_b"] and laatste.plaatsen == 61
    overzicht = emmen.get("/api/v1/consultaties/drenthe?cyclus=2027-2028").json()
    regel = next(g for g in overzicht["gemeenten"] if g["cbsCode"] == "GM0114")
    assert regel["status"] == "beantwoord" and regel["antwoord"]["versie"] == 1


def test_een_antwoord_op_een_oude_versie_is_409_met_het_huidige(rollen):
    open_consultatie()
    emmen, provincie = _client(rollen["gemeente_b"]), _client(rollen["provincie"])
    eerst = {"voortzetten": "ja", "aanbod": {"amv": {"2027": 61}}, "versie": 0}
    assert emmen.put(ANTWOORD, eerst, format="json").status_code == 200
    # The province enters a letter meanwhile, based on version 1.
    brief = {"voortzetten": "deels", "opmerking": "per brief", "versie": 1}
    assert provincie.put(ANTWOORD, brief, format="json").status_code == 200
    r = emmen.put(ANTWOORD, {**eerst, "voortzetten": "nee", "versie": 1}, format="json")
    assert r.status_code == 409
    assert r["Content-Type"] == "application/problem+json"
    body = r.json()
    assert body["huidig"]["voortzetten"] == "deels" and body["huidig"]["versie"] == 2
    assert body["gewijzigdDoor"] == rollen["provincie"].get_username()
    assert Antwoord.objects.get(gemeente__cbs_code="GM0114").voortzetten == "deels"
    # A second "first" answer is a conflict too: someone answered already.
    assert emmen.put(ANTWOORD, eerst, format="json").status_code == 409


def test_een_fout_antwoord_noemt_het_veld_in_het_nederlands(rollen):
    open_consultatie()
    r = _client(rollen["gemeente_b"]).put(
        ANTWOORD,
        {"voortzetten": "ja", "aanbod": {"amv": {"2031": 5}}, "versie": 0},
        format="json",
    )
    assert r.status_code == 400
    [fout] = r.json()["invalidParams"]
    assert fout["name"] == "amv_2031" and "jaar" in fout["reason"]
    assert not Antwoord.objects.exists()


def test_assen_antwoordt_niet_voor_emmen(rollen):
    open_consultatie()
    r = _client(rollen["gemeente_a"]).put(
        ANTWOORD, {"voortzetten": "ja", "versie": 0}, format="json"
    )
    assert r.status_code == 403 and not Antwoord.objects.exists()


def test_gewijzigd_sinds_op_de_antwoorden(rollen):
    open_consultatie()
    emmen = _client(rollen["gemeente_b"])
    emmen.put(ANTWOORD, {"voortzetten": "ja", "versie": 0}, format="json")
    pad = "/api/v1/consultaties/drenthe?cyclus=2027-2028&gewijzigdSinds="
    gisteren = (timezone.now() - timedelta(days=1)).isoformat()
    morgen = (timezone.now() + timedelta(days=1)).isoformat()
    assert [
        g["cbsCode"] for g in emmen.get(pad + gisteren.replace("+", "%2B")).json()["gemeenten"]
    ] == ["GM0114"]
    assert emmen.get(pad + morgen.replace("+", "%2B")).json()["gemeenten"] == []
    assert emmen.get(pad + "gisteren").status_code == 400


# --------------------------------------------------------------------------- an action


def test_de_provincie_rondt_een_actie_af_en_een_oude_versie_is_409(rollen):
    _overleg, pk = overleg_en_actie()
    provincie = _client(rollen["provincie"])
    r = provincie.patch(f"/api/v1/acties/{pk}", {"status": "afgerond", "versie": 1}, format="json")
    assert r.status_code == 200, r.content
    assert (r.json()["status"], r.json()["versie"]) == ("afgerond", 2)
    assert r.json()["afgerondDatum"] is not None
    assert Actie.objects.get(pk=pk).history.first().history_user == rollen["provincie"]
    r = provincie.patch(f"/api/v1/acties/{pk}", {"status": "open", "versie": 1}, format="json")
    assert r.status_code == 409 and r.json()["huidig"]["status"] == "afgerond"
    assert Actie.objects.get(pk=pk).status == "afgerond"


def test_de_provincie_voegt_een_actie_toe_die_op_het_overleg_staat(rollen):
    overleg, _pk = overleg_en_actie()
    provincie = _client(rollen["provincie"])
    r = provincie.post(
        f"/api/v1/overleggen/{overleg}/acties",
        {"omschrijving": "Locatie verkennen", "eigenaar": "Emmen"},
        format="json",
    )
    assert r.status_code == 201, r.content
    acties = provincie.get(f"/api/v1/overleggen/{overleg}").json()["acties"]
    assert "Locatie verkennen" in [a["omschrijving"] for a in acties]
    leeg = provincie.post(
        f"/api/v1/overleggen/{overleg}/acties",
        {"omschrijving": " ", "eigenaar": "Emmen"},
        format="json",
    )
    assert leeg.status_code == 400
    assert leeg.json()["invalidParams"][0]["name"] == "omschrijving"


def test_de_web_wijziging_van_een_actie_maakt_een_oude_api_versie_ongeldig(client, rollen):
    _overleg, pk = overleg_en_actie()
    client.force_login(rollen["provincie"])
    client.post(f"/acties/{pk}/status/", {"status": "afgerond"})
    r = _client(rollen["provincie"]).patch(
        f"/api/v1/acties/{pk}", {"status": "open", "versie": 1}, format="json"
    )
    assert r.status_code == 409


# -------------------------------------------------------------------- scenario, report


def test_de_provincie_bewaart_een_scenario_en_een_dubbele_naam_is_400(rollen):
    provincie = _client(rollen["provincie"])
    body = {"provincie": "drenthe", "cyclus": "2025-2026", "naam": "API-variant"}
    r = provincie.post("/api/v1/scenarios", body, format="json")
    assert r.status_code == 201, r.content
    assert r.json()["resultaat"] and r.json()["naam"] == "API-variant"
    namen = [
        s["naam"] for s in provincie.get("/api/v1/scenarios?provincie=drenthe").json()["results"]
    ]
    assert "API-variant" in namen
    dubbel = provincie.post("/api/v1/scenarios", body, format="json")
    assert dubbel.status_code == 400 and dubbel.json()["invalidParams"][0]["name"] == "naam"


def _csv_aanvragen(client, provincie):
    """Ask for the CSV document of `provincie` (or "alle"), cycle 2025-2026: accepted as a
    task (202)."""
    r = client.post(
        "/api/v1/rapportopdrachten",
        {"provincie": provincie, "cyclus": "2025-2026", "formaat": "csv"},
        format="json",
    )
    assert r.status_code == 202, r.content
    return r


def test_een_document_is_een_taak_met_voortgang_en_downloadlink(settings, rollen):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    provincie = _client(rollen["provincie"])
    r = _csv_aanvragen(provincie, "drenthe")
    taak = provincie.get(r["Location"])
    assert taak.status_code == 200
    data = taak.json()
    assert (data["status"], data["procent"]) == ("klaar", 100)
    bestand = provincie.get(data["download"], HTTP_ACCEPT="text/csv")
    assert bestand.status_code == 200 and b"Emmen" in bestand.content
    assert bestand["Content-Type"].startswith("text/csv")
    # Another user's job does not exist for them.
    assert _client(rollen["ministerie"]).get(r["Location"]).status_code == 404


def test_een_document_van_alle_provincies_toont_de_voortgang_per_provincie(rollen):
    """Not run: the task waits in the queue (the database backend), its parts with it."""
    ministerie = _client(rollen["ministerie"])
    r = _csv_aanvragen(ministerie, "alle")
    data = ministerie.get(r["Location"]).json()
    assert data["status"] == "wacht" and data["download"] is None
    assert [d["provincie"] for d in data["delen"]] == ["Drenthe"]
    assert ministerie.get(r["Location"] + "/bestand").status_code == 404


def test_een_teruggetrokken_actie_wijzigt_niet_meer(rollen):
    from regietafel.overleggen.services import trek_terug

    _overleg, pk = overleg_en_actie()
    trek_terug(Actie.objects.get(pk=pk), rollen["provincie"], 1)
    provincie = _client(rollen["provincie"])
    assert provincie.get(f"/api/v1/acties/{pk}").json()["teruggetrokkenDatum"] is not None
    r = provincie.patch(f"/api/v1/acties/{pk}", {"status": "afgerond", "versie": 2}, format="json")
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "item"
    assert Actie.objects.get(pk=pk).status == "open"
