"""docs/aan-de-slag.md follows a newcomer from an empty installation to Veenmarken's first
puzzle. Its example outputs are what the commands print: the guide's steps run here in a
process of their own, on an empty SQLite database, and every output line the guide quotes
must be among the lines printed."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import regietafel

WORTEL = Path(__file__).parents[2]
GIDS = WORTEL / "docs" / "aan-de-slag.md"
VOORBEELD = WORTEL / "tests" / "data" / "veenmarken-2025-2026.toml"
SRC = str(Path(regietafel.__file__).parents[1])


def _regietafel(map_: Path, *argv: str) -> str:
    """A command of the CLI in a fresh process, with `map_` as its data folder; its output."""
    omgeving = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    proces = subprocess.run(
        [sys.executable, "-m", "regietafel.cli", *argv],
        env={**omgeving, "PYTHONPATH": SRC, "REGIETAFEL_DATA_DIR": str(map_)},
        capture_output=True, text=True, timeout=180, cwd=map_,
    )  # fmt: skip
    assert "Traceback" not in proces.stderr, proces.stderr
    return proces.stdout + proces.stderr


def _uitvoerblokken() -> list[list[str]]:
    """The guide's code blocks without a language: the outputs it quotes, line by line."""
    blokken: list[list[str]] = []
    blok: list[str] | None = None
    taal = ""
    for regel in GIDS.read_text(encoding="utf-8").splitlines():
        if regel.startswith("```"):
            if blok is None:
                blok, taal = [], regel[3:].strip()
            else:
                if not taal:
                    blokken.append(blok)
                blok = None
        elif blok is not None and regel.strip():
            blok.append(regel.strip())
    return blokken


@pytest.fixture(scope="module")
def uitvoer(tmp_path_factory):
    """What the guide's steps 1 to 3 and 6 print, the wrong file's answer included."""
    map_ = tmp_path_factory.mktemp("aan-de-slag")
    mijn = map_ / "mijn-provincie-2025-2026.toml"
    shutil.copy(VOORBEELD, mijn)
    fout = map_ / "fout.toml"  # "met een min-teken voor de plaatsen van de tweede locatie"
    fout.write_text(VOORBEELD.read_text().replace("plaatsen = 135", "plaatsen = -135", 1))
    stappen = [
        ("init", "--leeg"),
        ("laad", fout.name, "--dry-run"),
        ("laad", mijn.name, "--dry-run"),
        ("laad", mijn.name),
        ("laad", mijn.name),
        ("volgende-cyclus", "--provincie", "veenmarken"),
    ]
    return "\n".join(_regietafel(map_, *stap) for stap in stappen)


def test_elke_uitvoer_die_de_gids_citeert_wordt_zo_geprint(uitvoer):
    geprint = {regel.strip() for regel in uitvoer.splitlines()}
    blokken = _uitvoerblokken()
    assert len(blokken) >= 3  # the error, the load and the next cycle
    for blok in blokken:
        assert [r for r in blok if r not in geprint] == [], blok


def test_nog_een_keer_laden_verandert_niets(uitvoer):
    assert "Niets gewijzigd: provincie veenmarken, cyclus 2025-2026 staat er al zo in." in uitvoer
