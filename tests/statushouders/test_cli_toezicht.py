"""`regietafel toezicht`: the same figures as the web app, as a table or JSON."""

import json

import pytest

from regietafel.cli import main
from regietafel.domain.statushouders import Periode

# Each test flushes the database; the fixture sets it up again as `regietafel init` does.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("drenthe")]
EMMEN = "GM0114"


def _emmen_twee_halfjaren_achter():
    from regietafel.services.inrichting import richt_in
    from regietafel.statushouders.services import bewaar_huisvesting

    richt_in()
    for periode in (Periode(2025, 2), Periode(2026, 1)):
        bewaar_huisvesting("drenthe", periode, EMMEN, 40, 30)


def test_toezicht_json_geeft_stap_en_historie_per_gemeente(capsys):
    _emmen_twee_halfjaren_achter()
    assert main(["toezicht", "--provincie", "drenthe", "--halfjaar", "2026-1", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["halfjaar"] == "2026-1"
    assert d["ladder"]["standaard"] is True
    emmen = next(g for g in d["gemeenten"] if g["cbs_code"] == EMMEN)
    assert emmen["halfjaren_onder_op_rij"] == 2
    assert emmen["stap"]["naam"] == "Bestuurlijk overleg"
    assert [h["te_realiseren"] for h in emmen["historie"]] == [40, 50]
    assert main(["toezicht", "--halfjaar", "2025-2", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert next(g for g in d["gemeenten"] if g["cbs_code"] == EMMEN)["stap"]["naam"] == "Signaal"


def test_toezicht_tabel_noemt_gemeente_stap_en_ladder(capsys):
    _emmen_twee_halfjaren_achter()
    assert main(["toezicht"]) == 0
    uit = capsys.readouterr().out
    assert "t/m 1e helft 2026" in uit
    regel = next(r for r in uit.splitlines() if r.startswith("Emmen"))
    assert regel.split()[1:] == ["2", "0", "Bestuurlijk", "overleg"]
    assert "  vanaf 4 op rij: Indeplaatsstelling" in uit


@pytest.mark.parametrize(
    ("args", "melding"),
    [
        (["--halfjaar", "2025-3"], "'2025-3' is geen halfjaar; schrijf bijvoorbeeld 2025-2."),
        (["--halfjaar", "tweede"], "'tweede' is geen halfjaar"),
        (["--provincie", "atlantis"], "Geen provincie 'atlantis'."),
    ],
)
def test_foute_invoer_geeft_melding_en_exitcode(capsys, args, melding):
    assert main(["toezicht", *args]) == 2
    assert melding in capsys.readouterr().err
