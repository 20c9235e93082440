"""Benchmark: the puzzle solver on the synthetic national case, once and ten times over.

One national dataset (`synthetische_gegevens`, seed 2024) is 342 municipalities x 2
categories x 2 years = 48 problems; ten of them (seeds 2024..2033) are 3,420 municipalities
and 480 problems. Per scale and variant (without, and with the seeded solver parameters),
in the same run:

- the optimiser (`los_op_alle`): stages 0/1 exact, stage 2 per problem by the separable
  greedy, or one HiGHS model where a free row has a unit size;
- a per-problem MILP: the same, but stage 2 on HiGHS for every problem;
- the legal rule (`restverdeling_naar_rato`).

CPU time (`time.process_time`), median of the repetitions, explanations included.

    .venv/bin/python benchmarks/solver/run.py [--herhalingen 11] [--schalen 1 10]

Pure domain code: no database, no Django.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

from regietafel.data.synthetisch import synthetische_gegevens, synthetische_solverparameters
from regietafel.domain.puzzel_solver import (
    GemeenteInvoer,
    Oplossing,
    Opties,
    _fase2_highs,
    _fase_tot_en_met_1,
    _oplossing_van,
    los_op_alle,
    restverdeling_naar_rato,
)
from regietafel.domain.solver_invoer import Instellingen, problemen

Invoer = list[tuple[Sequence[GemeenteInvoer], Opties]]


def _meet(functie: Callable[[], Any], herhalingen: int) -> tuple[float, Any]:
    tijden, uitkomst = [], None
    functie()  # warm up: imports, caches
    for _ in range(herhalingen):
        begin = time.process_time()
        uitkomst = functie()
        tijden.append(time.process_time() - begin)
    return statistics.median(tijden), uitkomst


def milp_per_probleem(invoer: Invoer) -> list[Oplossing]:
    """Stage 2 on HiGHS for every problem, also where the greedy applies."""
    uit = []
    for p, (rijen, opties) in enumerate(invoer):
        f = _fase_tot_en_met_1(rijen, opties)
        vrij = [i for i, r in enumerate(f.rijen) if r.ruimte > f.ondergrens[i]]
        extra = _fase2_highs(f, vrij, f"probleem {p + 1}") if vrij else list(f.ondergrens)
        uit.append(_oplossing_van(f, extra))
    return uit


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--herhalingen", type=int, default=11)
    p.add_argument("--schalen", type=int, nargs="+", default=[1, 10])
    p.add_argument("--zaad", type=int, default=2024)
    args = p.parse_args()
    print(f"{platform.python_implementation()} {platform.python_version()}")
    for schaal in args.schalen:
        gegevens = [g for z in range(schaal) for g in synthetische_gegevens(args.zaad + z)]
        varianten = {
            "zonder maxima en eenheden": Instellingen(),
            "met maxima en AMV-eenheden": Instellingen.van_dict(
                synthetische_solverparameters(gegevens)
            ),
        }
        gemeenten = sum(len(g.gemeenten) for g in gegevens)
        print(f"\n== {schaal}x: {gemeenten} gemeenten")
        for naam, inst in varianten.items():
            opties = Opties(alleen_onder_eigen_aantal=inst.alleen_onder_eigen_aantal)
            invoer: Invoer = [
                (rijen, opties) for g in gegevens for _c, _j, rijen in problemen(g, inst)
            ]
            t_opt, oplossingen = _meet(lambda i=invoer: los_op_alle(i), args.herhalingen)
            t_milp, met_milp = _meet(lambda i=invoer: milp_per_probleem(i), args.herhalingen)
            t_wet, _ = _meet(
                lambda i=invoer: [restverdeling_naar_rato(r) for r, _ in i], args.herhalingen
            )
            gelijk = all(
                a.afwijking == b.afwijking and a.geplaatst == b.geplaatst
                for a, b in zip(oplossingen, met_milp, strict=True)
            )
            tekort = [o for o in oplossingen if o.rest]
            print(
                f"\n{naam}: {len(invoer)} problemen, {sum(len(r) for r, _ in invoer)} rijen, "
                f"{len(tekort)} met een rest ({sum(o.rest for o in tekort)} plaatsen), "
                f"{sum(1 for o in oplossingen if not o.sluitend)} niet sluitend"
            )
            print(f"  optimalisatie (CPU, mediaan van {args.herhalingen}): {t_opt * 1000:8.1f} ms")
            print(f"  MILP per probleem:                      {t_milp * 1000:8.1f} ms")
            print(f"  wettelijke regel:                       {t_wet * 1000:8.1f} ms")
            print(f"  optimalisatie / wettelijk:              {t_opt / t_wet:8.2f} x")
            print(f"  optimalisatie / MILP per probleem:      {t_opt / t_milp:8.2f} x")
            print(f"  zelfde optimum als de MILP:             {'ja' if gelijk else 'NEE'}")


if __name__ == "__main__":
    main()
