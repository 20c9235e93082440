"""Importing CSV and XLSX files: all or nothing, every error at once, a dry run that shows
exactly what would change, and an audit trail with the file's name and SHA-256.

The rows are read and checked cell by cell in `regietafel.domain.invoer`; here they are
checked against the stored data (does the municipality exist, may this user change it, is
the year in the cycle), turned into a plan of changes, and, unless it is a dry run, the
plan is carried out in one transaction. The writes go through one
`services.schrijfplan.Schrijfplan`: a few statements per model rather than per row, the
history in bulk, one source record and one new data version per import, and each changed
record's `versie` checked and moved on like any other change.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from typing import Any
from xml.etree import ElementTree

from django.db import transaction
from django.db.models import QuerySet

from regietafel.bronnen.services import bron_van_import
from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain import invoer as inv
from regietafel.domain import invoerregels, opmaak
from regietafel.domain.cellen import Cel, normaliseer_naam
from regietafel.domain.fouten import RegietafelFout
from regietafel.domain.invoerregels import ImportSoort, InvoerFout
from regietafel.domain.model import Categorie, LocatieStatus
from regietafel.domain.tekst import nl_opsomming
from regietafel.importen.models import Import
from regietafel.locaties.models import Locatie
from regietafel.locaties.soorten import SOORTEN, STATUSSEN
from regietafel.opgaven.models import CATEGORIEEN, Aanbod, Opgave
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.services import klok
from regietafel.services.schrijfplan import Schrijfplan
from regietafel.services.stand import als_een_wijziging
from regietafel.services.toegang import Toegang, mag_bewerken
from regietafel.services.wijzigingen import Conflict

MAX_BYTES = 5 * 1024 * 1024
MAX_KOLOMMEN = 200
# An XLSX file is a zip: a few KB can unpack to gigabytes (a "zip bomb"). Its members may
# together unpack to at most this (a real import is well under 1 MB unpacked) ...
MAX_UITGEPAKT = 50 * 1024 * 1024
# ... and a cell holds at most what Excel itself allows in one cell.
MAX_CEL_TEKENS = 32_767
FORMULES_GENOEMD = 5  # cells named in the message about formulas without a result
SYSTEEM = Toegang(rol=None, alles=True)  # the command line: the operator may change anything
# Who may import what: the province every kind of its own province; a municipality only
# its own offers and locations (checked per row).
PER_GEMEENTE = {
    ImportSoort.AANBOD,
    ImportSoort.LOCATIES,
    ImportSoort.STATUSHOUDERS,
    ImportSoort.GOO,
}
# The kinds that need the chosen cycle.
PER_CYCLUS = {
    ImportSoort.CAPACITEITSBESLUIT,
    ImportSoort.AANBOD,
    ImportSoort.PUZZEL,
    ImportSoort.PROVINCIECIJFERS,
}
# The sheet of a workbook a kind reads when the workbook has it (else the first sheet):
# the puzzle as Regietafel exports it opens with "Overzicht".
BLADEN = {ImportSoort.PUZZEL: "Puzzel"}
# The planners of the kinds added for issue 15 (the plan and its rows with their
# municipalities): importen.soorten fills this when it is imported, as the app starts.
PLANNERS: dict[ImportSoort, Callable[[Any, list[tuple[Any, Any]]], None]] = {}
# The location fields that a `locaties` file without their optional column leaves alone.
ONGEZEGD = {
    "naam": "naam",
    "status": "status",
    "beschikbaar_van": "beschikbaar_van",
    "beschikbaar_tot": "beschikbaar_tot",
    "onbepaalde_tijd": "beschikbaar_tot",
    "opmerking": "opmerking",
}


class BestandFout(RegietafelFout, ValueError):
    """The bytes are not a readable CSV or XLSX file, or exceed a bound of the reader."""

    def __init__(self, detail: str, code: str = "bestand_onleesbaar", waarde: str = "") -> None:
        super().__init__(detail)
        self.fout = InvoerFout(code, waarde=waarde, detail=detail)


def recente_imports(provincie: str | None = None, soort: str | None = None) -> QuerySet[Import]:
    """The latest ten imports (of `provincie`, or of the kind `soort`), with who did them,
    newest first (read when used)."""
    imports = Import.objects.all()
    if provincie is not None:
        imports = imports.filter(provincie=provincie)
    if soort is not None:
        imports = imports.filter(soort=soort)
    return imports.select_related("gebruiker")[:10]


def _naam(keuzes: list[tuple[str, Any]], code: str) -> str:
    """The name a reader sees for the choice `code` (not the code: issue 18)."""
    return str(dict(keuzes).get(str(code), code))


# The fields of an import whose values are codes of a choice, with the names to show.
KEUZEVELDEN = {"soort": SOORTEN, "status": STATUSSEN, "categorie": CATEGORIEEN}


@dataclass(frozen=True)
class Wijziging:
    """One change an import makes (or would make, in a dry run)."""

    soort: str  # "nieuw", "gewijzigd" or "verwijderd"
    wat: str
    velden: tuple[tuple[str, str, str], ...] = ()  # (field, old, new) as text
    rij: int | None = None

    def tekst(self) -> str:
        def leesbaar(veld: str, waarde: str) -> str:
            return _naam(KEUZEVELDEN[veld], waarde) if veld in KEUZEVELDEN else waarde

        delen = "; ".join(
            f"{v}: {leesbaar(v, o) or 'leeg'} → {leesbaar(v, n) or 'leeg'}"
            for v, o, n in self.velden
        )
        return f"{self.wat} ({self.soort}{': ' + delen if delen else ''})"

    def als_dict(self) -> dict[str, Any]:
        return {
            "soort": self.soort,
            "wat": self.wat,
            "rij": self.rij,
            "velden": [{"veld": v, "oud": o, "nieuw": n} for v, o, n in self.velden],
        }


class Voorbeeld:
    """What a previewed import or load shares: its problems and its changes, and the
    fingerprint that lets the confirmation apply exactly what the preview showed."""

    fouten: tuple[Any, ...]
    wijzigingen: tuple[Wijziging, ...]

    @property
    def geldig(self) -> bool:
        return not self.fouten

    @property
    def plan_hash(self) -> str:
        """A fingerprint of the changes, to confirm exactly what the preview showed."""
        data = json.dumps([w.als_dict() for w in self.wijzigingen], sort_keys=True)
        return hashlib.sha256(data.encode()).hexdigest()


@dataclass(frozen=True)
class Importresultaat(Voorbeeld):
    soort: ImportSoort
    bestandsnaam: str
    sha256: str
    aantal_rijen: int
    fouten: tuple[InvoerFout, ...]
    wijzigingen: tuple[Wijziging, ...] = ()
    genegeerde_kolommen: tuple[str, ...] = ()
    overgeslagen: tuple[str, ...] = ()  # rows of other provinces (capaciteitsbesluit)
    toegepast: bool = False
    import_id: int | None = None
    # Figures the file gives that Regietafel computes (the puzzle's saldi): not stored.
    waarschuwingen: tuple[InvoerFout, ...] = ()


# ---------------------------------------------------------------------------- reading bytes


def lees_cellen(inhoud: bytes, bestandsnaam: str = "", blad: str | None = None) -> list[list[Cel]]:
    """The rows of the first sheet of an XLSX file (or of the sheet `blad`, when the file
    has it), or of a CSV file (`;`, `,` or tab)."""
    if len(inhoud) > MAX_BYTES:
        raise BestandFout(f"het is groter dan {MAX_BYTES // (1024 * 1024)} MB.")
    if not inhoud.strip():
        return []
    if inhoud[:4] == b"PK\x03\x04" or bestandsnaam.lower().endswith((".xlsx", ".xlsm")):
        return _xlsx(inhoud, blad)
    return _csv(inhoud)


def _xlsx(inhoud: bytes, voorkeur: str | None = None) -> list[list[Cel]]:
    from openpyxl import load_workbook  # lazy: openpyxl, only for XLSX

    geen_xlsx = BestandFout("het is geen geldig Excel-bestand (xlsx).")
    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as archief:
            uitgepakt = sum(lid.file_size for lid in archief.infolist())
    # NotImplementedError: a (damaged) header asks for a zip version or method it lacks.
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError):
        raise geen_xlsx from None
    # zipfile never unpacks a member past the size its header declares (it stops there and
    # fails on the checksum), so this sum bounds what openpyxl can unpack below.
    if uitgepakt > MAX_UITGEPAKT:
        raise BestandFout(str(MAX_UITGEPAKT // (1024 * 1024)), code="uitgepakt_te_groot")
    try:
        boek = load_workbook(io.BytesIO(inhoud), read_only=True, data_only=True)
        try:
            blad = boek[voorkeur] if voorkeur in boek.sheetnames else boek.worksheets[0]
            _geen_formules_zonder_uitkomst(boek, blad)
            # A sheet that claims 16,384 columns is read as wide as an import can be.
            breedte = min(blad.max_column or MAX_KOLOMMEN, MAX_KOLOMMEN)
            rijen = []
            for i, rij in enumerate(blad.iter_rows(max_col=breedte, values_only=True)):
                if i > inv.MAX_RIJEN + 10:
                    break
                rijen.append([_xlsx_cel(c, i, j) for j, c in enumerate(rij[:MAX_KOLOMMEN])])
        finally:
            boek.close()
    except BestandFout:
        raise
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        raise geen_xlsx from None
    return rijen


def _cel_te_lang(rij: int, kolom: int) -> BestandFout:
    from openpyxl.utils import get_column_letter  # lazy: openpyxl, only for XLSX

    plek = f"cel {get_column_letter(kolom + 1)}{rij + 1}"
    return BestandFout(opmaak.getal(MAX_CEL_TEKENS), code="cel_te_lang", waarde=plek)


def _xlsx_cel(waarde: Any, rij: int, kolom: int) -> Cel:
    if isinstance(waarde, str) and len(waarde) > MAX_CEL_TEKENS:
        raise _cel_te_lang(rij, kolom)
    if waarde is None or isinstance(waarde, str | int | float | bool | date):
        return waarde
    if isinstance(waarde, time):
        return waarde.isoformat()
    if isinstance(waarde, Decimal):
        return float(waarde)
    return str(waarde)


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _geen_formules_zonder_uitkomst(boek: Any, blad: Any) -> None:
    """Refuse a sheet with formulas whose result was never stored: a file written by a
    program that does not compute formulas. Read for values, such a cell is empty, and an
    import would take it for "unknown" without a word.

    openpyxl gives either the formulas or their stored results, so the sheet's XML is
    scanned once for a formula cell without a result (a text result may be empty)."""
    cellen: list[str] = []
    # openpyxl keeps the open archive and each read-only sheet's member name privately.
    with boek._archive.open(blad._worksheet_path) as bron:
        for _, element in ElementTree.iterparse(bron):
            if element.tag == f"{_NS}c":
                if (
                    element.find(f"{_NS}f") is not None
                    and not element.findtext(f"{_NS}v")
                    and element.get("t") not in ("str", "inlineStr")
                ):
                    cellen.append(element.get("r") or "?")
                element.clear()
            elif element.tag == f"{_NS}row":
                element.clear()
    if not cellen:
        return
    if len(cellen) == 1:
        onderwerp = f"cel {cellen[0]} bevat"
    else:
        genoemd = cellen[:FORMULES_GENOEMD]
        rest = len(cellen) - len(genoemd)
        if rest:
            genoemd.append(f"nog {rest} {'andere' if rest > 1 else 'andere cel'}")
        onderwerp = f"de cellen {nl_opsomming(genoemd)} bevatten"
    raise BestandFout(onderwerp, code="formule_zonder_waarde", waarde=cellen[0])


def _csv(inhoud: bytes) -> list[list[Cel]]:
    for codering in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            tekst = inhoud.decode(codering)
            break
        except UnicodeDecodeError:
            continue
    if "\x00" in tekst:
        raise BestandFout("het bevat binaire gegevens; lever een CSV- of xlsx-bestand aan.")
    eerste = next((r for r in tekst.splitlines() if r.strip()), "")
    scheiding = max(";,\t", key=eerste.count)
    lezer = csv.reader(io.StringIO(tekst, newline=""), delimiter=scheiding)
    rijen: list[list[Cel]] = []
    try:
        for i, rij in enumerate(lezer):
            if i > inv.MAX_RIJEN + 10:
                break
            for j, cel in enumerate(rij[:MAX_KOLOMMEN]):
                if len(cel) > MAX_CEL_TEKENS:
                    raise _cel_te_lang(i, j)
            rijen.append(list(rij[:MAX_KOLOMMEN]))
    except csv.Error as fout:
        # The csv module's own limit on a field (131,072 characters) is past Excel's.
        if "field larger than field limit" in str(fout):
            plek = f"een cel op regel {lezer.line_num}"
            raise BestandFout(
                opmaak.getal(MAX_CEL_TEKENS), code="cel_te_lang", waarde=plek
            ) from None
        raise BestandFout(f"het is geen geldig CSV-bestand (regel {lezer.line_num}).") from None
    return rijen


# ---------------------------------------------------------------------------- the import


def importeer(
    soort: ImportSoort | str,
    inhoud: bytes,
    bestandsnaam: str,
    *,
    provincie: str,
    cyclus: str | None = None,
    t: Toegang = SYSTEEM,
    gebruiker: Any = None,
    droog: bool = False,
    verwacht_plan: str | None = None,
    landelijk: bool = True,
    peildatum: date | None = None,
) -> Importresultaat:
    """Import `inhoud` as `soort` for `provincie` (and `cyclus`): everything or nothing.

    With `droog` nothing is written and the result lists what would change. With
    `verwacht_plan` (the `plan_hash` of a preview) the import is refused when the changes
    are no longer the ones that were shown. With `landelijk` an administrator's
    capaciteitsbesluit (the national table) updates every province in the cycle; a
    re-estimate, which is one province's, passes False. `peildatum` is the day the written
    figures describe (a besluit's date), by default the day of the import.
    """
    soort = ImportSoort(soort)
    sha = hashlib.sha256(inhoud).hexdigest()
    naam = bestandsnaam.rsplit("/", 1)[-1].rsplit("\\", 1)[-1][:200] or "bestand"

    def afgewezen(fouten: list[InvoerFout], n: int = 0, **kw: Any) -> Importresultaat:
        return Importresultaat(soort, naam, sha, n, tuple(fouten), **kw)

    try:
        cellen = lees_cellen(inhoud, naam, BLADEN.get(soort))
    except BestandFout as fout:
        return afgewezen([fout.fout])
    gelezen = inv.lees_tabel(soort, cellen)
    extra = {"genegeerde_kolommen": gelezen.genegeerde_kolommen}
    if soort not in PER_GEMEENTE and not mag_bewerken(t, provincie):
        fout = InvoerFout("soort_niet_toegestaan", waarde=soort.value)
        return afgewezen([fout], gelezen.aantal_rijen, **extra)
    if soort in PER_GEMEENTE and not (mag_bewerken(t, provincie) or t.gemeente_provincie):
        fout = InvoerFout("soort_niet_toegestaan", waarde=soort.value)
        return afgewezen([fout], gelezen.aantal_rijen, **extra)
    with transaction.atomic(), als_een_wijziging():
        plan = _Plan(soort, gelezen, provincie, cyclus, t, gebruiker, landelijk=landelijk)
        plan.maak()
        fouten = [*gelezen.fouten, *plan.fouten]
        fouten.sort(key=lambda f: (f.rij or 0, f.kolom or ""))
        wijzigingen = tuple(a.wijziging for a in plan.acties)
        resultaat = Importresultaat(
            soort,
            naam,
            sha,
            gelezen.aantal_rijen,
            tuple(fouten),
            wijzigingen,
            gelezen.genegeerde_kolommen,
            tuple(plan.overgeslagen),
            waarschuwingen=tuple(plan.waarschuwingen),
        )
        if fouten or droog:
            return resultaat
        if verwacht_plan is not None and verwacht_plan != resultaat.plan_hash:
            return afgewezen([InvoerFout("plan_gewijzigd")], gelezen.aantal_rijen)
        log = Import.objects.create(
            soort=soort.value,
            bestandsnaam=naam,
            sha256=sha,
            provincie=provincie,
            cyclus=cyclus or "",
            gebruiker=gebruiker,
            tijdstip=klok.nu(),
            aantal_rijen=gelezen.aantal_rijen,
            wijzigingen=[w.als_dict() for w in wijzigingen],
        )
        schrijfplan = Schrijfplan(gebruiker, f"Import {log.pk}: {naam[:40]} sha256:{sha[:16]}")
        for actie in plan.acties:
            actie.uitvoeren(schrijfplan)
        try:
            with bron_van_import(log, peildatum):
                schrijfplan.voer_uit()
        except Conflict:
            transaction.set_rollback(True)
            return afgewezen([InvoerFout("conflict")], gelezen.aantal_rijen)
    return Importresultaat(
        soort,
        naam,
        sha,
        gelezen.aantal_rijen,
        (),
        wijzigingen,
        gelezen.genegeerde_kolommen,
        tuple(plan.overgeslagen),
        toegepast=True,
        import_id=log.pk,
        waarschuwingen=tuple(plan.waarschuwingen),
    )


@dataclass
class _Actie:
    """A change of the plan: as the preview shows it, and how it is written (it adds its
    writes to the import's Schrijfplan)."""

    wijziging: Wijziging
    uitvoeren: Callable[[Schrijfplan], None]


def _tekst(waarde: Any) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, date):
        return opmaak.datum(waarde)
    return str(waarde)


def _verschillen(obj: Any, nieuw: dict[str, Any]) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (veld, _tekst(getattr(obj, veld)), _tekst(waarde))
        for veld, waarde in nieuw.items()
        if getattr(obj, veld) != waarde
    )


@dataclass
class _Plan:
    soort: ImportSoort
    gelezen: invoerregels.Gelezen
    provincie: str
    cyclus: str | None
    t: Toegang
    gebruiker: Any
    fouten: list[InvoerFout] = field(default_factory=list)
    acties: list[_Actie] = field(default_factory=list)
    overgeslagen: list[str] = field(default_factory=list)
    waarschuwingen: list[InvoerFout] = field(default_factory=list)
    landelijk: bool = True
    _opgaven_memo: dict[tuple[int, str], Opgave] | None = None
    _aanbod_memo: dict[tuple[int, str, int], Aanbod] | None = None

    def maak(self) -> None:
        prov = Provincie.objects.filter(code=self.provincie).first()
        if prov is None:
            self.fouten.append(InvoerFout("onbekende_provincie", waarde=self.provincie))
            return
        self.prov = prov
        self.pc = None
        if self.soort is ImportSoort.GEMEENTEN:
            self._gemeenten()
            return
        if self.soort in PER_CYCLUS:
            self.pc = (
                ProvincieCyclus.objects.select_related("cyclus")
                .filter(provincie=prov, cyclus__naam=self.cyclus)
                .first()
            )
            if self.pc is None:
                fout = InvoerFout("onbekende_cyclus", waarde=self.cyclus or "", detail=prov.naam)
                self.fouten.append(fout)
        self._index()
        # Rows left out for a cell problem still name a municipality: check it too, so
        # that every problem of the file is listed at once.
        for onvolledig in self.gelezen.onvolledig:
            self._gemeente(onvolledig)
        regels: list[tuple[Any, Any]] = []  # (row, its municipality or None)
        gezien: dict[Any, int] = {}
        for regel in self.gelezen.regels:
            if isinstance(regel, invoerregels.ProvinciecijferRegel) and not regel.gemeente.tekst():
                regels.append((regel, None))  # a figure of the province or of the cycle
                continue
            g = self._gemeente(regel)
            if g is None:
                continue
            sleutel = self._sleutel(regel, g)
            if sleutel is not None and sleutel in gezien:
                self.fouten.append(
                    InvoerFout(
                        "dubbele_rij",
                        regel.rij,
                        self._gemeentekolom(regel),
                        regel.gemeente.tekst(),
                        str(gezien[sleutel]),
                    )
                )
                continue
            if sleutel is not None:
                gezien[sleutel] = regel.rij
            regels.append((regel, g))
        # Errors so far do not stop the check: the rows that passed are still checked
        # against the cycle (the years of an offer); a plan with errors is never applied.
        if self.soort in PER_CYCLUS and not self.pc:
            return
        if self.soort is ImportSoort.LOCATIES:
            self._locaties(regels)
            return
        if self.soort in PLANNERS:
            PLANNERS[self.soort](self, regels)
            return
        for regel, g in regels:
            if isinstance(regel, invoerregels.CapaciteitRegel):
                self._capaciteit(regel, g)
            elif isinstance(regel, invoerregels.AanbodRegel):
                self._aanbod(regel, g)
            elif isinstance(regel, invoerregels.InwonersRegel):
                self._gemeentevelden(
                    g, {"inwoners": regel.inwoners, "inwoners_peiljaar": regel.peiljaar}, regel.rij
                )

    # -- municipalities

    def _index(self) -> None:
        self.per_code: dict[str, Gemeente] = {}
        self.per_naam: dict[str, Gemeente | None] = {}
        self.eigen_namen: list[str] = []  # the province's names, for "Bedoelt u ...?"
        for g in Gemeente.objects.select_related("provincie").order_by("naam"):
            self.per_code[g.cbs_code] = g
            sleutel = normaliseer_naam(g.naam)
            self.per_naam[sleutel] = None if sleutel in self.per_naam else g
            if g.provincie_id == self.prov.pk:
                self.eigen_namen.append(g.naam)

    def _gemeentekolom(self, regel: Any) -> str | None:
        veld = "cbs_code" if regel.gemeente.cbs_code else "gemeente"
        return self.gelezen.kolom(veld)

    def _gemeente(self, regel: Any) -> Gemeente | None:
        ref: invoerregels.GemeenteVerwijzing = regel.gemeente
        kolom = self._gemeentekolom(regel)
        if ref.cbs_code:
            g = self.per_code.get(ref.cbs_code)
            naam = normaliseer_naam(ref.naam or "")
            if g is not None and naam and naam != normaliseer_naam(g.naam):
                self.fouten.append(
                    InvoerFout(
                        "naam_past_niet",
                        regel.rij,
                        self.gelezen.kolom("gemeente"),
                        ref.naam or "",
                        f"{g.naam} ({g.cbs_code})",
                    )
                )
                return None
        else:
            g = self.per_naam.get(normaliseer_naam(ref.naam or ""))
        if g is None:
            suggestie = None if ref.cbs_code else inv.gelijkende_naam(ref.tekst(), self.eigen_namen)
            code = "onbekende_gemeente_bedoelt" if suggestie else "onbekende_gemeente"
            self.fouten.append(InvoerFout(code, regel.rij, kolom, ref.tekst(), suggestie or ""))
            return None
        if g.provincie_id != self.prov.pk:
            if self.soort is ImportSoort.CAPACITEITSBESLUIT:
                # The national table: a superuser updates every province in the cycle.
                alle = self.t.alles and self.landelijk
                if alle and self._in_cyclus(g):
                    return g
                waarom = f", geen cyclus {self.cyclus}" if alle else ""
                self.overgeslagen.append(f"rij {regel.rij}: {g.naam} ({g.provincie.naam}{waarom})")
                return None
            self.fouten.append(
                InvoerFout("andere_provincie", regel.rij, kolom, g.naam, self.prov.naam)
            )
            return None
        if self.soort in PER_GEMEENTE and not mag_bewerken(self.t, self.provincie, g.cbs_code):
            self.fouten.append(InvoerFout("geen_toegang", regel.rij, kolom, ref.tekst(), g.naam))
            return None
        return g

    def _in_cyclus(self, g: Gemeente) -> bool:
        """Does the province of `g` take part in the chosen cycle?"""
        if not hasattr(self, "_provincies_in_cyclus"):
            self._provincies_in_cyclus = set(
                ProvincieCyclus.objects.filter(cyclus__naam=self.cyclus).values_list(
                    "provincie_id", flat=True
                )
            )
        return g.provincie_id in self._provincies_in_cyclus

    def _sleutel(self, regel: Any, g: Gemeente) -> Any:
        if isinstance(regel, invoerregels.AanbodRegel):
            return (g.pk, regel.categorie, regel.jaar)
        if isinstance(regel, invoerregels.LocatieRegel | invoerregels.ProvinciecijferRegel):
            return None  # checked by the kind: a location has no key, a figure has its own
        if isinstance(regel, invoerregels.StatushoudersRegel):
            return (g.pk, regel.periode)
        if isinstance(regel, invoerregels.GooRegel):
            return (g.pk, normaliseer_naam(regel.naam))
        return g.pk

    def _gemeentevelden(self, g: Gemeente, nieuw: dict[str, Any], rij: int) -> None:
        velden = _verschillen(g, nieuw)
        if not velden:
            return

        def uitvoeren(schrijf: Schrijfplan) -> None:
            for veld, waarde in nieuw.items():
                setattr(g, veld, waarde)
            schrijf.wijzig(g, nieuw, cijfers=nieuw)

        self.acties.append(
            _Actie(Wijziging("gewijzigd", f"Gemeente {g.naam}", velden, rij), uitvoeren)
        )

    # -- kinds

    def _opgaven(self) -> dict[tuple[int, str], Opgave]:
        """The stored targets in the cycle (of every province: the national table has them
        all), by municipality and category: read once, so that a file of n rows takes a
        fixed number of queries."""
        if self._opgaven_memo is None:
            assert self.pc is not None
            self._opgaven_memo = {
                (o.gemeente_id, o.categorie): o
                for o in Opgave.objects.filter(cyclus=self.pc.cyclus)
            }
        return self._opgaven_memo

    def _aanbod_per_sleutel(self) -> dict[tuple[int, str, int], Aanbod]:
        """The stored offers in the cycle, by municipality, category and year."""
        if self._aanbod_memo is None:
            assert self.pc is not None
            self._aanbod_memo = {
                (a.gemeente_id, a.categorie, a.jaar): a
                for a in Aanbod.objects.filter(cyclus=self.pc.cyclus).select_related("gemeente")
            }
        return self._aanbod_memo

    def _capaciteit(self, regel: invoerregels.CapaciteitRegel, g: Gemeente) -> None:
        nieuw: dict[str, Any] = {"inwoners": regel.inwoners}
        if regel.ses_gegeven:
            nieuw["ses_score"] = regel.ses_score
        if regel.peiljaar is not None:
            nieuw["inwoners_peiljaar"] = regel.peiljaar
        self._gemeentevelden(g, nieuw, regel.rij)
        assert self.pc is not None
        for categorie, waarde in (
            (Categorie.ASIEL_REGULIER, regel.regulier),
            (Categorie.AMV, regel.amv),
        ):
            self._opgave(g, categorie, waarde, regel.rij)

    def _opgave(self, g: Gemeente, categorie: Categorie, waarde: int, rij: int) -> None:
        assert self.pc is not None
        cyclus = self.pc.cyclus
        self._cijfer(
            self._opgaven().get((g.pk, categorie.value)),
            lambda: Opgave(gemeente=g, cyclus=cyclus, categorie=categorie, opgave=waarde),
            f"Opgave {g.naam} {_naam(CATEGORIEEN, categorie)} {cyclus.naam}",
            "opgave",
            waarde,
            rij,
            cijfers=["opgave"],
        )

    def _aanbod(self, regel: invoerregels.AanbodRegel, g: Gemeente) -> None:
        assert self.pc is not None
        cyclus = self.pc.cyclus
        if regel.jaar not in cyclus.jaren:
            self.fouten.append(
                InvoerFout(
                    "jaar_buiten_cyclus",
                    regel.rij,
                    self.gelezen.kolom("jaar"),
                    str(regel.jaar),
                    cyclus.naam,
                )
            )
            return
        self._cijfer(
            self._aanbod_per_sleutel().get((g.pk, regel.categorie.value, regel.jaar)),
            lambda: Aanbod(
                gemeente=g,
                cyclus=cyclus,
                categorie=regel.categorie,
                jaar=regel.jaar,
                plaatsen=regel.plaatsen,
            ),
            f"Aanbod {g.naam} {_naam(CATEGORIEEN, regel.categorie)} {regel.jaar}",
            "plaatsen",
            regel.plaatsen,
            regel.rij,
        )

    def _cijfer(
        self,
        bestaand: Opgave | Aanbod | None,
        maak_nieuw: Callable[[], Opgave | Aanbod],
        wat: str,
        veld: str,
        waarde: int | None,
        rij: int,
        cijfers: list[str] | None = None,
    ) -> None:
        """Plan one figure from row `rij`: a new row (`maak_nieuw`) when there is none yet,
        else `veld` of the stored row set to `waarde` when it differs. `cijfers` are the
        figure fields whose source is recorded (None: all)."""
        if bestaand is None:

            def maak(schrijf: Schrijfplan) -> None:
                schrijf.nieuw(maak_nieuw(), cijfers=cijfers)

            w = Wijziging("nieuw", wat, ((veld, "", _tekst(waarde)),), rij)
            self.acties.append(_Actie(w, maak))
            return
        velden = _verschillen(bestaand, {veld: waarde})
        if not velden:
            return

        def wijzig(schrijf: Schrijfplan) -> None:
            setattr(bestaand, veld, waarde)
            schrijf.wijzig(bestaand, [veld], bestaand.versie, cijfers=cijfers)

        self.acties.append(_Actie(Wijziging("gewijzigd", wat, velden, rij), wijzig))

    def _gemeenten(self) -> None:
        """Create and update municipalities. A superuser changes every province in the
        file; a province user only its own: other provinces' rows are skipped and listed."""
        provincies: dict[str, Provincie] = {}
        for p in Provincie.objects.all():
            provincies[normaliseer_naam(p.code)] = p
            provincies[normaliseer_naam(p.naam)] = p
        bestaand = {g.cbs_code: g for g in Gemeente.objects.select_related("provincie")}
        gezien: dict[str, int] = {}
        kolom_code, kolom_prov = self.gelezen.kolom("cbs_code"), self.gelezen.kolom("provincie")
        for regel in self.gelezen.regels:
            assert isinstance(regel, invoerregels.GemeenteRegel)
            code, naam = regel.gemeente.cbs_code or "", regel.gemeente.naam or ""
            p = provincies.get(normaliseer_naam(regel.provincie))
            if p is None:
                fout = InvoerFout("onbekende_provincie", regel.rij, kolom_prov, regel.provincie)
                self.fouten.append(fout)
                continue
            if code in gezien:
                fout = InvoerFout("dubbele_rij", regel.rij, kolom_code, code, str(gezien[code]))
                self.fouten.append(fout)
                continue
            gezien[code] = regel.rij
            if p.pk != self.prov.pk and not self.t.alles:
                self.overgeslagen.append(f"rij {regel.rij}: {naam} ({p.naam})")
                continue
            g = bestaand.get(code)
            if g is not None and g.provincie_id != p.pk and not self.t.alles:
                fout = InvoerFout("andere_provincie", regel.rij, kolom_prov, g.naam, p.naam)
                self.fouten.append(fout)
                continue
            nieuw: dict[str, Any] = {
                "naam": naam,
                "provincie": p,
                "inwoners": regel.inwoners,
                "inwoners_peiljaar": regel.peiljaar,
            }
            if g is not None:
                self._gemeentevelden(g, nieuw, regel.rij)
                continue
            velden = tuple((v, "", _tekst(w)) for v, w in nieuw.items())
            wijziging = Wijziging("nieuw", f"Gemeente {naam} ({code})", velden, regel.rij)
            self.acties.append(_Actie(wijziging, _maak(Gemeente(cbs_code=code, **nieuw))))

    def _locaties(self, regels: list[tuple[Any, Gemeente]]) -> None:
        kolom = self.gelezen.kolom
        # An optional column the file does not have (or an empty Status cell) says
        # nothing: a matched location keeps that value, a new one gets the default.
        stil_bestand = {veld for veld, k in ONGEZEGD.items() if not kolom(k)}
        zonder_naam = "naam" in stil_bestand

        # Matched by kind and name; by kind alone (in order) when the file has no names.
        def sleutel(loc: Any) -> tuple[Any, ...]:
            soort = str(loc.soort)  # a stored kind, or a file row's LocatieSoort
            return (soort,) if zonder_naam else (soort, normaliseer_naam(loc.naam))

        def voorstel(
            volgorde: int, regel: Any, g: Gemeente, loc: Locatie | None
        ) -> tuple[str, dict[str, Any], dict[str, Any]]:
            nieuw = {
                "naam": regel.naam,
                "plaatsen": regel.plaatsen,
                "soort": regel.soort.value,
                "status": (regel.status or LocatieStatus.GEREALISEERD).value,
                "beschikbaar_van": regel.beschikbaar_van,
                "beschikbaar_tot": regel.beschikbaar_tot,
                "onbepaalde_tijd": regel.onbepaalde_tijd,
                "opmerking": regel.opmerking,
                "onleesbaar": [],
            }
            naam = loc.naam if loc is not None and zonder_naam else regel.naam
            wat = f"Locatie {g.naam}: {naam or _naam(SOORTEN, regel.soort)}"
            if loc is None:
                return wat, nieuw, {"volgorde": volgorde}
            stil = stil_bestand | ({"status"} if regel.status is None else set())
            gegeven = {veld: w for veld, w in nieuw.items() if veld not in stil}
            # an unreadable stored value stays flagged while the file says nothing about it
            gegeven["onleesbaar"] = [e for e in loc.onleesbaar or [] if e and e[0] in stil]
            return wat, gegeven, {"volgorde": volgorde}

        plan_volledige_lijst(
            self,
            regels,
            VolledigeLijst(
                model=Locatie,
                volgorde=("volgorde", "id"),
                sleutel=sleutel,
                voorstel=voorstel,
                verwijderd=lambda loc, g: (
                    f"Locatie {g.naam}: {loc.naam or loc.get_soort_display()}"
                ),
                leeg=(None, "", [], False),
            ),
        )


@dataclass(frozen=True)
class VolledigeLijst:
    """A kind whose file is the complete list of rows of each municipality in it (the
    locations, the GOO locations): how its stored rows are read and matched to the file's
    rows, and what a file row sets."""

    # The stored rows: their model, and the order in which they are matched.
    model: type[Any]
    volgorde: tuple[str, ...]
    # What matches a file row to a stored row of its municipality, applied to both: the
    # first stored row in order with the same key.
    sleutel: Callable[[Any], tuple[Any, ...]]
    # (position in the file, row, its municipality, the matched stored row or None) ->
    # (what the preview calls it; the fields to set, compared with the stored ones: all of
    # them for a new row, those the file says for a matched one; fields set with them
    # that are no change of their own, such as a location's place in the list).
    voorstel: Callable[[int, Any, Gemeente, Any | None], tuple[str, dict[str, Any], dict[str, Any]]]
    # (stored row the file no longer lists, its municipality) -> what the preview calls it.
    verwijderd: Callable[[Any, Gemeente], str]
    # The values a new row's preview leaves out.
    leeg: tuple[Any, ...] = (None, "")


def plan_volledige_lijst(
    plan: _Plan, regels: list[tuple[Any, Gemeente]], lijst: VolledigeLijst
) -> None:
    """Plan a complete list per municipality: matched rows are updated (on the version the
    preview saw), new rows added, and the stored rows of those municipalities that the file
    no longer lists are removed (their history stays). Municipalities not in the file are
    left alone. Matched through a dict of queues, so that a file of n rows is matched in n
    steps (issue 22), not n times the stored rows."""
    gemeenten = {g.pk: g for _, g in regels}
    bestaand: dict[int, list[Any]] = {pk: [] for pk in gemeenten}
    rijen = lijst.model.objects.filter(gemeente__in=gemeenten.values())
    for obj in rijen.order_by(*lijst.volgorde):
        bestaand[obj.gemeente_id].append(obj)
    vrij: dict[tuple[Any, ...], deque[Any]] = {}
    for pk, opgeslagen in bestaand.items():
        for obj in opgeslagen:
            vrij.setdefault((pk, *lijst.sleutel(obj)), deque()).append(obj)
    gekoppeld: set[int] = set()
    for volgorde, (regel, g) in enumerate(regels):
        wachtrij = vrij.get((g.pk, *lijst.sleutel(regel)))
        obj = wachtrij.popleft() if wachtrij else None
        wat, waarden, erbij = lijst.voorstel(volgorde, regel, g, obj)
        if obj is None:
            doel = lijst.model(gemeente=g, **waarden, **erbij)
            velden = tuple((v, "", _tekst(w)) for v, w in waarden.items() if w not in lijst.leeg)
            plan.acties.append(_Actie(Wijziging("nieuw", wat, velden, regel.rij), _maak(doel)))
            continue
        gekoppeld.add(obj.pk)
        velden = _verschillen(obj, waarden)
        if not velden:
            continue
        versie = obj.versie
        for veld, waarde in {**waarden, **erbij}.items():
            setattr(obj, veld, waarde)
        # a change: refused if someone changed the row since the preview
        plan.acties.append(
            _Actie(
                Wijziging("gewijzigd", wat, velden, regel.rij),
                _wijzig(obj, [*waarden, *erbij], versie),
            )
        )
    for pk, opgeslagen in bestaand.items():
        for obj in opgeslagen:
            if obj.pk in gekoppeld:
                continue
            wat = lijst.verwijderd(obj, gemeenten[pk])
            w = Wijziging("verwijderd", wat, (("plaatsen", _tekst(obj.plaatsen), ""),))
            plan.acties.append(_Actie(w, _verwijder(obj)))


def _maak(obj: Any) -> Callable[[Schrijfplan], None]:
    def uitvoeren(schrijf: Schrijfplan) -> None:
        schrijf.nieuw(obj)

    return uitvoeren


def _wijzig(obj: Any, velden: list[str], versie: int) -> Callable[[Schrijfplan], None]:
    def uitvoeren(schrijf: Schrijfplan) -> None:
        schrijf.wijzig(obj, velden, versie)

    return uitvoeren


def _verwijder(obj: Any) -> Callable[[Schrijfplan], None]:
    def uitvoeren(schrijf: Schrijfplan) -> None:
        schrijf.verwijder(obj)

    return uitvoeren
