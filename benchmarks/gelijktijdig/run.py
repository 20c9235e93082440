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
import tempfile
import threading
import time
from collections import Counter
from datetime import date
from pathlib import Path

HIER = Path(__file__).resolve().parent
GEMEENTEN = ["GM0106", "GM0114", "GM0109", "GM0118"]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--schrijvers", type=int, default=12)
    p.add_argument("--rondes", type=int, default=25)
    args = p.parse_args()
    if "DATABASE_URL" not in os.environ:
        os.environ["REGIETAFEL_DATA_DIR"] = tempfile.mkdtemp(prefix="regietafel-gelijktijdig-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regietafel.settings")
    os.environ["REGIETAFEL_TASKS_BACKEND"] = "django.tasks.backends.immediate.ImmediateBackend"
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection, connections

    from regietafel.gebruikers.models import Profiel, Rol
    from regietafel.importen.services import importeer
    from regietafel.locaties.models import Locatie
    from regietafel.opgaven.models import Aanbod
    from regietafel.provincies.models import Gemeente, Provincie
    from regietafel.services.inrichting import richt_in
    from regietafel.services.toegang import toegang
    from regietafel.services.wijzigingen import Conflict, bewaar_locatie, wijzig_aanbod
    from regietafel.verdelingen.models import Verdelingsversie
    from regietafel.verdelingen.services import maak_concept

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
    aanbod = {
        a.gemeente.cbs_code: a
        for a in Aanbod.objects.select_related("gemeente").filter(
            gemeente__cbs_code__in=GEMEENTEN, categorie="amv", jaar=2026
        )
    }
    connections.close_all()

    uitkomsten: list[tuple[str, int, object, int]] = []
    tellers: Counter[str] = Counter()
    fouten: list[str] = []
    start = threading.Barrier(args.schrijvers)

    def schrijf(n: int) -> None:
        gebruiker = gebruikers[n]
        cbs = GEMEENTEN[n % len(GEMEENTEN)]
        try:
            start.wait()
            t = toegang(gebruiker)
            for ronde in range(args.rondes):
                soort = (n + ronde) % 4
                try:
                    if soort == 0:
                        a = Aanbod.objects.select_related("gemeente__provincie").get(
                            pk=aanbod[cbs].pk
                        )
                        w = 1000 + n * 100 + ronde
                        wijzig_aanbod(t, gebruiker, a, w, a.versie, "benchmark")
                        uitkomsten.append(("aanbod", a.pk, w, gebruiker.pk))
                    elif soort == 1:
                        loc = Locatie(
                            gemeente=aanbod[cbs].gemeente,
                            naam=f"Benchmark {n}-{ronde}",
                            plaatsen=10,
                            soort="regulier",
                            status="gepland",
                            beschikbaar_van=date(2026, 1, 1),
                        )
                        bewaar_locatie(t, gebruiker, loc, None, "benchmark")
                        uitkomsten.append(("locatie", loc.pk, loc.naam, gebruiker.pk))
                    elif t.provincie is None:
                        continue
                    elif soort == 2:
                        v = maak_concept("drenthe", "2025-2026", None, gebruiker, "benchmark")
                        uitkomsten.append(("concept", v.pk, v.nummer, gebruiker.pk))
                    else:
                        rijen = [
                            (a, 2000 + n * 100 + ronde + i)
                            for i, a in enumerate(aanbod[c] for c in GEMEENTEN)
                        ]
                        tekst = "Gemeente;Categorie;Jaar;Plaatsen\n" + "".join(
                            f"{a.gemeente.naam};amv;2026;{w}\n" for a, w in rijen
                        )
                        r = importeer(
                            "aanbod",
                            tekst.encode(),
                            f"benchmark-{n}.csv",
                            provincie="drenthe",
                            cyclus="2025-2026",
                            t=t,
                            gebruiker=gebruiker,
                        )
                        if not r.toegepast:
                            tellers["geweigerd"] += 1
                            continue
                        uitkomsten.extend(("aanbod", a.pk, w, gebruiker.pk) for a, w in rijen)
                    tellers["geaccepteerd"] += 1
                except Conflict:
                    tellers["geweigerd"] += 1
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
