"""Write what the CLI prints and the API answers on the embedded Drenthe data to a folder, so
that a refactoring can be shown to change nothing: run it before and after, then `diff -r`.

    scripts/momentopname.py /tmp/voor   # on the old commit
    scripts/momentopname.py /tmp/na     # on the new one
    diff -r /tmp/voor /tmp/na

It uses a fresh SQLite database in a temporary data folder and the fixed clock of the tests
(1 December 2026, noon), so two runs of one commit are identical."""

import contextlib
import io
import json
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

CYCLI = ("2025-2026", "2027-2028")
OPDRACHTEN = (
    "puzzel", "los-op", "routekaart", "capaciteit", "bonus", "bijlage1", "toezicht", "bronnen",
    "realisatie", "uitruil", "landelijk", "verdeelbesluit",
)  # fmt: skip
ZONDER_CYCLUS = (
    ["statushouders"],
    ["statushouders", "--json"],
    ["herramingen"],
    ["token", "lijst"],
)


def _cli(uit: Path) -> None:
    from regietafel.cli import main

    # Set the database up, as `regietafel init` does, without recording it: before init
    # existed (issue 20) every command did that itself, and there this call fails quietly.
    stil = (contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()))
    with stil[0], stil[1], contextlib.suppress(SystemExit):
        main(["init"])
    opdrachten = [
        [o, "--cyclus", c, *j] for o in OPDRACHTEN for c in CYCLI for j in ([], ["--json"])
    ]
    for argv in [*opdrachten, *ZONDER_CYCLUS]:
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                code = main(argv)
            except SystemExit as einde:
                code = einde.code
        naam = "_".join(a.strip("-") for a in argv)
        (uit / "cli" / f"{naam}.txt").write_text(f"{code}\n{stdout.getvalue()}{stderr.getvalue()}")


def _api(uit: Path) -> None:
    from django.contrib.auth import get_user_model
    from django.test import Client
    from drf_spectacular.generators import SchemaGenerator

    paden = [
        p for p, ops in SchemaGenerator().get_schema(public=True)["paths"].items() if "get" in ops
    ]
    minister = get_user_model().objects.create_superuser("momentopname", "", "x")
    lezers = {"publiek": Client(), "beheer": Client()}
    lezers["beheer"].force_login(minister)
    for wie, client in lezers.items():
        ids: dict[str, str] = {}
        for pad in sorted(paden, key=lambda p: ("{" in p, p)):
            basis = pad.split("/{")[0]
            waarden = {"{code}": "drenthe", "{naam}": "2025-2026", "{cbsCode}": "GM0106"}
            waarden["{id}"] = ids.get(basis, "1")
            adres = pad
            for sleutel, waarde in waarden.items():
                adres = adres.replace(sleutel, waarde)
            for cyclus in ("", *CYCLI):
                vraag = f"/api/v1{adres}" + (f"?cyclus={cyclus}" if cyclus else "")
                antwoord = client.get(vraag)
                inhoud = antwoord.content.decode("utf-8", "replace")
                if "{" not in pad and antwoord.status_code == 200 and not cyclus:
                    with contextlib.suppress(ValueError, KeyError, IndexError, TypeError):
                        gegevens = json.loads(inhoud)
                        rijen = gegevens.get("resultaten", gegevens.get("results", gegevens))
                        ids[pad] = str(rijen[0]["id"])
                naam = f"{wie}{vraag}".replace("/", "_").replace("?", "_")
                (uit / "api" / f"{naam}.txt").write_text(f"{antwoord.status_code}\n{inhoud}")


def main() -> None:
    uit = Path(sys.argv[1])
    for deel in ("cli", "api"):
        (uit / deel).mkdir(parents=True, exist_ok=True)
    os.environ["REGIETAFEL_DATA_DIR"] = tempfile.mkdtemp()
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regietafel.settings")
    import django

    django.setup()
    from regietafel.services import klok

    moment = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    with mock.patch.object(klok, "nu", lambda: moment):
        _cli(uit)
        _api(uit)
    print(f"Vastgelegd in {uit}: {len(list(uit.rglob('*.txt')))} bestanden.")


if __name__ == "__main__":
    main()
