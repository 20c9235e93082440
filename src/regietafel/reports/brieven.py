"""The consultation letter to each municipality (routekaart step 2), as DOCX, and all
letters of a province in one ZIP.

The letter states the municipality's current commitments per category (Oekraïne, asiel
regulier, AMV) and its listed locations, asks whether it continues them in the new cycle,
and gives the answer deadline. It is a document model like the report's letters
(`Document.brief`), written by the same Word writer (`word.docx_bytes`): the same
letterhead, and tables whose columns fit their content (`kolombreedte`).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from regietafel.domain.opmaak import datum_lang
from regietafel.reports.document import (
    Alinea,
    Blok,
    Briefhoofd,
    Cel,
    Document,
    Sectie,
    Tabel,
)
from regietafel.reports.word import docx_bytes


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
    plaats: str = ""  # where it is signed (the seat of the province), before the date


def bestandsnaam(b: Brief) -> str:
    veilig = "".join(c if c.isalnum() else "-" for c in b.gemeente.lower()).strip("-")
    return f"consultatiebrief-{b.nieuwe_cyclus}-{veilig}.docx"


def brief_document(b: Brief) -> Document:
    """One municipality's consultation letter as a document model: the same letterhead,
    tables (with content-based column widths) and signature as the letters with the report."""
    datum = datum_lang(b.datum)
    hoofd = Briefhoofd(
        afzender=f"Provincie {b.provincie}",
        afdeling="Provinciale Regietafel (PRT)",
        aan=(f"het college van burgemeester en wethouders van de gemeente {b.gemeente}",),
        plaats_datum=f"{b.plaats}, {datum}" if b.plaats else datum,
        kenmerken=(
            ("Onderwerp", f"Spreidingswet, voortzetting van uw inzet in cyclus {b.nieuwe_cyclus}"),
        ),
        aanhef="Geacht college,",
        ondertekening=(
            "Hoogachtend,",
            "",
            f"De voorzitter van de provinciale regietafel {b.provincie}",
        ),
    )
    blokken: list[Blok] = [
        Alinea(
            f"De minister heeft het capaciteitsbesluit voor de cyclus {b.nieuwe_cyclus} "
            f"genomen. Zoals afgesproken aan de provinciale regietafel {b.provincie} bouwen we "
            f"voort op wat we samen al hebben bereikt. In het provinciaal verslag over de "
            f"cyclus {b.cyclus} heeft uw gemeente de volgende inzet toegezegd:"
        ),
        Tabel(
            titel=f"De inzet van de gemeente {b.gemeente} (cyclus {b.cyclus}) en de "
            f"indicatieve opgave {b.nieuwe_cyclus}",
            kop=(
                (
                    Cel("Opgave"),
                    Cel(f"Indicatieve opgave {b.nieuwe_cyclus}"),
                    Cel("Realisatie"),
                    Cel(f"Aanbod {b.aanbod_jaar}"),
                ),
            ),  # fmt: skip
            rijen=tuple((t.categorie, t.opgave, t.realisatie, t.aanbod) for t in b.toezeggingen),
            getallen=frozenset({1, 2, 3}),
        ),
    ]
    if b.locaties:
        blokken += [
            Alinea("Daarbij zijn de volgende opvanglocaties in uw gemeente opgenomen:"),
            Tabel(
                titel=f"De opvanglocaties van de gemeente {b.gemeente}",
                kop=(
                    tuple(
                        Cel(k)
                        for k in (
                            "Soort",
                            "Plaatsen",
                            "Beschikbaar van",
                            "Beschikbaar tot",
                            "Bijzonderheden",
                        )
                    ),
                ),  # fmt: skip
                rijen=b.locaties,
                getallen=frozenset({1}),
            ),
        ]
    blokken += [
        Alinea(
            f"**Onze vraag aan u:** wilt u deze inzet in de cyclus {b.nieuwe_cyclus} "
            f"voortzetten? Wilt u daarbij aangeven welke locaties u aanhoudt, welke wijzigingen "
            f"u voorziet en of u ruimte ziet voor aanvullende (duurzame) plaatsen? In de cyclus "
            f"{b.nieuwe_cyclus} tellen alleen duurzame plaatsen mee voor de opgave."
        ),
        Alinea(
            f"Wij ontvangen uw antwoord graag **uiterlijk {datum_lang(b.antwoord_voor)}**. Uw "
            "antwoorden worden daarna gebundeld in de puzzel en besproken aan de provinciale "
            "regietafel."
        ),
    ]
    return Document(
        titel=f"Consultatie Spreidingswet cyclus {b.nieuwe_cyclus}: gemeente {b.gemeente}",
        auteur=f"Provincie {b.provincie}",
        onderwerp=f"Spreidingswet, consultatie cyclus {b.nieuwe_cyclus}",
        datum=b.datum,
        secties=(Sectie("consultatie", "", tuple(blokken)),),
        trefwoorden=("Spreidingswet", "consultatie", b.gemeente, b.nieuwe_cyclus),
        brief=hoofd,
    )


def brief_docx(b: Brief) -> bytes:
    """One municipality's consultation letter, written by the report's Word writer."""
    return docx_bytes(brief_document(b))


def brieven_zip(brieven: Sequence[Brief]) -> bytes:
    """All letters, one DOCX per municipality, in one ZIP."""
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as z:
        for b in brieven:
            z.writestr(bestandsnaam(b), brief_docx(b))
    return uit.getvalue()
