"""Benchmark: every computed page under 20 concurrent clients, on SQLite and PostgreSQL.

For each database: a fresh database with Drenthe and the seeded synthetic national dataset
(13 provinces, 354 municipalities, ~1,500 locations, every cycle 2025-2026 published),
`regietafel serve` as in production (gunicorn, one worker per core plus one), and then,
one after the other, CLIENTS keep-alive connections asking for a static file and for each
computed page of a random province: the puzzle, SPUK and Bijlage 1 as the public sees them,
the dashboard, Capaciteit and Realisatie as a logged-in ministry user. It prints and writes
(results.json) throughput and latency per page and database, with each page set against
the static file of the same run, and writes the table into README.md.

    .venv/bin/python benchmarks/paginas/run.py                 # both databases, 20 s a page
    .venv/bin/python benchmarks/paginas/run.py --databases sqlite --seconden 10

PostgreSQL: the database in BENCH_POSTGRES_URL (default
postgres://postgres@127.0.0.1:5432/regietafel_bench_paginas) is dropped and created anew.
The load comes from Python processes with threads (http.client), on the same machine.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

HIER = Path(__file__).resolve().parent
WORTEL = HIER.parent.parent
POORT = 8766
CYCLUS = "2025-2026"
POSTGRES = "postgres://postgres@127.0.0.1:5432/regietafel_bench_paginas"

# name: (path with {provincie} and {cyclus}, logged in?)
PAGINAS: dict[str, tuple[str, bool]] = {
    "statisch bestand": ("/static/regietafel/regietafel.css", False),
    "puzzel": ("/?provincie={provincie}&cyclus={cyclus}", False),
    "dashboard": ("/dashboard/?provincie={provincie}&cyclus={cyclus}", True),
    "SPUK": ("/bonus/?provincie={provincie}&cyclus={cyclus}", False),
    "Bijlage 1": ("/bijlage1/?provincie={provincie}&cyclus={cyclus}", False),
    "capaciteit": ("/capaciteit/?provincie={provincie}&cyclus={cyclus}", True),
    "realisatie": ("/realisatie/?provincie={provincie}&cyclus={cyclus}", True),
    # The province with 16 entitled municipalities only ({zestien}).
    "puzzel (16 gerechtigd)": ("/?provincie={zestien}&cyclus={cyclus}", False),
    "SPUK (16 gerechtigd)": ("/bonus/?provincie={zestien}&cyclus={cyclus}", False),
    # Every province at once (issue 16), as the ministry reads it; the province of the
    # request is not used.
    "landelijk": ("/landelijk/?cyclus={cyclus}", True),
}
STATISCH = "statisch bestand"
# One province has this many municipalities entitled to SPUK 1 (`maak_zestien_gerechtigden`);
# its SPUK page is measured against its puzzle page (issue 21: within 2 times).
GERECHTIGDEN = 16

# -- loading (runs in a child process, so that each database gets its own Django) --------


def laad() -> None:
    """Fill the database in DATABASE_URL (or SQLite in REGIETAFEL_DATA_DIR) with Drenthe and
    the synthetic national dataset, publish every cycle 2025-2026 (frozen as at publication)
    and log in a ministry user; print the provinces and the session cookie as JSON."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regietafel.settings")
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import connection

    from regietafel.cycli.models import ProvincieCyclus
    from regietafel.gebruikers.models import Profiel, Rol
    from regietafel.landelijk.synthetisch import laad_synthetisch
    from regietafel.services.inrichting import richt_in

    richt_in()
    laad_synthetisch()
    zestien = maak_zestien_gerechtigden()
    for pc in ProvincieCyclus.objects.filter(cyclus__naam=CYCLUS, gepubliceerd=False):
        pc.gepubliceerd = True
        pc.save()
    richt_in()  # freezes the newly published cycles (ADR 0007)
    gebruiker = User.objects.create_user("bench-ministerie")
    Profiel.objects.create(gebruiker=gebruiker, rol=Rol.MINISTERIE)
    sessie = SessionStore()
    sessie[SESSION_KEY] = str(gebruiker.pk)
    sessie[BACKEND_SESSION_KEY] = "regietafel.gebruikers.aanmelden.GebruikerMetRol"
    sessie[HASH_SESSION_KEY] = gebruiker.get_session_auth_hash()
    sessie.create()
    if connection.vendor == "postgresql":
        # As autovacuum would soon after such a load: statistics for the planner, and no
        # vacuum competing for the cores during the measurement.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    provincies = list(
        ProvincieCyclus.objects.filter(cyclus__naam=CYCLUS)
        .order_by("provincie__code")
        .values_list("provincie__code", flat=True)
    )
    print(json.dumps({"provincies": provincies, "sessie": sessie.session_key, "zestien": zestien}))


def maak_zestien_gerechtigden() -> str:
    """The synthetic province with the most municipalities, given durable locations until
    GERECHTIGDEN of them are entitled to SPUK 1 (issue 21: the page for such a province took
    5.4-7.7 s when every subset was tried); its code. Each added location has more durable
    places than its municipality's indicative number, a different number for each."""
    from django.db.models import Count

    from regietafel.domain.spuk import indicatief_incl_amv, keuzespel
    from regietafel.locaties.models import Locatie
    from regietafel.provincies.models import Gemeente, Provincie
    from regietafel.services.opslag import laad_actuele_gegevens

    provincie = (
        Provincie.objects.filter(code__startswith="syn-")
        .annotate(n=Count("gemeenten"))
        .order_by("-n", "code")
        .first()
    )
    assert provincie is not None
    gegevens = laad_actuele_gegevens(provincie.code, CYCLUS)
    spel = keuzespel(gegevens)
    assert spel is not None, "SPUK 1 of SPUK 3 is niet te kiezen"
    soort = sorted(gegevens.cyclus.regels.spuk1_soorten)[0]
    kandidaten = [
        (g.cbs_code, aantal)
        for g in gegevens.gemeenten
        if g.cbs_code not in spel.gerechtigden
        and (aantal := indicatief_incl_amv(gegevens.cijfers[g.cbs_code])) is not None
    ]
    for i, (cbs, indicatief) in enumerate(kandidaten[: GERECHTIGDEN - len(spel.gerechtigden)]):
        Locatie.objects.create(
            gemeente=Gemeente.objects.get(cbs_code=cbs), naam=f"Duurzame locatie {i + 1}",
            plaatsen=indicatief + 20 + 7 * i, soort=soort, status="gerealiseerd",
            beschikbaar_van=date(2024, 1, 1), onbepaalde_tijd=True,
        )  # fmt: skip
    spel = keuzespel(laad_actuele_gegevens(provincie.code, CYCLUS))
    assert spel is not None and len(spel.gerechtigden) == GERECHTIGDEN, spel
    return provincie.code


def maak_postgres_leeg(url: str) -> None:
    import psycopg

    naam = urlsplit(url).path.lstrip("/")
    beheer = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(beheer, autocommit=True) as verbinding:
        verbinding.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')
        verbinding.execute(f'CREATE DATABASE "{naam}"')


# -- load generation -----------------------------------------------------------------------


def vraag(verbinding: http.client.HTTPConnection, pad: str, koppen: dict[str, str]) -> int:
    verbinding.request("GET", pad, headers=koppen)
    antwoord = verbinding.getresponse()
    antwoord.read()
    return antwoord.status


def _proces(
    paden: list[str], koppen: dict[str, str], threads: int, eind: float, uit: multiprocessing.Queue
) -> None:
    """One load process: `threads` clients until `eind`; puts (latencies, errors)."""
    tijden: list[float] = []
    fouten: list[str] = []

    def client(nummer: int) -> None:
        kans = random.Random(nummer * 7919 + os.getpid())
        verbinding = http.client.HTTPConnection("127.0.0.1", POORT, timeout=60)
        while time.time() < eind:
            pad = kans.choice(paden)
            start = time.perf_counter()
            try:
                status = vraag(verbinding, pad, koppen)
            except (OSError, http.client.HTTPException) as fout:
                fouten.append(f"{pad}: {fout!r}")
                verbinding.close()
                verbinding = http.client.HTTPConnection("127.0.0.1", POORT, timeout=60)
                continue
            tijden.append(time.perf_counter() - start)
            if status != 200:
                fouten.append(f"{pad}: status {status}")

    clients = [threading.Thread(target=client, args=(i,)) for i in range(threads)]
    for t in clients:
        t.start()
    for t in clients:
        t.join()
    uit.put((tijden, fouten[:20], len(fouten)))


def met_python(
    paden: list[str], koppen: dict[str, str], clients: int, seconden: float, processen: int
) -> dict[str, float]:
    """CLIENTS connections spread over `processen` processes (threads within each), so that
    one interpreter's lock does not stretch the measured latencies."""
    ctx = multiprocessing.get_context("fork")
    uit = ctx.Queue()
    eind = time.time() + seconden
    verdeling = [clients // processen + (i < clients % processen) for i in range(processen)]
    werkers = [
        ctx.Process(target=_proces, args=(paden, koppen, n, eind, uit)) for n in verdeling if n
    ]
    for w in werkers:
        w.start()
    tijden: list[float] = []
    fouten: list[str] = []
    aantal_fouten = 0
    for _ in werkers:
        t, f, n = uit.get()
        tijden += t
        fouten += f
        aantal_fouten += n
    for w in werkers:
        w.join()
    if fouten:
        print("  fouten, bijvoorbeeld:", *fouten[:3], sep="\n    ", file=sys.stderr)
    tijden.sort()
    if not tijden:
        return {"requests": 0, "errors": aantal_fouten}
    return {
        "requests": len(tijden),
        "errors": aantal_fouten,
        "median_ms": round(statistics.median(tijden) * 1000, 1),
        "p95_ms": round(tijden[int(0.95 * (len(tijden) - 1))] * 1000, 1),
        "p99_ms": round(tijden[int(0.99 * (len(tijden) - 1))] * 1000, 1),
        "throughput_rps": round(len(tijden) / seconden, 1),
    }


def warm_op(paden: list[str], koppen: dict[str, str], args: argparse.Namespace) -> None:
    """Unmeasured rounds with all clients until every worker process has computed every
    page (each computes each page once per data version, in its own memory): at least
    `--opwarmen-verzoeken` requests per page, and until a round's median is no more than a
    quarter above the previous round's; at most five minutes."""
    gevraagd, vorige = 0, None
    eind = time.monotonic() + 300
    while time.monotonic() < eind:
        ronde = met_python(paden, koppen, args.clients, args.opwarmen, args.processen)
        gevraagd += int(ronde["requests"])
        mediaan = float(ronde.get("median_ms", 0))
        genoeg = gevraagd >= args.opwarmen_verzoeken * len(paden)
        if genoeg and vorige is not None and mediaan <= 1.25 * vorige:
            return
        vorige = mediaan


# -- one database ---------------------------------------------------------------------------


def wacht_op_server(timeout: float = 120) -> None:
    eind = time.monotonic() + timeout
    while True:
        try:
            vraag(http.client.HTTPConnection("127.0.0.1", POORT, timeout=30), "/inloggen/", {})
            return
        except OSError:
            if time.monotonic() > eind:
                raise SystemExit("de server start niet") from None
            time.sleep(0.3)


def meet_database(database: str, args: argparse.Namespace) -> list[dict[str, object]]:
    data_dir = tempfile.mkdtemp(prefix="regietafel-bench-paginas-")
    env = {
        **os.environ,
        "REGIETAFEL_DATA_DIR": data_dir,
        "REGIETAFEL_GEEN_WERKER": "1",
        "PYTHONPATH": str(WORTEL / "src"),
    }
    env.pop("DATABASE_URL", None)
    if database == "postgresql":
        env["DATABASE_URL"] = os.environ.get("BENCH_POSTGRES_URL", POSTGRES)
        maak_postgres_leeg(env["DATABASE_URL"])
    print(f"== {database}: gegevens laden", flush=True)
    geladen = json.loads(
        subprocess.run(
            [sys.executable, __file__, "--laad"], env=env, capture_output=True, text=True,
            check=True,
        ).stdout.strip().splitlines()[-1]
    )  # fmt: skip
    koekje = {"Cookie": f"sessionid={geladen['sessie']}"}
    server = subprocess.Popen(
        [sys.executable, "-m", "regietafel.cli", "serve", "--port", str(POORT)],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    rijen: list[dict[str, object]] = []
    try:
        wacht_op_server()
        for naam in args.paginas:
            sjabloon, ingelogd = PAGINAS[naam]
            paden = sorted(
                {
                    sjabloon.format(provincie=p, cyclus=CYCLUS, zestien=geladen["zestien"])
                    for p in geladen["provincies"]
                }
            )
            koppen = koekje if ingelogd else {}
            verbinding = http.client.HTTPConnection("127.0.0.1", POORT, timeout=120)
            for pad in paden:  # every page once, so that its status is known
                if (status := vraag(verbinding, pad, koppen)) != 200:
                    raise SystemExit(f"{database} {pad}: status {status}")
            warm_op(paden, koppen, args)
            voor = _serverprocessen(server.pid, env.get("DATABASE_URL"))
            meting = met_python(paden, koppen, args.clients, args.seconden, args.processen)
            na = _serverprocessen(server.pid, env.get("DATABASE_URL"))
            # CPU time per request, which other work on the machine changes far less than
            # the latencies: of the web workers and of the database's backends (a process
            # started during the measurement counts whole; one that ended is missed).
            for soort, cpu in na.items():
                gebruikt = sum(t - voor[soort].get(pid, 0.0) for pid, t in cpu.items())
                meting[f"cpu_{soort}_ms"] = round(
                    gebruikt * 1000 / max(int(meting["requests"]), 1), 2
                )
            rij = {"database": database, "pagina": naam, "ingelogd": ingelogd, **meting}
            print(f"  {naam:17} {json.dumps(meting)}", flush=True)
            rijen.append(rij)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(data_dir, ignore_errors=True)
    statisch = next((r for r in rijen if r["pagina"] == STATISCH), None)
    for r in rijen:
        if statisch and r.get("p95_ms") and statisch.get("p95_ms"):
            r["p95_x_statisch"] = round(float(r["p95_ms"]) / float(statisch["p95_ms"]), 1)
            r["rps_statisch_x"] = round(
                float(statisch["throughput_rps"]) / float(r["throughput_rps"]), 1
            )
    return rijen


def _cpu(pid: int) -> float:
    """The CPU seconds (user + system) process `pid` used so far (Linux); 0 if it ended."""
    try:
        velden = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(velden[11]) + int(velden[12])) / os.sysconf("SC_CLK_TCK")


def _serverprocessen(server: int, database_url: str | None) -> dict[str, dict[int, float]]:
    """The CPU seconds so far of the web server's worker processes and, on PostgreSQL, of
    the database's backends that serve this benchmark's database (Linux's /proc)."""
    werkers: dict[int, float] = {}
    database: dict[int, float] = {}
    naam = urlsplit(database_url).path.lstrip("/") if database_url else None
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ouder = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            opdracht = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, ValueError, IndexError):
            continue
        pid = int(stat.parent.name)
        if ouder == server:
            werkers[pid] = _cpu(pid)
        elif naam and opdracht.startswith("postgres: ") and f" {naam} " in opdracht:
            database[pid] = _cpu(pid)
    return {"web": werkers, "database": database} if naam else {"web": werkers}


# -- report ---------------------------------------------------------------------------------

BEGIN, EINDE = "<!-- resultaten: run.py schrijft hieronder -->", "<!-- einde resultaten -->"


def tabel(rijen: list[dict[str, object]], o: dict[str, object]) -> str:
    regels = [
        f"Measured {o['datum']} by `run.py`: {o['clients']} clients, {o['seconden']} s per "
        f"page after unmeasured warm-up rounds of {o['opwarmen']} s (until the median "
        f"settles), load from {o['generator']}; {o['cpus']} cores, load average "
        f"{o['load_voor']} before and {o['load_na']} after the run (other work on the "
        f"machine counts in it); gunicorn with {o['workers']} worker processes; Python "
        f"{o['python']}; commit {o['commit']}.",
        "",
        "| database | page | requests | req/s | median | **p95** | p99 | errors "
        "| p95 ÷ static | static req/s ÷ page | CPU per request: web (database) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rijen:
        pagina = f"{r['pagina']}{' (logged in)' if r['ingelogd'] else ''}"
        regels.append(
            f"| {r['database']} | {pagina} | {r['requests']:,} | {r['throughput_rps']} "
            f"| {r['median_ms']} ms | **{r['p95_ms']} ms** | {r['p99_ms']} ms | {r['errors']} "
            f"| {r.get('p95_x_statisch', '')} | {r.get('rps_statisch_x', '')} "
            f"| {_cpu_tekst(r)} |".replace(",", ".")
        )
    return "\n".join(regels)


def _cpu_tekst(r: dict[str, object]) -> str:
    if "cpu_web_ms" not in r:
        return ""
    database = f" ({r['cpu_database_ms']} ms)" if "cpu_database_ms" in r else ""
    return f"{r['cpu_web_ms']} ms{database}"


def schrijf_readme(tekst: str) -> None:
    pad = HIER / "README.md"
    inhoud = pad.read_text()
    voor, _, rest = inhoud.partition(BEGIN)
    _, _, na = rest.partition(EINDE)
    pad.write_text(f"{voor}{BEGIN}\n{tekst}\n{EINDE}{na}")


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    global POORT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laad", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--paginas", default=",".join(PAGINAS), help="komma's tussen de namen")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconden", type=float, default=20, help="meetduur per pagina")
    parser.add_argument("--opwarmen", type=float, default=3, help="duur van een opwarmronde")
    parser.add_argument("--opwarmen-verzoeken", type=int, default=25, help="per pagina, minstens")
    parser.add_argument("--processen", type=int, default=2, help="Python-processen voor de last")
    parser.add_argument("--geen-readme", action="store_true", help="README.md niet bijwerken")
    parser.add_argument("--poort", type=int, default=POORT, help="poort van de server")
    args = parser.parse_args()
    POORT = args.poort  # the load processes are forked after this, and read it
    if args.laad:
        laad()
        return
    args.paginas = [p.strip() for p in args.paginas.split(",") if p.strip()]
    if STATISCH not in args.paginas:
        args.paginas.insert(0, STATISCH)
    if onbekend := [p for p in args.paginas if p not in PAGINAS]:
        kies = ", ".join(PAGINAS)
        raise SystemExit(f"onbekende pagina's: {', '.join(onbekend)}; kies uit {kies}")
    generator = f"Python ({args.processen} processes with threads, http.client)"
    load_voor = _load()
    rijen: list[dict[str, object]] = []
    for database in [d.strip() for d in args.databases.split(",") if d.strip()]:
        rijen += meet_database(database, args)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=WORTEL, capture_output=True, text=True
    ).stdout.strip()
    omstandigheden = {
        "datum": date.today().isoformat(),
        "clients": args.clients,
        "seconden": args.seconden,
        "opwarmen": args.opwarmen,
        "generator": generator,
        "cpus": os.cpu_count(),
        "load_voor": load_voor,
        "load_na": _load(),
        "workers": os.environ.get("REGIETAFEL_WORKERS", f"{(os.cpu_count() or 1) + 1}"),
        "python": platform.python_version(),
        "commit": commit or "?",
    }
    resultaat = {"omstandigheden": omstandigheden, "metingen": rijen}
    (HIER / "results.json").write_text(json.dumps(resultaat, indent=2) + "\n")
    tekst = tabel(rijen, omstandigheden)
    print(tekst)
    if not args.geen_readme:
        schrijf_readme(tekst)
    if any(r["errors"] for r in rijen):
        raise SystemExit("er waren fouten")


if __name__ == "__main__":
    main()
