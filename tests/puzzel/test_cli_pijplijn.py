"""`regietafel realisatie` and `regietafel fase`: thin over services.pijplijn."""

import json

import pytest

from regietafel.cli import main
from regietafel.locaties.models import Locatie
from tests.factories import gemeentegebruiker

# Each test flushes the database; the fixture sets it up again as `regietafel init` does.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("drenthe")]


def _emmen_amv():
    return Locatie.objects.get(gemeente__cbs_code="GM0114", soort="amv")


def test_realisatie_json_noemt_de_amv_units_en_westervelds_contracten(capsys):
    assert main(["realisatie", "--peildatum", "2024-10-31", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["nietInGebruik"]["plaatsen"] == 200
    assert len(d["nietInGebruik"]["locaties"]) == 4
    assert d["aflopendVoorRealisatiedatum"]["plaatsen"] == 100


def test_realisatie_tabel(capsys):
    assert main(["realisatie", "--peildatum", "31-10-2024"]) == 0
    uit = capsys.readouterr().out
    assert "Nog niet in gebruik: 200 plaatsen" in uit
    assert "Westerveld: 75 bijzonder: noodopvang, tot 31-12-2024" in uit


def test_fase_zetten_en_een_stap_terug_geweigerd(capsys):
    main(["realisatie"])  # loads Drenthe
    capsys.readouterr()
    naam = gemeentegebruiker("GM0114").username
    pk = str(_emmen_amv().pk)
    opdracht = ["fase", pk, "collegebesluit", "--datum", "2025-02-01", "--bron", "B&W",
                "--gebruiker", naam]  # fmt: skip
    assert main(opdracht) == 0
    assert "nu in fase 'collegebesluit'" in capsys.readouterr().out
    opdracht[2] = "idee"
    assert main(opdracht) == 1
    assert "gaat niet terug" in capsys.readouterr().err
    assert _emmen_amv().fase == "collegebesluit"


def test_fase_met_onzin_datum_of_onbekende_gebruiker(capsys):
    assert main(["fase", "1", "idee", "--datum", "morgen", "--bron", "x", "--gebruiker", "x"]) == 2
    assert "--datum: 'morgen' is geen datum" in capsys.readouterr().err
    assert main(["fase", "1", "idee", "--datum", "2025-1-1", "--bron", "x",
                 "--gebruiker", "niemand"]) == 2  # fmt: skip
    assert "'niemand' is geen gebruiker" in capsys.readouterr().err
