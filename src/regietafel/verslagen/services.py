"""The official documents of a province in a cycle, as bytes: the provinciaal verslag
with its two covering letters, to the minister and to the municipal executives (DOCX,
PDF), the puzzle (XLSX, CSV) and the consultation letters (ZIP of DOCX files).

Used by the CLI, the web views and the background task alike. The figures come from the
domain (puzzle, Bijlage 1, SPUK); the writers in `regietafel.reports` only lay them out.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from regietafel.consultatie.services import consultatie_van, standaard_antwoord_voor
from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain.balans import bereken_balans
from regietafel.domain.bijlage1 import bereken_bijlage1
from regietafel.domain.fouten import RegietafelFout
from regietafel.domain.opmaak import datum_lang
from regietafel.domain.puzzel import bereken_puzzel
from regietafel.domain.spuk import bereken_spuk
from regietafel.domain.voortgang import Deel, Melder, Voortgang, stil, totaal_van_delen
from regietafel.gebruikers.models import Rol
from regietafel.provincies.models import Provincie
from regietafel.publicaties.bestanden import bewaard_bestand
from regietafel.publicaties.openbaarheid import openbaar_vanaf, voor_het_publiek
from regietafel.publicaties.services import publicatiedatum
from regietafel.publicaties.vastleggen import publicatie
from regietafel.puzzel.pijplijn import realisatie_voor_verslag
from regietafel.reports.aanbiedingsbrieven import aanbiedingsbrief, collegebrief
from regietafel.reports.brieven import brieven_zip
from regietafel.reports.pdf import pdf_bytes
from regietafel.reports.puzzel_csv import csv_bytes
from regietafel.reports.verdeelbesluit import verdeelbesluit_document
from regietafel.reports.verslag import (
    VerslagInvoer,
    verslag_document,
)
from regietafel.reports.word import docx_bytes
from regietafel.reports.xlsx import xlsx_bytes
from regietafel.services.opslag import (
    NietGevonden,
    laad_gegevens,
    provincie_cyclus,
)
from regietafel.services.toegang import Toegang, mag_rapporteren
from regietafel.statushouders.toezicht_services import toezicht_voor_verslag
from regietafel.verdeelbesluiten.services import asieltoezicht_voor_verslag, verdeelbesluit_invoer
from regietafel.verdelingen import services as verdelingen
from regietafel.verdelingen.models import Verdelingsversie
from regietafel.verslagen.bestand import Rapport
from regietafel.verslagen.brieflijst import brieflijst
from regietafel.verslagen.verslagstand import verslagstand

FORMATEN = {
    "csv": "text/csv; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
ZIP = "application/zip"
PUZZELFORMATEN = ("xlsx", "csv")  # the puzzle; the report and the letters are docx or pdf

# The documents of the report set (seed 002): the report, the covering letter to the
# minister, the letter to the municipal executives, and all three at once (ZIP).
VERSLAG = "verslag"
SET = "set"
DOCUMENTEN = {
    VERSLAG: "Provinciaal verslag",
    "aanbiedingsbrief": "Aanbiedingsbrief aan de minister",
    "collegebrief": "Brief aan de colleges van burgemeester en wethouders",
    SET: "Het verslag met beide brieven",
    "verdeelbesluit": "Verdeelbesluit van de minister",
}
VERDEELBESLUIT = "verdeelbesluit"
BESTANDSNAMEN = {
    VERSLAG: "verslag",
    "aanbiedingsbrief": "aanbiedingsbrief-minister",
    "collegebrief": "brief-colleges",
    VERDEELBESLUIT: "verdeelbesluit",
}


class OnbekendFormaat(RegietafelFout, ValueError):
    """A format that does not exist, or not for this document; the message is Dutch."""

    code = "onbekend_formaat"

    def __init__(self, formaat: str, keuzes: Iterable[str] = FORMATEN) -> None:
        super().__init__(", ".join(sorted(keuzes)), veld="formaat", waarde=formaat)


class OnbekendDocument(RegietafelFout, ValueError):
    """A document that is not one of DOCUMENTEN; the message is Dutch."""

    code = "onbekend_document"

    def __init__(self, document: str) -> None:
        super().__init__(", ".join(DOCUMENTEN), veld="document", waarde=document)


def verslag_invoer(
    provincie: str,
    cyclus: str,
    datum: date | None = None,
    werkversie: bool = False,
    openbaar: bool = False,
):  # noqa: ANN201
    """Everything the report shows, computed from the stored inputs, dated `datum` (by
    default the report's own date, `verslagdatum`). For a published cycle: the report as
    published, its figures and its texts, date and sentences as frozen with the publication
    (`services.verslagstand`); with `werkversie`, the published figures with the texts as
    they are now, and the report says so. With `openbaar`, as the public reads it: without
    the name and remarks of a location that is not public yet (ADR 0012)."""

    gegevens = laad_gegevens(provincie, cyclus)
    if openbaar:
        gegevens = voor_het_publiek(gegevens)
    stand = verslagstand(provincie, cyclus, gegevens, werkversie)
    datum = datum or stand.datum
    teksten = dict(stand.teksten)
    # Made from the ratified distribution when there is one, and the report says so.
    versie = (
        None
        if stand.verdelingsversie is None
        else Verdelingsversie.objects.filter(pk=stand.verdelingsversie).first()
    )
    if versie is not None:
        gegevens = verdelingen.gegevens_volgens_versie(gegevens, versie)
        bron = verdelingen.bekrachtiging_tekst(versie)
        teksten = {**teksten, "inleiding": f"{bron}\n\n{teksten['inleiding']}"}
    # A revision of the capaciteitsbesluit during the cycle explains the targets.
    if stand.herraming is not None:
        teksten = {**teksten, "verdeling": f"{stand.herraming}\n\n{teksten['verdeling']}"}
    return VerslagInvoer(
        provincie=gegevens.provincie.naam,
        cyclus=cyclus,
        jaren=gegevens.cyclus.jaren,
        puzzel=bereken_puzzel(gegevens),
        bijlage1=bereken_bijlage1(gegevens),
        spuk=bereken_spuk(gegevens),
        teksten=teksten,
        datum=datum,
        toezicht=toezicht_voor_verslag(provincie),
        # Computed from today's data, so only in a report that is not frozen (ADR 0017).
        asieltoezicht=None
        if stand.gepubliceerd_op is not None
        else asieltoezicht_voor_verslag(provincie, cyclus),
        uitruilen=stand.uitruilen,
        bronnen=stand.bronnen,
        realisatie=realisatie_voor_verslag(provincie, cyclus, datum),
        balans=bereken_balans(gegevens),
        werkversie=_werkversie_tekst(provincie, cyclus) if werkversie else "",
    )


def _werkversie_tekst(provincie: str, cyclus: str) -> str:
    """The label of a working version of a published cycle's report; empty for a cycle
    not published (there every report is the working version)."""

    op = publicatiedatum(provincie, cyclus)
    if op is None:
        return ""
    return (
        f"Werkversie met de huidige teksten: dit is niet het verslag zoals het op "
        f"{datum_lang(op)} is gepubliceerd."
    )


def _document(invoer, document: str, voortgang=None):  # noqa: ANN001, ANN202
    """The document model of `document` (verslag, aanbiedingsbrief, collegebrief); the
    report tells `voortgang` each section it builds."""

    if document == VERSLAG:
        return verslag_document(invoer, voortgang)
    maak = {"aanbiedingsbrief": aanbiedingsbrief, "collegebrief": collegebrief}
    return maak[document](invoer)


def _schrijf(doc, formaat: str, voortgang=None) -> bytes:  # noqa: ANN001
    if formaat == "docx":
        return docx_bytes(doc, voortgang)

    return pdf_bytes(doc, voortgang)


def _puzzel(provincie: str, cyclus: str, formaat: str, deel: Deel) -> Rapport:
    gegevens = laad_gegevens(provincie, cyclus)
    p = bereken_puzzel(gegevens)
    deel.meld(0.4, "werkmap maken" if formaat == "xlsx" else "CSV maken")
    if formaat == "csv":
        inhoud = csv_bytes(p)
    else:
        auteur = f"Provincie {gegevens.provincie.naam}"
        inhoud = xlsx_bytes(p, gegevens.provincie.naam, cyclus, auteur=auteur)
    return Rapport(inhoud, f"puzzel-{provincie}-{cyclus}.{formaat}", FORMATEN[formaat])


def rapport(
    provincie: str,
    cyclus: str,
    formaat: str,
    voortgang: Melder = stil,
    datum: date | None = None,
    document: str = VERSLAG,
    werkversie: bool = False,
    openbaar: bool = False,
) -> Rapport:
    """`document` of `provincie` in `cyclus` as `formaat`: the report (docx, pdf; or the
    puzzle as xlsx or csv), one of its covering letters (docx, pdf), or the report with both
    letters in one ZIP (`set`). Every one is dated `datum`, by default the report's own
    date. For a published cycle the report and its letters are as published, unless
    `werkversie` asks for them with the current texts (then their names and pages say
    "werkversie"). `voortgang` hears each step by name ("Noord-Brabant: Bijlage 1") with a
    percentage that only rises. `openbaar` makes it as the public may read it
    (`verslag_invoer`)."""
    if formaat not in FORMATEN:
        raise OnbekendFormaat(formaat)
    if document not in DOCUMENTEN:
        raise OnbekendDocument(document)
    if formaat in PUZZELFORMATEN and document != VERSLAG:
        raise OnbekendFormaat(formaat, ("docx", "pdf"))
    v = Voortgang(voortgang)
    r = _rapport(provincie, cyclus, formaat, document, v.deel(0, 100), datum, werkversie, openbaar)
    v.klaar()
    return r


def provincienaam(code: str) -> str:
    """The name of the province `code`, for the steps a user sees; the code if unknown."""
    naam = Provincie.objects.filter(code=code).values_list("naam", flat=True).first()
    return naam or code


def _rapport(  # noqa: PLR0913 - rapport()'s arguments, passed on
    provincie: str,
    cyclus: str,
    formaat: str,
    document: str,
    deel: Deel,
    datum: date | None,
    werkversie: bool,
    openbaar: bool = False,
) -> Rapport:
    """The document, its progress reported within `deel` in about the shares of CPU time
    the steps take: the data 8%; per document (the report and each letter an equal share)
    the report's sections (mostly the chart) up to 30% of its share (55% for Word, which
    writes quickly), the PDF or Word file the rest."""
    deel = deel.deel(0, 1, provincienaam(provincie))
    deel.meld(0, "gegevens laden en berekenen")
    if formaat in PUZZELFORMATEN:
        return _puzzel(provincie, cyclus, formaat, deel)
    if document == VERDEELBESLUIT:
        return _verdeelbesluit(provincie, cyclus, formaat, deel, datum)
    invoer = verslag_invoer(provincie, cyclus, datum, werkversie, openbaar)
    werk = "-werkversie" if invoer.werkversie else ""
    delen = [VERSLAG, "aanbiedingsbrief", "collegebrief"] if document == SET else [document]
    schrijven = 0.3 if formaat == "pdf" else 0.55
    bestanden = []
    for i, soort in enumerate(delen):
        band = deel.deel(0.08 + 0.92 * i / len(delen), 0.08 + 0.92 * (i + 1) / len(delen))
        if document == SET:
            band = band.deel(0, 1, DOCUMENTEN[soort])
        doc = _document(invoer, soort, band.deel(0, schrijven).meld)
        bestand = band.deel(schrijven, 1, "PDF" if formaat == "pdf" else "Word")
        naam = f"{BESTANDSNAMEN[soort]}{werk}-{provincie}-{cyclus}.{formaat}"
        bestanden.append((naam, _schrijf(doc, formaat, bestand.meld)))
    if document != SET:
        return Rapport(bestanden[0][1], bestanden[0][0], FORMATEN[formaat])
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as z:
        for naam, inhoud in bestanden:
            z.writestr(naam, inhoud)
    zipnaam = f"verslag-met-brieven{werk}-{provincie}-{cyclus}-{formaat}.zip"
    return Rapport(uit.getvalue(), zipnaam, ZIP)


def provincies_met_gegevens(cyclus: str) -> list[str]:
    """The codes of the provinces with data in `cyclus`, by name; NietGevonden if none."""
    codes = list(
        ProvincieCyclus.objects.filter(cyclus__naam=cyclus)
        .order_by("provincie__naam")
        .values_list("provincie__code", flat=True)
    )
    if not codes:
        raise NietGevonden(f"Geen provincies met gegevens in cyclus '{cyclus}'.")
    return codes


def rapporten_alle_provincies(
    cyclus: str,
    formaat: str,
    voortgang: Melder = stil,
    datum: date | None = None,
    document: str = VERSLAG,
) -> Rapport:
    """`document` of every province with data in `cyclus`, one file each, in one ZIP, made
    one after the other (the command line; the web app makes them side by side)."""
    if formaat not in FORMATEN:
        raise OnbekendFormaat(formaat)
    codes = provincies_met_gegevens(cyclus)
    v = Voortgang(voortgang)
    delen = []
    for i, code in enumerate(codes):
        band = v.deel(95 * i / len(codes), 95 * (i + 1) / len(codes))
        delen.append(_rapport(code, cyclus, formaat, document, band, datum, werkversie=False))
    v.meld(95, "ZIP samenstellen")
    r = zip_van(delen, cyclus, formaat, document)
    v.klaar()
    return r


def zip_van(delen: Sequence[Rapport], cyclus: str, formaat: str, document: str) -> Rapport:
    """The provinces' files `delen` of `document` in one ZIP."""
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as z:
        for r in delen:
            z.writestr(r.bestandsnaam, r.inhoud)
    naam = "verslagen" if document == VERSLAG else BESTANDSNAMEN.get(document, document)
    return Rapport(uit.getvalue(), f"{naam}-{cyclus}-{formaat}.zip", ZIP)


# What the public may download of a published cycle: file name -> (document, format).
PUBLIEK = {"verslag.pdf": (VERSLAG, "pdf"), "puzzel.xlsx": (VERSLAG, "xlsx"),
           "puzzel.csv": (VERSLAG, "csv")}  # fmt: skip


def gepubliceerd_document(provincie: str, cyclus: str, bestand: str) -> Rapport:
    """A document of a published cycle for anyone, the public included: the report (PDF)
    or the puzzle (XLSX, CSV), made from the publication (its figures, texts and date, ADR
    0007). Made once per publication and kept (`services.publicatiebestanden`), however
    many ask for it at once. NietGevonden for a cycle that is not published, or a file that
    is not offered."""
    pc = provincie_cyclus(provincie, cyclus)
    if not pc.gepubliceerd:
        raise NietGevonden(f"Cyclus {cyclus} van {pc.provincie.naam} is niet gepubliceerd.")
    if bestand not in PUBLIEK:
        raise NietGevonden(f"Onbekend bestand '{bestand}': kies uit {', '.join(PUBLIEK)}.")
    document, formaat = PUBLIEK[bestand]

    def maak() -> Rapport:
        return rapport(provincie, cyclus, formaat, document=document, openbaar=True)

    p = publicatie(pc)
    if p is None:  # published before ADR 0007 and not frozen yet: the next start does
        return maak()
    # Kept per phase from which locations are public: the province may move it later.
    return bewaard_bestand(p, f"{openbaar_vanaf(provincie, cyclus).value}-{bestand}", maak)


def antwoordtermijn(provincie: str, cyclus: str) -> date:
    """The answer deadline of the consultation in `cyclus`: the opened consultation's own
    deadline, else the route map's `antwoord_voor` (1 April of the preparation year by
    default)."""

    c = consultatie_van(provincie, cyclus)
    if c is not None:
        return c.antwoord_voor
    return standaard_antwoord_voor(provincie_cyclus(provincie, cyclus))


def brieven(
    provincie: str,
    cyclus: str,
    antwoord_voor: date | None = None,
    datum: date | None = None,
) -> Rapport:
    """The consultation letters of `cyclus` to every municipality of `provincie`, one DOCX
    each, in one ZIP (see `brieflijst`); the deadline is `antwoord_voor`, by default the
    consultation's (`antwoordtermijn`)."""

    termijn = antwoord_voor or antwoordtermijn(provincie, cyclus)
    lijst = brieflijst(provincie, cyclus, termijn, datum)
    return Rapport(brieven_zip(lijst), f"consultatiebrieven-{provincie}-{cyclus}.zip", ZIP)


# Background reports ---------------------------------------------------------------------

ALLE = "alle"
# Documents made per province only (the letters and the working-version set).
NIET_VOOR_ALLE = {"brieven", "werkversie-set-pdf", "werkversie-set-docx"}


def mag_aanvragen(t: Toegang, provincie: str) -> bool:
    """May `t` ask for the official documents of `provincie` (or of every one, ALLE: only
    the ministry or a superuser)?"""
    if provincie == ALLE:
        return t.alles or t.rol is Rol.MINISTERIE
    return mag_rapporteren(t, provincie)


# What a background job makes: "<document>-<format>", or the format alone for the report
# and the puzzle, or the consultation letters.
def _verdeelbesluit(
    provincie: str, cyclus: str, formaat: str, deel: Deel, datum: date | None
) -> Rapport:
    """The minister's verdeelbesluit of one province (reports.verdeelbesluit)."""

    doc = verdeelbesluit_document(verdeelbesluit_invoer(provincie, cyclus, datum))
    bestand = deel.deel(0.3, 1, "PDF" if formaat == "pdf" else "Word")
    naam = f"{BESTANDSNAMEN[VERDEELBESLUIT]}-{provincie}-{cyclus}.{formaat}"
    return Rapport(_schrijf(doc, formaat, bestand.meld), naam, FORMATEN[formaat])


SOORTEN = {
    "pdf": "Provinciaal verslag (PDF)",
    "docx": "Provinciaal verslag (Word)",
    "aanbiedingsbrief-pdf": "Aanbiedingsbrief aan de minister (PDF)",
    "aanbiedingsbrief-docx": "Aanbiedingsbrief aan de minister (Word)",
    "collegebrief-pdf": "Brief aan de colleges van B&W (PDF)",
    "collegebrief-docx": "Brief aan de colleges van B&W (Word)",
    "set-pdf": "Het verslag met beide brieven (ZIP met PDF)",
    "set-docx": "Het verslag met beide brieven (ZIP met Word)",
    "xlsx": "De puzzel (Excel)",
    "csv": "De puzzel (CSV)",
    "brieven": "Consultatiebrieven aan de gemeenten (ZIP met Word)",
    "verdeelbesluit-pdf": "Verdeelbesluit van de minister (PDF)",
    "verdeelbesluit-docx": "Verdeelbesluit van de minister (Word)",
    # A published cycle's report and letters with the texts as they are now.
    "werkversie-set-pdf": "Werkversie: het verslag met beide brieven, huidige teksten (ZIP met "
    "PDF)",
    "werkversie-set-docx": "Werkversie: het verslag met beide brieven, huidige teksten (ZIP met "
    "Word)",
}
WERKVERSIE = "werkversie-"


def document_en_formaat(soort: str) -> tuple[str, str, bool]:
    """The document and the format of a job's `soort`, and whether it is the working
    version: "collegebrief-pdf" is the letter to the executives as PDF, "pdf" the report,
    "werkversie-set-pdf" the report with both letters with the current texts."""
    werkversie = soort.startswith(WERKVERSIE)
    document, _, formaat = soort.removeprefix(WERKVERSIE).rpartition("-")
    return document or VERSLAG, formaat, werkversie


SAMENSTELLEN = "ZIP samenstellen"


@dataclass(frozen=True)
class Deelvoortgang:
    """How far one province's part of a job for all provinces is."""

    provincie: str  # the province's name
    status: str
    procent: int
    stap: str


@dataclass(frozen=True)
class Opdrachtvoortgang:
    """How far a job is, as its page shows it; for all provinces, also each province's."""

    status: str
    procent: int
    stap: str
    delen: tuple[Deelvoortgang, ...] = ()

    @property
    def bezig(self) -> bool:
        return self.status in ("wacht", "bezig")


def voortgang_van(opdracht) -> Opdrachtvoortgang:  # noqa: ANN001
    """The progress of `opdracht`: its own, or, for the documents of all provinces, that of
    its parts together (each province counts equally, the ZIP the last 5%)."""
    delen = list(opdracht.delen.defer("inhoud"))
    if not delen:
        return Opdrachtvoortgang(opdracht.status, opdracht.voortgang, opdracht.stap)
    namen = dict(
        Provincie.objects.filter(code__in=[d.provincie for d in delen]).values_list("code", "naam")
    )
    per_deel = tuple(
        sorted(
            (
                Deelvoortgang(
                    namen.get(d.provincie, d.provincie),
                    d.status,
                    100 if d.status == "klaar" else d.voortgang,
                    d.stap,
                )
                for d in delen
            ),
            key=lambda d: d.provincie.lower(),
        )
    )
    if opdracht.status in ("klaar", "mislukt") or opdracht.stap == SAMENSTELLEN:
        return Opdrachtvoortgang(opdracht.status, opdracht.voortgang, opdracht.stap, per_deel)
    klaar = sum(1 for d in per_deel if d.status == "klaar")
    bezig = [d.provincie for d in per_deel if d.status == "bezig"]
    stap = f"{klaar} van de {len(per_deel)} provincies klaar" + (
        f"; bezig: {', '.join(bezig)}" if bezig else ""
    )
    procent = totaal_van_delen([d.procent for d in per_deel])
    return Opdrachtvoortgang(opdracht.status, procent, stap, per_deel)


def mime_van(bestandsnaam: str) -> str:
    """The media type of a generated file, from its extension."""
    extensie = bestandsnaam.rsplit(".", 1)[-1]
    return FORMATEN.get(extensie, ZIP)
