import json
from datetime import date

import pytest

from regietafel.cli import main
from regietafel.services import klok

pytestmark = pytest.mark.django_db


def test_bronnen_json_noemt_documenten_en_verouderde_cijfers(ongepubliceerd, capsys, monkeypatch):
    monkeypatch.setattr(klok, "vandaag", lambda: date(2025, 6, 1))
    assert main(["bronnen", "--provincie", "drenthe", "--cyclus", "2025-2026", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verouderd_na_dagen"] == 180
    assert [b["datum"] for b in data["bronnen"]] == [
        "2024-01-31", "2024-10-31", "2024-10-31", "2024-10-31",
    ]  # fmt: skip
    oud = {c["kolom"] for c in data["cijfers"] if c["verouderd"]}
    # fixed for the cycle: never stale while it runs
    assert not oud & {"inwoners", "asiel_regulier.opgave", "amv.opgave", "oekraine.opgave"}
    assert "asiel_regulier.aanbod.2025" in oud
    assert data["normen"]["inwoners"] == "cyclus"


def test_bronnen_tabel_met_eigen_leeftijd(ongepubliceerd, capsys, monkeypatch):
    monkeypatch.setattr(klok, "vandaag", lambda: date(2025, 12, 1))
    assert main(["bronnen", "--cyclus", "2025-2026", "--ouder-dan", "400"]) == 0
    uit = capsys.readouterr().out
    assert "Verouderd (peildatum vóór 27-10-2024, ouder dan 400 dagen):" in uit
    assert "  25-10-2024  Assen: asielopvang regulier: aanbod 2025" in uit
    # the inhabitants of 2023 and the decision are fixed for the cycle
    assert "Capaciteitsbesluit" not in uit.split("Verouderd")[1]
    assert "inwoners 2023" not in uit.split("Verouderd")[1]
    assert "Vast voor de cyclus (veroudert niet): AMV: opgave, asielopvang regulier: opgave, " \
        "inwoners, Oekraïne: provinciale opgave." in uit  # fmt: skip


def test_bronnen_weigert_een_onjuiste_leeftijd(drenthe, capsys):
    with pytest.raises(SystemExit) as uitgang:
        main(["bronnen", "--ouder-dan", "nul"])
    assert uitgang.value.code == 2
    assert "'nul' is geen aantal dagen" in capsys.readouterr().err


def test_bronnen_van_een_onbekende_cyclus(drenthe, capsys):
    assert main(["bronnen", "--cyclus", "2031-2032"]) == 2
    assert "Geen gegevens voor provincie 'drenthe' in cyclus '2031-2032'" in capsys.readouterr().err
