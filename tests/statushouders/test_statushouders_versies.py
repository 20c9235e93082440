"""Two browsers on the same half year or status-holder row: the second save, based on the
version both pages showed, is refused with a Dutch conflict message and the current
values, and writes nothing (never last-write-wins). The import checks the same version."""

import re

import pytest

from regietafel.domain.statushouders import Periode
from regietafel.importen.services import _Plan, importeer
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import Conflict
from regietafel.statushouders.models import Halfjaar, Huisvesting
from regietafel.statushouders.services import (
    bewaar_halfjaar,
    laad_statushouders,
    voer_huisvesting_in,
)
from tests.factories import provinciegebruiker
from tests.importen.bijlage1 import csv

pytestmark = pytest.mark.django_db

EMMEN = "GM0114"
PAGINA = "/statushouders/?provincie=drenthe&periode=2025-2"


def _rijversie(html, cbs_code):
    """The version the page's form of `cbs_code` carries."""
    m = re.search(rf"/statushouders/2025-2/{cbs_code}/\">.*?name=\"versie\" value=\"(\d+)\"", html)
    assert m, f"geen formulier met versie voor {cbs_code}"
    return m.group(1)


def _halfjaarformulier(html):
    """The posted fields of the form "Halfjaar toevoegen of wijzigen" as the page fills it."""
    formulier = html[html.index('data-formulier="halfjaar"') :]
    velden = dict(re.findall(r'<input type="[a-z]+" name="([a-z_]+)" value="([^"]*)"', formulier))
    velden.pop("csrfmiddlewaretoken", None)
    return {**velden, "afronding": "half_up"}


def test_twee_verouderde_formulieren_van_een_gemeenterij(client, rollen):
    provincie, emmen = rollen["provincie"], rollen["gemeente_b"]
    client.force_login(provincie)
    assert client.post(f"/statushouders/2025-2/{EMMEN}/", {"taakstelling": "40"}).status_code == 302
    # Two browsers open the page on the same version of Emmen's row.
    eerste, tweede = client, type(client)()
    tweede.force_login(emmen)
    versie_1 = _rijversie(eerste.get(PAGINA).content.decode(), EMMEN)
    versie_2 = _rijversie(tweede.get(PAGINA).content.decode(), EMMEN)
    assert versie_1 == versie_2 == "1"
    ok = eerste.post(f"/statushouders/2025-2/{EMMEN}/",
                     {"taakstelling": "40", "realisatie": "10", "versie": versie_1})  # fmt: skip
    assert ok.status_code == 302
    laat = tweede.post(f"/statushouders/2025-2/{EMMEN}/",
                       {"realisatie": "25", "versie": versie_2})  # fmt: skip
    assert laat.status_code == 409
    html = laat.content.decode()
    assert f"Emmen: Dit gegeven is intussen gewijzigd door {provincie.username}." in html
    assert "Uw wijziging is niet opgeslagen" in html and "Gehuisvest: 10" in html
    rij = Huisvesting.objects.get(gemeente__cbs_code=EMMEN)
    assert (rij.realisatie, rij.versie) == (10, 2)
    assert rij.history.count() == 2  # created, then the first save; not the refused one
    # The page shown with the conflict carries the new version: saving again is deliberate.
    assert _rijversie(html, EMMEN) == "2"
    opnieuw = tweede.post(f"/statushouders/2025-2/{EMMEN}/", {"realisatie": "25", "versie": "2"})
    assert opnieuw.status_code == 302
    assert Huisvesting.objects.get(pk=rij.pk).realisatie == 25


def test_twee_browsers_maken_dezelfde_rij_aan(client, rollen):
    """Both pages showed no row yet (version 0): the second is refused, not merged."""
    client.force_login(rollen["provincie"])
    assert _rijversie(client.get(PAGINA).content.decode(), EMMEN) == "0"
    assert client.post(f"/statushouders/2025-2/{EMMEN}/",
                       {"taakstelling": "40", "versie": "0"}).status_code == 302  # fmt: skip
    tweede = client.post(f"/statushouders/2025-2/{EMMEN}/", {"taakstelling": "44", "versie": "0"})
    assert tweede.status_code == 409 and "Taakstelling: 40" in tweede.content.decode()
    assert Huisvesting.objects.get(gemeente__cbs_code=EMMEN).taakstelling == 40


def test_twee_verouderde_formulieren_van_een_halfjaar(client, rollen):
    provincie = rollen["provincie"]
    client.force_login(provincie)
    eerste_form = _halfjaarformulier(client.get(PAGINA).content.decode())
    tweede_form = _halfjaarformulier(client.get(PAGINA).content.decode())
    # The form is filled in from the half year shown, with its version.
    h = Halfjaar.objects.get(provincie__code="drenthe", jaar=2025, helft=2)
    assert eerste_form["periode"] == eerste_form["gezien"] == "2025-2"
    assert eerste_form["versie"] == str(h.versie)
    eerste = {**eerste_form, "landelijke_taakstelling": "9000", "landelijke_inwoners": "18000000"}
    assert client.post("/statushouders/halfjaar/", eerste).status_code == 302
    tweede = {**tweede_form, "landelijke_taakstelling": "9500", "landelijke_inwoners": ""}
    laat = client.post("/statushouders/halfjaar/", tweede)
    assert laat.status_code == 409
    html = laat.content.decode()
    assert f"intussen gewijzigd door {provincie.username}" in html
    assert "Landelijke taakstelling: 9000" in html
    h.refresh_from_db()
    assert (h.landelijke_taakstelling, h.landelijke_inwoners) == (9000, 18_000_000)


def test_een_getypt_bestaand_halfjaar_wordt_niet_blind_overschreven(client, rollen):
    """The form showed 2025-2; typing 2025-2's neighbour that exists already is refused
    with a message that says so; a new half year is added as before."""
    client.force_login(rollen["provincie"])
    form = _halfjaarformulier(client.get(PAGINA).content.decode())
    nieuw = {**form, "periode": "2026-1", "landelijke_taakstelling": "8000"}
    assert client.post("/statushouders/halfjaar/", nieuw).status_code == 302
    h = Halfjaar.objects.get(provincie__code="drenthe", jaar=2026, helft=1)
    assert (h.landelijke_taakstelling, h.versie) == (8000, 1)
    weer = client.post("/statushouders/halfjaar/", {**nieuw, "landelijke_taakstelling": "1"})
    assert weer.status_code == 409
    assert "Het halfjaar 1e helft 2026 bestaat al; er is niets opgeslagen." in (
        weer.content.decode()
    )
    assert Halfjaar.objects.get(pk=h.pk).landelijke_taakstelling == 8000


def test_dienst_weigert_een_oude_versie(drenthe):
    provincie = provinciegebruiker()
    t, periode = toegang(provincie), Periode(2025, 2)
    rij = voer_huisvesting_in(t, provincie, "drenthe", periode, EMMEN, {"taakstelling": 40},
                              versie=0)  # fmt: skip
    assert rij.versie == 1
    voer_huisvesting_in(t, provincie, "drenthe", periode, EMMEN, {"realisatie": 5}, versie=1)
    with pytest.raises(Conflict) as fout:
        voer_huisvesting_in(t, provincie, "drenthe", periode, EMMEN, {"realisatie": 9}, versie=1)
    assert fout.value.huidige["realisatie"] == 5
    h = Halfjaar.objects.get(provincie__code="drenthe", jaar=2025, helft=2)
    bewaar_halfjaar(t, provincie, "drenthe", periode, 9000, None, versie=h.versie)
    with pytest.raises(Conflict):
        bewaar_halfjaar(t, provincie, "drenthe", periode, 9100, None, versie=h.versie)
    assert Halfjaar.objects.get(pk=h.pk).landelijke_taakstelling == 9000


def test_het_gegevensbestand_zet_de_versie_door(drenthe, tmp_path):
    """Loading a status-holders file is a change too: a form opened before it is stale."""
    h = Halfjaar.objects.get(provincie__code="drenthe", jaar=2025, helft=2)
    bestand = tmp_path / "sh.toml"
    bestand.write_text(
        'schema = 1\nprovincie = "drenthe"\n[[halfjaar]]\nperiode = "2025-2"\n'
        'landelijke_taakstelling = 9000\n[[halfjaar.gemeente]]\ncbs_code = "GM0114"\n'
        "taakstelling = 40\n",
        encoding="utf-8",
    )
    laad_statushouders(bestand)
    assert Halfjaar.objects.get(pk=h.pk).versie == h.versie + 1
    assert Huisvesting.objects.get(gemeente__cbs_code=EMMEN).versie == 1  # new row
    laad_statushouders(bestand)
    assert Huisvesting.objects.get(gemeente__cbs_code=EMMEN).versie == 2


def test_import_op_een_intussen_gewijzigde_rij_is_een_conflict(drenthe, monkeypatch):
    """An edit between the import's plan and its writing: the import is refused as a
    whole and writes nothing (here the edit shares the import's transaction, so it is
    rolled back with it; from another browser it would stay)."""
    provincie = provinciegebruiker()
    t, periode = toegang(provincie), Periode(2025, 2)
    voer_huisvesting_in(t, provincie, "drenthe", periode, EMMEN, {"realisatie": 5}, versie=0)
    origineel = _Plan.maak

    def maak_en_intussen_bewerken(plan):
        origineel(plan)
        voer_huisvesting_in(t, provincie, "drenthe", periode, EMMEN, {"realisatie": 7}, versie=1)

    monkeypatch.setattr(_Plan, "maak", maak_en_intussen_bewerken)
    tabel = [
        ["CBS-code", "Halfjaar", "Gehuisvest"],
        [EMMEN, "2025-2", "30"],
        ["GM0106", "2025-2", "3"],
    ]
    r = importeer("statushouders", csv(tabel), "sh.csv", provincie="drenthe", t=t,
                  gebruiker=provincie)  # fmt: skip
    assert not r.toegepast and [f.code for f in r.fouten] == ["conflict"]
    assert Huisvesting.objects.get(gemeente__cbs_code=EMMEN).realisatie == 5
    assert not Huisvesting.objects.filter(gemeente__cbs_code="GM0106").exists()
