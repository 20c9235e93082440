"""Render a report document model to HTML, and the HTML to PDF with WeasyPrint.

WeasyPrint is imported inside the function. The template is rendered with a standalone
Django template engine (autoescaping on), so the reports need no app registration.
"""

from __future__ import annotations

import base64
from functools import cache
from pathlib import Path
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

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
    datum_lang,
)

SJABLONEN = Path(__file__).parent / "templates"


@cache
def _engine() -> Any:
    from django.template import Engine

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
    from django.template import Context

    return str(_engine().get_template(sjabloon).render(Context(context)))


# Tagged PDF for screen readers (PDF/UA-1: structure tags, document language from
# <html lang="nl">, the title shown as the window title).
PDF_VARIANT = "pdf/ua-1"


def pdf_bytes(doc: Document) -> bytes:
    """The report as tagged, accessible PDF (PDF/UA-1; A4, page numbers "Pagina X van Y",
    a table of contents with page numbers, bookmarks from the headings, language nl, and
    the metadata title, author, subject). A letter (`doc.brief`) has its own layout."""
    from weasyprint import HTML

    sjabloon = "reports/brief.html" if doc.brief is not None else "reports/verslag.html"
    html = HTML(string=html_tekst(doc, sjabloon), base_url=str(SJABLONEN))
    pdf: bytes = html.write_pdf(pdf_variant=PDF_VARIANT)
    return pdf


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
