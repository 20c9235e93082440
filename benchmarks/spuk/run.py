"""Benchmark: the SPUK 1 / SPUK 3 choice without trying every subset (ADR 0011).

Times `bereken_spuk` on every province of the synthetic national dataset, and the three
parts of the choice (count, proposal, first 100 listed) on games from 16 to 300 entitled
municipalities: random amounts, and two degenerate kinds with astronomically many stable
sets (equal amounts; equal SPUK 1 per place with different places).

    .venv/bin/python benchmarks/spuk/run.py [--herhalingen 5]

Pure domain code: no database, no Django.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import time
from collections.abc import Callable
from itertools import islice
from typing import Any

from regietafel.data.synthetisch import synthetische_gegevens
from regietafel.domain.spuk import bereken_spuk
from regietafel.domain.spuk_keuze import (
    Keuzespel,
    aantal_stabiele_keuzes,
    beste_stabiele_keuze,
    stabiele_keuzes,
)


def _meet(functie: Callable[[], Any], herhalingen: int) -> float:
    tijden = []
    for _ in range(herhalingen):
        begin = time.perf_counter()
        functie()
        tijden.append(time.perf_counter() - begin)
    return statistics.median(tijden)


def _spellen() -> dict[str, Keuzespel]:
    rnd = random.Random(3)
    spellen = {}
    for n in (16, 60, 300):
        gewicht = {f"g{i}": rnd.randint(20, 600) for i in range(n)}
        spuk1 = {
            k: 2000 * max(0, int(w * rnd.uniform(0.2, 1.5)) - w // 2) for k, w in gewicht.items()
        }
        spellen[f"willekeurig, {n} gemeenten"] = Keuzespel(
            spuk1, gewicht, 370 * sum(gewicht.values())
        )
    for n in (16, 60):
        gewicht = {f"g{i}": 100 for i in range(n)}
        spellen[f"gelijke bedragen, {n}"] = Keuzespel(
            dict.fromkeys(gewicht, 1000), gewicht, 500 * n
        )
    for n in (16, 60):
        gewicht = {f"g{i}": rnd.randint(100, 400) for i in range(n)}
        spuk1 = {k: 10 * w for k, w in gewicht.items()}
        spellen[f"gelijk per plaats, {n}"] = Keuzespel(spuk1, gewicht, 5 * sum(gewicht.values()))
    return spellen


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--herhalingen", type=int, default=5)
    args = p.parse_args()
    print(f"{platform.python_implementation()} {platform.python_version()}")

    print("\nbereken_spuk per synthetische provincie (mediaan):")
    for g in synthetische_gegevens():
        u = bereken_spuk(g)
        t = _meet(lambda g=g: bereken_spuk(g), args.herhalingen)
        gerechtigd = sum(1 for v in u.vergelijking if v.spuk1)
        print(
            f"  {g.provincie.naam:32} {len(g.gemeenten):3} gemeenten, {gerechtigd:3} met recht, "
            f"{u.aantal_stabiele_keuzes} stabiel: {t * 1000:7.1f} ms"
        )

    print("\nde keuze alleen (mediaan): tellen / voorstel / eerste 100 noemen")
    for naam, spel in _spellen().items():
        aantal = aantal_stabiele_keuzes(spel)
        tijden = [
            _meet(lambda spel=spel: aantal_stabiele_keuzes(spel), args.herhalingen),
            _meet(lambda spel=spel: beste_stabiele_keuze(spel), args.herhalingen),
            _meet(lambda spel=spel: list(islice(stabiele_keuzes(spel), 100)), args.herhalingen),
        ]
        print(
            f"  {naam:28} {len(spel.gerechtigden):3} met recht, {aantal:.3g} stabiel: "
            + " / ".join(f"{t * 1000:.1f}" for t in tijden)
            + " ms"
        )


if __name__ == "__main__":
    main()
