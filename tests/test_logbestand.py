"""Every 500 is logged with its traceback, to stderr and to the log file in the data folder;
that file is shared by several processes and rotated without losing a line (issue 22)."""

import io
import logging
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.test import Client
from django.urls import path

import regietafel
from regietafel.logbestand import GedeeldLogbestand

MERKTEKEN = f"proef-500-{uuid.uuid4().hex}"


def _boem(request):
    raise RuntimeError(MERKTEKEN)


urlpatterns = [path("boem/", _boem)]


def _handler(naam):
    return next(h for h in logging.getLogger().handlers if h.get_name() == naam)


@pytest.mark.django_db
def test_een_500_staat_met_traceback_in_het_logbestand_en_op_stderr(settings):
    from django.conf import settings as echte

    assert Path(echte.LOGBESTAND) == Path(echte.DATA_DIR) / "logs" / "regietafel.log"
    settings.ROOT_URLCONF = __name__
    stderr, naar_stderr = io.StringIO(), _handler("stderr")
    # Not setStream: it flushes the old stream, which may be an earlier test's closed capture.
    vorige, naar_stderr.stream = naar_stderr.stream, stderr
    try:
        antwoord = Client(raise_request_exception=False).get("/boem/")
    finally:
        naar_stderr.stream = vorige
    assert antwoord.status_code == 500
    _handler("bestand").flush()
    for tekst in (Path(echte.LOGBESTAND).read_text(encoding="utf-8"), stderr.getvalue()):
        regel = [r for r in tekst.splitlines() if "Internal Server Error: /boem/" in r][-1]
        assert " ERROR [" in regel and "django.request" in regel
        blok = tekst[tekst.rindex(regel) :]
        assert "Traceback (most recent call last)" in blok
        assert f"RuntimeError: {MERKTEKEN}" in blok
        assert "in _boem" in blok


def test_een_404_komt_niet_in_het_logbestand(client, db):
    from django.conf import settings as echte

    pad = Path(echte.LOGBESTAND)
    voor = pad.read_text(encoding="utf-8") if pad.exists() else ""
    assert client.get("/bestaat-niet-de-pagina/").status_code == 404
    _handler("bestand").flush()
    na = pad.read_text(encoding="utf-8") if pad.exists() else ""
    assert "bestaat-niet-de-pagina" not in na[len(voor) :]


SCHRIJVER = """
import logging, sys
from regietafel.logbestand import GedeeldLogbestand
h = GedeeldLogbestand(sys.argv[1], maxBytes=2000, backupCount=1000, encoding="utf-8")
log = logging.getLogger("proef"); log.addHandler(h); log.setLevel(logging.INFO)
for i in range(150):
    log.info("proces %s regel %03d %s", sys.argv[2], i, "x" * 20)
"""


def test_drie_processen_schrijven_en_roteren_samen_zonder_regels_te_verliezen(tmp_path):
    bestand = tmp_path / "logs" / "regietafel.log"  # the folder is made on first use
    src = str(Path(regietafel.__file__).parents[1])
    processen = [
        subprocess.Popen(
            [sys.executable, "-c", SCHRIJVER, str(bestand), str(n)], env={"PYTHONPATH": src}
        )
        for n in range(3)
    ]
    assert [p.wait(timeout=60) for p in processen] == [0, 0, 0]
    bestanden = sorted(bestand.parent.glob("regietafel.log*"))
    regels = [
        r for b in bestanden if not b.name.endswith(".lock") for r in b.read_text().splitlines()
    ]
    assert sorted(regels) == sorted(
        f"proces {n} regel {i:03d} {'x' * 20}" for n in range(3) for i in range(150)
    )
    logs = [b for b in bestanden if not b.name.endswith(".lock")]
    assert len(logs) > 5  # it rotated, and every file stayed under the limit
    assert all(b.stat().st_size <= 2000 for b in logs)


def test_een_proces_schrijft_na_rotatie_door_een_ander_in_het_nieuwe_bestand(tmp_path):
    bestand = tmp_path / "gedeeld.log"
    eerste, tweede = (GedeeldLogbestand(str(bestand), maxBytes=100, backupCount=3) for _ in "12")
    record = logging.LogRecord("proef", logging.INFO, __file__, 1, "%s", ("a" * 60,), None)
    tweede.emit(record)  # opens the file
    eerste.emit(record)
    eerste.emit(record)  # over 100 bytes: rotates
    tweede.emit(logging.LogRecord("proef", logging.INFO, __file__, 1, "na", (), None))
    for h in (eerste, tweede):
        h.close()
    assert bestand.read_text().splitlines()[-1] == "na"
    assert "na" not in (tmp_path / "gedeeld.log.1").read_text().splitlines()
