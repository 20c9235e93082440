"""LibreOffice opens every DOCX and XLSX that Regietafel makes, breaks no word in the
report's tables, and, recalculating the puzzle workbook itself, arrives at the saldi of the
puzzle page. In CI these checks never skip (`soffice_pad`)."""

import csv
import io
import re
import subprocess
import zipfile
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook

from tests.documenten_hulp import DATUM, libreoffice_converteer, soffice_pad
from tests.puzzel.test_puzzel_xlsx_saldi import pagina_totalen
from tests.verslagen.test_verslag_tekort import C2, tekort  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def test_zonder_libreoffice_faalt_de_controle_in_ci(monkeypatch):
    monkeypatch.setattr("shutil.which", lambda _naam: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="nooit overgeslagen"):
        soffice_pad()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        soffice_pad()


def _alle_documenten(tmp_path):
    """Every DOCX and XLSX file Regietafel writes, for Drenthe, on disk."""
    from regietafel.overleggen.models import Overleg
    from regietafel.overleggen.services import actielijst_docx
    from regietafel.provincies.models import Provincie
    from regietafel.verslagen.services import brieven, rapport

    bestanden = {}
    for document in ("verslag", "aanbiedingsbrief", "collegebrief"):
        bestanden[f"{document}.docx"] = rapport(
            "drenthe", "2025-2026", "docx", datum=DATUM, document=document
        ).inhoud
    bestanden["puzzel.xlsx"] = rapport("drenthe", "2025-2026", "xlsx").inhoud
    with zipfile.ZipFile(io.BytesIO(brieven("drenthe", "2027-2028", datum=DATUM).inhoud)) as z:
        eerste = sorted(z.namelist())[0]
        bestanden["consultatiebrief.docx"] = z.read(eerste)
    overleg = Overleg.objects.create(
        provincie=Provincie.objects.get(code="drenthe"), datum=date(2026, 2, 5),
        titel="Provinciale regietafel asiel",
    )  # fmt: skip
    bestanden["actielijst.docx"] = actielijst_docx(overleg)
    paden = []
    for naam, inhoud in bestanden.items():
        pad = tmp_path / naam
        pad.write_bytes(inhoud)
        paden.append(pad)
    return paden


def test_libreoffice_zet_elk_docx_en_xlsx_om_zonder_fout(drenthe, soffice, tmp_path):
    bronnen = _alle_documenten(tmp_path)
    uit = tmp_path / "pdf"
    uit.mkdir()
    libreoffice_converteer(soffice, bronnen, "pdf", uit)
    for bron in bronnen:
        pdf = uit / f"{bron.stem}.pdf"
        assert pdf.exists(), bron.name
        tekst = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                               text=True).stdout  # fmt: skip
        assert "Drenthe" in tekst or "Assen" in tekst, bron.name


def _kopwoorden(docx: bytes) -> set[str]:
    """The words of the header cells of every table in a DOCX, the ones LibreOffice broke
    in two when the columns were shared out evenly ("Gemeent" / "e")."""
    from docx import Document

    woorden = set()
    for tabel in Document(io.BytesIO(docx)).tables:
        for rij in tabel.rows[:2]:
            for cel in rij.cells:
                woorden |= {w for w in cel.text.split() if len(w) > 3}
        for rij in tabel.rows:
            woorden |= {w for w in rij.cells[0].text.split() if len(w) > 3}
    return woorden


def _gebroken_woorden(pdf, woorden: set[str]) -> list[str]:
    """Words of `woorden` that the PDF sets in two pieces, one below the other in the same
    column: a word LibreOffice had to break because its column was too narrow."""
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    patroon = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">'
                         r"([^<]*)</word>")  # fmt: skip
    gebroken = []
    for pagina in bbox.split("<page ")[1:]:
        # Runs of words set one below the other at the same left edge (a column); a word
        # of `woorden` made of two or more consecutive pieces of a run was broken.
        stapels: list[list[str]] = []
        vorige = None
        for m in patroon.finditer(pagina):
            x, y, w = float(m.group(1)), float(m.group(2)), m.group(3)
            if vorige is not None and y > vorige[1] + 1 and abs(x - vorige[0]) < 3:
                stapels[-1].append(w)
            else:
                stapels.append([w])
            vorige = (x, y)
        for stapel in stapels:
            for i in range(len(stapel)):
                for j in range(i + 2, len(stapel) + 1):
                    if "".join(stapel[i:j]) in woorden:
                        gebroken.append("".join(stapel[i:j]))
    return gebroken


def test_libreoffice_breekt_geen_woord_in_de_tabellen_van_het_verslag(drenthe, soffice, tmp_path):
    from regietafel.verslagen.services import rapport

    docx = rapport("drenthe", "2025-2026", "docx", datum=DATUM).inhoud
    bron = tmp_path / "verslag.docx"
    bron.write_bytes(docx)
    libreoffice_converteer(soffice, [bron], "pdf", tmp_path)
    woorden = _kopwoorden(docx)
    assert {"Gemeente", "Westerveld", "realisatie", "Bijzonderheden"} <= woorden
    assert _gebroken_woorden(tmp_path / "verslag.pdf", woorden) == []


def _celwoorden(docx: bytes) -> set[str]:
    """Every word of every table cell in a DOCX (small tables: all of them are checked)."""
    from docx import Document

    return {
        w
        for tabel in Document(io.BytesIO(docx)).tables
        for rij in tabel.rows
        for cel in rij.cells
        for w in cel.text.split()
        if len(w) > 3
    }


def test_libreoffice_breekt_geen_woord_in_de_tabellen_van_de_consultatiebrieven(
    drenthe, soffice, tmp_path
):
    """The consultation letters share the report's table writer, and with it the column
    widths by content: not "Bijzonderhe" / "den" or "Indicatiev" / "e"."""
    from regietafel.verslagen.services import brieven

    with zipfile.ZipFile(io.BytesIO(brieven("drenthe", "2027-2028", datum=DATUM).inhoud)) as z:
        # Westerveld has the most locations (and dates), Assen the longest figures.
        namen = [n for n in z.namelist() if n.endswith(("westerveld.docx", "assen.docx"))]
        bronnen = []
        for naam in namen:
            (tmp_path / naam).write_bytes(z.read(naam))
            bronnen.append(tmp_path / naam)
    # And a letter with the long words Dutch remarks have: shared out evenly, the columns
    # broke "Asielzoekerscentrum" and "crisisnoodopvang".
    from regietafel.reports.brieven import brief_docx

    lang = tmp_path / "consultatiebrief-lang.docx"
    lang.write_bytes(brief_docx(replace(_brief(), locaties=(
        ("regulier", "1.250", "1-3-2017", "onbep. tijd", "Asielzoekerscentrum"),
        ("NO", "400", "1-1-2027", "31-12-2027", "crisisnoodopvang in sporthal"),
    ))))  # fmt: skip
    bronnen.append(lang)
    libreoffice_converteer(soffice, bronnen, "pdf", tmp_path)
    for bron in bronnen:
        woorden = _celwoorden(bron.read_bytes())
        assert {"Indicatieve", "Bijzonderheden", "Oekraïense", "ontheemden"} <= woorden
        assert _gebroken_woorden(tmp_path / f"{bron.stem}.pdf", woorden) == [], bron.name
    assert {"Asielzoekerscentrum", "crisisnoodopvang"} <= _celwoorden(lang.read_bytes())


def _brief():
    from regietafel.reports.brieven import Brief, Toezegging

    return Brief(
        provincie="Drenthe", gemeente="Aa en Hunze", cbs_code="GM1680", cyclus="2025-2026",
        nieuwe_cyclus="2027-2028", datum=DATUM, antwoord_voor=date(2026, 4, 1),
        toezeggingen=(Toezegging("Oekraïense ontheemden (ambitie)", "1.791", "1.792", "1.792"),),
        locaties=(), aanbod_jaar=2026, plaats="Assen",
    )  # fmt: skip


def test_de_controle_op_gebroken_woorden_vindt_een_gebroken_woord(tmp_path):
    """The check above can fail: a column too narrow for "Gemeente" is found."""
    from docx import Document
    from docx.shared import Cm

    word = Document()
    tabel = word.add_table(rows=1, cols=2)
    tabel.autofit = False
    tabel.cell(0, 0).text, tabel.cell(0, 1).text = "Gemeente", "Westerveld"
    for kolom in tabel.columns:
        kolom.width = Cm(0.9)
    for cel in tabel.rows[0].cells:
        cel.width = Cm(0.9)
    bron = tmp_path / "smal.docx"
    word.save(bron)
    libreoffice_converteer(soffice_pad(), [bron], "pdf", tmp_path)
    gebroken = _gebroken_woorden(tmp_path / "smal.pdf", {"Gemeente", "Westerveld"})
    assert gebroken


def _zonder_uitkomsten(xlsx: bytes, pad) -> None:
    """The workbook with its formulas but without their cached results (openpyxl writes
    none), so that LibreOffice must compute every total and saldo itself."""
    wb = load_workbook(io.BytesIO(xlsx))
    wb.save(pad)


def _herberekend(soffice, xlsx: bytes, tmp_path):
    bron = tmp_path / "zonder-uitkomsten.xlsx"
    _zonder_uitkomsten(xlsx, bron)
    uit = tmp_path / "lo"
    uit.mkdir()
    libreoffice_converteer(soffice, [bron], "xlsx", uit)
    # Every sheet as its own CSV file (the filter's last option, -1), as LibreOffice shows it.
    filter_ = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1"
    libreoffice_converteer(soffice, [bron], filter_, uit)
    return load_workbook(uit / bron.name, data_only=True), uit


def _totaalrij(ws):
    rij = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == "Totaal")
    return [ws.cell(rij, k).value for k in range(2, 8)]


@pytest.mark.parametrize("cyclus", ["2025-2026", C2])
def test_libreoffice_rekent_de_werkmap_na_en_komt_op_de_saldi_van_de_puzzelpagina(
    tekort,  # noqa: F811
    soffice,
    tmp_path,
    cyclus,
):
    from regietafel.verslagen.services import rapport

    xlsx = rapport("drenthe", cyclus, "xlsx").inhoud
    assert load_workbook(io.BytesIO(xlsx), data_only=True)["AMV"]["F3"].value is not None
    _zonder_uitkomsten(xlsx, tmp_path / "controle.xlsx")
    leeg = load_workbook(tmp_path / "controle.xlsx", data_only=True)
    assert _totaalrij(leeg["AMV"])[4] is None  # no cached result left: LibreOffice computes
    wb, uit = _herberekend(soffice, xlsx, tmp_path)
    pagina = pagina_totalen(cyclus)
    for cat, blad in (("asiel_regulier", "Asiel regulier"), ("amv", "AMV")):
        assert _totaalrij(wb[blad]) == pagina[cat], blad
        csv_pad = uit / f"zonder-uitkomsten-{blad}.csv"
        with csv_pad.open(encoding="utf-8") as f:
            rijen = list(csv.reader(f, delimiter=";"))
        totaal = next(r for r in rijen if r and r[0] == "Totaal")
        getallen = [int(v.replace(".", "").replace(",", "")) if v else None for v in totaal[1:7]]
        assert getallen == pagina[cat], blad
    assert [wb["Overzicht"].cell(3, k).value for k in range(2, 8)] == pagina["asiel_regulier"]
    if cyclus == C2:
        assert pagina["asiel_regulier"][4] < 0  # the shortfall scenario: a real shortage
