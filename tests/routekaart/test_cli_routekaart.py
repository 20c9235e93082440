import json

import pytest

from regietafel.cli import main

pytestmark = pytest.mark.django_db


def test_routekaart_json_geeft_de_datums_van_cyclus_2(capsys, drenthe):
    assert main(["routekaart", "--cyclus", "2027-2028", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    deadlines = {s["code"]: s["deadline"] for s in data["stappen"]}
    assert deadlines["verslag"] == "2026-10-31"
    assert deadlines["realisatie"] == "2027-07-01"


def test_routekaart_van_onbekende_provincie_geeft_een_nederlandse_fout(capsys, drenthe):
    assert main(["routekaart", "--provincie", "atlantis", "--cyclus", "2027-2028"]) == 2
    assert "Geen gegevens voor provincie 'atlantis'" in capsys.readouterr().err
