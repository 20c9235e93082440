import json

from regietafel.cli import main
from tests.solver_hulp import parameterbestand


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


# Assen 232 and Borger-Odoorn 235 in 2025: 121 short; Borger-Odoorn and Aa en Hunze end on
# an equal remainder and the larger gap (Borger-Odoorn) gets the last place.
GELIJKE_REST = {"aanbod": {"GM0106": {"asiel_regulier": {"2025": 232}},
                           "GM0118": {"asiel_regulier": {"2025": 235}}}}  # fmt: skip


def test_los_op_tabel_noemt_de_gelijke_rest_die_de_wettelijke_regel_besliste(
    drenthe, capsys, tmp_path
):
    bestand = tmp_path / "gelijk.json"
    bestand.write_text(json.dumps(GELIJKE_REST))
    assert main(["los-op", "--parameters", str(bestand)]) == 0
    uit = capsys.readouterr().out
    assert (
        "Wettelijke regel: Het aanbod (2.341) dekt de opgave (2.462) niet: er ontbreken 121 "
        "plaatsen." in uit
    )
    assert (
        "Bij de afronding hadden Borger-Odoorn en Aa en Hunze een gelijke rest: de laatste "
        "plaats ging naar Borger-Odoorn (het grotere gat ging voor)." in uit
    )


def test_los_op_json_geeft_de_gelijke_rest_per_gemeente(drenthe, capsys, tmp_path):
    bestand = tmp_path / "gelijk.json"
    bestand.write_text(json.dumps(GELIJKE_REST))
    assert main(["los-op", "--parameters", str(bestand), "--json"]) == 0
    deel = json.loads(capsys.readouterr().out)["delen"][0]
    per_naam = {g["naam"]: g for g in deel["wettelijk"]["gemeenten"]}
    assert per_naam["Aa en Hunze"]["gelijke_rest"] == {
        "kreeg": False,
        "met": [{"cbs_code": "GM1681", "naam": "Borger-Odoorn", "beslist_door": "quotum"}],
    }
    assert per_naam["Borger-Odoorn"]["gelijke_rest"]["kreeg"] is True
    assert (
        "gelijke rest met Borger-Odoorn: het grotere gat ging voor"
        in (per_naam["Aa en Hunze"]["uitleg"])
    )
    assert per_naam["Assen"]["gelijke_rest"] is None
    assert all(g["gelijke_rest"] is None for g in deel["optimalisatie"]["gemeenten"])


def test_los_op_onbekende_provincie_geeft_foutmelding(drenthe, capsys):
    assert main(["los-op", "--provincie", "atlantis"]) == 2
    assert "Geen gegevens voor provincie 'atlantis'" in capsys.readouterr().err


def test_los_op_zonder_optimum_van_de_solver_zegt_in_het_nederlands_wat_niet_lukte(
    drenthe, capsys, tmp_path, monkeypatch
):
    import scipy.optimize

    class Mislukt:
        status, x, message = 4, None, "Solve error"

    from regietafel.domain import puzzel_solver

    monkeypatch.setattr(scipy.optimize, "milp", lambda *a, **k: Mislukt())
    monkeypatch.setattr(puzzel_solver, "_TABEL_GRENS", 0)  # units on HiGHS, not the table
    bestand = parameterbestand(tmp_path)
    assert main(["los-op", "--parameters", bestand]) == 1
    uit = capsys.readouterr()
    assert uit.out == ""
    assert uit.err.startswith(
        "Fout: De optimalisatie kon Asielopvang (regulier) 2025 van Drenthe niet oplossen"
    )
    assert "Solve error" in uit.err and "Traceback" not in uit.err
