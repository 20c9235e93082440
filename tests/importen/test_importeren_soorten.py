"""The other import kinds, the rights per role, the dry run and the CLI."""

import hashlib
from decimal import Decimal

import pytest

from regietafel.cli import main
from regietafel.importen.models import Import
from regietafel.importen.services import importeer
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.provincies.models import Gemeente
from regietafel.services.toegang import toegang
from tests.importen.bijlage1 import csv, xlsx

pytestmark = pytest.mark.django_db

CAPACITEIT = [
    ["Gemeentecode", "Gemeentenaam", "Inwoners", "SES-WOA", "Indicatief regulier", "AMV"],
    ["GM0106", "Assen", "70.123", "-0,0512", "360", "33"],
    ["GM0114", "Emmen", "108765", "", "453", "42"],
    # Another province without this cycle: skipped (the operator updates every province
    # that takes part; tests/importen/test_importeren_landelijk.py).
    ["GM0363", "Amsterdam", "931.298", "0,1", "5000", "400"],
]


def test_capaciteitsbesluit_zet_opgaven_en_inwoners(drenthe):
    Gemeente.objects.get_or_create(
        cbs_code="GM0363",
        defaults={
            "naam": "Amsterdam",
            "inwoners": 1,
            "inwoners_peiljaar": 2023,
            "provincie": _provincie("noord-holland"),
        },
    )
    r = importeer(
        "capaciteitsbesluit", csv(CAPACITEIT), "cb.csv", provincie="drenthe", cyclus="2025-2026"
    )
    assert r.toegepast, [f.melding for f in r.fouten]
    assert r.overgeslagen == ("rij 4: Amsterdam (Noord-Holland, geen cyclus 2025-2026)",)
    assen = Gemeente.objects.get(cbs_code="GM0106")
    assert (assen.inwoners, assen.ses_score) == (70123, Decimal("-0.0512"))
    opgave = Opgave.objects.get(
        gemeente=assen, cyclus__naam="2025-2026", categorie="asiel_regulier"
    )
    assert (opgave.opgave, opgave.versie) == (360, 2)
    assert (
        Opgave.objects.get(gemeente=assen, cyclus__naam="2025-2026", categorie="amv").opgave == 33
    )
    # Emmen's numbers were already so; its SES cell is empty, so the score stays empty
    assert not any("Emmen" in w.wat for w in r.wijzigingen)


def _provincie(code):
    from regietafel.provincies.models import Provincie

    return Provincie.objects.get_or_create(code=code, defaults={"naam": "Noord-Holland"})[0]


def test_capaciteitsbesluit_zonder_verplichte_kolom(drenthe):
    tabel = [[c for c in rij[:5]] for rij in CAPACITEIT[:2]]
    r = importeer(
        "capaciteitsbesluit", xlsx(tabel), "cb.xlsx", provincie="drenthe", cyclus="2025-2026"
    )
    assert [f.code for f in r.fouten] == ["kolom_ontbreekt"]
    assert r.fouten[0].melding.startswith("Rij 1: De kolom 'AMV' ontbreekt.")


def test_aanbod_import_met_varianten_en_versie(drenthe):
    tabel = [
        ["cbs code", "CATEGORIE", "Jaar", "Aantal plaatsen"],
        ["gm0114", "AMV", "2026", "60"],
        ["106", "asiel regulier", "2025", "1.000"],  # unchanged
        ["GM0114", "regulier", "2030", "5"],  # not in the cycle
    ]
    r = importeer("aanbod", csv(tabel, ","), "aanbod.csv", provincie="drenthe", cyclus="2025-2026")
    assert [(f.rij, f.code) for f in r.fouten] == [(4, "jaar_buiten_cyclus")]
    assert "ligt niet in de cyclus 2025-2026" in r.fouten[0].melding
    r = importeer(
        "aanbod", csv(tabel[:3], ","), "aanbod.csv", provincie="drenthe", cyclus="2025-2026"
    )
    assert r.toegepast
    assert [w.tekst() for w in r.wijzigingen] == [
        "Aanbod Emmen Asielopvang (AMV) 2026 (gewijzigd: plaatsen: 50 → 60)"
    ]
    a = Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026)
    assert (a.plaatsen, a.versie) == (60, 2)


def test_dubbele_rij_wordt_gemeld(drenthe):
    tabel = [
        ["Gemeente", "Categorie", "Jaar", "Plaatsen"],
        ["Emmen", "amv", 2026, 1],
        ["emmen", "AMV", 2026, 2],
    ]
    r = importeer("aanbod", xlsx(tabel), "a.xlsx", provincie="drenthe", cyclus="2025-2026")
    assert [(f.rij, f.code, f.detail) for f in r.fouten] == [(3, "dubbele_rij", "2")]


def test_inwoners_per_peiljaar(drenthe):
    tabel = [
        ["CBS-code", "Gemeente", "Inwoners", "Peiljaar"],
        ["GM0106", "Assen", "69.999", "2025"],
    ]
    r = importeer("inwoners", csv(tabel), "inw.csv", provincie="drenthe")
    assert r.toegepast
    g = Gemeente.objects.get(cbs_code="GM0106")
    assert (g.inwoners, g.inwoners_peiljaar) == (69999, 2025)
    assert Import.objects.get().wijzigingen[0]["velden"] == [
        {"veld": "inwoners", "oud": "69414", "nieuw": "69999"},
        {"veld": "inwoners_peiljaar", "oud": "2023", "nieuw": "2025"},
    ]


def test_naam_die_niet_bij_de_code_past(drenthe):
    tabel = [["CBS-code", "Gemeente", "Inwoners", "Peiljaar"], ["GM0106", "Emmen", "1", "2025"]]
    r = importeer("inwoners", csv(tabel), "inw.csv", provincie="drenthe")
    assert r.fouten[0].melding == (
        "Rij 2, kolom 'Gemeente': 'Emmen' past niet bij de CBS-code: die is van Assen (GM0106)."
    )


def test_gemeente_importeert_alleen_eigen_aanbod(drenthe, rollen):
    assen = toegang(rollen["gemeente_a"])
    tabel = [
        ["Gemeente", "Categorie", "Jaar", "Plaatsen"],
        ["Assen", "amv", 2026, 5],
        ["Emmen", "amv", 2026, 99],
    ]
    r = importeer(
        "aanbod",
        xlsx(tabel),
        "a.xlsx",
        provincie="drenthe",
        cyclus="2025-2026",
        t=assen,
        gebruiker=rollen["gemeente_a"],
    )
    assert [(f.rij, f.code) for f in r.fouten] == [(3, "geen_toegang")]
    assert (
        r.fouten[0].melding == "Rij 3, kolom 'Gemeente': u mag de gegevens van Emmen niet wijzigen."
    )
    assert (
        Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026).plaatsen == 50
    )
    assert Aanbod.objects.get(gemeente__cbs_code="GM0106", categorie="amv", jaar=2026).plaatsen == 0
    r = importeer(
        "aanbod",
        xlsx(tabel[:2]),
        "a.xlsx",
        provincie="drenthe",
        cyclus="2025-2026",
        t=assen,
        gebruiker=rollen["gemeente_a"],
    )
    assert r.toegepast


@pytest.mark.parametrize("soort", ["capaciteitsbesluit", "inwoners"])
def test_gemeente_en_ministerie_importeren_geen_provinciegegevens(drenthe, rollen, soort):
    for rol in ("gemeente_a", "ministerie"):
        r = importeer(
            soort,
            b"a;b\n1;2\n",
            "x.csv",
            provincie="drenthe",
            cyclus="2025-2026",
            t=toegang(rollen[rol]),
        )
        assert [f.code for f in r.fouten] == ["soort_niet_toegestaan"]


def test_geen_bestand_maar_rommel(drenthe):
    r = importeer("locaties", b"PK\x03\x04rommel", "x.xlsx", provincie="drenthe")
    assert [f.melding for f in r.fouten] == [
        "Het bestand kan niet worden gelezen: het is geen geldig Excel-bestand (xlsx)."
    ]


@pytest.mark.django_db(transaction=True)
def test_cli_importeer_droog_en_echt(drenthe, tmp_path, capsys):
    pad = tmp_path / "aanbod.csv"
    pad.write_bytes(
        csv([["Gemeente", "Categorie", "Jaar", "Plaatsen"], ["Emmen", "amv", "2026", "70"]])
    )
    assert main(["importeer", "aanbod", str(pad), "--dry-run"]) == 0
    uit = capsys.readouterr().out
    assert "Proefimport: 1 wijziging zou worden opgeslagen." in uit and "plaatsen: 50 → 70" in uit
    assert (
        Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026).plaatsen == 50
    )
    assert main(["importeer", "aanbod", str(pad)]) == 0
    assert hashlib.sha256(pad.read_bytes()).hexdigest() in capsys.readouterr().out
    assert (
        Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026).plaatsen == 70
    )


@pytest.mark.django_db(transaction=True)
def test_cli_importeer_met_fouten_geeft_exitcode_1(drenthe, tmp_path, capsys):
    pad = tmp_path / "aanbod.csv"
    pad.write_bytes(
        csv([["Gemeente", "Categorie", "Jaar", "Plaatsen"], ["Emmen", "amv", "x", "-3"]])
    )
    assert main(["importeer", "aanbod", str(pad)]) == 1
    fout = capsys.readouterr().err
    assert "Niet geïmporteerd: 2 fouten" in fout
    assert "Rij 2, kolom 'Jaar': 'x' is geen jaartal" in fout
    assert "Rij 2, kolom 'Plaatsen': '-3' is negatief" in fout
