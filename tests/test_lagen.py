"""The import-linter contract that keeps the models behind the services names every
interface module: its wildcards stand for whole module names only, so a new `*_views`,
`*_api` or `*_cli` module must be listed by hand, and this test says when it is not."""

import tomllib
from pathlib import Path

WORTEL = Path(__file__).resolve().parent.parent
CONTRACT = "Interfaces never touch the models: pages, API and commands ask a service"


def _contract() -> dict:
    instellingen = tomllib.loads((WORTEL / "pyproject.toml").read_text(encoding="utf-8"))
    contracten = instellingen["tool"]["importlinter"]["contracts"]
    return next(c for c in contracten if c["name"] == CONTRACT)


def test_elke_interfacemodule_staat_in_het_modellencontract():
    bronnen = set(_contract()["source_modules"])
    pakket = WORTEL / "src" / "regietafel"
    modules = {
        f"regietafel.{p.parent.name}.{p.stem}"
        for patroon in ("*_views.py", "*_api.py", "*_cli.py")
        for p in pakket.glob(f"*/{patroon}")
    }
    assert modules, "geen *_views, *_api of *_cli modules gevonden"
    assert sorted(modules - bronnen) == []


def test_het_modellencontract_verbiedt_de_modellen_van_elke_feature():
    c = _contract()
    assert c["type"] == "forbidden"
    assert c["forbidden_modules"] == ["regietafel.*.models"]
    for module in ("regietafel.*.views", "regietafel.*.api", "regietafel.*.cli"):
        assert module in c["source_modules"]
    for module in ("regietafel.web", "regietafel.api", "regietafel.cli"):
        assert module in c["source_modules"]
