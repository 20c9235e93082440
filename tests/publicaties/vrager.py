"""One process that asks for a published file, for test_publicatiebestanden. The test starts
it with spawn, a fresh interpreter: the test process may run threads (a live server, the
browser's driver), and fork would copy their locks into the child, where they can deadlock.
A fresh interpreter has to set Django up itself, so nothing here imports a model at the top."""

import time
from pathlib import Path

import django

INHOUD = (b"de inhoud", "puzzel-x.csv", "text/csv")


def vraag(map_: Path, teller: Path, velden: dict) -> None:
    """Ask for `puzzel.csv` of the publication with `velden` under `map_`; making it adds an
    "x" to `teller` and takes half a second, so that the other processes ask meanwhile."""
    django.setup()
    # lazy: a model can be imported only once Django is set up, in the line above
    from django.conf import settings

    from regietafel.publicaties.bestanden import bewaard_bestand
    from regietafel.publicaties.models import Publicatie
    from regietafel.verslagen.bestand import Rapport

    settings.GEPUBLICEERD_DIR = map_

    def maak() -> Rapport:
        with teller.open("a") as f:
            f.write("x")
        time.sleep(0.5)
        return Rapport(*INHOUD)

    if bewaard_bestand(Publicatie(**velden), "puzzel.csv", maak) != Rapport(*INHOUD):
        raise SystemExit("een ander bestand dan gemaakt")
