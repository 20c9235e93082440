"""A task whose worker fell silent is failed after WERKER_TIMEOUT, and its report job with
it; a worker that beats in time, or a task just claimed, is left alone; a write waits out a
locked database (services.werkers)."""

from datetime import timedelta

import pytest
from django.db import OperationalError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from regietafel.verslagen.models import RapportOpdracht
from regietafel.werkers import services as werkers
from regietafel.werkers.models import Werker
from regietafel.werkers.services import (
    MELDING,
    ONDERBROKEN,
    database_bezet,
    ondanks_slot,
    onderbroken_taken_afbreken,
    taken_van_werker_afbreken,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def lopend(rollen, settings):
    """A report job at 15 %, its task claimed by worker w1 a minute ago."""
    settings.WERKER_TIMEOUT = 45
    opdracht = RapportOpdracht.objects.create(
        provincie="drenthe", cyclus="2025-2026", formaat="pdf",
        aangevraagd_door=rollen["provincie"], status="bezig", voortgang=15, stap="PDF maken",
    )  # fmt: skip
    taak = DBTaskResult.objects.create(
        task_path="regietafel.verslagen.taken.maak_rapport",
        args_kwargs={"args": [str(opdracht.pk)], "kwargs": {}},
        status="RUNNING",
        backend_name="default",
        worker_ids=["w1"],
        started_at=timezone.now() - timedelta(minutes=1),
    )
    return opdracht, taak


def _hartslag(seconden_geleden, werker_id="w1"):
    moment = timezone.now() - timedelta(seconds=seconden_geleden)
    Werker.objects.create(werker_id=werker_id, host="h", pid=1, gestart=moment, hartslag=moment)


def test_taak_van_een_stille_werker_wordt_afgebroken_en_de_opdracht_mislukt(lopend):
    opdracht, taak = lopend
    _hartslag(46)
    assert onderbroken_taken_afbreken() == 1
    taak.refresh_from_db()
    assert (taak.status, taak.exception_class_path, taak.traceback) == (
        "FAILED", ONDERBROKEN, MELDING,
    )  # fmt: skip
    assert taak.finished_at is not None
    opdracht.refresh_from_db()
    assert (opdracht.status, opdracht.fout) == ("mislukt", MELDING)
    assert not Werker.objects.exists()  # the silent worker is forgotten
    assert onderbroken_taken_afbreken() == 0  # once


def test_een_werker_die_op_tijd_klopt_houdt_zijn_taak(lopend):
    opdracht, taak = lopend
    _hartslag(44)
    assert onderbroken_taken_afbreken() == 0
    taak.refresh_from_db()
    opdracht.refresh_from_db()
    assert (taak.status, opdracht.status) == ("RUNNING", "bezig")


def test_een_taak_van_een_onbekende_werker_krijgt_de_timeout_vanaf_de_start(lopend, settings):
    opdracht, taak = lopend
    DBTaskResult.objects.filter(pk=taak.pk).update(started_at=timezone.now())
    assert onderbroken_taken_afbreken() == 0
    settings.WERKER_TIMEOUT = 0
    assert onderbroken_taken_afbreken() == 1


def test_de_bewaking_breekt_de_taken_van_een_gestopte_werker_meteen_af(lopend):
    opdracht, taak = lopend
    _hartslag(0)  # it beat just now, and then it was killed
    _hartslag(0, "w2")
    assert taken_van_werker_afbreken("w2") == 0  # another worker's task is not touched
    assert list(Werker.objects.values_list("pk", flat=True)) == ["w1"]
    taak.refresh_from_db()
    assert taak.status == "RUNNING"
    assert taken_van_werker_afbreken("w1") == 1
    opdracht.refresh_from_db()
    assert opdracht.fout == MELDING
    assert not Werker.objects.exists()


def test_een_afgeronde_opdracht_blijft_zoals_ze_is(lopend):
    opdracht, _taak = lopend
    RapportOpdracht.objects.filter(pk=opdracht.pk).update(status="klaar", voortgang=100)
    assert taken_van_werker_afbreken("w1") == 1
    opdracht.refresh_from_db()
    assert (opdracht.status, opdracht.fout) == ("klaar", "")


def _faalt(tekst):
    def schrijf():
        raise OperationalError(tekst)

    return schrijf


def test_schrijven_wacht_een_bezette_database_af(monkeypatch):
    monkeypatch.setattr(werkers.time, "sleep", lambda _s: None)
    pogingen = []

    def schrijf():
        pogingen.append(1)
        if len(pogingen) < 3:
            raise OperationalError("database is locked")
        return "geschreven"

    assert ondanks_slot(schrijf) == "geschreven" and len(pogingen) == 3
    with pytest.raises(OperationalError, match="no such table"):
        ondanks_slot(_faalt("no such table: x"))  # not a lock: at once
    with pytest.raises(OperationalError, match="locked"):
        ondanks_slot(_faalt("database is locked"), pogingen=2)
    assert database_bezet(OperationalError("database is locked"))
    assert not database_bezet(ValueError("database is locked"))
