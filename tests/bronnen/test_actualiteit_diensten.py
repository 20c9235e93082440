"""Staleness by kind of figure on Drenthe's data, and a confirmation in the consultation
renewing a figure's source and reference date."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from regietafel.bronnen.models import Cijferbron
from regietafel.bronnen.services import bronnenoverzicht
from regietafel.consultatie.services import beantwoord, open_consultatie
from regietafel.cycli.models import Cyclus
from regietafel.opgaven.models import Aanbod
from regietafel.provincies.models import Gemeente
from regietafel.services import klok
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import wijzig_aanbod
from tests.conftest import EMMEN


def _zet_klok(monkeypatch, dag):
    monkeypatch.setattr(klok, "vandaag", lambda: dag)
    monkeypatch.setattr(
        klok, "nu", lambda: timezone.make_aware(timezone.datetime(*dag.timetuple()[:3], 10))
    )


def _per_stand(o):
    uit = {}
    for _, _, stand in o.cijfers:
        uit[stand.value] = uit.get(stand.value, 0) + 1
    return uit


def test_de_gepubliceerde_cyclus_1_roept_geen_verouderd(drenthe):
    o = bronnenoverzicht("drenthe", "2025-2026")
    # the 151 figures the public reads were all published as they stand
    assert _per_stand(o) == {"gepubliceerd": 151}
    assert o.verouderd == 0


def test_een_cijfer_na_de_publicatie_gewijzigd_veroudert_weer(rollen, monkeypatch):
    emmen = rollen["gemeente_b"]
    a = Aanbod.objects.get(gemeente__cbs_code=EMMEN, categorie="amv", jaar=2026)
    later = klok.vandaag() + timedelta(days=2)
    _zet_klok(monkeypatch, later)
    wijzig_aanbod(toegang(emmen), emmen, a, 61, a.versie)
    assert _per_stand(bronnenoverzicht("drenthe", "2025-2026")) == {
        "gepubliceerd": 150, "actueel": 1}  # fmt: skip
    _zet_klok(monkeypatch, later + timedelta(days=181))
    o = bronnenoverzicht("drenthe", "2025-2026")
    assert [c.kolom for c, _, stand in o.cijfers if stand == "verouderd"] == ["amv.aanbod.2026"]


def test_cyclus_2_markeert_alleen_wat_over_zijn_norm_is(drenthe, monkeypatch):
    _zet_klok(monkeypatch, date(2026, 12, 1))
    o = bronnenoverzicht("drenthe", "2027-2028")
    per_soort = {}
    for c, _, stand in o.cijfers:
        per_soort.setdefault(stand.value, set()).add(c.kolom.split(".2")[0])
    # carried over from cycle 1 (25-10-2024) and the locations (31-10-2024): past 180 days;
    # the inhabitants and the provincial Ukraine target are fixed for the cycle
    assert per_soort["vast"] == {"inwoners", "oekraine.opgave"}
    assert per_soort["verouderd"] == {
        "asiel_regulier.aanbod", "amv.aanbod", "oekraine.ambitie", "locaties"}  # fmt: skip
    # 12 municipalities × (2 categories × 2 years + ambition) + 18 locations
    assert o.verouderd == 12 * 5 + 18


def test_de_cyclus_stelt_de_norm_per_soort(drenthe, monkeypatch):
    _zet_klok(monkeypatch, date(2026, 12, 1))
    c = Cyclus.objects.get(naam="2027-2028")
    c.regels = {**c.regels, "actualiteit": {"locaties": "cyclus", "amv.aanbod": 1000}}
    c.save()
    o = bronnenoverzicht("drenthe", "2027-2028")
    assert o.verouderd == 12 * 3  # regular offers and the ambition only
    assert o.normen.max_dagen("amv.aanbod") == 1000


def test_een_bevestiging_in_de_consultatie_vernieuwt_bron_en_peildatum(rollen, monkeypatch):
    dag = date(2026, 3, 2)
    _zet_klok(monkeypatch, dag)
    c = open_consultatie(rollen["provincie"], "drenthe", "2027-2028", date(2026, 4, 1))
    emmen = Gemeente.objects.get(cbs_code=EMMEN)
    rij = Aanbod.objects.get(gemeente=emmen, cyclus__naam="2027-2028", categorie="amv", jaar=2027)
    versie, plaatsen = rij.versie, rij.plaatsen
    oud = Cijferbron.objects.get(model="opgaven.aanbod", object_id=rij.pk, veld="plaatsen")
    assert oud.peildatum == date(2024, 10, 25)
    # unchanged: the municipality confirms the figure carried over
    beantwoord(rollen["gemeente_b"], c, emmen, "ja", {"amv": {"2027": plaatsen}})
    nieuw = Cijferbron.objects.select_related("bron").get(pk=oud.pk)
    assert nieuw.peildatum == dag
    assert nieuw.bron.persoon == rollen["gemeente_b"].username
    rij.refresh_from_db()
    assert rij.versie == versie  # a confirmation is no change of the figure
    laatste = rij.history.first()
    assert laatste.history_change_reason == "Bevestigd in de consultatie"
    assert laatste.history_user == rollen["gemeente_b"]
    stand = {c.omschrijving: s for c, _, s in bronnenoverzicht("drenthe", "2027-2028").cijfers
             if c.cbs_code == EMMEN}  # fmt: skip
    assert stand["AMV: aanbod 2027"] == "actueel"
    assert stand["AMV: aanbod 2028"] == "verouderd"


def test_een_brief_is_de_bron_met_de_dag_van_ontvangst(rollen, monkeypatch):
    _zet_klok(monkeypatch, date(2026, 3, 2))
    c = open_consultatie(rollen["provincie"], "drenthe", "2027-2028", date(2026, 4, 1))
    emmen = Gemeente.objects.get(cbs_code=EMMEN)
    rij = Aanbod.objects.get(gemeente=emmen, cyclus__naam="2027-2028", categorie="amv", jaar=2028)
    beantwoord(rollen["provincie"], c, emmen, "ja", {"amv": {"2028": rij.plaatsen}},
               ontvangen_op=date(2026, 2, 27))  # fmt: skip
    cb = Cijferbron.objects.select_related("bron").get(model="opgaven.aanbod", object_id=rij.pk)
    assert (cb.bron.soort, cb.bron.datum, cb.peildatum) == (
        "document", date(2026, 2, 27), date(2026, 2, 27))  # fmt: skip
    assert cb.bron.titel == "Brief van Emmen (antwoord consultatie)"
    assert rij.history.first().history_change_reason == (
        "Bevestigd in de consultatie (per brief, ingevoerd door de provincie)"
    )


@pytest.mark.parametrize("cyclus", ["2025-2026", "2027-2028"])
def test_wat_verouderd_heet_is_ouder_dan_zijn_norm(drenthe, cyclus):
    o = bronnenoverzicht("drenthe", cyclus)
    for c, h, stand in o.cijfers:
        if stand == "verouderd":
            assert (o.vandaag - h.peildatum).days > o.norm.max_dagen, c
