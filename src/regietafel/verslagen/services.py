"""The official documents of a province in a cycle, as bytes: the provinciaal verslag
with its two covering letters, to the minister and to the municipal executives (DOCX,
PDF), the puzzle (XLSX, CSV) and the consultation letters (ZIP of DOCX files).

Used by the CLI, the web views and the background task alike. The figures come from the
domain (puzzle, Bijlage 1, SPUK); the writers in `regietafel.reports` only lay them out.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import OperationalError, transaction
from django.utils import timezone

from regietafel.consultatie.services import consultatie_van, standaard_antwoord_voor
from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain import opmaak
from regietafel.domain import routekaart as rk
from regietafel.domain.balans import bereken_balans
from regietafel.domain.bijlage1 import bereken_bijlage1
from regietafel.domain.fouten import RegietafelFout
from regietafel.domain.model import CyclusGegevens
from regietafel.domain.opmaak import datum_lang
from regietafel.domain.puzzel import bereken_puzzel
from regietafel.domain.spuk import bereken_spuk
from regietafel.domain.voortgang import Deel, Melder, Voortgang, stil, totaal_van_delen
from regietafel.gebruikers.models import Rol
from regietafel.provincies.models import Provincie
from regietafel.publicaties.openbaarheid import openbaar_vanaf, voor_het_publiek
from regietafel.publicaties.services import publicatie, publicatiedatum
from regietafel.puzzel.pijplijn import realisatie_voor_verslag
from regietafel.reports.aanbiedingsbrieven import aanbiedingsbrief, collegebrief
from regietafel.reports.brieven import Brief, Toezegging, brieven_zip
from regietafel.reports.pdf import pdf_bytes
from regietafel.reports.puzzel_csv import csv_bytes
from regietafel.reports.verdeelbesluit import verdeelbesluit_document
from regietafel.reports.verslag import (
    SOORT_BIJZONDER,
    VerslagInvoer,
    tot_tekst,
    van_tekst,
    verslag_document,
)
from regietafel.reports.word import docx_bytes
from regietafel.reports.xlsx import xlsx_bytes
from regietafel.routekaart.models import RoutekaartStap
from regietafel.routekaart.services import parameters
from regietafel.services.opslag import (
    NietGevonden,
    laad_actuele_gegevens,
    laad_gegevens,
    provincie_cyclus,
)
from regietafel.services.toegang import Toegang, mag_rapporteren
from regietafel.statushouders.toezicht_services import toezicht_voor_verslag
from regietafel.verdeelbesluiten.services import asieltoezicht_voor_verslag, verdeelbesluit_invoer
from regietafel.verdelingen import services as verdelingen
from regietafel.verdelingen.models import Verdelingsversie
from regietafel.verslagen.models import RapportOpdracht, VerslagTekst
from regietafel.verslagen.standaardteksten import (
    HOOFDSTEDEN,
    SLEUTELS,
    STANDAARD,
    invullen,
)
from regietafel.verslagen.verslagstand import verslagstand
from regietafel.werkers.services import database_bezet, ondanks_slot

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


@dataclass(frozen=True)
class Rapport:
    """A generated document: its bytes, a file name and the media type."""

    inhoud: bytes
    bestandsnaam: str
    mime: str


def _waarden(gegevens: CyclusGegevens, provincie: str, cyclus: str) -> dict[str, str]:
    """What the placeholders of the texts stand for in this province and cycle."""

    return {
        "provincie": gegevens.provincie.naam,
        "cyclus": cyclus,
        "jaren": " en ".join(str(j) for j in gegevens.cyclus.jaren),
        "aantal_gemeenten": str(len(gegevens.gemeenten)),
        "hoofdstad": HOOFDSTEDEN.get(gegevens.provincie.naam, ""),
        "verdeelbesluit_uiterlijk": datum_lang(
            routekaartdatum(provincie, cyclus, "verdeelbesluit")
        ),
    }


def verslagteksten(provincie: str, cyclus: str, gegevens: CyclusGegevens | None = None) -> dict:
    """The report's editable texts of this province and cycle: the stored ones, and the
    defaults (placeholders filled in) for the keys that have none."""
    gegevens = gegevens or laad_gegevens(provincie, cyclus)
    opgeslagen = dict(
        VerslagTekst.objects.filter(
            provincie_cyclus__provincie__code=provincie, provincie_cyclus__cyclus__naam=cyclus
        ).values_list("sleutel", "tekst")
    )
    waarden = _waarden(gegevens, provincie, cyclus)
    return {
        sleutel: invullen(opgeslagen.get(sleutel, STANDAARD[sleutel]), waarden)
        for sleutel, _label in SLEUTELS
    }


def standaardteksten(provincie: str, cyclus: str) -> dict[str, str]:
    """The default texts with this province's placeholders filled in."""
    waarden = _waarden(laad_gegevens(provincie, cyclus), provincie, cyclus)
    return {sleutel: invullen(STANDAARD[sleutel], waarden) for sleutel, _label in SLEUTELS}


def eigen_verslagteksten(provincie: str, cyclus: str) -> set[str]:
    """The keys of the texts this province wrote itself (the others are the defaults)."""
    return set(
        VerslagTekst.objects.filter(
            provincie_cyclus__provincie__code=provincie, provincie_cyclus__cyclus__naam=cyclus
        ).values_list("sleutel", flat=True)
    )


def bewaar_verslagteksten(provincie: str, cyclus: str, teksten: Mapping[str, str]) -> None:
    """Store the report's texts at once; a text left as its default stays the default, so
    later changes to the default reach this province too."""
    standaard = standaardteksten(provincie, cyclus)
    with transaction.atomic():
        for sleutel, tekst in teksten.items():
            gelijk = tekst.strip() == standaard.get(sleutel, "").strip()
            bewaar_verslagtekst(provincie, cyclus, sleutel, "" if gelijk else tekst)


def bewaar_verslagtekst(provincie: str, cyclus: str, sleutel: str, tekst: str) -> None:
    """Store one of the report's texts; an empty text restores the default."""
    if sleutel not in STANDAARD:
        raise ValueError(f"Onbekend onderdeel van het verslag: '{sleutel}'.")
    pc = provincie_cyclus(provincie, cyclus)
    if tekst.strip():
        VerslagTekst.objects.update_or_create(
            provincie_cyclus=pc, sleutel=sleutel, defaults={"tekst": tekst}
        )
    else:
        VerslagTekst.objects.filter(provincie_cyclus=pc, sleutel=sleutel).delete()


def routekaartdatum(provincie: str, cyclus: str, code: str) -> date:
    """The deadline of the route map's step `code` in this province and cycle: as stored
    when the route map was made (and perhaps moved by the province), else as the cycle's
    parameters give it."""

    pc = provincie_cyclus(provincie, cyclus)
    stap = RoutekaartStap.objects.filter(routekaart__provincie_cyclus=pc, code=code).first()
    if stap is not None:
        return stap.deadline
    return next(s.deadline for s in rk.routekaart(parameters(pc)) if s.code == code)


def verslagdatum(provincie: str, cyclus: str) -> date:
    """The report's own date, and that of its covering letters: the day of the route map's
    step "verslag" (the CdK's report to the minister; 31 October of the preparation year
    unless the province moved it), not the day the file happens to be made."""
    return routekaartdatum(provincie, cyclus, "verslag")


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
    from regietafel.publicaties.bestanden import bewaard_bestand

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


def vorige_cyclus(provincie: str, cyclus: str) -> str | None:
    """The name of the cycle before `cyclus` (2025-2026 before 2027-2028) when `provincie`
    has data in it, else None."""
    pc = provincie_cyclus(provincie, cyclus)
    jaren = tuple(pc.cyclus.jaren)
    vorige = [j - len(jaren) for j in jaren]
    return (
        ProvincieCyclus.objects.filter(provincie__code=provincie, cyclus__jaren=vorige)
        .values_list("cyclus__naam", flat=True)
        .first()
    )


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
    each, in one ZIP (see `brieflijst`)."""

    lijst = brieflijst(provincie, cyclus, antwoord_voor, datum)
    return Rapport(brieven_zip(lijst), f"consultatiebrieven-{provincie}-{cyclus}.zip", ZIP)


def brieflijst(
    provincie: str,
    cyclus: str,
    antwoord_voor: date | None = None,
    datum: date | None = None,
) -> list[Any]:
    """The merge fields of the consultation letter of `cyclus` to every municipality of
    `provincie` (`reports.brieven.Brief`): each asks whether the municipality continues
    the commitments of the cycle before (its realisation, offer and locations; the cycle
    itself when there is none before it), states the indicative numbers of `cyclus` as
    they are now, and gives the consultation's deadline (`antwoordtermijn`) unless
    `antwoord_voor` overrides it."""

    nieuw = bereken_puzzel(laad_actuele_gegevens(provincie, cyclus))
    inzet_cyclus = vorige_cyclus(provincie, cyclus) or cyclus
    gegevens = laad_gegevens(provincie, inzet_cyclus)
    p = bereken_puzzel(gegevens)
    termijn = antwoord_voor or antwoordtermijn(provincie, cyclus)
    laatste = gegevens.cyclus.jaren[-1]
    opgave = {r.cbs_code: r for r in nieuw.regels}

    lijst = []
    for r in p.regels:
        assert r.cbs_code is not None
        n = opgave.get(r.cbs_code)
        toezeggingen = (
            Toezegging("Oekraïense ontheemden (ambitie)", opmaak.getal(n and n.oekraine.opgave),
                       opmaak.getal(r.oekraine.realisatie), opmaak.getal(r.oekraine.ambitie)),
            Toezegging("Asielopvang (regulier)", opmaak.getal(n and n.asiel_regulier.opgave),
                       opmaak.getal(r.asiel_regulier.realisatie),
                       opmaak.getal(r.asiel_regulier.aanbod[laatste])),
            Toezegging("Asielopvang (AMV)", opmaak.getal(n and n.amv.opgave),
                       opmaak.getal(r.amv.realisatie), opmaak.getal(r.amv.aanbod[laatste])),
        )  # fmt: skip
        locaties = tuple(
            (
                SOORT_BIJZONDER.get(
                    loc.soort,
                    loc.soort.value.upper()
                    if loc.soort.value in ("amv", "htl")
                    else loc.soort.value,
                ),
                opmaak.getal(loc.plaatsen),
                van_tekst(loc),
                tot_tekst(loc),
                loc.opmerking,
            )  # fmt: skip
            for loc in gegevens.locaties_van(r.cbs_code)
        )
        lijst.append(
            Brief(
                provincie=gegevens.provincie.naam,
                gemeente=r.naam,
                cbs_code=r.cbs_code,
                cyclus=inzet_cyclus,
                nieuwe_cyclus=cyclus,
                datum=datum or timezone.localdate(),
                antwoord_voor=termijn,
                toezeggingen=toezeggingen,
                locaties=locaties,
                aanbod_jaar=laatste,
                plaats=HOOFDSTEDEN.get(gegevens.provincie.naam, ""),
            )
        )
    return lijst


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


def vraag_rapport_aan(gebruiker, provincie: str, cyclus: str, formaat: str):  # noqa: ANN001, ANN201
    """Queue a report as a background task; returns the RapportOpdracht whose progress the
    web page follows. The caller has checked that the user may have it.

    The documents of all provinces are queued as one task per province (each a part of the
    returned job), so that every free worker takes one; the last to finish queues the task
    that puts the ZIP together."""
    from regietafel.verslagen.taken import maak_rapport

    if formaat not in SOORTEN:
        raise OnbekendFormaat(formaat)
    opdracht = RapportOpdracht.objects.create(
        provincie=provincie,
        cyclus=cyclus,
        formaat=formaat,
        aangevraagd_door=gebruiker,
        stap="In de wachtrij",
    )
    if provincie != ALLE or formaat == "brieven":
        maak_rapport.enqueue(str(opdracht.pk))
        opdracht.refresh_from_db()
        return opdracht
    try:
        codes = provincies_met_gegevens(cyclus)
    except NietGevonden as fout:
        _mislukt(opdracht.pk, str(fout))
        opdracht.refresh_from_db()
        return opdracht
    delen = RapportOpdracht.objects.bulk_create(
        RapportOpdracht(
            provincie=code,
            cyclus=cyclus,
            formaat=formaat,
            aangevraagd_door=gebruiker,
            stap="In de wachtrij",
            deel_van=opdracht,
        )
        for code in codes
    )
    for deel in delen:
        maak_rapport.enqueue(str(deel.pk))
    opdracht.refresh_from_db()
    return opdracht


def vraag_opnieuw_aan(opdracht) -> bool:  # noqa: ANN001
    """Queue a failed RapportOpdracht again, as the same job (its page and the list keep
    one entry). False when it has not failed (any more): then nothing is queued. For all
    provinces, the provinces that did not finish are queued again; the finished ones stay."""
    from regietafel.verslagen.taken import maak_rapport

    status = RapportOpdracht.Status
    opnieuw = {"voortgang": 0, "stap": "In de wachtrij", "fout": "", "inhoud": None,
               "bestandsnaam": ""}  # fmt: skip
    if not RapportOpdracht.objects.filter(pk=opdracht.pk, status=status.MISLUKT).update(
        status=status.WACHT, **opnieuw
    ):
        return False
    delen = RapportOpdracht.objects.filter(deel_van_id=opdracht.pk)
    if not delen.exists():
        maak_rapport.enqueue(str(opdracht.pk))
        return True
    nog_te_doen = list(delen.exclude(status=status.KLAAR).values_list("pk", flat=True))
    delen.filter(pk__in=nog_te_doen).update(status=status.WACHT, **opnieuw)
    for pk in nog_te_doen:
        maak_rapport.enqueue(str(pk))
    if not nog_te_doen:  # every province was done: only the ZIP failed
        _deel_klaar(opdracht.pk)
    return True


def _mislukt(pk: object, fout: str) -> None:

    ondanks_slot(
        lambda: RapportOpdracht.objects.filter(pk=pk).update(
            status=RapportOpdracht.Status.MISLUKT, stap="Mislukt", fout=fout
        )
    )


def maak_opdracht(opdracht) -> None:  # noqa: ANN001
    """Run a RapportOpdracht: make the document, writing progress to the row as it goes.
    A locked database (SQLite during a long import) only delays the progress, and the
    result is written once the lock is gone. A province's part of the documents of all
    provinces tells the whole when it is done."""
    status = RapportOpdracht.Status
    rij = RapportOpdracht.objects.filter(pk=opdracht.pk)
    if opdracht.deel_van_id is not None:
        geheel = RapportOpdracht.objects.filter(pk=opdracht.deel_van_id)
        if geheel.filter(status=status.MISLUKT).exists():  # another province failed
            _mislukt(opdracht.pk, "Afgebroken: een andere provincie is mislukt.")
            return
        ondanks_slot(
            lambda: geheel.filter(status=status.WACHT).update(status=status.BEZIG, stap="Bezig")
        )

    def voortgang(procent: int, stap: str) -> None:
        try:
            rij.update(status=status.BEZIG, voortgang=min(procent, 99), stap=stap)
        except OperationalError as fout:  # the next step shows the progress again
            if not database_bezet(fout):
                raise

    voortgang(1, "Gestart")
    try:
        if opdracht.formaat == "brieven":
            r = brieven(opdracht.provincie, opdracht.cyclus)
        else:
            document, formaat, werkversie = document_en_formaat(opdracht.formaat)
            if opdracht.provincie == ALLE:  # queued before all provinces were split up
                r = rapporten_alle_provincies(
                    opdracht.cyclus, formaat, voortgang, document=document
                )
            else:
                r = rapport(
                    opdracht.provincie,
                    opdracht.cyclus,
                    formaat,
                    voortgang,
                    document=document,
                    werkversie=werkversie,
                )
    except Exception as fout:  # the page must show the failure, whatever it is
        melding = str(fout) or type(fout).__name__
        _mislukt(opdracht.pk, melding)
        if opdracht.deel_van_id is not None:
            _mislukt(opdracht.deel_van_id, f"{provincienaam(opdracht.provincie)}: {melding}")
        raise
    ondanks_slot(
        lambda: rij.update(
            status=status.KLAAR,
            voortgang=100,
            stap="Klaar",
            inhoud=r.inhoud,
            bestandsnaam=r.bestandsnaam,
        )
    )
    if opdracht.deel_van_id is not None:
        _deel_klaar(opdracht.deel_van_id)


def _deel_klaar(geheel_id: object) -> None:
    """When every province's part is done, queue putting the ZIP together, once: of two
    parts that finish at the same moment, one sees the other done, and the conditional
    update lets exactly one of them queue it."""
    from regietafel.verslagen.taken import stel_samen

    status = RapportOpdracht.Status
    if RapportOpdracht.objects.filter(deel_van_id=geheel_id).exclude(status=status.KLAAR).exists():
        return
    geclaimd = ondanks_slot(
        lambda: (
            RapportOpdracht.objects.filter(pk=geheel_id, status__in=[status.WACHT, status.BEZIG])
            .exclude(stap=SAMENSTELLEN)
            .update(status=status.BEZIG, stap=SAMENSTELLEN, voortgang=95)
        )
    )
    if geclaimd:
        stel_samen.enqueue(str(geheel_id))


def stel_opdracht_samen(opdracht) -> None:  # noqa: ANN001
    """Put the provinces' documents of `opdracht` (all provinces) together in one ZIP."""

    delen = sorted(opdracht.delen.all(), key=lambda d: provincienaam(d.provincie).lower())
    document, formaat, _werkversie = document_en_formaat(opdracht.formaat)
    try:
        r = zip_van(
            [Rapport(bytes(d.inhoud), d.bestandsnaam, mime_van(d.bestandsnaam)) for d in delen],
            opdracht.cyclus,
            formaat,
            document,
        )
    except Exception as fout:
        _mislukt(opdracht.pk, str(fout) or type(fout).__name__)
        raise
    ondanks_slot(
        lambda: RapportOpdracht.objects.filter(pk=opdracht.pk).update(
            status=RapportOpdracht.Status.KLAAR,
            voortgang=100,
            stap="Klaar",
            inhoud=r.inhoud,
            bestandsnaam=r.bestandsnaam,
        )
    )
    # The parts' files are in the ZIP now; their rows stay for the progress page.
    opdracht.delen.update(inhoud=None)


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
