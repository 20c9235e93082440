"""Without --cyclus, a command works on the province's current cycle, as the web app does:
the latest whose capaciteitsbesluit is in."""

import json

import pytest

from regietafel.cli import main
from tests.factories import capaciteitsbesluit_2027

# Each test flushes the database; the fixture sets it up again as `regietafel init` does.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("drenthe")]


def _cyclus_van_bijlage1(capsys):
    assert main(["bijlage1", "--provincie", "drenthe", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_zonder_cyclus_de_lopende_cyclus(capsys):
    assert _cyclus_van_bijlage1(capsys)["ingevuld_regulier"] == 4155
    capaciteitsbesluit_2027()
    assert _cyclus_van_bijlage1(capsys)["ingevuld_regulier"] == 2045


def test_onbekende_provincie_zonder_cyclus_geeft_een_nette_fout(capsys):
    assert main(["bijlage1", "--provincie", "atlantis"]) == 2
    assert "Geen gegevens voor provincie 'atlantis'." in capsys.readouterr().err
