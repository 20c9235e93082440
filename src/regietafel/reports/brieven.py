"""The consultation letter to each municipality (routekaart step 2), as DOCX (python-docx,
imported inside the function), and all letters of a province in one ZIP.

The letter states the municipality's current commitments per category (Oekraïne, asiel
regulier, AMV) and its listed locations, asks whether it continues them in the new cycle,
and gives the answer deadline.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from regietafel.reports.document import datum_lang
from regietafel.reports.word import _metadata  # one place for the core properties


@dataclass(frozen=True)
class Toezegging:
    """One row of the letter's commitments table: a category with its figures as text."""

    categorie: str
    opgave: str
    realisatie: str
    aanbod: str  # the offer in the cycle's last year (what would be continued)
    # `opgave` is the indicative number of the new cycle, as it is now


@dataclass(frozen=True)
class Brief:
    """The merge fields of one consultation letter."""

    provincie: str
    gemeente: str
    cbs_code: str
    cyclus: str  # the current cycle, whose commitments are asked about
    nieuwe_cyclus: str
    datum: date
    antwoord_voor: date
    toezeggingen: tuple[Toezegging, ...]
    locaties: tuple[tuple[str, ...], ...]  # soort, plaatsen, beschikbaar van, tot, opmerking
    aanbod_jaar: int


def bestandsnaam(b: Brief) -> str:
    veilig = "".join(c if c.isalnum() else "-" for c in b.gemeente.lower()).strip("-")
    return f"consultatiebrief-{b.nieuwe_cyclus}-{veilig}.docx"


def brief_docx(b: Brief) -> bytes:
    """One municipality's consultation letter."""
    from docx import Document as WordDocument
    from docx.shared import Cm, Pt

    from regietafel.reports.document import Document

    word = WordDocument()
    _metadata(
        word,
        Document(
            titel=f"Consultatie Spreidingswet cyclus {b.nieuwe_cyclus}: gemeente {b.gemeente}",
            auteur=f"Provincie {b.provincie}",
            onderwerp=f"Spreidingswet, consultatie cyclus {b.nieuwe_cyclus}",
            datum=b.datum,
            secties=(),
            trefwoorden=("Spreidingswet", "consultatie", b.gemeente, b.nieuwe_cyclus),
        ),
    )
    word.core_properties.created = datetime.combine(b.datum, time(12, 0))
    stijl = word.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(10.5)
    s = word.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(2.5)

    def regel(tekst: str = "", vet: bool = False) -> Any:
        p = word.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if tekst:
            p.add_run(tekst).bold = vet
        return p

    regel(f"Provincie {b.provincie}", vet=True)
    regel("Provinciale Regietafel (PRT)")
    regel()
    regel("Aan:", vet=True)
    regel(f"het college van burgemeester en wethouders van de gemeente {b.gemeente}")
    regel()
    regel(f"Datum: {datum_lang(b.datum)}")
    regel(f"Onderwerp: Spreidingswet, voortzetting van uw inzet in cyclus {b.nieuwe_cyclus}")
    regel()
    word.add_paragraph("Geacht college,")
    word.add_paragraph(
        f"De minister heeft het capaciteitsbesluit voor de cyclus {b.nieuwe_cyclus} genomen. "
        f"Zoals afgesproken aan de provinciale regietafel {b.provincie} bouwen we voort op wat "
        f"we samen al hebben bereikt. In het provinciaal verslag over de cyclus {b.cyclus} "
        f"heeft uw gemeente de volgende inzet toegezegd:"
    )
    tabel = word.add_table(rows=1, cols=4)
    tabel.style = "Table Grid"
    koppen = ("Opgave", f"Indicatieve opgave {b.nieuwe_cyclus}", "Realisatie",
              f"Aanbod {b.aanbod_jaar}")  # fmt: skip
    for cel, kop in zip(tabel.rows[0].cells, koppen, strict=True):
        cel.paragraphs[0].add_run(kop).bold = True
    for t in b.toezeggingen:
        cellen = tabel.add_row().cells
        for k, waarde in enumerate((t.categorie, t.opgave, t.realisatie, t.aanbod)):
            cellen[k].paragraphs[0].add_run(waarde)
            if k:
                cellen[k].paragraphs[0].alignment = 2  # right
    word.add_paragraph()
    if b.locaties:
        word.add_paragraph("Daarbij zijn de volgende opvanglocaties in uw gemeente opgenomen:")
        loc = word.add_table(rows=1, cols=5)
        loc.style = "Table Grid"
        for cel, kop in zip(
            loc.rows[0].cells,
            ("Soort", "Plaatsen", "Beschikbaar van", "Beschikbaar tot", "Bijzonderheden"),
            strict=True,
        ):
            cel.paragraphs[0].add_run(kop).bold = True
        for rij in b.locaties:
            cellen = loc.add_row().cells
            for k, waarde in enumerate(rij):
                cellen[k].paragraphs[0].add_run(waarde)
        word.add_paragraph()
    vraag = word.add_paragraph()
    vraag.add_run("Onze vraag aan u: ").bold = True
    vraag.add_run(
        f"wilt u deze inzet in de cyclus {b.nieuwe_cyclus} voortzetten? Wilt u daarbij "
        f"aangeven welke locaties u aanhoudt, welke wijzigingen u voorziet en of u ruimte "
        f"ziet voor aanvullende (duurzame) plaatsen? In de cyclus {b.nieuwe_cyclus} tellen "
        f"alleen duurzame plaatsen mee voor de opgave."
    )
    termijn = word.add_paragraph("Wij ontvangen uw antwoord graag ")
    termijn.add_run(f"uiterlijk {datum_lang(b.antwoord_voor)}").bold = True
    termijn.add_run(
        ". Uw antwoorden worden daarna gebundeld in de puzzel en besproken aan de "
        "provinciale regietafel."
    )
    word.add_paragraph("Hoogachtend,")
    word.add_paragraph(f"De voorzitter van de provinciale regietafel {b.provincie}")
    uit = io.BytesIO()
    word.save(uit)
    return uit.getvalue()


def brieven_zip(brieven: Sequence[Brief]) -> bytes:
    """All letters, one DOCX per municipality, in one ZIP."""
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as z:
        for b in brieven:
            z.writestr(bestandsnaam(b), brief_docx(b))
    return uit.getvalue()
