"""`regietafel uitruil`: the exchanges, their effect and the balances, as text and JSON."""

import json

import pytest

from regietafel.cli import main
from regietafel.domain.uitruil import Voorstel
from regietafel.uitruil.services import bevestig, stel_voor
from tests.conftest import ASSEN, EMMEN
from tests.factories import gemeentegebruiker

# Each test flushes the database; the fixture sets it up again as `regietafel init` does.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("drenthe")]
C1 = ["--provincie", "drenthe", "--cyclus", "2025-2026"]


@pytest.fixture
def bevestigde_uitruil(drenthe):
    voorstel = Voorstel(ASSEN, "amv", 20, EMMEN, "asiel_regulier", 60, perioden_b="2026")
    u = stel_voor("drenthe", "2025-2026", voorstel, gemeentegebruiker(ASSEN))
    return bevestig(u, gemeentegebruiker(EMMEN), u.versie)


def test_zonder_uitruil(capsys, drenthe):
    assert main(["uitruil", *C1]) == 0
    uit = capsys.readouterr().out
    assert "Uitruil Drenthe, cyclus 2025-2026: 0 uitruilen" in uit
    assert "Effect op de opgaven" in uit and "  geen" in uit


def test_tabel_toont_uitruil_effect_en_saldi(capsys, bevestigde_uitruil):
    assert main(["uitruil", *C1]) == 0
    uit = capsys.readouterr().out
    assert "1. Assen neemt 20 plaatsen AMV over van Emmen (de hele cyclus)" in uit
    assert "Status: bevestigd door beide gemeenten." in uit
    effect = [r.split() for r in uit.splitlines() if r.startswith("  Emmen") and "AMV" in r]
    assert effect == [["Emmen", "AMV", "2025", "−20"], ["Emmen", "AMV", "2026", "−20"]]


def test_json_houdt_de_provinciale_opgave_gelijk(capsys, bevestigde_uitruil):
    assert main(["uitruil", *C1, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [u["status"] for u in data["uitruilen"]] == ["bevestigd"]
    totalen = [s for s in data["saldi"] if s["gemeente"] is None]
    assert totalen and all(s["opgave"] == s["opgaveMetUitruil"] for s in totalen)
    assen = {
        (s["categorie"], s["jaar"]): s["opgaveMetUitruil"] - s["opgave"]
        for s in data["saldi"]
        if s["gemeente"] == ASSEN
    }
    assert assen == {
        ("asiel_regulier", 2025): 0,
        ("asiel_regulier", 2026): -60,
        ("amv", 2025): 20,
        ("amv", 2026): 20,
    }


def test_onbekende_cyclus_geeft_een_foutmelding(capsys, drenthe):
    assert main(["uitruil", "--cyclus", "1999-2000"]) == 2
    assert "Geen gegevens voor provincie 'drenthe'" in capsys.readouterr().err
