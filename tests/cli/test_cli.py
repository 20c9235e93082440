import json

import pytest

from regietafel.cli import main
from tests.factories import capaciteitsbesluit_2027
from tests.seed import PUZZEL, TOTAAL, rij

# Each test flushes the database; the fixture sets it up again as `regietafel init` does.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("drenthe")]


def test_puzzel_json_reproduceert_het_verslag(capsys):
    assert main(["puzzel", "--provincie", "drenthe", "--cyclus", "2025-2026", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {r["naam"]: rij(r) for r in data["gemeenten"]} == PUZZEL
    assert rij(data["totaal"]) == TOTAAL
    assert data["totaal"]["naam"] == "Totaal"
    assert any(s["code"] == "oekraine_som" for s in data["signaleringen"])


def test_puzzel_tabel_toont_gemeenten_en_totalen(capsys):
    assert main(["puzzel", "--provincie", "drenthe", "--cyclus", "2025-2026"]) == 0
    uit = capsys.readouterr().out
    regels = uit.splitlines()
    totaal = next(r for r in regels if r.startswith("Totaal"))
    assert totaal.split()[1:] == [
        "502.051", "5.722", "4.603", "5.648", "2.462", "4.793", "3.814", "3.814",
        "229", "141", "341", "341",
    ]  # fmt: skip
    assert (
        sum(1 for r in regels if r.split() and r.split()[0] in {n.split()[0] for n in PUZZEL}) >= 12
    )
    assert "Signaleringen:" in uit


def test_onbekende_cyclus_geeft_foutmelding_en_exitcode(capsys):
    assert main(["puzzel", "--cyclus", "1999-2000"]) == 2
    assert "Geen gegevens voor provincie 'drenthe' in cyclus '1999-2000'" in capsys.readouterr().err


def test_publiceer_legt_een_cyclus_vast_en_weigert_een_tweede_keer(capsys):
    capaciteitsbesluit_2027()
    args = ["publiceer", "--provincie", "drenthe", "--cyclus", "2027-2028", "--datum", "30-11-2026"]
    assert main(args) == 0
    assert "gepubliceerd op 30-11-2026" in capsys.readouterr().out
    assert main(args) == 1
    assert "al gepubliceerd op 30-11-2026" in capsys.readouterr().err
    assert main([*args[:-1], "gisteren"]) == 2
