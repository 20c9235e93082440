"""A report as a document model, built once and rendered to DOCX and to PDF.

The model knows nothing of either format: sections with a heading and blocks (paragraphs,
lists, key figures, tables, a chart). The writers in `docx.py` and `pdf.py` lay it out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

# The writers' only markup: **bold**; a paragraph in bold only is a heading within the text.
VET = re.compile(r"\*\*(.+?)\*\*")
TUSSENKOP = re.compile(r"\*\*[^*]+\*\*")


@dataclass(frozen=True)
class Alinea:
    """A paragraph. `**vet**` marks bold runs, the only markup the writers understand."""

    tekst: str


@dataclass(frozen=True)
class Opsomming:
    """A bulleted (or, with `genummerd`, numbered) list."""

    punten: tuple[str, ...]
    genummerd: bool = False


@dataclass(frozen=True)
class Kerncijfers:
    """Label and value pairs, shown as a two-column list (Bijlage 1's six figures)."""

    paren: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Cel:
    """A table cell; `kolommen` > 1 spans columns (group headers)."""

    tekst: str
    kolommen: int = 1


@dataclass(frozen=True)
class Tabel:
    """A table with header rows, body rows and footer (totals) rows.

    `getallen` marks the columns that hold figures (right-aligned). `breed` asks for a
    landscape page in print. Cells are text: figures are formatted when the model is built.
    """

    titel: str
    kop: tuple[tuple[Cel, ...], ...]
    rijen: tuple[tuple[str, ...], ...]
    voet: tuple[tuple[str, ...], ...] = ()
    getallen: frozenset[int] = frozenset()
    breed: bool = False
    kolombreedtes: tuple[float, ...] = ()  # relative widths, optional


@dataclass(frozen=True)
class Grafiek:
    """A chart: SVG for print and screen, PNG for Word, and its text alternative."""

    titel: str
    svg: str
    png: bytes
    alt: str


Blok = Alinea | Opsomming | Kerncijfers | Tabel | Grafiek


@dataclass(frozen=True)
class Sectie:
    """A heading (level 1 or 2) with its blocks. `sleutel` is a stable anchor id."""

    sleutel: str
    kop: str
    blokken: tuple[Blok, ...]
    niveau: int = 1
    nieuwe_pagina: bool = False
    liggend: bool = False  # landscape page(s) in print


@dataclass(frozen=True)
class Briefhoofd:
    """What makes a document a letter: sender, addressee, place and date, the reference
    lines (ons kenmerk, behandeld door, onderwerp), the salutation and the signature."""

    afzender: str
    aan: tuple[str, ...]
    plaats_datum: str
    kenmerken: tuple[tuple[str, str], ...]  # label, value; only those with a value
    aanhef: str
    ondertekening: tuple[str, ...]  # lines; an empty line is room for the signature
    afdeling: str = ""  # a line below the sender (the consultation: the PRT)


@dataclass(frozen=True)
class Document:
    """A whole report with its metadata (title, author = the province, date, subject).

    With `brief` it is a letter: the writers put the letterhead where a report has its
    title page and table of contents, and the signature after the last section. With
    `werkversie` it is a working version of a published document: the writers put that
    sentence at the top and `WERKVERSIE_KOP` at the head of every page."""

    titel: str
    auteur: str
    onderwerp: str
    datum: date
    secties: tuple[Sectie, ...]
    ondertitel: str = ""
    trefwoorden: tuple[str, ...] = field(default_factory=tuple)
    brief: Briefhoofd | None = None
    werkversie: str = ""


WERKVERSIE_KOP = "Werkversie, niet zoals gepubliceerd"
