"""The background workers under supervision, as real processes (issue 22): a worker killed
in the middle of a report leaves a failed job with a Dutch message, not "bezig 15 %"; the
supervisor starts a new worker, which makes the next report; and a worker waits out a
locked SQLite database instead of stopping."""

import os
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django_tasks_db.models import DBTaskResult

import regietafel
from regietafel.verslagen.models import RapportOpdracht
from regietafel.verslagen.taken import vraag_rapport_aan
from regietafel.werkers.bewaking import werker_opdracht, werkerbewaking
from regietafel.werkers.models import Werker
from regietafel.werkers.services import MELDING, ONDERBROKEN
from tests.factories import provinciegebruiker

pytestmark = pytest.mark.django_db(transaction=True)

DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
TRAGE_WERKER = Path(__file__).with_name("trage_werker.py")


def wacht_tot(voorwaarde, seconden, wat):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if uitkomst := voorwaarde():
            return uitkomst
        time.sleep(0.1)
    raise AssertionError(f"na {seconden} s nog niet: {wat}")


def _database_url():
    """The test database, for the worker processes."""
    d = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{d['NAME']}"
    return f"postgres://{d['USER']}@{d['HOST'] or '127.0.0.1'}:{d['PORT'] or 5432}/{d['NAME']}"


def _omgeving(**extra):
    """The worker processes' environment: the test database, a fast heartbeat."""
    return {
        "DATABASE_URL": _database_url(),
        "REGIETAFEL_TASKS_BACKEND": DATABASE["default"]["BACKEND"],
        "REGIETAFEL_WERKER_HARTSLAG": "0.3",
        "REGIETAFEL_WERKER_TIMEOUT": "3",
        "PYTHONPATH": os.pathsep.join(
            [str(Path(regietafel.__file__).parents[1]), os.environ.get("PYTHONPATH", "")]
        ),
        **extra,
    }


@pytest.fixture
def bewaakt(transactional_db, drenthe, settings):
    """Start supervised workers (real processes on the test database); stopped after."""
    settings.TASKS = DATABASE
    settings.WERKER_HARTSLAG = 0.3
    settings.WERKER_TIMEOUT = 3.0
    stoppers = []

    def start(opdracht, **omgeving):
        bewaking = werkerbewaking(
            1,
            opdracht=opdracht,
            omgeving={**os.environ, **_omgeving(**omgeving)},
            eerste_wachttijd=0.2,
            controle=0.1,
        )
        stoppers.append(bewaking.op_de_achtergrond())
        return bewaking

    yield start
    for stoppen in stoppers:
        stoppen()


def _opdracht(pk):
    return RapportOpdracht.objects.defer("inhoud").get(pk=pk)


def _taak_van(opdracht):
    return next(
        t for t in DBTaskResult.objects.all() if t.args_kwargs["args"] == [str(opdracht.pk)]
    )


def test_gedode_werker_laat_een_mislukte_opdracht_na_en_wordt_vervangen(bewaakt, caplog):
    bewaking = bewaakt(
        lambda naam: [sys.executable, str(TRAGE_WERKER), "--worker-id", naam,
                      "--no-startup-delay", "--interval", "0.1"]
    )  # fmt: skip
    gebruiker = provinciegebruiker()
    opdracht = vraag_rapport_aan(gebruiker, "drenthe", "2025-2026", "pdf")
    wacht_tot(lambda: _opdracht(opdracht.pk).voortgang == 15, 60, "het verslag op 15 %")
    [(naam, pid)] = bewaking.pids().items()
    assert Werker.objects.get(pk=naam).pid == pid  # its heartbeat

    os.kill(pid, signal.SIGKILL)

    mislukt = wacht_tot(
        lambda: (o := _opdracht(opdracht.pk)).status == "mislukt" and o, 10, "de opdracht mislukt"
    )
    assert mislukt.fout == MELDING == "De verwerking is onderbroken; probeer het opnieuw."
    taak = _taak_van(opdracht)
    assert (taak.status, taak.exception_class_path) == ("FAILED", ONDERBROKEN)
    assert not Werker.objects.filter(pk=naam).exists()
    nieuw = wacht_tot(
        lambda: (p := bewaking.pids()) and pid not in p.values() and p, 10, "een nieuwe werker"
    )
    assert list(nieuw) != [naam]

    volgende = vraag_rapport_aan(gebruiker, "drenthe", "2025-2026", "xlsx")
    klaar = wacht_tot(
        lambda: (o := _opdracht(volgende.pk)).status == "klaar" and o, 60, "het volgende rapport"
    )
    assert klaar.bestandsnaam == "puzzel-drenthe-2025-2026.xlsx"
    assert _taak_van(volgende).worker_ids == list(nieuw)
    assert f"{naam} (pid {pid}) is gestopt met signaal SIGKILL" in caplog.text
    assert f"Achtergrondwerker {next(iter(nieuw))} gestart" in caplog.text


@pytest.mark.skipif(
    django_settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="'database is locked' is SQLite's",
)
def test_werker_wacht_een_bezette_database_af_in_plaats_van_te_stoppen(bewaakt, caplog):
    bewaking = bewaakt(werker_opdracht, REGIETAFEL_SQLITE_TIMEOUT="0.2")
    [(naam, pid)] = wacht_tot(lambda: bewaking.pids(), 5, "een werker").items()
    wacht_tot(lambda: Werker.objects.filter(pk=naam).exists(), 60, "de eerste hartslag")

    slot = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    slot.execute("BEGIN IMMEDIATE")  # what a long import does: hold the write lock
    time.sleep(2.5)  # ten times the worker's busy timeout
    slot.execute("ROLLBACK")
    slot.close()
    time.sleep(1)  # a worker that gave up would have been noticed by now

    assert bewaking.pids() == {naam: pid}  # the same process: it did not stop
    assert "is gestopt" not in caplog.text
    opdracht = vraag_rapport_aan(provinciegebruiker(), "drenthe", "2025-2026", "xlsx")
    wacht_tot(lambda: _opdracht(opdracht.pk).status == "klaar", 60, "het rapport")
    log = Path(django_settings.LOGBESTAND).read_text(encoding="utf-8")
    assert f"De database is bezet (database is locked); werker {naam} probeert" in log


def _proces(pid):
    """(state, parent pid) of a process, from /proc; None once it is gone."""
    try:
        velden = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return None
    return velden[0], int(velden[1])


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_serve_bewaakt_de_werkerbewaking_en_een_verweesde_werker_stopt(
    transactional_db, drenthe, settings, monkeypatch
):
    from regietafel.werkers.cli import bewaakte_werkers

    settings.TASKS = DATABASE
    for naam, waarde in _omgeving().items():
        monkeypatch.setenv(naam, waarde)
    stoppen = bewaakte_werkers()  # what `regietafel serve` starts beside gunicorn
    try:
        eerste = wacht_tot(lambda: Werker.objects.first(), 60, "een werker")
        _toestand, midden = _proces(eerste.pid)  # `regietafel werkers`, serve's child
        assert _proces(midden)[1] == os.getpid()
        os.kill(midden, signal.SIGKILL)  # it cannot stop its worker
        wacht_tot(
            lambda: (p := _proces(eerste.pid)) is None or p[0] == "Z",
            20,
            "de verweesde werker stopt",
        )
        tweede = wacht_tot(
            lambda: Werker.objects.exclude(pk=eerste.pk).first(), 60, "een nieuwe werker"
        )
        assert _proces(_proces(tweede.pid)[1])[1] == os.getpid()  # under a new supervisor
    finally:
        stoppen()
