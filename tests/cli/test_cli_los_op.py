import json

from regietafel.cli import main


def test_los_op_json_drenthe_is_al_gedekt(drenthe, capsys):
    assert main(["los-op", "--provincie", "drenthe", "--cyclus", "2025-2026", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sluitend"] and data["al_gedekt"]
    assert len(data["delen"]) == 4
    deel = data["delen"][0]
    assert (deel["categorie"], deel["jaar"]) == ("asiel_regulier", 2025)
    for methode in ("wettelijk", "optimalisatie"):
        assert deel[methode]["geplaatst"] == 0
        assert len(deel[methode]["gemeenten"]) == 12


def test_los_op_tabel_met_parameters_toont_beide_methoden(drenthe, capsys, tmp_path):
    bestand = tmp_path / "kwart.json"
    bestand.write_text(
        json.dumps({"aanbod": {"GM0106": {"asiel_regulier": {"2025": 250, "2026": 250}},
                               "GM0118": {"asiel_regulier": {"2025": 235, "2026": 235}}}})
    )  # fmt: skip
    assert main(["los-op", "--parameters", str(bestand)]) == 0
    uit = capsys.readouterr().out
    assert "Asielopvang (regulier) 2025" in uit
    assert "er ontbreken 103 plaatsen" in uit
    assert "Totaal extra: wettelijk 103, optimaal 103" in uit
    assert "krijgt" in uit and "onder het eigen indicatieve aantal zit" in uit


def test_los_op_onbekende_provincie_geeft_foutmelding(drenthe, capsys):
    assert main(["los-op", "--provincie", "atlantis"]) == 2
    assert "Geen gegevens voor provincie 'atlantis'" in capsys.readouterr().err
