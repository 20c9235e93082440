"""`regietafel verdeelbesluit`: the concept and the decided figures, as a table or JSON."""

import json

import pytest

from regietafel.cli import main

# Each test flushes the database; the fixture sets it up again as `regietafel init` does.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("drenthe")]


def _besluit_met_verschil():
    from regietafel.services.inrichting import richt_in
    from tests.factories import ministeriegebruiker
    from tests.verdeelbesluiten.hulp import besluit_waarden, leg_besluit_vast

    richt_in()
    plus = {("GM0114", "asiel_regulier", "2025"): 25}
    leg_besluit_vast(ministeriegebruiker(), besluit_waarden(plus=plus))


def test_zonder_besluit_toont_het_concept_en_nog_niet_vastgelegd(capsys):
    assert main(["verdeelbesluit", "--provincie", "drenthe", "--cyclus", "2025-2026"]) == 0
    uit = capsys.readouterr().out
    assert "Besluit: nog niet vastgelegd" in uit
    assert "Concept: sluitend" in uit
    assert "niet het besluit" in uit
    assert main(["verdeelbesluit", "--cyclus", "2025-2026", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["besluit"] is None and d["concept"]["sluitend"] is True
    assert d["toezicht"]["besluitVersie"] is None


def test_met_besluit_het_verschil_en_het_toezicht(capsys):
    _besluit_met_verschil()
    assert main(["verdeelbesluit", "--cyclus", "2025-2026", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    emmen = next(g for g in d["besluit"]["gemeenten"] if g["cbsCode"] == "GM0114")
    assert emmen["aantallen"]["asiel_regulier"]["2025"] == 700
    assert emmen["verschil"]["asiel_regulier"] == {"2025": 25, "2026": 0}
    assert d["toezicht"]["besluitVersie"] == 1 and d["toezicht"]["jaar"] == 2025
    assert main(["verdeelbesluit", "--cyclus", "2025-2026"]) == 0
    uit = capsys.readouterr().out
    assert "Besluit: versie 1 van 20-12-2024" in uit
    regel = next(r for r in uit.splitlines() if r.startswith("Emmen") and "(+25)" in r)
    assert "700 (+25)" in regel


def test_een_onbekende_provincie_is_een_nederlandse_fout(capsys):
    assert main(["verdeelbesluit", "--provincie", "nergens", "--cyclus", "2025-2026"]) != 0
    assert "nergens" in capsys.readouterr().err
