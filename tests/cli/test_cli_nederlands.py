"""The command line speaks Dutch: argparse's help, usage and errors, and a missing file."""

import argparse
import re

import pytest

from regietafel.cli import main, parser

ENGELS = ["usage:", "show this help", "error:", "the following arguments", "options:",
          "unrecognized", "invalid choice", "No such file", "Errno"]  # fmt: skip


def _zonder_engels(tekst: str) -> None:
    for woord in ENGELS:
        assert woord not in tekst


def _afgebroken(argv, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    uit = capsys.readouterr()
    return stop.value.code, uit.out + uit.err


def test_de_hulp_is_nederlands(capsys):
    code, tekst = _afgebroken(["--help"], capsys)
    assert code == 0
    assert tekst.startswith("gebruik: regietafel [-h] OPDRACHT ...")
    assert re.search(r"\n  -h, --help +deze hulp tonen en stoppen\n", tekst)
    assert "\nopties:\n" in tekst
    _zonder_engels(tekst)


def test_de_hulp_van_een_opdracht_is_nederlands(capsys):
    code, tekst = _afgebroken(["rapport", "-h"], capsys)
    assert code == 0
    assert tekst.startswith("gebruik: regietafel rapport")
    assert "deze hulp tonen en stoppen" in tekst
    _zonder_engels(tekst)


@pytest.mark.parametrize(
    ("argv", "melding"),
    [
        ([], "regietafel: fout: deze argumenten zijn verplicht: OPDRACHT"),
        (["rapport"], "regietafel rapport: fout: deze argumenten zijn verplicht: --uit"),
        (["puzzel", "--bla"], "regietafel: fout: onbekende argumenten: --bla"),
        (["onzin"], "regietafel: fout: argument OPDRACHT: ongeldige keuze: 'onzin'"),
        (["synthetisch", "--zaad", "x"], "ongeldige waarde (int): 'x'"),
        (["puzzel", "--cyclus"], "argument --cyclus: hier hoort één waarde bij"),
    ],
)
def test_een_foute_aanroep_geeft_een_nederlandse_melding(capsys, argv, melding):
    code, tekst = _afgebroken(argv, capsys)
    assert code == 2
    assert melding in tekst
    assert "gebruik: regietafel" in tekst
    _zonder_engels(tekst)


def test_een_onleesbaar_parameterbestand_geeft_een_nederlandse_melding(capsys, tmp_path):
    weg = tmp_path / "weg.json"
    code, tekst = _afgebroken(["los-op", "--parameters", str(weg)], capsys)
    assert code == 2
    assert f"kan '{weg}' niet openen: bestand niet gevonden" in tekst
    _zonder_engels(tekst)


@pytest.mark.django_db(transaction=True)
def test_een_ontbrekend_bestand_geeft_fout_en_exitcode_2(capsys, tmp_path):
    weg = tmp_path / "weg.toml"
    assert main(["statushouders", "--importeer", str(weg)]) == 2
    fout = capsys.readouterr().err
    assert fout.strip() == f"Fout: bestand niet gevonden: {weg}"


@pytest.mark.django_db(transaction=True)
def test_een_map_in_plaats_van_een_bestand_geeft_een_nederlandse_reden(capsys, tmp_path):
    assert main(["statushouders", "--importeer", str(tmp_path)]) == 2
    assert capsys.readouterr().err.strip() == f"Fout: {tmp_path}: dat is een map"


def test_de_vertaling_blijft_binnen_de_parser():
    parser().parse_args(["puzzel"])
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]
    assert argparse.ArgumentParser(prog="x").format_usage() == "usage: x [-h]\n"


@pytest.mark.django_db
def test_een_ontbrekende_herraming_geeft_geen_engelse_systeemtekst(capsys, tmp_path):
    weg = tmp_path / "besluit.csv"
    assert main(["herraming", str(weg), "--dry-run"]) == 2
    assert capsys.readouterr().err.strip() == f"Fout: bestand niet gevonden: {weg}"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "opdracht",
    [
        ["importeer", "locaties", "/bestaat/niet.csv"],
        ["laad", "/bestaat/niet.toml"],
        ["herstel", "/bestaat/niet.json"],
    ],
)
def test_een_ontbrekend_invoerbestand_geeft_een_nederlandse_fout(opdracht, drenthe, capsys):
    assert main(opdracht) == 2
    fout = capsys.readouterr().err
    assert "Fout: bestand niet gevonden: /bestaat/niet." in fout
    assert "No such file" not in fout


def test_elke_tekst_van_argparse_heeft_een_nederlandse_vertaling():
    """Every message argparse translates (its _() and ngettext() calls in this Python) is in
    ARGPARSE_NL, so a newer Python's new message is noticed here, not by a user."""
    import inspect
    import re

    from regietafel.cli.nederlands import ARGPARSE_NL

    bron = inspect.getsource(argparse)
    enkel = re.findall(r"""_\(\s*(['"])((?:(?!\1).|\\.)*)\1\s*\)""", bron)
    meervoud = re.findall(r"""ngettext\(\s*'([^']*)',\s*'([^']*)',""", bron)
    teksten = {tekst.encode().decode("unicode_escape") for _, tekst in enkel}
    teksten |= {t for paar in meervoud for t in paar}
    assert len(teksten) > 30  # the control: argparse's messages were found
    assert teksten - ARGPARSE_NL.keys() == set()
