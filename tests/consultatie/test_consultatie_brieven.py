"""The province enters every letter answer of a consultation in one table: all rows or
none, errors naming row and field, and a concurrent answer refused rather than overwritten."""

from datetime import date

import pytest
from django.utils import timezone

from regietafel.consultatie.models import Antwoord
from regietafel.consultatie.services import beantwoord, beantwoord_per_brief, open_consultatie
from regietafel.opgaven.models import Aanbod
from regietafel.provincies.models import Gemeente
from regietafel.services import klok
from regietafel.services.wijzigingen import GeenToegang
from tests.conftest import ASSEN, EMMEN

C2 = "2027-2028"
URL = "/consultatie/brieven/?provincie=drenthe&cyclus=2027-2028"
VANDAAG = date(2026, 3, 2)


@pytest.fixture
def consultatie(rollen, monkeypatch):
    monkeypatch.setattr(klok, "vandaag", lambda: VANDAAG)
    monkeypatch.setattr(klok, "nu", lambda: timezone.make_aware(timezone.datetime(2026, 3, 2, 10)))
    return open_consultatie(rollen["provincie"], "drenthe", C2, date(2026, 4, 1))


def _gemeenten():
    return list(Gemeente.objects.filter(provincie__code="drenthe").order_by("naam"))


def _tabel(**rijen):
    """The table as posted, nothing answered yet; `rijen` fills rows by CBS code."""
    gemeenten = _gemeenten()
    data = {"form-TOTAL_FORMS": str(len(gemeenten)), "form-INITIAL_FORMS": str(len(gemeenten))}
    for i, g in enumerate(gemeenten):
        data[f"form-{i}-gemeente"] = g.cbs_code
        data[f"form-{i}-versie"] = "0"
        for veld, waarde in rijen.get(g.cbs_code, {}).items():
            data[f"form-{i}-{veld}"] = waarde
    return data


def _rij(code):
    return next(i for i, g in enumerate(_gemeenten(), 1) if g.cbs_code == code)


def test_de_provincie_voert_alle_brieven_in_een_keer_in(client, rollen, consultatie):
    client.force_login(rollen["provincie"])
    assert client.get(URL).status_code == 200
    r = client.post(URL, _tabel(**{
        ASSEN: {"voortzetten": "ja", "asiel_regulier_2027": "700", "ontvangen_op": "2026-02-20"},
        EMMEN: {"voortzetten": "deels", "amv_2028": "25", "opmerking": "per post"},
    }))  # fmt: skip
    assert r.status_code == 302
    antwoorden = {a.gemeente.cbs_code: a for a in Antwoord.objects.select_related("gemeente")}
    assert set(antwoorden) == {ASSEN, EMMEN}  # the untouched rows stay unanswered
    assert antwoorden[ASSEN].ontvangen_op == date(2026, 2, 20)
    assert antwoorden[EMMEN].ontvangen_op == VANDAAG and antwoorden[EMMEN].per_brief
    rij = Aanbod.objects.get(gemeente__cbs_code=EMMEN, cyclus__naam=C2, categorie="amv", jaar=2028)
    assert rij.plaatsen == 25
    assert rij.history.first().history_user == rollen["provincie"]


def test_een_fout_in_een_rij_slaat_niets_op_en_noemt_rij_en_veld(client, rollen, consultatie):
    client.force_login(rollen["provincie"])
    r = client.post(URL, _tabel(**{
        ASSEN: {"voortzetten": "ja", "asiel_regulier_2027": "700"},
        EMMEN: {"voortzetten": "ja", "amv_2027": "-1"},
    }))  # fmt: skip
    assert r.status_code == 400
    html = r.content.decode()
    assert f"Rij {_rij(EMMEN)} (Emmen), Asielopvang (AMV) 2027: " in html
    assert not Antwoord.objects.exists()


def test_een_rij_zonder_keuze_wordt_geweigerd(client, rollen, consultatie):
    client.force_login(rollen["provincie"])
    r = client.post(URL, _tabel(**{ASSEN: {"amv_2027": "3"}}))
    assert r.status_code == 400
    assert f"Rij {_rij(ASSEN)} (Assen), Huidige afspraken voortzetten?: Kies ja, nee" in (
        r.content.decode()
    )
    assert not Antwoord.objects.exists()


def test_een_gelijktijdig_antwoord_wordt_niet_overschreven(client, rollen, consultatie):
    client.force_login(rollen["provincie"])
    tabel = _tabel(**{EMMEN: {"voortzetten": "nee"}, ASSEN: {"voortzetten": "ja"}})
    # Emmen answers in the app after the province opened the table (version 0: no answer)
    emmen = rollen["gemeente_b"]
    beantwoord(emmen, consultatie, Gemeente.objects.get(cbs_code=EMMEN), "ja", {})
    r = client.post(URL, tabel)
    assert r.status_code == 400
    assert f"Rij {_rij(EMMEN)} (Emmen), het antwoord: Dit gegeven is intussen gewijzigd door " \
        f"{emmen.username}" in r.content.decode()  # fmt: skip
    a = Antwoord.objects.get()
    assert (a.gemeente.cbs_code, a.voortzetten, a.per_brief) == (EMMEN, "ja", False)


def test_een_bestaand_antwoord_wijzigen_verhoogt_de_versie(client, rollen, consultatie):
    client.force_login(rollen["provincie"])
    assert client.post(URL, _tabel(**{EMMEN: {"voortzetten": "nee"}})).status_code == 302
    a = Antwoord.objects.get()
    tabel = _tabel(**{EMMEN: {"voortzetten": "ja", "versie": str(a.versie),
                              "ontvangen_op": VANDAAG.isoformat()}})  # fmt: skip
    assert client.post(URL, tabel).status_code == 302
    a.refresh_from_db()
    assert (a.voortzetten, a.versie) == ("ja", 2)
    assert [h.voortzetten for h in a.history.order_by("history_date")] == ["nee", "ja"]
    # the same table again, at the old version: refused
    assert client.post(URL, tabel).status_code == 400


def test_een_onvolledige_tabel_slaat_niets_op(client, rollen, consultatie):
    client.force_login(rollen["provincie"])
    tabel = _tabel(**{EMMEN: {"voortzetten": "nee"}})
    tabel["form-TOTAL_FORMS"] = "3"
    r = client.post(URL, tabel)
    assert r.status_code == 400
    assert "De tabel is niet volledig ontvangen" in r.content.decode()
    del tabel["form-TOTAL_FORMS"]
    assert client.post(URL, tabel).status_code == 400
    assert not Antwoord.objects.exists()


def test_een_andere_gemeente_in_een_rij_wordt_geweigerd(client, rollen, consultatie):
    client.force_login(rollen["provincie"])
    tabel = _tabel(**{EMMEN: {"voortzetten": "nee", "gemeente": "GM0014"}})  # Groningen's
    r = client.post(URL, tabel)
    assert r.status_code == 400
    assert "hoort bij geen gemeente van deze provincie" in r.content.decode()


@pytest.mark.parametrize("rol", ["gemeente_b", "ministerie"])
def test_alleen_de_provincie_gebruikt_de_tabel(client, rollen, consultatie, rol):
    client.force_login(rollen[rol])
    assert client.get(URL).status_code == 403
    assert client.post(URL, _tabel(**{EMMEN: {"voortzetten": "nee"}})).status_code == 403
    assert not Antwoord.objects.exists()
    with pytest.raises(GeenToegang):
        beantwoord_per_brief(rollen[rol], consultatie, [])


def test_zonder_consultatie_zegt_de_tabel_dat(client, rollen):
    client.force_login(rollen["provincie"])
    r = client.get(URL)
    assert r.status_code == 404
    assert "nog niet geopend" in r.content.decode()
