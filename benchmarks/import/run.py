"""Benchmark: importing many locations (issues 21 and 22).

Loads Drenthe into a fresh SQLite database (or the empty database in DATABASE_URL), then
measures, in one process and one run:

1. the dry run (preview) of a locations file with AANTAL rows spread over Drenthe's twelve
   municipalities;
2. the import of that file (`services.importeren.importeer`: every check, the plan, the
   writes with their history and sources, all in one transaction);
3. the preview of a second file with VOORBEELD rows against the AANTAL stored ones: every
   stored location again, one in ten of them changed, and the rest new, in another order
   than the stored one (sorted otherwise, as a file from elsewhere is);
4. for reference, a plain bulk insert of the same AANTAL rows: the file parsed with the
   csv module and inserted with one `executemany` into a table of the same columns, in the
   same database;
5. a data file (`services.laden`, `regietafel laad`) of a new province with BESTAND
   locations: its load, and the preview of the same file in another order with one in ten
   locations changed.

CPU time is the process's own (`time.process_time`); on PostgreSQL the server's work is
only in the wall time. It prints and writes (results.json) the timings and the ratio of the
import to the plain insert, and checks that the import wrote what it said (locations,
history rows with the import's reason, one stand row).

    PYTHONPATH=src .venv/bin/python benchmarks/import/run.py [--aantal 10000] [--voorbeeld 15000]
        [--bestand 15000]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HIER = Path(__file__).resolve().parent
VEENMARKEN = HIER.parent.parent / "tests" / "data" / "veenmarken-2025-2026.toml"
SOORTEN = ("regulier", "AMV", "bijzonder TGO", "regulier", "gezinslocatie")
KOP = ["Gemeente", "Naam", "Plaatsen", "Soort", "Status", "Beschikbaar van", "Beschikbaar tot"]


def locatierijen(gemeenten: list[str], aantal: int, gewijzigd_elke: int = 0) -> list[list[str]]:
    """`aantal` location rows over `gemeenten`; with `gewijzigd_elke` every so many rows
    have one place more than in the first file."""
    rijen = []
    for i in range(aantal):
        plaatsen = 10 + i % 290
        if gewijzigd_elke and i % gewijzigd_elke == 0:
            plaatsen += 1
        rijen.append(
            [
                gemeenten[i % len(gemeenten)],
                f"Locatie {i:05d}",
                str(plaatsen),
                SOORTEN[i % len(SOORTEN)],
                "gepland" if i % 7 == 0 else "gerealiseerd",
                f"{1 + i % 28}-{1 + i % 12}-2025",
                "onbepaalde tijd" if i % 3 else f"{1 + i % 28}-{1 + i % 12}-2027",
            ]
        )
    return rijen


def anders_geordend(rijen: list[list[str]]) -> list[list[str]]:
    """The same rows in another, fixed order."""
    uit = list(rijen)
    random.Random(2024).shuffle(uit)
    return uit


def gegevensbestand(aantal: int, gewijzigd_elke: int = 0, geschud: bool = False) -> bytes:
    """The Veenmarken data file with `aantal` locations over its seven municipalities."""
    blokken = []
    for i in range(aantal):
        plaatsen = 10 + i % 290 + (1 if gewijzigd_elke and i % gewijzigd_elke == 0 else 0)
        blokken.append(
            f'[[locatie]]\ngemeente = "GM990{1 + i % 7}"\nnaam = "Locatie {i:05d}"\n'
            f'plaatsen = {plaatsen}\nsoort = "{("regulier", "amv", "tgo")[i % 3]}"\n'
            f'status = "gerealiseerd"\nvan = "{1 + i % 28}-{1 + i % 12}-2024"\n'
            'tot = "onbepaald"\n'
        )
    if geschud:
        random.Random(2024).shuffle(blokken)
    tekst = VEENMARKEN.read_text().split("[[locatie]]")[0]
    return (tekst + "\n".join(blokken)).encode()


def als_csv(rijen: list[list[str]]) -> bytes:
    uit = io.StringIO()
    w = csv.writer(uit, delimiter=";")
    w.writerow(KOP)
    w.writerows(rijen)
    return uit.getvalue().encode()


def gemeten(doe: Callable[[], Any]) -> tuple[Any, float, float]:
    """The result of `doe()`, its CPU seconds and its wall seconds."""
    cpu, wand = time.process_time(), time.perf_counter()
    uitkomst = doe()
    return uitkomst, time.process_time() - cpu, time.perf_counter() - wand


def plain_insert(inhoud: bytes) -> int:
    """Parse `inhoud` with the csv module and insert its rows with one executemany into a
    scratch table of the location's columns; the number of rows."""
    from django.db import connection, transaction

    rijen = list(csv.reader(io.StringIO(inhoud.decode()), delimiter=";"))[1:]
    with transaction.atomic(), connection.cursor() as c:
        c.execute(
            "CREATE TABLE benchmark_locatie (gemeente varchar(100), naam varchar(200), "
            "plaatsen integer, soort varchar(20), status varchar(20), "
            "beschikbaar_van varchar(20), beschikbaar_tot varchar(20))"
        )
        c.executemany(
            "INSERT INTO benchmark_locatie VALUES (%s, %s, %s, %s, %s, %s, %s)",
            [(g, n, int(p), s, st, v, t) for g, n, p, s, st, v, t in rijen],
        )
        c.execute("SELECT count(*) FROM benchmark_locatie")
        (aantal,) = c.fetchone()
        c.execute("DROP TABLE benchmark_locatie")
    return int(aantal)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--aantal", type=int, default=10_000)
    p.add_argument("--voorbeeld", type=int, default=15_000)
    p.add_argument("--bestand", type=int, default=15_000)
    args = p.parse_args()
    # The repository's root, for the start-up shared with the other benchmarks.
    sys.path.insert(0, str(HIER.parents[1]))
    from benchmarks.opstart import start_django

    start_django("import")
    from django.db import connection
    from django.db.models import Sum

    from regietafel.cycli.models import Gegevensstand
    from regietafel.importen.laden import laad_bestand
    from regietafel.importen.services import importeer
    from regietafel.locaties.models import Locatie
    from regietafel.provincies.models import Gemeente
    from regietafel.services.inrichting import richt_in

    richt_in()

    def standtelling() -> int:
        return int(Gegevensstand.objects.aggregate(n=Sum("aantal"))["n"] or 0)

    gemeenten = list(
        Gemeente.objects.filter(provincie__code="drenthe")
        .order_by("naam")
        .values_list("naam", flat=True)
    )
    eerste = als_csv(locatierijen(gemeenten, args.aantal))
    tweede = als_csv(anders_geordend(locatierijen(gemeenten, args.voorbeeld, gewijzigd_elke=10)))

    def importeren(inhoud: bytes, droog: bool) -> Any:
        return importeer("locaties", inhoud, "locaties.csv", provincie="drenthe", droog=droog)

    uit: dict[str, Any] = {"database": connection.vendor, "aantal": args.aantal}
    droog, uit["droog_cpu_s"], uit["droog_wand_s"] = gemeten(lambda: importeren(eerste, True))
    assert droog.geldig, droog.fouten[:3]
    stand_voor = standtelling()
    historie_voor = Locatie.history.count()
    r, uit["import_cpu_s"], uit["import_wand_s"] = gemeten(lambda: importeren(eerste, False))
    assert r.toegepast, r.fouten[:3]
    nieuw = sum(1 for w in r.wijzigingen if w.soort == "nieuw")
    assert nieuw == args.aantal, nieuw
    assert Locatie.objects.filter(gemeente__provincie__code="drenthe").count() == args.aantal
    historie = Locatie.history.count() - historie_voor
    assert historie == len(r.wijzigingen), (historie, len(r.wijzigingen))
    uit["wijzigingen"] = len(r.wijzigingen)
    uit["historierijen"] = historie
    uit["standwijzigingen"] = standtelling() - stand_voor
    if args.voorbeeld:
        v, uit["voorbeeld_cpu_s"], uit["voorbeeld_wand_s"] = gemeten(
            lambda: importeren(tweede, True)
        )
        assert v.geldig, v.fouten[:3]
        uit["voorbeeld_rijen"] = args.voorbeeld
        uit["voorbeeld_wijzigingen"] = len(v.wijzigingen)
    if args.bestand:
        bestand = gegevensbestand(args.bestand)
        anders = gegevensbestand(args.bestand, gewijzigd_elke=10, geschud=True)
        uit["bestand_locaties"] = args.bestand
        geladen, uit["bestand_cpu_s"], uit["bestand_wand_s"] = gemeten(
            lambda: laad_bestand(bestand, "veenmarken.toml")
        )
        assert geladen.toegepast, geladen.fouten[:3]
        v, uit["bestand_voorbeeld_cpu_s"], uit["bestand_voorbeeld_wand_s"] = gemeten(
            lambda: laad_bestand(anders, "veenmarken.toml", droog=True)
        )
        assert v.geldig, v.fouten[:3]
        uit["bestand_voorbeeld_wijzigingen"] = len(v.wijzigingen)
    n, uit["plain_cpu_s"], uit["plain_wand_s"] = gemeten(lambda: plain_insert(eerste))
    assert n == args.aantal
    uit["verhouding_cpu"] = uit["import_cpu_s"] / uit["plain_cpu_s"]
    uit["verhouding_droog"] = uit["import_cpu_s"] / uit["droog_cpu_s"]
    for sleutel, waarde in uit.items():
        tekst = f"{waarde:.3f}" if isinstance(waarde, float) else str(waarde)
        print(f"{sleutel:24} {tekst}")
    (HIER / "results.json").write_text(json.dumps(uit, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
