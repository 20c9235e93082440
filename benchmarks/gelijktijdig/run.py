"""Benchmark: many concurrent writers of mixed kinds (issue 22).

Loads Drenthe into a fresh SQLite database (or the empty database in DATABASE_URL), then
starts WRITERS threads, each with its own database connection, that write ROUNDS times
through the services the web uses: an offer (`wijzig_aanbod`), a new location
(`bewaar_locatie`), a concept version (`maak_concept`) or an import of the offers of four
municipalities in one transaction (`importeer`). It counts accepted writes, refusals
(a conflict: someone else changed the row first) and errors (a lock timeout or deadlock,
which would be a 500 for a user), and checks that every accepted write is in the history.
Prints and writes (results.json) the counts and the throughput; exits 1 on any error.

    PYTHONPATH=src .venv/bin/python benchmarks/gelijktijdig/run.py [--schrijvers 12] [--rondes 25]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from collections import Counter
from pathlib import Path

HIER = Path(__file__).resolve().parent


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--schrijvers", type=int, default=12)
    p.add_argument("--rondes", type=int, default=25)
    args = p.parse_args()
    # The repository's root, for the start-up and the writer shared with the test suite.
    sys.path.insert(0, str(HIER.parents[1]))
    from benchmarks.opstart import start_django

    os.environ["REGIETAFEL_TASKS_BACKEND"] = "django.tasks.backends.immediate.ImmediateBackend"
    start_django("gelijktijdig")
    from django.contrib.auth import get_user_model
    from django.db import connection, connections

    from regietafel.gebruikers.models import Profiel, Rol
    from regietafel.locaties.models import Locatie
    from regietafel.opgaven.models import Aanbod
    from regietafel.provincies.models import Gemeente, Provincie
    from regietafel.services.inrichting import richt_in
    from regietafel.services.toegang import toegang
    from regietafel.services.wijzigingen import Conflict
    from regietafel.verdelingen.models import Verdelingsversie
    from tests.gelijktijdig_hulp import GEMEENTEN, schrijf_eenmaal

    richt_in()
    gebruikers = []
    for n in range(args.schrijvers):
        u = get_user_model().objects.create_user(f"schrijver-{n}-{time.time_ns()}")
        if n % 3 == 2:
            Profiel.objects.create(
                gebruiker=u, rol=Rol.PROVINCIE, provincie=Provincie.objects.get(code="drenthe")
            )
        else:
            gemeente = Gemeente.objects.get(cbs_code=GEMEENTEN[n % len(GEMEENTEN)])
            Profiel.objects.create(gebruiker=u, rol=Rol.GEMEENTE, gemeente=gemeente)
        gebruikers.append(u)
    connections.close_all()

    uitkomsten: list[tuple[str, int, object, int]] = []
    tellers: Counter[str] = Counter()
    fouten: list[str] = []
    start = threading.Barrier(args.schrijvers)

    def schrijf(n: int) -> None:
        gebruiker = gebruikers[n]
        try:
            start.wait()
            t = toegang(gebruiker)
            for ronde in range(args.rondes):
                try:
                    geschreven = schrijf_eenmaal(
                        t, gebruiker, n, ronde, GEMEENTEN[n % len(GEMEENTEN)], "benchmark"
                    )
                except Conflict:
                    tellers["geweigerd"] += 1
                    continue
                if geschreven is not None:
                    tellers["geaccepteerd" if geschreven else "geweigerd"] += 1
                    uitkomsten.extend(geschreven)
        except Exception as fout:  # noqa: BLE001 - every failure is counted and shown
            fouten.append(f"schrijver {n}: {type(fout).__name__}: {str(fout).splitlines()[0]}")
        finally:
            connections.close_all()

    draden = [threading.Thread(target=schrijf, args=(n,)) for n in range(args.schrijvers)]
    begin = time.perf_counter()
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    duur = time.perf_counter() - begin

    ontbreekt = 0
    for soort, pk, waarde, door in uitkomsten:
        if soort == "aanbod":
            gevonden = Aanbod.history.filter(id=pk, plaatsen=waarde, history_user_id=door)
        elif soort == "locatie":
            gevonden = Locatie.history.filter(id=pk, naam=waarde, history_user_id=door)
        else:
            gevonden = Verdelingsversie.history.filter(id=pk, nummer=waarde, history_user_id=door)
        ontbreekt += not gevonden.exists()
    resultaat = {
        "database": connection.vendor,
        "schrijvers": args.schrijvers,
        "rondes": args.rondes,
        "geaccepteerd": tellers["geaccepteerd"],
        "geweigerd_conflict": tellers["geweigerd"],
        "fouten": len(fouten),
        "niet_in_historie": ontbreekt,
        "seconden": round(duur, 2),
        "schrijfacties_per_s": round((tellers["geaccepteerd"] + tellers["geweigerd"]) / duur, 1),
    }
    print(json.dumps(resultaat, indent=2))
    for f in fouten[:10]:
        print(f, file=sys.stderr)
    (HIER / "results.json").write_text(json.dumps(resultaat, indent=2) + "\n")
    return 1 if fouten or ontbreekt else 0


if __name__ == "__main__":
    sys.exit(main())
