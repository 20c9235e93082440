"""The public downloads are kept per publication and made once, also when several web
workers (processes) ask for the same file at the same moment."""

import multiprocessing
import time
from datetime import date

from regietafel.publicaties.bestanden import bewaard_bestand, map_van
from regietafel.publicaties.models import Publicatie
from regietafel.verslagen.bestand import Rapport


def _publicatie(**anders):
    velden = {"pk": 7, "soort": "publicatie", "datum": date(2026, 11, 1),
              "gegevens": {"provincie": {"code": "x"}}, "verslag": {}}  # fmt: skip
    return Publicatie(**{**velden, **anders})


def test_processen_die_tegelijk_vragen_maken_het_bestand_eenmaal(settings, tmp_path):
    settings.GEPUBLICEERD_DIR = tmp_path / "gepubliceerd"
    teller = tmp_path / "teller"
    p = _publicatie()

    def maak():
        with teller.open("a") as f:
            f.write("x")
        time.sleep(0.5)
        return Rapport(b"de inhoud", "puzzel-x.csv", "text/csv")

    def vraag():
        r = bewaard_bestand(p, "puzzel.csv", maak)
        assert r == Rapport(b"de inhoud", "puzzel-x.csv", "text/csv")

    fork = multiprocessing.get_context("fork")
    processen = [fork.Process(target=vraag) for _ in range(4)]
    for proces in processen:
        proces.start()
    for proces in processen:
        proces.join(30)
    assert [proces.exitcode for proces in processen] == [0, 0, 0, 0]
    assert teller.read_text() == "x"
    assert (map_van(p) / "puzzel.csv").read_bytes() == b"de inhoud"


def test_elke_publicatie_en_elke_inhoud_heeft_een_eigen_bestand(settings, tmp_path):
    settings.GEPUBLICEERD_DIR = tmp_path
    a = _publicatie()
    assert map_van(a) == map_van(_publicatie())
    assert map_van(a) != map_van(_publicatie(pk=8))
    assert map_van(a) != map_van(_publicatie(verslag={"teksten": {"inleiding": "x"}}))
    assert map_van(a) != map_van(_publicatie(datum=date(2026, 11, 2)))
