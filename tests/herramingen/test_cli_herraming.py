"""`regietafel herraming` and `regietafel herramingen`: thin over the services, Dutch errors
on stderr with a non-zero exit code, nothing written on a dry run or a refusal."""

import json

import pytest

from regietafel.cli import main
from regietafel.herramingen.models import Capaciteitsbesluitversie
from tests.herramingen.test_herramingen import VOORBEELD

pytestmark = pytest.mark.django_db


def _aantal():
    return Capaciteitsbesluitversie.objects.filter(
        provincie_cyclus__cyclus__naam="2025-2026"
    ).count()


def test_dry_run_toont_oud_en_nieuw_en_schrijft_niets(capsys, drenthe):
    assert main(["herraming", str(VOORBEELD), "--dry-run"]) == 0
    uit = capsys.readouterr().out
    assert "Emmen                       453    480      +27" in uit
    assert "Provinciale opgave AMV: 229 -> 349" in uit
    assert "Proef: er is niets opgeslagen." in uit
    assert _aantal() == 1


def test_toepassen_maakt_versie_2_die_de_lijst_en_de_vergelijking_tonen(capsys, drenthe):
    args = ["herraming", str(VOORBEELD), "--datum", "2025-03-03", "--omschrijving", "Brief"]
    assert main(args) == 0
    assert "Opgeslagen als versie 2" in capsys.readouterr().out
    assert main(["herramingen", "--json"]) == 0
    versies = json.loads(capsys.readouterr().out)
    assert [(v["nummer"], v["totaalAmv"]) for v in versies] == [(1, 229), (2, 349)]
    assert main(["herramingen", "--vergelijk", "1", "2"]) == 0
    assert "Assen                       329    350      +21" in capsys.readouterr().out


def test_zonder_datum_en_bron_wordt_niets_opgeslagen(capsys, drenthe):
    assert main(["herraming", str(VOORBEELD)]) == 2
    assert "geef --datum" in capsys.readouterr().err
    assert _aantal() == 1


def test_een_ontbrekende_gemeente_geeft_een_nederlandse_fout(capsys, drenthe, tmp_path):
    bestand = tmp_path / "zonder-emmen.csv"
    regels = [r for r in VOORBEELD.read_text().splitlines() if not r.startswith("GM0114")]
    bestand.write_text("\n".join(regels))
    args = ["herraming", str(bestand), "--datum", "2025-03-03", "--omschrijving", "Brief"]
    assert main(args) == 1
    fout = capsys.readouterr().err
    assert "Emmen (GM0114) ontbreekt in de herraming." in fout
    assert _aantal() == 1


def test_een_onbekende_versie_vergelijken_geeft_een_fout(capsys, drenthe):
    assert main(["herramingen", "--vergelijk", "1", "9"]) == 2
    assert "kies twee verschillende bestaande versies (er zijn: 1)" in capsys.readouterr().err


def test_landelijke_tabel_noemt_de_overgeslagen_rijen(capsys, drenthe, tmp_path):
    from tests.factories import gemeente_groningen

    gemeente_groningen()
    bestand = tmp_path / "landelijk.csv"
    bestand.write_text(VOORBEELD.read_text() + "GM0014;Groningen;238147;1200;100\n")
    assert main(["herraming", str(bestand), "--dry-run"]) == 0
    uit = capsys.readouterr().out
    assert "  overgeslagen (andere provincie): rij 14: Groningen (Groningen)" in uit
    assert "Proef: er is niets opgeslagen." in uit
    assert _aantal() == 1
