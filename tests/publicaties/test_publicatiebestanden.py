"""The public downloads are kept per publication and made once, also when several web
workers (processes) ask for the same file at the same moment."""

import multiprocessing
from datetime import date

from regietafel.publicaties.bestanden import map_van
from regietafel.publicaties.models import Publicatie
from tests.publicaties import vrager

VELDEN = {"pk": 7, "soort": "publicatie", "datum": date(2026, 11, 1),
          "gegevens": {"provincie": {"code": "x"}}, "verslag": {}}  # fmt: skip


def _publicatie(**anders):
    return Publicatie(**{**VELDEN, **anders})


def test_processen_die_tegelijk_vragen_maken_het_bestand_eenmaal(settings, tmp_path):
    settings.GEPUBLICEERD_DIR = tmp_path / "gepubliceerd"
    teller = tmp_path / "teller"
    # spawn, not fork: see tests/publicaties/vrager.py
    spawn = multiprocessing.get_context("spawn")
    argumenten = (settings.GEPUBLICEERD_DIR, teller, VELDEN)
    processen = [spawn.Process(target=vrager.vraag, args=argumenten) for _ in range(4)]
    for proces in processen:
        proces.start()
    for proces in processen:
        proces.join(60)
    assert [proces.exitcode for proces in processen] == [0, 0, 0, 0]
    assert teller.read_text() == "x"
    assert (map_van(_publicatie()) / "puzzel.csv").read_bytes() == vrager.INHOUD[0]


def test_elke_publicatie_en_elke_inhoud_heeft_een_eigen_bestand(settings, tmp_path):
    settings.GEPUBLICEERD_DIR = tmp_path
    a = _publicatie()
    assert map_van(a) == map_van(_publicatie())
    assert map_van(a) != map_van(_publicatie(pk=8))
    assert map_van(a) != map_van(_publicatie(verslag={"teksten": {"inleiding": "x"}}))
    assert map_van(a) != map_van(_publicatie(datum=date(2026, 11, 2)))
