"""Commands that do not solve start without SciPy and NumPy: they are imported only where
the optimiser needs them (a fresh interpreter, so that no other test has imported them)."""

import json
import os
import subprocess
import sys

from tests.solver_hulp import parameterbestand

SCRIPT = """
import io, json, sys
from contextlib import redirect_stdout
from regietafel.cli import main

zwaar = ("numpy", "scipy")
with redirect_stdout(io.StringIO()):
    assert main(["init"]) == 0
uitkomst = {}
for argv in json.loads(sys.argv[1]):
    with redirect_stdout(io.StringIO()):
        rc = main(argv)
    uitkomst[" ".join(argv[:1])] = [rc, sorted(m for m in zwaar if m in sys.modules)]
print(json.dumps(uitkomst))
"""


def _draai(tmp_path, *opdrachten):
    omgeving = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    omgeving["REGIETAFEL_DATA_DIR"] = str(tmp_path)
    uit = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(opdrachten)],
        capture_output=True,
        text=True,
        env=omgeving,
        check=True,
    )
    return json.loads(uit.stdout.splitlines()[-1])


def test_puzzel_bonus_en_bijlage1_laden_geen_scipy_of_numpy_los_op_met_eenheden_wel(tmp_path):
    keuze = ["--provincie", "drenthe", "--cyclus", "2025-2026"]
    bestand = parameterbestand(tmp_path)
    uitkomst = _draai(
        tmp_path,
        ["puzzel", *keuze],
        ["bonus", *keuze],
        ["bijlage1", *keuze],
        ["los-op", "--parameters", bestand],  # last: the check above can fail
    )
    assert uitkomst == {
        "puzzel": [0, []],
        "bonus": [0, []],
        "bijlage1": [0, []],
        "los-op": [0, ["numpy"]],  # the exact table for units; HiGHS only for huge ones
    }
