"""Checking a data file without a database (regietafel.data.controle): TOML syntax errors in
Dutch with their line and column, every message documented."""

from pathlib import Path

import pytest

from regietafel.data import DRENTHE
from regietafel.data.controle import MELDINGEN, Opgeslagen, controleer_dataset

VEENMARKEN = Path(__file__).parent / "veenmarken-2025-2026.toml"


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("a = 1\nb = \n", "Regel 2: het bestand is geen geldige TOML: ongeldige waarde (kolom 5)."),
        ("a = 1\na = 2\n", "Regel 2: het bestand is geen geldige TOML: deze sleutel heeft al een "
         "waarde (kolom 6)."),
        ("[cyclus\n", "Regel 1: het bestand is geen geldige TOML: een [kop] wordt niet gesloten "
         "met ']' (kolom 8)."),
        ('a = "abc', "Het bestand is geen geldige TOML: een tekst tussen aanhalingstekens wordt "
         "niet gesloten (aan het einde van het bestand)."),
    ],
)  # fmt: skip
def test_toml_fouten_in_het_nederlands_met_regel_en_kolom(tekst, melding):
    (probleem,) = controleer_dataset(tekst).problemen
    assert probleem.melding == melding


def test_het_drentse_bestand_en_veenmarken_zijn_in_orde():
    for pad in (DRENTHE, VEENMARKEN):
        uitkomst = controleer_dataset(pad.read_text(encoding="utf-8"))
        assert uitkomst.problemen == () and uitkomst.gegevens is not None, pad.name


def test_een_leeg_bestand_noemt_wat_ontbreekt():
    meldingen = [p.melding for p in controleer_dataset("").problemen]
    assert "'provincie': ontbreekt; deze sleutel is verplicht." in meldingen
    assert "'cyclus': ontbreekt; deze sleutel is verplicht." in meldingen
    assert "Het bestand noemt geen enkele gemeente; voeg [[gemeente]]-blokken toe." in meldingen


def test_een_onbekende_cyclus_zonder_regels_en_een_bekende_met_regels():
    tekst = VEENMARKEN.read_text(encoding="utf-8")
    begin, eind = tekst.index("[cyclus.regels]"), tekst.index("[provincie_opgave]")
    zonder = tekst[:begin] + tekst[eind:]
    (p,) = controleer_dataset(zonder).problemen
    assert (p.plaats, p.sleutel, p.code) == ("cyclus", "regels", "ontbreekt")
    opgeslagen = controleer_dataset(tekst).gegevens.cyclus
    bekend = Opgeslagen(cycli={"2025-2026": {
        "jaren": [2025, 2026], "landelijke_behoefte": 96000, "amv_landelijk": 8140,
        "regels": {**_regels(tekst), "spuk2_bedrag_per_plaats": 2500},
    }})  # fmt: skip
    assert controleer_dataset(zonder, bekend).gegevens.cyclus.regels.spuk2_bedrag_per_plaats == 2500
    (p,) = controleer_dataset(tekst, bekend).problemen
    assert (p.sleutel, p.waarde, p.code) == ("spuk2_bedrag_per_plaats", "2000", "cyclus_verschilt")
    assert opgeslagen.regels.spuk2_bedrag_per_plaats == 2000


def _regels(tekst):
    import tomllib

    return tomllib.loads(tekst)["cyclus"]["regels"]


def test_elke_foutcode_van_laad_staat_in_docs_gegevens():
    tekst = (Path(__file__).parents[2] / "docs" / "gegevens.md").read_text(encoding="utf-8")
    for code in MELDINGEN:
        assert f"| `{code}` |" in tekst, code


def test_te_lange_namen_en_een_ontbrekend_peiljaar():
    tekst = VEENMARKEN.read_text(encoding="utf-8")
    tekst = tekst.replace('naam = "azc Aldam"', f'naam = "{"x" * 201}"')
    tekst = tekst.replace("inwoners_peiljaar = 2024\n", "")
    meldingen = [p.melding for p in controleer_dataset(tekst).problemen]
    assert meldingen == [
        "'inwoners_peiljaar': ontbreekt; deze sleutel is verplicht.",
        f"Regel {tekst.splitlines().index('naam = "' + 'x' * 201 + '"') + 1}, locatie 1, "
        f"'naam': '{'x' * 30}…' is te lang: ten hoogste 200 tekens.",
    ]


def test_een_lange_waarde_en_sleutel_worden_in_de_melding_ingekort():
    tekst = VEENMARKEN.read_text(encoding="utf-8")
    lang = "X" * 5000
    tekst = tekst.replace('cbs_code = "GM', f'cbs_code = "{lang}', 1)
    tekst = tekst.replace("[cyclus]", f"[cyclus]\n{'k' * 3000} = 1", 1)
    uitkomst = controleer_dataset(tekst)
    meldingen = [p.melding for p in (*uitkomst.problemen, *uitkomst.waarschuwingen)]
    assert f"'{'X' * 79}…' is geen CBS-code" in " ".join(meldingen)
    assert f"Regel 14, cyclus, '{'k' * 79}…': is geen bekende sleutel" in meldingen[-1]
    assert max(len(m) for m in meldingen) < 300
