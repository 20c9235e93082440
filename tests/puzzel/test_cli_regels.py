import json

import pytest

from regietafel.cli import main
from regietafel.puzzel.regels import BIJLAGE1_CIJFERS
from tests.seed import BIJLAGE1, SPUK1, SPUK_GEMEENTEN, SPUK_PROVINCIE, SPUK_TOTALEN

# Each test flushes the database; the fixture sets it up again as `regietafel init` does.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("drenthe")]


def test_bonus_json_reproduceert_het_verslag(capsys):
    assert main(["bonus", "--provincie", "drenthe", "--cyclus", "2025-2026", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    gemeenten = {g["naam"]: g for g in data["gemeenten"]}
    assert len(gemeenten) == 12
    assert {n for n, g in gemeenten.items() if g["keuze"] == "spuk1"} == set(SPUK1)
    assert {n: g["spuk1"] for n, g in gemeenten.items() if g["spuk1"]} == SPUK1
    for soort, totaal in SPUK_TOTALEN.items():
        assert sum(g[soort] for g in data["gemeenten"]) == totaal
    assert data["totaal_gemeenten"] == SPUK_GEMEENTEN
    assert data["provincie"] == SPUK_PROVINCIE
    # SPUK 1 and SPUK 3 never stack.
    assert all(g["spuk1"] == 0 or g["spuk3"] == 0 for g in data["gemeenten"])


def test_bonus_tabel_noemt_keuze_en_totalen(capsys):
    assert main(["bonus"]) == 0
    uit = capsys.readouterr().out
    assen = next(r for r in uit.splitlines() if r.startswith("Assen"))
    assert "€ 1.280.000" in assen and assen.endswith("SPUK 1")
    assert "€ 4.749.686" in next(r for r in uit.splitlines() if r.startswith("Gemeenten"))
    assert "stabiele keuze" in uit


def test_bijlage1_json_geeft_de_zes_cijfers_en_de_locatielijst(capsys):
    assert main(["bijlage1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert tuple(data[k] for k in BIJLAGE1_CIJFERS) == BIJLAGE1
    assert sum(r["plaatsen"] for r in data["locaties"]) == BIJLAGE1[1]
    tynaarlo = next(r for r in data["locaties"] if r["gemeente"] == "Tynaarlo")
    # The published record has the AMV count "28" in a date column: kept as written.
    assert tynaarlo["van"] is None and tynaarlo["van_tekst"] == "28"


def test_bijlage1_tabel(capsys):
    assert main(["bijlage1"]) == 0
    uit = capsys.readouterr().out
    assert "Opgave regulier (incl. AMV)     2.691" in uit
    assert "Nog in te vullen AMV              200" in uit
    assert "nog te realiseren" in uit


def test_bonus_van_onbekende_cyclus_is_een_foutmelding(capsys):
    assert main(["bonus", "--cyclus", "1999-2000"]) == 2
    assert "Geen gegevens" in capsys.readouterr().err


def test_bonus_van_cyclus_2_zegt_nog_niet_bekend_en_nooit_nul_euro(capsys):
    assert main(["bonus", "--provincie", "drenthe", "--cyclus", "2027-2028"]) == 0
    uit = capsys.readouterr().out
    assert "€ 0" not in uit
    assert "Nog niet bekend: het SPUK 1-bedrag per plaats, het SPUK 2-bedrag per plaats" in uit
    assen = next(r for r in uit.splitlines() if r.startswith("Assen"))
    assert assen.count("nog niet bekend") == 5  # four amounts and the choice
    provincie = next(r for r in uit.splitlines() if r.startswith("Provincie"))
    assert provincie.endswith("nog niet bekend")
    assert "kan nog niet worden gemaakt" in uit


def test_bonus_json_van_cyclus_2_geeft_null_en_ontbreekt(capsys):
    assert main(["bonus", "--provincie", "drenthe", "--cyclus", "2027-2028", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "spuk3_pot" in data["ontbreekt"]
    assert data["totaal_gemeenten"] is None and data["provincie"] is None
    assert {g["keuze"] for g in data["gemeenten"]} == {None}
