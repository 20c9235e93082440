"""The verdeelbesluit as DOCX and PDF, and the report's section on the asylum task."""

import io
import subprocess

from docx import Document as Word

from regietafel.reports.verslag import verslag_document
from regietafel.verslagen.services import SOORTEN, document_en_formaat, rapport, verslag_invoer
from tests.documenten_hulp import DATUM
from tests.factories import ministeriegebruiker
from tests.verdeelbesluiten.hulp import besluit_waarden, leg_besluit_vast

PLUS = {("GM0114", "asiel_regulier", "2025"): 300}


def _pdf_tekst(inhoud, tmp_path):
    pad = tmp_path / "besluit.pdf"
    pad.write_bytes(inhoud)
    return subprocess.run(
        ["pdftotext", "-layout", str(pad), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_zonder_besluit_is_het_document_het_concept(drenthe, tmp_path):
    r = rapport("drenthe", "2025-2026", "pdf", datum=DATUM, document="verdeelbesluit")
    assert r.bestandsnaam == "verdeelbesluit-drenthe-2025-2026.pdf"
    tekst = " ".join(_pdf_tekst(r.inhoud, tmp_path).split())
    assert "Het besluit van de minister is nog niet vastgelegd." in tekst
    assert "het concept neemt haar over zoals zij is" in tekst
    assert "Toezicht op de asieltaak" not in tekst


def test_met_besluit_het_verschil_en_het_toezicht_in_pdf_en_docx(drenthe, tmp_path):
    leg_besluit_vast(ministeriegebruiker(), besluit_waarden(plus=PLUS))
    r = rapport("drenthe", "2025-2026", "pdf", datum=DATUM, document="verdeelbesluit")
    tekst = _pdf_tekst(r.inhoud, tmp_path)
    assert "20 december 2024 heeft de minister de verdeling" in tekst
    emmen = next(regel for regel in tekst.splitlines() if "Emmen" in regel and "+300" in regel)
    assert emmen.split()[1:4] == ["675", "975", "+300"]
    assert "Dit is het bewijs, niet het besluit" in " ".join(tekst.split())
    word = Word(
        io.BytesIO(rapport("drenthe", "2025-2026", "docx", document="verdeelbesluit").inhoud)
    )
    koppen = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert koppen[:3] == ["Het besluit", "Per gemeente", "Toezicht op de asieltaak"]
    cellen = [[c.text for c in rij.cells] for t in word.tables for rij in t.rows]
    assert ["Emmen", "675", "975", "+300", "50", "50", "0"] in cellen


def test_het_verslag_krijgt_de_paragraaf_alleen_als_het_niet_bevroren_is(drenthe):
    def sleutels(**kw):
        doc = verslag_document(verslag_invoer("drenthe", "2025-2026", DATUM, **kw))
        return [s.sleutel for s in doc.secties]

    assert "toezicht-asieltaak" not in sleutels(werkversie=True)
    leg_besluit_vast(ministeriegebruiker(), besluit_waarden(plus=PLUS))
    # Drenthe 2025-2026 is published: the report as published does not change (ADR 0007).
    assert "toezicht-asieltaak" not in sleutels()
    werk = sleutels(werkversie=True)
    assert werk.index("toezicht-asieltaak") == werk.index("toezicht-statushouders") + 1


def test_het_documentenmenu_kent_het_verdeelbesluit():
    assert document_en_formaat("verdeelbesluit-pdf") == ("verdeelbesluit", "pdf", False)
    assert "Verdeelbesluit van de minister (Word)" in SOORTEN.values()
