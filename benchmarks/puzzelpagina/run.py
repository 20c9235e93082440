"""Benchmark: latency of the puzzle page under 20 concurrent clients on loopback.

Loads the synthetic national dataset (12 provinces, 342 municipalities, ~1,500 locations)
and Drenthe into a fresh SQLite database (or the database in DATABASE_URL), starts
`regietafel serve` on a loopback port, and keeps CLIENTS connections busy, each asking for
the puzzle page of a random province over keep-alive. The load comes from `wrk` (Debian's
package, a C program, so the load generator takes little of the two cores); without wrk,
from Python threads (`--python`), which take a noticeable share of the CPU themselves.
It prints and writes (results.json) the median and p95 latency and the throughput.

    .venv/bin/python benchmarks/puzzelpagina/run.py [--clients 20] [--seconden 30]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HIER = Path(__file__).resolve().parent
POORT = 8765
CYCLUS = "2025-2026"

# wrk runs this per request (a random province) and prints the percentiles as JSON.
WRK_SCRIPT = """
local paden = {%s}
math.randomseed(os.time())
request = function()
  return wrk.format("GET", paden[math.random(#paden)])
end
done = function(summary, latency, requests)
  local fouten = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    '{"requests": %%d, "errors": %%d, "median_ms": %%.1f, "p95_ms": %%.1f, "p99_ms": %%.1f, '
    .. '"throughput_rps": %%.1f}\\n',
    summary.requests, fouten, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
"""


def laad_gegevens(data_dir: str) -> list[str]:
    """Fill the database with Drenthe and the synthetic national dataset, every province's
    figures published as after publication; return the province codes."""
    os.environ["REGIETAFEL_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regietafel.settings")
    import django

    django.setup()
    from regietafel.cycli.models import ProvincieCyclus
    from regietafel.landelijk.synthetisch import laad_synthetisch
    from regietafel.services.inrichting import richt_in

    richt_in()
    laad_synthetisch()
    for pc in ProvincieCyclus.objects.filter(cyclus__naam=CYCLUS):
        pc.gepubliceerd = True
        pc.save()
    return list(
        ProvincieCyclus.objects.filter(cyclus__naam=CYCLUS).values_list(
            "provincie__code", flat=True
        )
    )


def vraag(verbinding: http.client.HTTPConnection, pad: str) -> int:
    verbinding.request("GET", pad)
    antwoord = verbinding.getresponse()
    antwoord.read()
    return antwoord.status


def wacht_op_server(paden: list[str], timeout: float = 60) -> None:
    """Wait until the server answers, then ask every page a few times (unmeasured), so
    every worker process has loaded its code and templates."""
    eind = time.monotonic() + timeout
    while True:
        try:
            verbinding = http.client.HTTPConnection("127.0.0.1", POORT, timeout=30)
            vraag(verbinding, "/inloggen/")
            break
        except OSError:
            if time.monotonic() > eind:
                raise SystemExit("de server start niet") from None
            time.sleep(0.2)
    for pad in paden * 3:
        if (status := vraag(verbinding, pad)) != 200:
            raise SystemExit(f"{pad}: status {status}")


def met_wrk(paden: list[str], clients: int, seconden: int) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % ", ".join(f'"{p}"' for p in paden))
    uit = subprocess.run(
        ["wrk", "-t2", f"-c{clients}", f"-d{seconden}s", "-s", script.name,
         f"http://127.0.0.1:{POORT}"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return json.loads(uit.strip().splitlines()[-1])


def met_python(paden: list[str], clients: int, seconden: int) -> dict[str, float]:
    tijden: list[float] = []
    fouten: list[str] = []
    eind = time.monotonic() + seconden

    def client() -> None:
        verbinding = http.client.HTTPConnection("127.0.0.1", POORT, timeout=30)
        kans = random.Random(threading.get_ident())
        while time.monotonic() < eind:
            pad = kans.choice(paden)
            start = time.perf_counter()
            status = vraag(verbinding, pad)
            tijden.append(time.perf_counter() - start)
            if status != 200:
                fouten.append(f"{pad}: {status}")

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    tijden.sort()
    return {
        "requests": len(tijden),
        "errors": len(fouten),
        "median_ms": round(statistics.median(tijden) * 1000, 1),
        "p95_ms": round(tijden[int(0.95 * (len(tijden) - 1))] * 1000, 1),
        "p99_ms": round(tijden[int(0.99 * (len(tijden) - 1))] * 1000, 1),
        "throughput_rps": round(len(tijden) / seconden, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconden", type=int, default=30, help="duur van de meting")
    parser.add_argument("--python", action="store_true", help="Python-threads in plaats van wrk")
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="regietafel-bench-")
    provincies = laad_gegevens(data_dir)
    paden = [f"/?provincie={code}&cyclus={CYCLUS}" for code in provincies]
    server = subprocess.Popen(
        [sys.executable, "-m", "regietafel.cli", "serve", "--port", str(POORT)],
        env={**os.environ, "REGIETAFEL_DATA_DIR": data_dir, "REGIETAFEL_GEEN_WERKER": "1"},
        stdout=subprocess.DEVNULL,
    )
    gebruik_wrk = not args.python and shutil.which("wrk") is not None
    try:
        wacht_op_server(paden)
        meting = (met_wrk if gebruik_wrk else met_python)(paden, args.clients, args.seconden)
    finally:
        server.terminate()
        server.wait()
    resultaat = {
        "clients": args.clients,
        "seconds": args.seconden,
        "load_generator": "wrk" if gebruik_wrk else "python",
        "provinces": len(provincies),
        **meting,
        "database": os.environ.get("DATABASE_URL", "sqlite").split(":")[0],
        "workers": os.environ.get("REGIETAFEL_WORKERS", f"{os.cpu_count()} cores + 1"),
    }
    print(json.dumps(resultaat, indent=2))
    (HIER / "results.json").write_text(json.dumps(resultaat, indent=2) + "\n")
    if meting["errors"]:
        raise SystemExit(f"{meting['errors']} fouten")


if __name__ == "__main__":
    main()
