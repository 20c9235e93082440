"""Benchmark: the puzzle solver on the synthetic national case.

342 municipalities x 2 categories (regular, AMV) x 2 years = 48 problems (12 provinces),
solved to proven optimality: stage 0/1 exact in Python, stage 2 as one HiGHS model with
mip_rel_gap = 0. Also the simple legal rule, and the ratio between the two.

    .venv/bin/python benchmarks/solver/run.py [--herhalingen 21] [--zaad 2024]

Pure domain code: no database, no Django.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections.abc import Callable
from typing import Any

from regietafel.data.synthetisch import synthetische_gegevens, synthetische_solverparameters
from regietafel.domain.puzzel_solver import Opties, los_op_alle, restverdeling_naar_rato
from regietafel.domain.solver_invoer import Instellingen, problemen


def _meet(functie: Callable[[], Any], herhalingen: int) -> tuple[float, Any]:
    tijden, uitkomst = [], None
    functie()  # warm up: imports, caches
    for _ in range(herhalingen):
        begin = time.perf_counter()
        uitkomst = functie()
        tijden.append(time.perf_counter() - begin)
    return statistics.median(tijden), uitkomst


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--herhalingen", type=int, default=21)
    p.add_argument("--zaad", type=int, default=2024)
    args = p.parse_args()

    gegevens = synthetische_gegevens(args.zaad)
    varianten = {
        "zonder maxima en eenheden": Instellingen(),
        "met maxima en AMV-eenheden": Instellingen.van_dict(
            synthetische_solverparameters(gegevens)
        ),
    }
    gemeenten = sum(len(g.gemeenten) for g in gegevens)
    print(f"{platform.python_implementation()} {platform.python_version()}, {gemeenten} gemeenten")
    for naam, inst in varianten.items():
        opties = Opties(alleen_onder_eigen_aantal=inst.alleen_onder_eigen_aantal)
        invoer = [(rijen, opties) for g in gegevens for _c, _j, rijen in problemen(g, inst)]
        t_opt, oplossingen = _meet(lambda invoer=invoer: los_op_alle(invoer), args.herhalingen)
        t_wet, _ = _meet(
            lambda invoer=invoer: [restverdeling_naar_rato(r) for r, _ in invoer], args.herhalingen
        )
        tekort = [o for o in oplossingen if o.rest]
        print(
            f"\n{naam}: {len(invoer)} problemen, {sum(len(r) for r, _ in invoer)} rijen, "
            f"{len(tekort)} met een rest ({sum(o.rest for o in tekort)} plaatsen), "
            f"{sum(1 for o in oplossingen if not o.sluitend)} niet sluitend"
        )
        print(f"  optimalisatie (mediaan van {args.herhalingen}): {t_opt * 1000:8.1f} ms")
        print(f"  wettelijke regel (mediaan):             {t_wet * 1000:8.1f} ms")
        print(f"  verhouding optimalisatie / wettelijk:   {t_opt / t_wet:8.1f} x")


if __name__ == "__main__":
    main()
