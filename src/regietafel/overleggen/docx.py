"""The action and decision list as DOCX, laid out like the Drenthe list of 5 February 2026:
a title, the date, and a table of agenda item | content | by whom."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from regietafel.domain.opmaak import datum_lang

if TYPE_CHECKING:
    from regietafel.overleggen.services import Actielijst


def actielijst_bytes(lijst: Actielijst, provincie: str) -> bytes:
    from docx import Document  # lazy: python-docx, only for Word documents
    from docx.shared import Cm, Pt  # lazy: python-docx, only for Word documents

    doc = Document()
    doc.core_properties.title = f"Actie- en besluitenlijst {lijst.titel} {provincie}"
    doc.core_properties.language = "nl-NL"
    doc.add_heading(f"Actielijst {lijst.titel.lower()} {provincie}", level=1)
    datum = doc.add_paragraph()
    datum.add_run("Datum: ").bold = True
    datum.add_run(datum_lang(lijst.datum))
    if lijst.deelnemers:
        p = doc.add_paragraph()
        p.add_run("Deelnemers: ").bold = True
        p.add_run(", ".join(lijst.deelnemers))
    tabel = doc.add_table(rows=1, cols=3)
    tabel.style = "Table Grid"
    for cel, kop in zip(tabel.rows[0].cells, ("Agendapunt", "Inhoud", "Door wie?"), strict=True):
        cel.text = ""
        run = cel.paragraphs[0].add_run(kop)
        run.bold = True
        run.italic = True
    for rij in lijst.rijen:
        cellen = tabel.add_row().cells
        cellen[0].paragraphs[0].add_run(rij.onderwerp).bold = True
        inhoud = cellen[1]
        inhoud.text = ""
        for i, regel in enumerate(rij.inhoud):
            p = inhoud.paragraphs[0] if i == 0 else inhoud.add_paragraph()
            p.add_run(f"• {regel}")
        cellen[2].text = "\n".join(rij.door_wie)
    for rij in tabel.rows:
        for cel, breedte in zip(rij.cells, (Cm(4), Cm(10), Cm(3)), strict=True):
            cel.width = breedte
            for p in cel.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(10)
    uit = io.BytesIO()
    doc.save(uit)
    return uit.getvalue()
