"""Render a report document model to HTML, and the HTML to PDF with WeasyPrint.

WeasyPrint is imported inside the function. The template is rendered with a standalone
Django template engine (autoescaping on), so the reports need no app registration.
"""

from __future__ import annotations

import base64
import logging
import math
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from django.template import Context, Engine
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from regietafel.domain.opmaak import datum_lang
from regietafel.reports.document import (
    TUSSENKOP,
    VET,
    WERKVERSIE_KOP,
    Alinea,
    Document,
    Grafiek,
    Kerncijfers,
    Opsomming,
    Sectie,
    Tabel,
)

SJABLONEN = Path(__file__).parent / "templates"


@cache
def _engine() -> Any:
    return Engine(dirs=[str(SJABLONEN)], autoescape=True)


def opgemaakt(tekst: str) -> SafeString:
    """Escape `tekst` and turn `**vet**` into <strong>."""
    return mark_safe(VET.sub(r"<strong>\1</strong>", str(escape(tekst))))  # noqa: S308


def html_tekst(doc: Document, sjabloon: str = "reports/verslag.html") -> str:
    """The report as one HTML page, styled for print."""
    context = {
        "doc": doc,
        "werkversie_kop": WERKVERSIE_KOP,
        "datum": datum_lang(doc.datum),
        "secties": [_sectie(s) for s in doc.secties],
    }
    return str(_engine().get_template(sjabloon).render(Context(context)))


# Tagged PDF for screen readers (PDF/UA-1: structure tags, document language from
# <html lang="nl">, the title shown as the window title).
PDF_VARIANT = "pdf/ua-1"


def pdf_bytes(doc: Document, voortgang: Callable[[float, str], None] | None = None) -> bytes:
    """The report as tagged, accessible PDF (PDF/UA-1; A4, page numbers "Pagina X van Y",
    a table of contents with page numbers, bookmarks from the headings, language nl, and
    the metadata title, author, subject). A letter (`doc.brief`) has its own layout.

    `voortgang` hears WeasyPrint's steps as it takes them (its documented progress logger,
    `weasyprint.progress`): reading, styling, laying out page after page, writing."""
    if voortgang is not None:
        voortgang(0.0, "HTML opbouwen")
    sjabloon = "reports/brief.html" if doc.brief is not None else "reports/verslag.html"
    tekst = html_tekst(doc, sjabloon)
    from weasyprint import HTML  # lazy: WeasyPrint, only for PDF

    with _weasyprint_voortgang(voortgang, geschatte_paginas(doc)):
        html = HTML(string=tekst, base_url=str(SJABLONEN))
        pdf: bytes = html.write_pdf(pdf_variant=PDF_VARIANT)
    return pdf


# WeasyPrint's steps (the start of its progress messages) and where each begins as a
# fraction of the whole, from the CPU time of the synthetic Noord-Brabant report (25
# pages): building and reading the HTML a tenth, applying the CSS a fifth, laying out the
# pages from 0.47 to 0.77, page by page, and writing the PDF the rest.
WEASYPRINT_STAPPEN = (
    ("Step 1", 0.11, "HTML inlezen"),
    ("Step 2", 0.14, "opmaakregels inlezen"),
    ("Step 3", 0.16, "opmaakregels toepassen"),
    ("Step 4", 0.37, "pagina-indeling voorbereiden"),
    ("Step 5 - Creating layout - Repagination", 0.77, "paginanummers nalopen"),
    ("Step 6", 0.79, "bestand schrijven"),
    ("Step 7", 0.96, "afronden"),
)
OPMAAK_VAN, OPMAAK_TOT = 0.47, 0.77
_PAGINA = re.compile(r"Step 5 - Creating layout - Page (\d+)$")
_slot = threading.Lock()
_luisteraars = 0


class _Stappen(logging.Handler):
    """Passes WeasyPrint's progress messages of this thread on to `voortgang`."""

    def __init__(self, voortgang: Callable[[float, str], None], paginas: int) -> None:
        super().__init__(logging.INFO)
        self.voortgang, self.paginas = voortgang, max(1, paginas)
        self.draad = threading.get_ident()
        self.opnieuw = False  # the pages are laid out again for their numbers

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.draad:
            return
        bericht = record.getMessage()
        pagina = _PAGINA.match(bericht)
        if pagina and not self.opnieuw:
            n = int(pagina[1])
            deel = min(1.0, (n - 1) / self.paginas)
            self.voortgang(OPMAAK_VAN + deel * (OPMAAK_TOT - OPMAAK_VAN), f"pagina {n} opmaken")
            return
        for begin, fractie, stap in WEASYPRINT_STAPPEN:
            if bericht.startswith(begin):
                self.opnieuw = self.opnieuw or "Repagination" in begin
                self.voortgang(fractie, stap)
                return


@contextmanager
def _weasyprint_voortgang(
    voortgang: Callable[[float, str], None] | None, paginas: int
) -> Iterator[None]:
    """Listen to WeasyPrint's progress logger in this block (its level raised to INFO only
    while someone listens, so nothing else is logged otherwise)."""
    global _luisteraars
    if voortgang is None:
        yield
        return
    logger = logging.getLogger("weasyprint.progress")
    luisteraar = _Stappen(voortgang, paginas)
    with _slot:
        _luisteraars += 1
        logger.setLevel(logging.INFO)
        logger.addHandler(luisteraar)
    try:
        yield
    finally:
        with _slot:
            logger.removeHandler(luisteraar)
            _luisteraars -= 1
            if not _luisteraars:
                logger.setLevel(logging.NOTSET)


def geschatte_paginas(doc: Document) -> int:
    """About how many pages the PDF has (for the progress while the pages are laid out):
    a page per 32 table rows (18 on a landscape page), a chart half a page, a few lines for
    a paragraph, a section that starts a new page rounds up. Never exact, at least 1."""
    paginas = 1.5  # title page and table of contents
    for s in doc.secties:
        if s.nieuwe_pagina or s.liggend:
            paginas = float(math.ceil(paginas))
        paginas += 0.1
        for b in s.blokken:
            if isinstance(b, Tabel):
                paginas += (len(b.kop) + len(b.rijen) + len(b.voet)) / (18 if s.liggend else 32)
            elif isinstance(b, Grafiek):
                paginas += 0.5
            elif isinstance(b, Opsomming):
                paginas += 0.03 * len(b.punten)
            else:
                paginas += 0.08
    return max(1, math.ceil(paginas))


def _sectie(s: Sectie) -> dict[str, Any]:
    return {"sectie": s, "blokken": [_blok(b) for b in s.blokken]}


def _blok(b: object) -> dict[str, Any]:
    if isinstance(b, Alinea) and TUSSENKOP.fullmatch(b.tekst):
        # A paragraph in bold only is a heading within the text ("Tot slot", "Vervolg"): a
        # heading for screen readers too, kept with the text that follows.
        return {"soort": "tussenkop", "tekst": b.tekst[2:-2]}
    if isinstance(b, Alinea):
        return {"soort": "alinea", "html": opgemaakt(b.tekst)}
    if isinstance(b, Opsomming):
        return {
            "soort": "opsomming",
            "genummerd": b.genummerd,
            "punten": [opgemaakt(p) for p in b.punten],
        }
    if isinstance(b, Kerncijfers):
        return {"soort": "kerncijfers", "paren": [(opgemaakt(k), v) for k, v in b.paren]}
    if isinstance(b, Tabel):
        return {"soort": "tabel", "tabel": b, **_tabelcellen(b)}
    if isinstance(b, Grafiek):
        # As an image: WeasyPrint draws it as vectors (text stays text) without treating the
        # SVG's style attributes as page CSS.
        data = base64.b64encode(b.svg.encode("utf-8")).decode("ascii")
        return {"soort": "grafiek", "grafiek": b, "src": f"data:image/svg+xml;base64,{data}"}
    raise TypeError(f"onbekend blok: {b!r}")


def _tabelcellen(t: Tabel) -> dict[str, Any]:
    kop = []
    for rij in t.kop:
        k, cellen = 0, []
        for c in rij:
            cellen.append({"tekst": c.tekst, "kolommen": c.kolommen,
                           "getal": c.kolommen == 1 and k in t.getallen})  # fmt: skip
            k += c.kolommen
        kop.append(cellen)

    def rijen(bron: tuple[tuple[str, ...], ...]) -> list[list[dict[str, Any]]]:
        return [[{"tekst": w, "getal": k in t.getallen} for k, w in enumerate(r)] for r in bron]

    som = sum(t.kolombreedtes) or 1
    return {
        "kop": kop,
        "rijen": rijen(t.rijen),
        "voet": rijen(t.voet),
        "breedtes": [f"{100 * b / som:.1f}%" for b in t.kolombreedtes],
        "smal": len(t.kop[-1]) <= 3,
    }
