"""When the database cannot be reached, every command says so in Dutch and exits with code
3, without a traceback (issue 22). Run in a process of its own, against PostgreSQL on port 1,
where nothing listens."""

import json
import os
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


def _opdrachten(tmp: Path) -> list[list[str]]:
    csv = tmp / "aanbod.csv"
    csv.write_text("gemeente;jaar;categorie;aanbod\nGM0106;2026;asiel_regulier;10\n")
    export = tmp / "export.json"  # a valid (old, unsigned) export of an empty database
    export.write_text('{"formaat":"regietafel-export","schemaversie":1,"modellen":[]}')
    uit = str(tmp / "uit")
    return [
        ["serve", "--port", "1"], ["puzzel"], ["los-op"], ["rapport", "--uit", uit + ".pdf"],
        ["brieven", "--uit", uit + ".zip"], ["routekaart"],
        ["publiceer", "--provincie", "drenthe", "--cyclus", "2025-2026"], ["synthetisch"],
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
    src = str(Path(regietafel.__file__).parents[1])
    omgeving = {**os.environ, "DATABASE_URL": ONBEREIKBAAR, "PYTHONPATH": src}
    proces = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(opdrachten)],
        env=omgeving, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proces.returncode == 0, proces.stderr
    assert "Traceback" not in proces.stderr
    uitkomst = json.loads(proces.stdout)
    verwacht = (
        "Fout: de database is niet bereikbaar (database 'regietafel' op 127.0.0.1:1). "
        "Controleer DATABASE_URL en of de databaseserver draait.\n"
    )
    for naam, (code, stderr) in uitkomst.items():
        assert code == 3, (naam, code, stderr)
        assert stderr.endswith(verwacht), (naam, stderr)
        assert "Traceback" not in stderr, naam
