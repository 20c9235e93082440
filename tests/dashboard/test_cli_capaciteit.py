import json

import pytest

from regietafel.cli import main

# Each test flushes the database; the fixture sets it up again as `regietafel init` does.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("drenthe")]


def test_capaciteit_json_per_maand_en_gemeente(capsys):
    assert main(["capaciteit", "--provincie", "drenthe", "--cyclus", "2025-2026", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    maanden = {m["maand"]: m for m in data["maanden"]}
    assert len(maanden) == 24 and data["opgave"] == 2691
    assert maanden["2026-03"]["totaal"] == 3812 and maanden["2026-03"]["laagste_totaal"] == 3620
    assert maanden["2026-04"]["per_gemeente"]["GM0106"] == 0
    assert [(m["datum"], m["verschil"]) for m in data["mutaties"][:3]] == [
        ("2026-03-01", -43), ("2026-03-31", -192), ("2026-04-01", -1000),
    ]  # fmt: skip
    assert data["tekort_vanaf"] == "2026-04-01"
    assert [w["gemeente"] for w in data["waarschuwingen"]["aflopend"]][:3] == [
        "Noordenveld", "Meppel", "Assen",
    ]  # fmt: skip


def test_capaciteit_tabel(capsys):
    assert main(["capaciteit"]) == 0
    uit = capsys.readouterr().out
    assert "1-4-2026: −1.000 (Assen), 2.620" in uit
    assert "Onder de opgave vanaf 1-4-2026." in uit


def test_statushouders_json_en_tabel(capsys):
    assert main(["statushouders", "--provincie", "drenthe", "--periode", "2025-2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["periode"] == "2025-2" and data["gerapporteerd"]["percentage"] == 116
    assert len(data["gemeenten"]) == 12
    assert main(["statushouders", "--periode", "2025-2"]) == 0
    assert "Gerapporteerd: 116%, 6 van 12 gemeenten op koers" in capsys.readouterr().out


def test_statushouders_met_foute_periode(capsys):
    assert main(["statushouders", "--periode", "2025-3"]) == 2
    assert "'2025-3' is geen halfjaar" in capsys.readouterr().err


VOORBEELD = """
# VOORBEELDGEGEVENS voor de test, niet de echte cijfers van Drenthe.
schema = 1
provincie = "drenthe"

[[halfjaar]]
periode = "2025-2"
gemeente = [{ cbs_code = "GM0114", taakstelling = 40, realisatie = 30, achterstand_vooraf = 4 }]

[[halfjaar]]
periode = "2026-1"
gemeente = [{ cbs_code = "GM0114", taakstelling = 35, realisatie = 50 }]
"""


def test_statushouders_importeren_draagt_de_achterstand_over(capsys, tmp_path):
    pad = tmp_path / "statushouders.toml"
    pad.write_text(VOORBEELD, encoding="utf-8")
    assert main(["statushouders", "--importeer", str(pad), "--periode", "2026-1", "--json"]) == 0
    uit = capsys.readouterr()
    assert "2 halfjaren ingelezen" in uit.err
    emmen = next(g for g in json.loads(uit.out)["gemeenten"] if g["cbs_code"] == "GM0114")
    # 2025-2: 40 + 4 = 44 due, 30 housed -> 14 behind; 2026-1: 35 + 14 = 49 due, 50 housed.
    assert (emmen["achterstand_vooraf"], emmen["te_realiseren"], emmen["saldo"]) == (14, 49, -1)
    assert emmen["op_koers"] is True


def test_statushouders_import_met_fout_slaat_niets_op(capsys, tmp_path):
    from regietafel.statushouders.models import Huisvesting

    pad = tmp_path / "fout.toml"
    pad.write_text(VOORBEELD.replace("realisatie = 50", 'realisatie = "veel"'), encoding="utf-8")
    assert main(["statushouders", "--importeer", str(pad)]) == 2
    assert "realisatie 'veel' is geen aantal" in capsys.readouterr().err
    assert not Huisvesting.objects.exists()
