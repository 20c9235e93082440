"""The rules tests need no Django (tests/domain/conftest.py checks a `-p no:django` run);
this test also holds in the full run, where pytest-django has loaded Django already."""

import os
import subprocess
import sys
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[2]

# Import what a `-p no:django` run of tests/domain imports: the two conftests, every test
# module of tests/domain and every module of regietafel.domain; then list Django's modules.
LADEN = """
import importlib, pkgutil, sys
from pathlib import Path
import regietafel.domain
import tests.conftest, tests.domain.conftest
for p in sorted(Path("tests/domain").glob("test_*.py")):
    importlib.import_module(f"tests.domain.{p.stem}")
for m in pkgutil.walk_packages(regietafel.domain.__path__, "regietafel.domain."):
    importlib.import_module(m.name)
print(sorted(m for m in sys.modules if m == "django" or m.startswith("django.")))
"""


def test_de_regels_en_hun_tests_laden_geen_django():
    omgeving = {**os.environ, "PYTHONPATH": os.pathsep.join([str(WORTEL / "src"), str(WORTEL)])}
    omgeving.pop("DJANGO_SETTINGS_MODULE", None)
    uit = subprocess.run(
        [sys.executable, "-c", LADEN],
        cwd=WORTEL,
        env=omgeving,
        capture_output=True,
        text=True,
        check=True,
    )
    assert uit.stdout.strip() == "[]"
