import io
import zipfile

import pytest
from openpyxl import load_workbook

from regietafel.cli import main

# Each test flushes the database; the fixture sets it up again as `regietafel init` does.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("drenthe")]


def test_rapport_xlsx_naar_bestand(tmp_path, capsys):
    uit = tmp_path / "puzzel.xlsx"
    args = ["rapport", "--provincie", "drenthe", "--cyclus", "2025-2026", "--formaat", "xlsx"]
    assert main([*args, "--uit", str(uit)]) == 0
    assert "Geschreven:" in capsys.readouterr().out
    assert load_workbook(uit).sheetnames[0] == "Overzicht"


def test_rapport_formaat_uit_extensie(tmp_path):
    uit = tmp_path / "verslag.docx"
    assert main(["rapport", "--uit", str(uit)]) == 0
    assert zipfile.is_zipfile(uit)


def test_onbekend_formaat_geeft_nederlandse_fout(tmp_path, capsys):
    assert main(["rapport", "--formaat", "odt", "--uit", str(tmp_path / "x.odt")]) == 2
    assert "Onbekend formaat 'odt': kies uit csv, docx, pdf, xlsx." in capsys.readouterr().err


def test_onschrijfbaar_pad_geeft_nederlandse_fout(tmp_path, capsys):
    pad = tmp_path / "bestaat-niet" / "x.xlsx"
    assert main(["rapport", "--formaat", "xlsx", "--uit", str(pad)]) == 1
    assert "kan" in (fout := capsys.readouterr().err) and "de map bestaat niet" in fout


def test_brieven_zip(tmp_path):
    uit = tmp_path / "brieven.zip"
    args = ["brieven", "--provincie", "drenthe", "--cyclus", "2025-2026", "--uit", str(uit)]
    assert main([*args, "--antwoord-voor", "2026-03-15"]) == 0
    with zipfile.ZipFile(uit) as z:
        assert len(z.namelist()) == 12
        from docx import Document

        brief = Document(io.BytesIO(z.read(z.namelist()[0])))
    assert any("uiterlijk 15 maart 2026" in p.text for p in brief.paragraphs)


def test_brieven_met_verkeerde_datum(tmp_path, capsys):
    assert main(["brieven", "--antwoord-voor", "1 april", "--uit", str(tmp_path / "b.zip")]) == 2
    assert "geen datum" in capsys.readouterr().err


def test_rapport_brieven_en_de_set(tmp_path, capsys):
    from docx import Document

    args = ["rapport", "--provincie", "drenthe", "--cyclus", "2025-2026"]
    brief = tmp_path / "brief.docx"
    assert main([*args, "--document", "aanbiedingsbrief", "--uit", str(brief)]) == 0
    assert any(p.text == "Excellentie," for p in Document(brief).paragraphs)
    zip_ = tmp_path / "set.zip"
    assert main([*args, "--document", "set", "--uit", str(zip_)]) == 0
    with zipfile.ZipFile(zip_) as z:
        assert sorted(n.rsplit(".", 1)[1] for n in z.namelist()) == ["pdf", "pdf", "pdf"]
    assert main([*args, "--document", "collegebrief", "--uit", str(tmp_path / "b.xlsx")]) == 2
    assert "kies uit docx, pdf." in capsys.readouterr().err
    assert main([*args, "--document", "memo", "--uit", str(tmp_path / "m.pdf")]) == 2
    assert "Onbekend document 'memo'" in capsys.readouterr().err


def test_rapport_puzzel_als_csv(tmp_path):
    uit = tmp_path / "puzzel.csv"
    assert main(["rapport", "--cyclus", "2025-2026", "--uit", str(uit)]) == 0
    regels = uit.read_text(encoding="utf-8-sig").splitlines()
    assert regels[0].startswith("Gemeente;CBS-code;Inwoners;") and len(regels) == 14
    assert regels[-1].startswith("Totaal;;502051;5722;")


def test_rapport_van_een_gepubliceerde_cyclus_en_de_werkversie(drenthe, tmp_path):
    from docx import Document

    from regietafel.verslagen.teksten import bewaar_verslagtekst

    bewaar_verslagtekst("drenthe", "2025-2026", "aanbiedingsbrief_aanhef", "Geachte minister,")
    args = ["rapport", "--cyclus", "2025-2026", "--document", "aanbiedingsbrief"]
    gepubliceerd, werk = tmp_path / "brief.docx", tmp_path / "werk.docx"
    assert main([*args, "--uit", str(gepubliceerd)]) == 0
    assert main([*args, "--werkversie", "--uit", str(werk)]) == 0
    alineas = [p.text for p in Document(gepubliceerd).paragraphs]
    assert "Excellentie," in alineas and not any("Werkversie" in a for a in alineas)
    werkalineas = [p.text for p in Document(werk).paragraphs]
    assert "Geachte minister," in werkalineas
    assert werkalineas[0].startswith("Werkversie met de huidige teksten: dit is niet")
    kop = Document(werk).sections[0].header.paragraphs[0].text
    assert kop == "Werkversie, niet zoals gepubliceerd"
