"""Render a report document model to DOCX with python-docx (imported inside the function).

Word features: the core properties (title, author = the province, subject, created,
keywords, language), a table of contents field pre-filled with the headings (Word and
LibreOffice refresh the page numbers on "Veld bijwerken"), "Pagina X van Y" in the footer
from PAGE and NUMPAGES fields, header rows that repeat on every page, and landscape
sections for wide tables. Table columns get widths that fit their content
(`kolombreedte.kolombreedtes`), in the grid as well as in the cells, with a fixed layout, so
that LibreOffice breaks no word in two. A letter (`Document.brief`) gets its letterhead
instead of the title page and the table of contents, and its signature at the end.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime, time
from typing import Any

from regietafel.domain.opmaak import datum_lang
from regietafel.reports.document import (
    TUSSENKOP,
    VET,
    WERKVERSIE_KOP,
    Alinea,
    Briefhoofd,
    Document,
    Grafiek,
    Kerncijfers,
    Opsomming,
    Sectie,
    Tabel,
)
from regietafel.reports.kolombreedte import kolombreedtes, tekstbreedte

KOPKLEUR = "DCE6F0"


def docx_bytes(doc: Document, voortgang: Callable[[float, str], None] | None = None) -> bytes:
    """The report as a DOCX file; `voortgang` hears each section by its heading (and the
    fraction of the work done) as it is written."""
    from docx import Document as WordDocument  # lazy: python-docx, only for Word documents
    from docx.shared import Cm, Pt  # lazy: python-docx, only for Word documents

    word = WordDocument()
    _metadata(word, doc)
    stijl = word.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(10.5)
    sectie = word.sections[0]
    sectie.page_height, sectie.page_width = Cm(29.7), Cm(21.0)
    for kant in ("left_margin", "right_margin"):
        setattr(sectie, kant, Cm(2.2))
    sectie.top_margin = sectie.bottom_margin = Cm(2.2)
    _voettekst(sectie, doc)
    if doc.werkversie:
        _werkversie(word, sectie, doc.werkversie)

    if doc.brief is not None:
        _briefhoofd(word, doc.brief)
    else:
        word.add_paragraph(doc.titel, style="Title")
        if doc.ondertitel:
            word.add_paragraph(doc.ondertitel, style="Subtitle")
        word.add_paragraph(f"{doc.auteur} · {datum_lang(doc.datum)}")
        toc = "TOC Heading" if _heeft_stijl(word, "TOC Heading") else None
        word.add_paragraph("Inhoud", style=toc)
        _inhoudsopgave(word, doc)

    liggend = False
    gewichten = [_gewicht(s) for s in doc.secties]
    gedaan = 0
    for s, gewicht in zip(doc.secties, gewichten, strict=True):
        if voortgang is not None:
            voortgang(0.9 * gedaan / sum(gewichten), s.kop)
        gedaan += gewicht
        if s.liggend != liggend:
            _nieuwe_sectie(word, s.liggend)
            liggend = s.liggend
        elif s.nieuwe_pagina:
            word.add_page_break()
        _sectie(word, s)
    if doc.brief is not None:
        _ondertekening(word, doc.brief)
    if voortgang is not None:
        voortgang(0.9, "Word-bestand opslaan")
    uit = io.BytesIO()
    word.save(uit)
    return uit.getvalue()


def _gewicht(s: Sectie) -> int:
    """About how long a section takes to write: a table row a unit, any other block ten."""
    return 1 + sum(len(b.rijen) + len(b.voet) if isinstance(b, Tabel) else 10 for b in s.blokken)


def _heeft_stijl(word: Any, naam: str) -> bool:
    return any(s.name == naam for s in word.styles)


def _metadata(word: Any, doc: Document) -> None:
    cp = word.core_properties
    cp.title = doc.titel
    cp.author = doc.auteur
    cp.last_modified_by = doc.auteur
    cp.subject = doc.onderwerp
    cp.keywords = ", ".join(doc.trefwoorden)
    cp.language = "nl-NL"
    cp.created = datetime.combine(doc.datum, time(12, 0))
    cp.modified = cp.created
    cp.revision = 1


def _veld(paragraaf: Any, instructie: str, resultaat: str) -> None:
    """A simple field (PAGE, NUMPAGES) with a placeholder result."""
    from docx.oxml import OxmlElement  # lazy: python-docx, only for Word documents
    from docx.oxml.ns import qn  # lazy: python-docx, only for Word documents

    def fld(soort: str) -> Any:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), soort)
        return el

    run = paragraaf.add_run()
    run._r.append(fld("begin"))
    run = paragraaf.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instructie} "
    run._r.append(instr)
    paragraaf.add_run()._r.append(fld("separate"))
    paragraaf.add_run(resultaat)
    paragraaf.add_run()._r.append(fld("end"))


def _voettekst(sectie: Any, doc: Document) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # lazy: python-docx, only for Word documents
    from docx.shared import Pt  # lazy: python-docx, only for Word documents

    p = sectie.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(f"{doc.titel} · Pagina ")
    _veld(p, "PAGE", "1")
    p.add_run(" van ")
    _veld(p, "NUMPAGES", "1")
    for run in p.runs:
        run.font.size = Pt(8)


WERKVERSIE_KLEUR = "8B0000"


def _werkversie(word: Any, sectie: Any, tekst: str) -> None:
    """The label of a working version: `WERKVERSIE_KOP` in the header of every page (the
    later sections link to the first one's header) and `tekst` at the top, in dark red."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # lazy: python-docx, only for Word documents
    from docx.shared import Pt, RGBColor  # lazy: python-docx, only for Word documents

    kop = sectie.header.paragraphs[0]
    kop.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for p, inhoud, grootte in ((kop, WERKVERSIE_KOP, 8), (word.add_paragraph(), tekst, 10.5)):
        run = p.add_run(inhoud)
        run.bold = True
        run.font.size = Pt(grootte)
        run.font.color.rgb = RGBColor.from_string(WERKVERSIE_KLEUR)


def _inhoudsopgave(word: Any, doc: Document) -> None:
    """A TOC field over heading levels 1-2, its result pre-filled with the headings so that
    the contents read right before anyone updates the field."""
    from docx.oxml import OxmlElement  # lazy: python-docx, only for Word documents
    from docx.oxml.ns import qn  # lazy: python-docx, only for Word documents

    def fld(soort: str) -> Any:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), soort)
        return el

    koppen = list(doc.secties)
    eerste = word.add_paragraph()
    eerste.add_run()._r.append(fld("begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-2" \\h \\z \\u '
    eerste.add_run()._r.append(instr)
    eerste.add_run()._r.append(fld("separate"))
    for i, s in enumerate(koppen):
        p = eerste if i == 0 else word.add_paragraph()
        p.add_run(("    " if s.niveau > 1 else "") + s.kop)
    laatste = word.add_paragraph() if koppen else eerste
    laatste.add_run()._r.append(fld("end"))


def _nieuwe_sectie(word: Any, liggend: bool) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION  # lazy: heavy library

    vorige = word.sections[-1]
    sectie = word.add_section(WD_SECTION.NEW_PAGE)
    lang, kort = (
        max(vorige.page_width, vorige.page_height),
        min(vorige.page_width, vorige.page_height),
    )
    sectie.orientation = WD_ORIENT.LANDSCAPE if liggend else WD_ORIENT.PORTRAIT
    sectie.page_width, sectie.page_height = (lang, kort) if liggend else (kort, lang)


def _regel(word: Any, tekst: str = "", vet: bool = False) -> Any:
    """A line of a letterhead: a paragraph without space after it."""
    from docx.shared import Pt  # lazy: python-docx, only for Word documents

    p = word.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    if tekst:
        p.add_run(tekst).bold = vet
    return p


def _briefhoofd(word: Any, b: Briefhoofd) -> None:
    """Sender, addressee, place and date, reference lines and the salutation."""
    _regel(word, b.afzender, vet=True)
    if b.afdeling:
        _regel(word, b.afdeling)
    _regel(word)
    _regel(word, "Aan:", vet=True)
    for regel in b.aan:
        _regel(word, regel)
    _regel(word)
    _regel(word, b.plaats_datum)
    for label, waarde in b.kenmerken:
        _regel(word, f"{label}: {waarde}")
    _regel(word)
    if b.aanhef:
        word.add_paragraph(b.aanhef)


def _ondertekening(word: Any, b: Briefhoofd) -> None:
    for regel in b.ondertekening:
        _regel(word, regel)


def _sectie(word: Any, s: Sectie) -> None:
    if s.kop:
        word.add_heading(s.kop, level=s.niveau)
    for blok in s.blokken:
        if isinstance(blok, Alinea):
            p = word.add_paragraph()
            _alinea(p, blok.tekst)
            # A paragraph in bold only is a heading within the text: keep it with the next.
            p.paragraph_format.keep_with_next = TUSSENKOP.fullmatch(blok.tekst) is not None
        elif isinstance(blok, Opsomming):
            stijl = "List Number" if blok.genummerd else "List Bullet"
            for punt in blok.punten:
                _alinea(word.add_paragraph(style=stijl), punt)
        elif isinstance(blok, Kerncijfers):
            _kerncijfers(word, blok)
        elif isinstance(blok, Tabel):
            _tabel(word, blok, liggend=s.liggend)
        elif isinstance(blok, Grafiek):
            _grafiek(word, blok)


def _alinea(p: Any, tekst: str) -> None:
    """Add `tekst` to paragraph `p`, with `**bold**` runs."""
    for i, deel in enumerate(VET.split(tekst)):
        if deel:
            p.add_run(deel).bold = i % 2 == 1


def _arceer(cel: Any, kleur: str) -> None:
    from docx.oxml import OxmlElement  # lazy: python-docx, only for Word documents
    from docx.oxml.ns import qn  # lazy: python-docx, only for Word documents

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    cel._tc.get_or_add_tcPr().append(shd)


def _herhaal_kop(rij: Any) -> None:
    from docx.oxml import OxmlElement  # lazy: python-docx, only for Word documents
    from docx.oxml.ns import qn  # lazy: python-docx, only for Word documents

    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    rij._tr.get_or_add_trPr().append(el)


def _kerncijfers(word: Any, blok: Kerncijfers) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # lazy: python-docx, only for Word documents
    from docx.shared import Cm  # lazy: python-docx, only for Word documents

    tabel = word.add_table(rows=0, cols=2)
    tabel.style = "Table Grid"
    for label, waarde in blok.paren:
        rij = tabel.add_row().cells
        _alinea(rij[0].paragraphs[0], label)
        p = rij[1].paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(waarde).bold = True
    for rij in tabel.rows:
        rij.cells[0].width, rij.cells[1].width = Cm(12.5), Cm(3.5)
    word.add_paragraph()


# The font sizes a table may be set in, largest first: the first at which every column
# holds its longest word.
GROOTTES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5)


def _tabelkolommen(t: Tabel, kolommen: int) -> list[list[tuple[str, bool]]]:
    """Per column the (text, bold) of its cells; a header cell spanning columns counts for
    none of them (its columns together are wider than any one)."""
    per_kolom: list[list[tuple[str, bool]]] = [[] for _ in range(kolommen)]
    for kop in t.kop:
        k = 0
        for c in kop:
            if c.kolommen == 1:
                per_kolom[k].append((c.tekst, True))
            k += c.kolommen
    for rij, vet in [*((r, False) for r in t.rijen), *((r, True) for r in t.voet)]:
        for k, tekst in enumerate(rij):
            per_kolom[k].append((tekst, vet))
    return per_kolom


def _tabelmaat(t: Tabel, kolommen: int, beschikbaar: float) -> tuple[float, tuple[float, ...]]:
    """The font size (pt) and the column widths (cm) of a table: the largest size at which
    every column holds its longest word; at the smallest size the widths are shared out
    by content even so."""
    per_kolom = _tabelkolommen(t, kolommen)
    start = 8.0 if kolommen > 8 else 9.0
    for punt in (g for g in GROOTTES if g <= start):
        breedtes = kolombreedtes(per_kolom, beschikbaar, punt)
        if breedtes is not None:
            return punt, breedtes
    punt = GROOTTES[-1]
    lengtes = [max((tekstbreedte(x, punt, v) for x, v in c), default=0.1) for c in per_kolom]
    return punt, tuple(beschikbaar * w / sum(lengtes) for w in lengtes)


def _zet_breedtes(tabel: Any, breedtes: tuple[float, ...]) -> None:
    """Column widths in the table grid and in every cell (a merged cell gets the sum of its
    columns), with a fixed layout: Word and LibreOffice both keep them."""
    from docx.shared import Cm  # lazy: python-docx, only for Word documents

    tabel.autofit = False
    for kolom, breedte in zip(tabel.columns, breedtes, strict=True):
        kolom.width = Cm(breedte)
    for rij in tabel.rows:
        k = 0
        for tc in rij._tr.tc_lst:
            tc.width = Cm(sum(breedtes[k : k + tc.grid_span]))
            k += tc.grid_span


def _tabel(word: Any, t: Tabel, liggend: bool) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT  # lazy: python-docx, only for Word documents
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # lazy: python-docx, only for Word documents
    from docx.shared import Pt  # lazy: python-docx, only for Word documents

    kolommen = len(t.rijen[0]) if t.rijen else sum(c.kolommen for c in t.kop[-1])
    punt, breedtes = _tabelmaat(t, kolommen, 25.3 if liggend else 16.6)
    grootte = Pt(punt)
    tabel = word.add_table(rows=0, cols=kolommen)
    tabel.style = "Table Grid"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER

    def vul(cel: Any, tekst: str, rechts: bool, vet: bool = False) -> None:
        p = cel.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if rechts else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(tekst)
        run.font.size = grootte
        run.bold = vet

    for kop in t.kop:
        rij = tabel.add_row()
        _herhaal_kop(rij)
        k = 0
        for c in kop:
            cel = rij.cells[k]
            if c.kolommen > 1:
                cel = cel.merge(rij.cells[k + c.kolommen - 1])
            vul(cel, c.tekst, rechts=k in t.getallen and c.kolommen == 1, vet=True)
            _arceer(cel, KOPKLEUR)
            k += c.kolommen
    for waarden in t.rijen:
        cellen = tabel.add_row().cells
        for k, tekst in enumerate(waarden):
            vul(cellen[k], tekst, rechts=k in t.getallen)
    for waarden in t.voet:
        cellen = tabel.add_row().cells
        for k, tekst in enumerate(waarden):
            vul(cellen[k], tekst, rechts=k in t.getallen, vet=True)
    _zet_breedtes(tabel, breedtes)
    bijschrift = word.add_paragraph()
    bijschrift.add_run(t.titel).italic = True


def _grafiek(word: Any, g: Grafiek) -> None:
    from docx.shared import Cm  # lazy: python-docx, only for Word documents

    word.add_picture(io.BytesIO(g.png), width=Cm(16))
    # The alternative text of the picture, for screen readers in Word.
    for docpr in word.inline_shapes[-1]._inline.iter():
        if docpr.tag.endswith("}docPr"):
            docpr.set("descr", g.alt)
            docpr.set("title", g.titel)
    bijschrift = word.add_paragraph()
    bijschrift.add_run(g.titel).italic = True
