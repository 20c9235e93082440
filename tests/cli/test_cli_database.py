"""When the database cannot be reached, every command says so in Dutch and exits with code
3, without a traceback (issue 22). Run in a process of its own, against PostgreSQL on port 1,
where nothing listens. On a database that is not set up, every command but `init` and
`serve` says so and exits with code 4, touching nothing (issue 20); `init` sets it up, and
a second `init` changes nothing."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import regietafel
from regietafel.cli import parser

DATA = Path(regietafel.__file__).parent / "data"
ONBEREIKBAAR = "postgres://postgres@127.0.0.1:1/regietafel"

SCRIPT = """
import contextlib, io, json, sys
from regietafel.cli import main
uitkomst = {}
for argv in json.loads(sys.argv[1]):
    fout = io.StringIO()
    with contextlib.redirect_stderr(fout), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as einde:
            code = einde.code
        except BaseException as onverwacht:
            code = "traceback: " + repr(onverwacht)
    uitkomst[argv[0]] = [code, fout.getvalue()]
print(json.dumps(uitkomst))
"""
SRC = str(Path(regietafel.__file__).parents[1])


def _draai(opdrachten: list[list[str]], omgeving: dict[str, str]) -> dict[str, list]:
    """The commands in one fresh process: per command its exit code and its stderr."""
    proces = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(opdrachten)],
        env={**omgeving, "PYTHONPATH": SRC}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proces.returncode == 0, proces.stderr
    assert "Traceback" not in proces.stderr
    return json.loads(proces.stdout)


def _opdrachten(tmp: Path) -> list[list[str]]:
    csv = tmp / "aanbod.csv"
    csv.write_text("gemeente;jaar;categorie;aanbod\nGM0106;2026;asiel_regulier;10\n")
    export = tmp / "export.json"  # a valid (old, unsigned) export of an empty database
    export.write_text('{"formaat":"regietafel-export","schemaversie":1,"modellen":[]}')
    uit = str(tmp / "uit")
    return [
        ["serve", "--port", "1"], ["init"], ["puzzel"], ["los-op"],
        ["rapport", "--uit", uit + ".pdf"], ["brieven", "--uit", uit + ".zip"], ["routekaart"],
        ["publiceer", "--provincie", "drenthe", "--cyclus", "2025-2026"], ["synthetisch"],
        ["volgende-cyclus", "--provincie", "drenthe"],
        ["capaciteit"], ["statushouders"], ["bonus"], ["bijlage1"], ["toezicht"], ["bronnen"],
        ["laad", str(DATA / "drenthe-2025-2026.toml")], ["importeer", "aanbod", str(csv)],
        ["exporteer", "--uit", uit + ".json"], ["herstel", str(export)], ["realisatie"],
        ["fase", "1", "raadsbesluit", "--datum", "2026-01-01", "--bron", "x",
         "--gebruiker", "x"],
        ["uitruil"], ["herraming", str(csv)], ["herramingen"], ["werker"], ["werkers"],
        ["herinneringen"], ["landelijk"], ["token", "lijst"], ["verdeelbesluit"],
    ]  # fmt: skip


def test_elke_opdracht_meldt_een_onbereikbare_database_in_het_nederlands(tmp_path):
    opdrachten = _opdrachten(tmp_path)
    sub = next(a for a in parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    assert sorted(a[0] for a in opdrachten) == sorted(sub.choices)  # a new command: add it
    uitkomst = _draai(opdrachten, {**os.environ, "DATABASE_URL": ONBEREIKBAAR})
    verwacht = (
        "Fout: de database is niet bereikbaar (database 'regietafel' op 127.0.0.1:1). "
        "Controleer DATABASE_URL en of de databaseserver draait.\n"
    )
    for naam, (code, stderr) in uitkomst.items():
        assert code == 3, (naam, code, stderr)
        assert stderr.endswith(verwacht), (naam, stderr)
        assert "Traceback" not in stderr, naam


def _sqlite(tmp_path: Path) -> dict[str, str]:
    """A fresh SQLite database in its own data folder (not the tests' database)."""
    omgeving = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    return {**omgeving, "REGIETAFEL_DATA_DIR": str(tmp_path / "data")}


def _tabellen(tmp_path: Path) -> dict[str, int]:
    with sqlite3.connect(tmp_path / "data" / "regietafel.sqlite3") as db:
        namen = [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: db.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in namen}


def test_elke_opdracht_behalve_init_en_serve_weigert_een_niet_ingerichte_database(tmp_path):
    opdrachten = [a for a in _opdrachten(tmp_path) if a[0] not in {"serve", "init"}]
    uitkomst = _draai(opdrachten, _sqlite(tmp_path))
    database = tmp_path / "data" / "regietafel.sqlite3"
    verwacht = f"Fout: de database is nog niet ingericht (het SQLite-bestand {database}: "
    for naam, (code, stderr) in uitkomst.items():
        assert code == 4, (naam, code, stderr)
        assert stderr.startswith(verwacht), (naam, stderr)
        assert stderr.endswith(
            " migraties nog niet uitgevoerd). Draai eerst 'regietafel init' (of "
            "'regietafel serve').\n"
        ), (naam, stderr)
    assert _tabellen(tmp_path) == {}  # not migrated, not even the table of migrations


def test_init_richt_de_database_in_en_een_tweede_keer_verandert_niets(tmp_path):
    omgeving = _sqlite(tmp_path)
    geladen = "De database is ingericht; de gegevens van Drenthe, cyclus 2025-2026, zijn geladen."
    eerste = subprocess.run(
        [sys.executable, "-m", "regietafel.cli", "init"], env={**omgeving, "PYTHONPATH": SRC},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert eerste.stdout == geladen + "\n"
    na_eerste = _tabellen(tmp_path)
    assert na_eerste["provincies_provincie"] == 1
    uitkomst = _draai([["init"], ["puzzel"]], omgeving)
    assert uitkomst == {"init": [0, ""], "puzzel": [0, ""]}
    assert _tabellen(tmp_path) == na_eerste


def test_init_leeg_migreert_zonder_de_drentse_gegevens(tmp_path):
    uitkomst = _draai([["init", "--leeg"], ["puzzel"]], _sqlite(tmp_path))
    assert uitkomst == {
        "init": [0, ""],
        "puzzel": [2, "Fout: Geen gegevens voor provincie 'drenthe'.\n"],
    }
    tabellen = _tabellen(tmp_path)
    assert tabellen["provincies_provincie"] == 0
    assert tabellen["django_migrations"] > 0
