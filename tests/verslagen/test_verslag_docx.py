import io
import subprocess
import zipfile

import pytest
from docx import Document

from tests.documenten_hulp import BIJLAGE1, GEMEENTEN, SPUK, libreoffice_converteer


@pytest.fixture
def docx_bytes(documenten):
    return documenten("docx")


@pytest.fixture
def word(docx_bytes):
    return Document(io.BytesIO(docx_bytes))


def alle_tekst(word) -> str:
    delen = [p.text for p in word.paragraphs]
    for tabel in word.tables:
        for rij in tabel.rows:
            delen += [c.text for c in rij.cells]
    return "\n".join(delen)


def test_docx_bevat_cijfers_bedragen_en_gemeenten(word):
    tekst = alle_tekst(word)
    for naam in GEMEENTEN:
        assert naam in tekst
    for bedrag in SPUK:
        assert bedrag in tekst
    kerncijfers = next(t for t in word.tables if "asielopvangopgave regulier" in t.cell(0, 0).text)
    assert [r.cells[1].text for r in kerncijfers.rows] == list(BIJLAGE1)


def test_docx_puzzeltabel_heeft_kopregels_en_totaal(word):
    puzzel = next(t for t in word.tables if t.cell(1, 0).text == "Gemeente"
                  and len(t.columns) == 13)  # fmt: skip
    assert [c.text for c in puzzel.rows[-1].cells][0] == "Totaal"
    assert [c.text for c in puzzel.rows[-1].cells][1:] == [
        "502.051", "5.722", "4.603", "5.648", "2.462", "4.793", "3.814", "3.814",
        "229", "141", "341", "341",
    ]  # fmt: skip
    # the two header rows repeat on every page
    assert all(r._tr.trPr is not None and "tblHeader" in r._tr.trPr.xml for r in puzzel.rows[:2])


def test_docx_metadata_kopjes_paginanummers_en_inhoudsopgave(word, docx_bytes):
    cp = word.core_properties
    assert cp.title == "Het verslag van Drenthe in het kader van de Spreidingswet"
    assert cp.author == "Provincie Drenthe"
    assert "2025-2026" in cp.subject
    assert cp.created.date().isoformat() == "2024-10-31"
    koppen = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    for kop in ("Inleiding", "Huidige situatie", "Verdeling opvangopgaven", "Conclusie",
                "Financiële regelingen", "Verzoeken en adviezen",
                "Bijlage 1 Format provinciale verslag Drenthe",
                "Bijlage 2 Aanspraak bonusregelingen"):  # fmt: skip
        assert kop in koppen
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        document = z.read("word/document.xml").decode()
        voet = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
    assert 'TOC \\o "1-2"' in document
    assert " PAGE " in voet and " NUMPAGES " in voet
    # a landscape section for the wide puzzle table
    assert 'w:orient="landscape"' in document
    # the chart is embedded as a picture with its text alternative
    assert "Asielopvang: opgave tegenover aanbod 2025 per gemeente" in document
    assert 'descr="Asielopvang: opgave tegenover aanbod 2025' in document


def test_docx_opent_zonder_reparatie_in_libreoffice(docx_bytes, soffice, tmp_path):
    bron = tmp_path / "verslag.docx"
    bron.write_bytes(docx_bytes)
    libreoffice_converteer(soffice, [bron], "pdf", tmp_path)
    pdf = tmp_path / "verslag.pdf"
    assert pdf.exists()
    tekst = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                           text=True).stdout  # fmt: skip
    assert "4.155" in tekst and "Westerveld" in tekst and "€ 4.749.686" in tekst
