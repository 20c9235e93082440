"""Benchmark: latency of the puzzle page under 20 concurrent clients on loopback.

Loads the synthetic national dataset (12 provinces, 342 municipalities) into a fresh SQLite
database (or the database in DATABASE_URL), starts `regietafel serve` on a loopback port,
and lets CLIENTS threads each request the puzzle page of a random province REQUESTS times
over keep-alive connections. It prints and writes (results.json) the median and p95.

    .venv/bin/python benchmarks/puzzelpagina/run.py [--clients 20] [--requests 50]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HIER = Path(__file__).resolve().parent
POORT = 8765


def laad_gegevens(data_dir: str) -> list[str]:
    """Fill the database with the synthetic national dataset; return the province codes."""
    os.environ["REGIETAFEL_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regietafel.settings")
    import django

    django.setup()
    from regietafel.provincies.models import Provincie
    from regietafel.services.inrichting import richt_in
    from regietafel.services.synthetisch import laad_synthetisch

    richt_in()
    laad_synthetisch()
    return list(Provincie.objects.values_list("code", flat=True))


def wacht_op_server(timeout: float = 30) -> None:
    eind = time.monotonic() + timeout
    while time.monotonic() < eind:
        try:
            c = http.client.HTTPConnection("127.0.0.1", POORT, timeout=2)
            c.request("GET", "/inloggen/")
            c.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("de server start niet")


def client(provincies: list[str], aantal: int, tijden: list[float], fouten: list[str]) -> None:
    verbinding = http.client.HTTPConnection("127.0.0.1", POORT, timeout=30)
    kans = random.Random(threading.get_ident())
    for _ in range(aantal):
        pad = f"/?provincie={kans.choice(provincies)}&cyclus=2025-2026"
        start = time.perf_counter()
        verbinding.request("GET", pad)
        antwoord = verbinding.getresponse()
        antwoord.read()
        tijden.append(time.perf_counter() - start)
        if antwoord.status != 200:
            fouten.append(f"{pad}: {antwoord.status}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=50, help="per client")
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="regietafel-bench-")
    provincies = laad_gegevens(data_dir)
    env = {**os.environ, "REGIETAFEL_DATA_DIR": data_dir}
    # Every province's figures are public in this benchmark, as after publication.
    from regietafel.cycli.models import ProvincieCyclus

    ProvincieCyclus.objects.update(gepubliceerd=True)
    server = subprocess.Popen(
        [sys.executable, "-m", "regietafel.cli", "serve", "--port", str(POORT)],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    try:
        wacht_op_server()
        tijden: list[float] = []
        fouten: list[str] = []
        threads = [
            threading.Thread(target=client, args=(provincies, args.requests, tijden, fouten))
            for _ in range(args.clients)
        ]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        duur = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait()
    tijden.sort()
    resultaat = {
        "clients": args.clients,
        "requests": len(tijden),
        "errors": len(fouten),
        "provinces": len(provincies),
        "median_ms": round(statistics.median(tijden) * 1000, 1),
        "p95_ms": round(tijden[int(0.95 * (len(tijden) - 1))] * 1000, 1),
        "throughput_rps": round(len(tijden) / duur, 1),
        "database": os.environ.get("DATABASE_URL", "sqlite").split(":")[0],
    }
    print(json.dumps(resultaat, indent=2))
    (HIER / "results.json").write_text(json.dumps(resultaat, indent=2) + "\n")
    if fouten:
        raise SystemExit(f"{len(fouten)} fouten, bv. {fouten[0]}")


if __name__ == "__main__":
    main()
