"""Reading imported tables (*invoer*): column names, Dutch numbers and dates, row validation.

A spreadsheet or CSV arrives here as a header row and data rows of cells; what comes back
is typed rows per import kind (*soort*) and, for every problem, an `InvoerFout` with the
row number, the column, the value and a code. The Dutch message is made from the code in
one place (`MELDINGEN`), so the web app, the CLI and the API say the same thing.

Pure: no Django, no I/O. Reading the bytes of a CSV or XLSX file is the services' job.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from regietafel.domain.datums import lees_datum
from regietafel.domain.model import Categorie, LocatieSoort, LocatieStatus
from regietafel.domain.statushouders import Periode
from regietafel.domain.tekst import ingekort

Cel = str | int | float | bool | date | None
"""A cell as a reader gives it: text (CSV), or a number, date or bool (XLSX); None is empty."""


class ImportSoort(StrEnum):
    """The kinds of file Regietafel imports."""

    CAPACITEITSBESLUIT = "capaciteitsbesluit"  # the ministry's indicative numbers
    AANBOD = "aanbod"  # offers per municipality, category and year
    LOCATIES = "locaties"  # reception locations (Bijlage 1)
    INWONERS = "inwoners"  # inhabitants per reference year
    GEMEENTEN = "gemeenten"  # municipalities: created and updated (CBS code, name, province)
    STATUSHOUDERS = "statushouders"  # status holders: task and realisation per half year
    GOO = "goo"  # GOO locations: municipal reception of Ukrainians
    PUZZEL = "puzzel"  # the puzzle sheet: the inputs per municipality (domain.puzzelblad)
    # The inputs of "Invoer provincie": the province's figures, realisation per
    # municipality and the cycle's national amounts, one figure a row.
    PROVINCIECIJFERS = "provinciecijfers"


MELDINGEN: dict[str, str] = {
    "bestand_onleesbaar": "Het bestand kan niet worden gelezen: {detail}",
    # Bounds on what a reader unpacks and parses (services.importeren, issue 22).
    "uitgepakt_te_groot": "Het bestand is uitgepakt groter dan {detail} MB; zo'n groot "
    "Excel-bestand wordt niet gelezen. Splits het op of lever een CSV-bestand aan.",
    "cel_te_lang": "{waarde} bevat meer dan {detail} tekens (het grootste dat Excel in "
    "één cel toelaat).",
    "formule_zonder_waarde": "{detail} een formule zonder opgeslagen uitkomst. Open het "
    "bestand in Excel of LibreOffice, sla het op en laad het opnieuw, of plak de waarden "
    "in plaats van de formules.",
    "bestand_leeg": "Het bestand is leeg: er staat geen kopregel met kolomnamen in.",
    "geen_rijen": "Het bestand heeft een kopregel maar geen rijen met gegevens.",
    "te_veel_rijen": "Het bestand heeft meer dan {detail} rijen; splits het op.",
    "kolom_ontbreekt": "De kolom '{kolom}' ontbreekt. Toegestane kolomnamen: {detail}.",
    "kolom_dubbel": "De kolom '{kolom}' staat twee keer in het bestand.",
    "gemeente_kolom_ontbreekt": "Er is geen kolom 'CBS-code' of 'Gemeente': "
    "een rij moet zeggen over welke gemeente het gaat.",
    "verplicht": "de cel is leeg; vul hier een waarde in.",
    "geen_getal": "'{waarde}' is geen geheel getal. Schrijf bijvoorbeeld 1000 of 1.000.",
    "negatief": "'{waarde}' is negatief; een aantal is 0 of meer.",
    "te_groot": "'{waarde}' is te groot voor een aantal.",
    "geen_decimaal": "'{waarde}' is geen getal. Schrijf bijvoorbeeld 0,25 of -0,1.",
    "decimaal_buiten_bereik": "'{waarde}' ligt buiten het bereik van -9999 tot 9999.",
    "datum_is_getal": "'{waarde}' is een getal, geen datum: staat hier een aantal in de "
    "datumkolom? Schrijf de datum als d-m-jjjj (1-3-2026) of jjjj-mm-dd (2026-03-01).",
    "geen_datum": "'{waarde}' is geen datum. Schrijf d-m-jjjj (1-3-2026) "
    "of jjjj-mm-dd (2026-03-01).",
    "datum_is_woord": "'{waarde}' is geen datum; schrijf d-m-jjjj (1-3-2026), jjjj-mm-dd "
    "(2026-03-01) of (bij 'Beschikbaar tot') 'onbepaald' / 'onbepaalde tijd'.",
    "tot_voor_van": "de einddatum {waarde} ligt vóór de begindatum {detail}.",
    "onbekende_soort": "'{waarde}' is geen bekende soort opvang. Kies uit: regulier, AMV, "
    "TGO, noodopvang (NO), gezinslocatie, HTL.",
    "onbekende_status": "'{waarde}' is geen bekende status. Kies gepland of gerealiseerd.",
    "onbekende_categorie": "'{waarde}' is geen bekende categorie. Kies asiel regulier of AMV.",
    "geen_jaar": "'{waarde}' is geen jaartal (schrijf bijvoorbeeld 2026).",
    "geen_cbs_code": "'{waarde}' is geen CBS-code. Schrijf GM gevolgd door vier cijfers, "
    "bijvoorbeeld GM0106.",
    "te_lang": "de tekst is langer dan {detail} tekens.",
    "geen_halfjaar": "'{waarde}' is geen halfjaar. Schrijf jjjj-1 of jjjj-2, bijvoorbeeld "
    "2025-2 voor de tweede helft van 2025.",
    "geen_geheel_getal": "'{waarde}' is geen geheel getal. Schrijf bijvoorbeeld 12 of -5.",
    "geen_ja_nee": "'{waarde}' is geen ja of nee. Schrijf ja of nee, of laat de cel leeg "
    "(nog niet bekend).",
    "statushouders_kolom_ontbreekt": "Er is geen kolom 'Taakstelling', 'Gehuisvest' of "
    "'Achterstand vooraf': het bestand zegt niets over de huisvesting van statushouders.",
    # The province's figures (provinciecijfers).
    "onbekend_gegeven": "'{waarde}' is geen gegeven van Invoer provincie. Kies uit: {detail}.",
    "gegeven_per_gemeente": "'{waarde}' is een cijfer per gemeente: vul de kolom "
    "'CBS-code' of 'Gemeente' in.",
    "gegeven_niet_per_gemeente": "'{waarde}' geldt voor {detail}, niet voor één gemeente: "
    "laat 'CBS-code' en 'Gemeente' leeg.",
    "peildatum_in_toekomst": "de peildatum {waarde} ligt in de toekomst.",
    "alleen_beheerder": "u mag {detail} niet wijzigen ('{waarde}'); dat doet een beheerder, "
    "want het geldt voor elke provincie.",
    # The puzzle sheet (domain.puzzelblad).
    "puzzel_geen_kop": "Er is geen kopregel gevonden met kolommen als 'opgave', 'realisatie' "
    "en 'aanbod 2026' (zoals in de puzzel).",
    "puzzel_geen_jaar": "de kolom noemt geen jaar (of meer dan één); schrijf het jaar in de "
    "kop, bijvoorbeeld 'aanbod 2026'.",
    "berekend_wijkt_af": "'{waarde}' wijkt af van het berekende {detail}; dit cijfer wordt "
    "berekend, niet ingelezen.",
    "totaal_wijkt_af": "het totaal '{waarde}' wijkt af van het berekende totaal {detail}; het "
    "totaal wordt berekend, niet ingelezen.",
    # Checks against the stored data (made by the import service).
    "onbekende_gemeente": "'{waarde}' is geen bekende gemeente.",
    "onbekende_gemeente_bedoelt": "'{waarde}' is geen bekende gemeente. Bedoelt u {detail}?",
    "andere_provincie": "'{waarde}' hoort niet bij de provincie {detail}.",
    "naam_past_niet": "'{waarde}' past niet bij de CBS-code: die is van {detail}.",
    "geen_toegang": "u mag de gegevens van {detail} niet wijzigen.",
    "alleen_provincie": "u mag {detail} niet wijzigen ('{waarde}'); dat doet de provincie.",
    "jaar_buiten_cyclus": "'{waarde}' ligt niet in de cyclus {detail}.",
    "dubbele_rij": "deze gegevens staan al in rij {detail}.",
    "soort_niet_toegestaan": "u mag dit soort bestand ({waarde}) niet importeren.",
    "onbekende_provincie": "'{waarde}' is geen bekende provincie.",
    "onbekende_cyclus": "de provincie {detail} heeft geen cyclus '{waarde}'.",
    "plan_gewijzigd": "de gegevens zijn gewijzigd sinds het voorbeeld; er is niets opgeslagen. "
    "Bekijk het voorbeeld opnieuw.",
    "conflict": "tijdens de import heeft iemand anders gegevens gewijzigd; er is niets "
    "opgeslagen. Probeer het opnieuw.",
}


@dataclass(frozen=True)
class InvoerFout:
    """One problem in an imported file. `rij` is the spreadsheet's row number (the header
    row counts), `kolom` the column name as written in the file; both None for the file."""

    code: str
    rij: int | None = None
    kolom: str | None = None
    waarde: str = ""
    detail: str = ""

    @property
    def melding(self) -> str:
        """The Dutch message, naming the row and the column; a value or column name from
        the file is cut to its first 80 characters."""
        kolom = ingekort(self.kolom) if self.kolom is not None else None
        tekst = MELDINGEN[self.code].format(
            waarde=ingekort(self.waarde), detail=self.detail, kolom=kolom or ""
        )
        plaats = []
        if self.rij is not None:
            plaats.append(f"Rij {self.rij}")
        if kolom is not None and "{kolom}" not in MELDINGEN[self.code]:
            plaats.append(f"kolom '{kolom}'")
        if not plaats:
            return tekst[:1].upper() + tekst[1:]
        return f"{', '.join(plaats)}: {tekst}"

    def als_dict(self) -> dict[str, Any]:
        return {
            "rij": self.rij,
            "kolom": ingekort(self.kolom) if self.kolom is not None else None,
            "waarde": ingekort(self.waarde),
            "code": self.code,
            "melding": self.melding,
        }


@dataclass(frozen=True)
class GemeenteVerwijzing:
    """How a row names its municipality: a CBS code, a name, or both."""

    cbs_code: str | None
    naam: str | None

    def tekst(self) -> str:
        return self.cbs_code or self.naam or ""


@dataclass(frozen=True)
class CapaciteitRegel:
    """A row of the capaciteitsbesluit: the ministry's indicative numbers of a municipality."""

    rij: int
    gemeente: GemeenteVerwijzing
    inwoners: int
    regulier: int
    amv: int
    ses_score: Decimal | None = None
    ses_gegeven: bool = False  # False when the file has no SES column
    peiljaar: int | None = None


@dataclass(frozen=True)
class AanbodRegel:
    """A municipality's offer (*aanbod*) in one category and year; None is unknown."""

    rij: int
    gemeente: GemeenteVerwijzing
    categorie: Categorie
    jaar: int
    plaatsen: int | None


@dataclass(frozen=True)
class LocatieRegel:
    """A reception location as listed in Bijlage 1. `status` is None when the row does not
    say (no `Status` column, or an empty cell): a stored location keeps its status."""

    rij: int
    gemeente: GemeenteVerwijzing
    plaatsen: int
    soort: LocatieSoort
    status: LocatieStatus | None
    beschikbaar_van: date | None
    beschikbaar_tot: date | None
    onbepaalde_tijd: bool
    opmerking: str
    naam: str


@dataclass(frozen=True)
class InwonersRegel:
    """A municipality's inhabitants in a reference year (*peiljaar*)."""

    rij: int
    gemeente: GemeenteVerwijzing
    inwoners: int
    peiljaar: int


@dataclass(frozen=True)
class GemeenteRegel:
    """A municipality as the `gemeenten` import creates or updates it: its CBS code, name,
    province (code or name as written) and inhabitants in a reference year."""

    rij: int
    gemeente: GemeenteVerwijzing
    provincie: str
    inwoners: int
    peiljaar: int


@dataclass(frozen=True)
class StatushoudersRegel:
    """A municipality's status holders in one half year: the task (*taakstelling*), the number
    housed and the balance carried into the first entered half year; None is an empty cell
    (a column the file does not have is left alone, see `Gelezen.kolom`)."""

    rij: int
    gemeente: GemeenteVerwijzing
    periode: Periode
    taakstelling: int | None
    realisatie: int | None
    achterstand_vooraf: int | None


@dataclass(frozen=True)
class GooRegel:
    """A GOO location (municipal reception of Ukrainians): its name, places, start, planned
    end (None: with temporary protection) and whether it can become housing (None: unknown)."""

    rij: int
    gemeente: GemeenteVerwijzing
    naam: str
    plaatsen: int
    beschikbaar_van: date | None
    geplande_einde: date | None
    transformeerbaar: bool | None
    opmerking: str


@dataclass(frozen=True)
class PuzzelbladRegel:
    """A row of the puzzle sheet (domain.puzzelblad): a municipality (or the totals row,
    `gemeente` None) and the figure of every recognised column, by key
    (``amv.aanbod.2026``); None is an empty cell (unknown)."""

    rij: int
    gemeente: GemeenteVerwijzing | None
    cijfers: Mapping[str, int | None]


class Bereik(StrEnum):
    """What a figure of "Invoer provincie" is about."""

    PROVINCIE = "provincie"  # the province in the cycle
    GEMEENTE = "gemeente"  # one municipality of the province
    CYCLUS = "cyclus"  # the cycle, for every province (the national amounts)


@dataclass(frozen=True)
class Gegeven:
    """A figure of "Invoer provincie" as a `provinciecijfers` row names it: its key (the
    stored field), its Dutch title, what it is about, other accepted names, and whether it
    must be known (an empty cell is refused) rather than may be unknown."""

    sleutel: str
    titel: str
    bereik: Bereik
    varianten: tuple[str, ...] = ()
    verplicht: bool = False

    def namen(self) -> set[str]:
        return {normaliseer_naam(n) for n in (self.titel, self.sleutel, *self.varianten)}


GEGEVENS: tuple[Gegeven, ...] = (
    Gegeven(
        "oekraine_opgave",
        "Provinciale Oekraïne-opgave",
        Bereik.PROVINCIE,
        ("Oekraïne-opgave", "opgave Oekraïne", "Oekraïne opgave provincie"),
        verplicht=True,
    ),
    Gegeven("spuk3_pot", "SPUK 3-budget (euro)", Bereik.PROVINCIE, ("SPUK 3-budget", "SPUK 3-pot")),
    Gegeven(
        "provincie_bedrag",
        "Bedrag provincie (euro)",
        Bereik.PROVINCIE,
        ("Bedrag provincie", "bedrag voor de provincie"),
    ),
    Gegeven(
        "asiel_regulier_realisatie",
        "Realisatie asiel regulier",
        Bereik.GEMEENTE,
        ("realisatie regulier", "regulier realisatie"),
    ),
    Gegeven("amv_realisatie", "Realisatie AMV", Bereik.GEMEENTE, ("AMV realisatie",)),
    Gegeven(
        "oekraine_realisatie", "Realisatie Oekraïne", Bereik.GEMEENTE, ("Oekraïne realisatie",)
    ),
    Gegeven("oekraine_ambitie", "Ambitie Oekraïne", Bereik.GEMEENTE, ("Oekraïne ambitie",)),
    Gegeven(
        "spuk1_bedrag_per_plaats",
        "SPUK 1: bedrag per plaats (euro)",
        Bereik.CYCLUS,
        ("SPUK 1 bedrag per plaats", "SPUK 1-bedrag"),
    ),
    Gegeven(
        "spuk2_bedrag_per_plaats",
        "SPUK 2: bedrag per plaats (euro)",
        Bereik.CYCLUS,
        ("SPUK 2 bedrag per plaats", "SPUK 2-bedrag"),
    ),
    Gegeven("amv_landelijk", "Landelijk aantal AMV", Bereik.CYCLUS, ("AMV landelijk",)),
)
"""Every figure of "Invoer provincie", in the order of the page."""


@dataclass(frozen=True)
class ProvinciecijferRegel:
    """A row of `provinciecijfers`: one figure (`gegeven`) of the province, of a
    municipality (`gemeente`; empty for the others) or of the cycle; `waarde` None is an
    empty cell (not yet known), `peildatum` None: the day of the import."""

    rij: int
    gemeente: GemeenteVerwijzing
    gegeven: Gegeven
    waarde: int | None
    peildatum: date | None


Regel = (
    CapaciteitRegel
    | AanbodRegel
    | LocatieRegel
    | InwonersRegel
    | GemeenteRegel
    | StatushoudersRegel
    | GooRegel
    | PuzzelbladRegel
    | ProvinciecijferRegel
)


@dataclass(frozen=True)
class OnvolledigeRij:
    """A row left out for a problem in one of its cells, or because a column is missing;
    kept so that its municipality is checked against the stored data all the same."""

    rij: int
    gemeente: GemeenteVerwijzing


@dataclass(frozen=True)
class Gelezen:
    """The typed rows of a file and every problem found; rows with a problem are left out."""

    soort: ImportSoort
    regels: tuple[Regel, ...]
    fouten: tuple[InvoerFout, ...]
    genegeerde_kolommen: tuple[str, ...] = ()
    aantal_rijen: int = 0
    kolomnamen: Mapping[str, str] = field(default_factory=dict)  # field -> name in the file
    onvolledig: tuple[OnvolledigeRij, ...] = ()

    def kolom(self, veld: str) -> str | None:
        """The column of `veld` as the file names it."""
        return self.kolomnamen.get(veld)


class _CelFout(ValueError):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


def normaliseer_naam(tekst: str) -> str:
    """A column or municipality name without case, accents, spaces or punctuation:
    ``'CBS-code '`` -> ``'cbscode'``, ``'Oekraïne'`` -> ``'oekraine'``."""
    zonder = unicodedata.normalize("NFKD", tekst)
    zonder = "".join(c for c in zonder if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]", "", zonder.casefold())


def gelijkende_naam(naam: str, namen: Sequence[str]) -> str | None:
    """The one of `namen` that `naam` most likely misspells ('Asen' -> 'Assen'), compared
    as `normaliseer_naam` does; None when none is close."""
    per_sleutel = {normaliseer_naam(n): n for n in namen}
    beste = difflib.get_close_matches(normaliseer_naam(naam), list(per_sleutel), n=1, cutoff=0.8)
    return per_sleutel[beste[0]] if beste else None


def cel_tekst(cel: Cel) -> str:
    """A cell as the user would read it, for messages."""
    if cel is None:
        return ""
    if isinstance(cel, bool):
        return "WAAR" if cel else "ONWAAR"
    if isinstance(cel, datetime):
        if cel.time() == datetime.min.time():
            return f"{cel.day}-{cel.month}-{cel.year}"
        return cel.isoformat(sep=" ")
    if isinstance(cel, date):
        return f"{cel.day}-{cel.month}-{cel.year}"
    if isinstance(cel, float) and cel.is_integer():
        return str(int(cel))
    return str(cel).strip()


_LEEG = {"", "—", "–"}
_GEEN = {"-"}
_GROOT = 10_000_000
_GETAL = re.compile(r"^\d{1,3}(\.\d{3})+$|^\d+$")
_DECIMAAL_KOMMA = re.compile(r"^[+-]?\d{1,3}(\.\d{3})*(,\d+)?$|^[+-]?\d+(,\d+)?$")
_DECIMAAL_PUNT = re.compile(r"^[+-]?\d+(\.\d+)?$")
_CBS = re.compile(r"^(?:gm)?\s*(\d{1,4})$")


def _is_leeg(cel: Cel) -> bool:
    return cel is None or (isinstance(cel, str) and cel.strip() in _LEEG)


def lees_aantal(cel: Cel, *, streep_is_nul: bool = True, grens: int = _GROOT) -> int | None:
    """A count: ``1000``, ``1.000`` or ``1 000``; ``-`` is 0 (none) and an empty cell None
    (unknown); `grens` and more is too large. Raises on anything else."""
    if _is_leeg(cel):
        return None
    if isinstance(cel, bool | date):
        raise _CelFout("geen_getal")
    if isinstance(cel, float):
        if not cel.is_integer():
            raise _CelFout("geen_getal")
        cel = int(cel)
    if isinstance(cel, int):
        waarde = cel
    else:
        tekst = re.sub(r"[\s\u00a0\u202f]", "", str(cel))
        if streep_is_nul and tekst in _GEEN:
            return 0
        if tekst.startswith("-") and _GETAL.match(tekst[1:]):
            raise _CelFout("negatief")
        if not _GETAL.match(tekst):
            raise _CelFout("geen_getal")
        waarde = int(tekst.replace(".", ""))
    if waarde < 0:
        raise _CelFout("negatief")
    if waarde >= grens:
        raise _CelFout("te_groot")
    return waarde


GROOTSTE_BEDRAG = 2_000_000_000  # what the database stores as a whole number


def lees_bedrag(cel: Cel) -> int | None:
    """A whole amount in euro or a count: as `lees_aantal`, with a leading ``€`` allowed
    and up to GROOTSTE_BEDRAG, as the form takes it (a province's SPUK budget can be more
    than any count)."""
    if isinstance(cel, str):
        cel = re.sub(r"^\s*(?:€|eur\b)\s*", "", cel, flags=re.IGNORECASE)
    return lees_aantal(cel, grens=GROOTSTE_BEDRAG + 1)


def lees_decimaal(cel: Cel) -> Decimal | None:
    """A score such as the SES-WOA score: ``0,25``, ``-0,1`` or ``0.25``; rounded to four
    decimals. An empty cell is None."""
    if _is_leeg(cel):
        return None
    if isinstance(cel, bool | date):
        raise _CelFout("geen_decimaal")
    if isinstance(cel, int | float):
        tekst = repr(cel)
    else:
        tekst = re.sub(r"[\s\u00a0\u202f]", "", str(cel))
        if _DECIMAAL_KOMMA.match(tekst) and ("," in tekst or "." not in tekst):
            tekst = tekst.replace(".", "").replace(",", ".")
        elif not _DECIMAAL_PUNT.match(tekst):
            raise _CelFout("geen_decimaal")
    try:
        waarde = Decimal(tekst)
    except InvalidOperation:
        raise _CelFout("geen_decimaal") from None
    if not waarde.is_finite():
        raise _CelFout("geen_decimaal")
    if abs(waarde) >= 10_000:
        raise _CelFout("decimaal_buiten_bereik")
    return waarde.quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)


def lees_datumcel(cel: Cel) -> date | None:
    """A date: a date cell, ``d-m-yyyy`` or ISO; empty (or a dash) is None. A number is
    refused with its own code: it is usually a count that slipped into the date column."""
    if _is_leeg(cel) or (isinstance(cel, str) and cel.strip() in _GEEN):
        return None
    if isinstance(cel, datetime):
        return cel.date()
    if isinstance(cel, date):
        return cel
    if isinstance(cel, bool):
        raise _CelFout("geen_datum")
    if isinstance(cel, int | float):
        raise _CelFout("datum_is_getal")
    tekst = str(cel).strip()
    datum = lees_datum(tekst)
    if datum is None:
        if re.fullmatch(r"[\d.,\s]+", tekst):
            raise _CelFout("datum_is_getal")
        if re.search(r"[^\W\d_]", tekst):  # a word: 'indefinite', 'permanent', 'n.v.t.'
            raise _CelFout("datum_is_woord")
        raise _CelFout("geen_datum")
    return datum


ONBEPAALD = {"onbepaald", "onbepaaldetijd", "vooronbepaaldetijd", "geeneinddatum"}


def lees_einddatum(cel: Cel) -> tuple[date | None, bool]:
    """An end date, or (None, True) for ``onbepaalde tijd``."""
    if isinstance(cel, str) and normaliseer_naam(cel) in ONBEPAALD:
        return None, True
    return lees_datumcel(cel), False


def lees_jaar(cel: Cel) -> int | None:
    try:
        jaar = lees_aantal(cel, streep_is_nul=False)
    except _CelFout:
        raise _CelFout("geen_jaar") from None
    if jaar is not None and not 1900 <= jaar <= 2200:
        raise _CelFout("geen_jaar")
    return jaar


def lees_cbs_code(cel: Cel) -> str | None:
    """A CBS municipality code: ``GM0106``, ``gm0106``, ``0106`` or ``106`` -> ``GM0106``."""
    if _is_leeg(cel):
        return None
    if isinstance(cel, bool | date):
        raise _CelFout("geen_cbs_code")
    if isinstance(cel, float):
        if not cel.is_integer():
            raise _CelFout("geen_cbs_code")
        cel = int(cel)
    tekst = str(cel).strip().casefold()
    m = _CBS.match(tekst)
    if m is None:
        raise _CelFout("geen_cbs_code")
    return f"GM{int(m.group(1)):04d}"


def lees_geheel_getal(cel: Cel) -> int | None:
    """A whole number that may be negative: ``12``, ``-5``, ``−5`` or ``+3``; empty is None."""
    if _is_leeg(cel):
        return None
    if isinstance(cel, bool | date):
        raise _CelFout("geen_geheel_getal")
    tekst = re.sub(r"[\s\u00a0\u202f]", "", cel_tekst(cel)).replace("\u2212", "-")
    teken = -1 if tekst[:1] == "-" else 1
    tekst = tekst[1:] if tekst[:1] in "+-" else tekst
    if not _GETAL.match(tekst):
        raise _CelFout("geen_geheel_getal")
    waarde = int(tekst.replace(".", ""))
    if waarde >= _GROOT:
        raise _CelFout("te_groot")
    return teken * waarde


_HALFJAAR = (
    re.compile(r"^(\d{4})[-/ ]?h?([12])$"),  # 2025-2, 2025-H2, 2025 h2
    re.compile(r"^h([12])[-/ ]?(\d{4})$"),  # H2 2025
    re.compile(r"^([12])e?(?:helft|halfjaar)(\d{4})$"),  # 2e helft 2025, 2 halfjaar 2025
    re.compile(r"^(eerste|tweede)(?:helft|halfjaar)(\d{4})$"),
)


def lees_halfjaar(cel: Cel) -> Periode | None:
    """A half year: ``2025-2``, ``2025-H2``, ``H2 2025`` or ``2e helft 2025``."""
    if _is_leeg(cel):
        return None
    if isinstance(cel, bool | date | float):
        raise _CelFout("geen_halfjaar")
    tekst = cel_tekst(cel).strip().casefold()
    compact = re.sub(r"\s+", "", tekst)
    for i, patroon in enumerate(_HALFJAAR):
        m = patroon.match(tekst if i < 2 else compact)
        if m is None:
            continue
        a, b = m.groups()
        if i == 0:
            jaar, helft = int(a), int(b)
        else:
            helft = {"eerste": 1, "tweede": 2}.get(a) or int(a)
            jaar = int(b)
        if 1900 <= jaar <= 2200:
            return Periode(jaar, helft)
    raise _CelFout("geen_halfjaar")


JA_NEE = {"ja": True, "j": True, "waar": True, "nee": False, "n": False, "onwaar": False}


def lees_ja_nee(cel: Cel) -> bool | None:
    """``ja`` or ``nee`` (or an Excel TRUE/FALSE); empty or ``onbekend`` is None."""
    if isinstance(cel, bool):
        return cel
    if _is_leeg(cel) or normaliseer_naam(cel_tekst(cel)) == "onbekend":
        return None
    waarde = JA_NEE.get(normaliseer_naam(cel_tekst(cel)))
    if waarde is None:
        raise _CelFout("geen_ja_nee")
    return waarde


def _tekst(lengte: int) -> Callable[[Cel], str | None]:
    def lees(cel: Cel) -> str | None:
        if _is_leeg(cel):
            return None
        tekst = cel_tekst(cel)
        if len(tekst) > lengte:
            raise _CelFout("te_lang", str(lengte))
        return tekst

    return lees


SOORTEN: dict[str, LocatieSoort] = {
    "regulier": LocatieSoort.REGULIER,
    "azc": LocatieSoort.REGULIER,
    "asielzoekerscentrum": LocatieSoort.REGULIER,
    "amv": LocatieSoort.AMV,
    "kwv": LocatieSoort.AMV,
    "kleinschaligamv": LocatieSoort.AMV,
    "tgo": LocatieSoort.TGO,
    "bijzondertgo": LocatieSoort.TGO,
    "tijdelijkegemeentelijkeopvang": LocatieSoort.TGO,
    "no": LocatieSoort.NO,
    "bijzonderno": LocatieSoort.NO,
    "noodopvang": LocatieSoort.NO,
    "bijzondernoodopvang": LocatieSoort.NO,
    "gezinslocatie": LocatieSoort.GEZINSLOCATIE,
    "htl": LocatieSoort.HTL,
    "handhavingentoezichtlocatie": LocatieSoort.HTL,
}
STATUSSEN: dict[str, LocatieStatus] = {
    "gepland": LocatieStatus.GEPLAND,
    "nogterealiseren": LocatieStatus.GEPLAND,
    "gerealiseerd": LocatieStatus.GEREALISEERD,
    "realisatie": LocatieStatus.GEREALISEERD,
    "inbedrijf": LocatieStatus.GEREALISEERD,
}
CATEGORIEEN: dict[str, Categorie] = {
    "asielregulier": Categorie.ASIEL_REGULIER,
    "regulier": Categorie.ASIEL_REGULIER,
    "asiel": Categorie.ASIEL_REGULIER,
    "asielopvangregulier": Categorie.ASIEL_REGULIER,
    "amv": Categorie.AMV,
    "asielopvangamv": Categorie.AMV,
}


def _keuze(tabel: dict[str, Any], code: str) -> Callable[[Cel], Any]:
    def lees(cel: Cel) -> Any:
        if _is_leeg(cel):
            return None
        waarde = tabel.get(normaliseer_naam(cel_tekst(cel)))
        if waarde is None:
            raise _CelFout(code)
        return waarde

    return lees


def lees_gegeven(cel: Cel) -> Gegeven | None:
    """Which figure of "Invoer provincie" a row gives, by its title or another accepted
    name (case, accents, spaces and punctuation do not count)."""
    if _is_leeg(cel):
        return None
    sleutel = normaliseer_naam(cel_tekst(cel))
    gegeven = next((g for g in GEGEVENS if sleutel in g.namen()), None)
    if gegeven is None:
        raise _CelFout("onbekend_gegeven", ", ".join(f"'{g.titel}'" for g in GEGEVENS))
    return gegeven


@dataclass(frozen=True)
class Kolom:
    """A column of an import kind: its field, its name in the docs, the accepted variants."""

    veld: str
    titel: str
    varianten: tuple[str, ...]
    lezer: Callable[[Cel], Any]
    verplicht: bool = True  # the column must be there
    waarde_verplicht: bool = True  # each row needs a value

    def namen(self) -> set[str]:
        return {normaliseer_naam(n) for n in (self.titel, *self.varianten)}


_CBS_KOLOM = Kolom(
    "cbs_code",
    "CBS-code",
    ("cbscode", "gemeentecode", "code", "gmcode", "cbs"),
    lees_cbs_code,
    verplicht=False,
    waarde_verplicht=False,
)
_GEMEENTE_KOLOM = Kolom(
    "gemeente",
    "Gemeente",
    ("gemeentenaam", "naam gemeente"),
    _tekst(100),
    verplicht=False,
    waarde_verplicht=False,
)


def _optioneel(veld: str, titel: str, varianten: tuple[str, ...], lezer: Any) -> Kolom:
    """A column the file may leave out, and whose cells may be empty."""
    return Kolom(veld, titel, varianten, lezer, verplicht=False, waarde_verplicht=False)


_VAN_KOLOM = _optioneel(
    "beschikbaar_van",
    "Beschikbaar van",
    ("van", "begindatum", "startdatum", "ingangsdatum", "datum van"),
    lees_datumcel,
)
_OPMERKING_KOLOM = _optioneel(
    "opmerking", "Opmerking", ("opmerkingen", "bijzonderheden", "toelichting"), _tekst(2000)
)
_NAAM_VARIANTEN = ("locatie", "locatienaam", "naam locatie")

KOLOMMEN: dict[ImportSoort, tuple[Kolom, ...]] = {
    ImportSoort.CAPACITEITSBESLUIT: (
        Kolom("cbs_code", "CBS-code", _CBS_KOLOM.varianten, lees_cbs_code),
        Kolom("gemeente", "Gemeente", (*_GEMEENTE_KOLOM.varianten, "naam"), _tekst(100)),
        Kolom("inwoners", "Inwoners", ("aantal inwoners", "inwonertal", "bevolking"), lees_aantal),
        Kolom(
            "ses_score",
            "SES-score",
            ("SES-WOA", "SES-WOA-score", "SES", "sociaaleconomische score"),
            lees_decimaal,
            verplicht=False,
            waarde_verplicht=False,
        ),
        Kolom(
            "regulier",
            "Indicatief regulier",
            ("indicatief aantal regulier", "regulier", "opgave regulier", "asiel regulier"),
            lees_aantal,
        ),
        Kolom("amv", "AMV", ("indicatief AMV", "opgave AMV", "waarvan AMV"), lees_aantal),
        Kolom(
            "peiljaar",
            "Peiljaar",
            ("peiljaar inwoners", "referentiejaar"),
            lees_jaar,
            verplicht=False,
            waarde_verplicht=False,
        ),
    ),
    ImportSoort.AANBOD: (
        _CBS_KOLOM,
        _GEMEENTE_KOLOM,
        Kolom(
            "categorie",
            "Categorie",
            ("soort", "opvang", "type"),
            _keuze(CATEGORIEEN, "onbekende_categorie"),
        ),
        Kolom("jaar", "Jaar", ("kalenderjaar",), lees_jaar),
        Kolom(
            "plaatsen",
            "Plaatsen",
            ("aanbod", "aantal plaatsen", "aantal", "aangeboden plaatsen"),
            lees_aantal,
            waarde_verplicht=False,
        ),
    ),
    ImportSoort.LOCATIES: (
        _CBS_KOLOM,
        _GEMEENTE_KOLOM,
        Kolom("plaatsen", "Plaatsen", ("aantal plaatsen", "capaciteit", "aantal"), lees_aantal),
        Kolom(
            "soort",
            "Soort",
            ("soort opvang", "type", "aard", "soort locatie"),
            _keuze(SOORTEN, "onbekende_soort"),
        ),
        Kolom(
            "status",
            "Status",
            (),
            _keuze(STATUSSEN, "onbekende_status"),
            verplicht=False,
            waarde_verplicht=False,
        ),
        _VAN_KOLOM,
        Kolom(
            "beschikbaar_tot",
            "Beschikbaar tot",
            ("tot", "einddatum", "datum tot", "looptijd tot", "beschikbaar t/m"),
            lees_einddatum,
            verplicht=False,
            waarde_verplicht=False,
        ),
        _OPMERKING_KOLOM,
        Kolom(
            "naam",
            "Naam",
            _NAAM_VARIANTEN,
            _tekst(200),
            verplicht=False,
            waarde_verplicht=False,
        ),
    ),
    ImportSoort.INWONERS: (
        _CBS_KOLOM,
        _GEMEENTE_KOLOM,
        Kolom("inwoners", "Inwoners", ("aantal inwoners", "inwonertal", "bevolking"), lees_aantal),
        Kolom("peiljaar", "Peiljaar", ("jaar", "referentiejaar", "peildatum jaar"), lees_jaar),
    ),
    ImportSoort.GEMEENTEN: (
        Kolom("cbs_code", "CBS-code", _CBS_KOLOM.varianten, lees_cbs_code),
        Kolom("gemeente", "Gemeente", (*_GEMEENTE_KOLOM.varianten, "naam"), _tekst(100)),
        Kolom("provincie", "Provincie", ("provincienaam", "provinciecode", "prov"), _tekst(100)),
        Kolom("inwoners", "Inwoners", ("aantal inwoners", "inwonertal", "bevolking"), lees_aantal),
        Kolom(
            "peiljaar",
            "Peiljaar",
            ("peiljaar inwoners", "referentiejaar", "jaar"),
            lees_jaar,
        ),
    ),
    ImportSoort.STATUSHOUDERS: (
        _CBS_KOLOM,
        _GEMEENTE_KOLOM,
        Kolom("periode", "Halfjaar", ("periode", "half jaar"), lees_halfjaar),
        _optioneel(
            "taakstelling", "Taakstelling", ("taakstelling statushouders", "taak"), lees_aantal
        ),
        _optioneel(
            "realisatie",
            "Gehuisvest",
            ("realisatie", "gerealiseerd", "gehuisveste statushouders", "aantal gehuisvest"),
            lees_aantal,
        ),
        _optioneel(
            "achterstand_vooraf",
            "Achterstand vooraf",
            ("achterstand", "achterstand of voorsprong vooraf", "saldo vooraf"),
            lees_geheel_getal,
        ),
    ),
    ImportSoort.GOO: (
        _CBS_KOLOM,
        _GEMEENTE_KOLOM,
        Kolom("naam", "Naam", _NAAM_VARIANTEN, _tekst(200)),
        Kolom("plaatsen", "Plaatsen", ("aantal plaatsen", "capaciteit", "aantal"), lees_aantal),
        _VAN_KOLOM,
        _optioneel(
            "geplande_einde",
            "Geplande einddatum",
            ("einddatum", "geplande einde", "beschikbaar tot", "tot"),
            lees_datumcel,
        ),
        _optioneel(
            "transformeerbaar",
            "Om te zetten naar huisvesting",
            ("om te zetten", "omzetten", "omzetbaar", "transformeerbaar"),
            lees_ja_nee,
        ),
        _OPMERKING_KOLOM,
    ),
    # One figure of "Invoer provincie" a row: of the province and of the cycle without a
    # municipality, of a municipality with one.
    ImportSoort.PROVINCIECIJFERS: (
        Kolom("gegeven", "Gegeven", ("cijfer", "onderdeel", "omschrijving"), lees_gegeven),
        _CBS_KOLOM,
        _GEMEENTE_KOLOM,
        Kolom(
            "waarde",
            "Waarde",
            ("aantal", "bedrag", "bedrag (euro)", "getal"),
            lees_bedrag,
            waarde_verplicht=False,
        ),
        _optioneel(
            "peildatum", "Peildatum", ("peildatum cijfer", "stand per", "datum"), lees_datumcel
        ),
    ),
    # The puzzle sheet: domain.puzzelblad finds these columns by their words, in one header
    # row or under group headings as in the puzzle; 'jjjj' stands for each year of the cycle.
    # The Ukrainian target and the saldi are computed: they are checked, never stored.
    ImportSoort.PUZZEL: (
        Kolom("gemeente", "Gemeente", ("CBS-code",), _tekst(100)),
        *(
            _optioneel(veld, titel, (), lees_aantal)
            for veld, titel in (
                ("inwoners", "Inwoners"),
                ("oekraine.opgave", "Oekraïne opgave (controle)"),
                ("oekraine.realisatie", "Oekraïne realisatie"),
                ("oekraine.ambitie", "Oekraïne ambitie"),
                ("asiel_regulier.opgave", "Regulier opgave"),
                ("asiel_regulier.realisatie", "Regulier realisatie"),
                ("asiel_regulier.aanbod.jjjj", "Regulier aanbod jjjj"),
                ("asiel_regulier.saldo.jjjj", "Regulier saldo jjjj (controle)"),
                ("amv.opgave", "AMV opgave"),
                ("amv.realisatie", "AMV realisatie"),
                ("amv.aanbod.jjjj", "AMV aanbod jjjj"),
                ("amv.saldo.jjjj", "AMV saldo jjjj (controle)"),
            )
        ),
    ),
}

MAX_RIJEN = 20_000
# The kinds whose rows need not name a municipality: the capaciteitsbesluit names it by
# its own required columns, a province's figure is about no municipality.
ZONDER_GEMEENTE = {ImportSoort.CAPACITEITSBESLUIT, ImportSoort.PROVINCIECIJFERS}


def _zoek_kop(
    soort: ImportSoort, rijen: Sequence[Sequence[Cel]]
) -> tuple[int, dict[str, tuple[int, str]], list[str], list[InvoerFout]]:
    """Find the header row (the first of the first ten rows that names two known columns);
    map each field to (column index, column name as written)."""
    kolommen = KOLOMMEN[soort]
    beste = 0
    for i, rij in enumerate(rijen[:10]):
        gevonden = {
            k.veld
            for cel in rij
            for k in kolommen
            if not _is_leeg(cel) and normaliseer_naam(cel_tekst(cel)) in k.namen()
        }
        if len(gevonden) >= 2:
            beste = i
            break
    kop = rijen[beste]
    plek: dict[str, tuple[int, str]] = {}
    genegeerd: list[str] = []
    fouten: list[InvoerFout] = []
    for j, cel in enumerate(kop):
        if _is_leeg(cel):
            continue
        naam = cel_tekst(cel)
        kolom = next((k for k in kolommen if normaliseer_naam(naam) in k.namen()), None)
        if kolom is None:
            genegeerd.append(ingekort(naam))
        elif kolom.veld in plek:
            fouten.append(InvoerFout("kolom_dubbel", rij=beste + 1, kolom=naam))
        else:
            plek[kolom.veld] = (j, naam)
    return beste, plek, genegeerd, fouten


def lees_tabel(soort: ImportSoort, rijen: Sequence[Sequence[Cel]]) -> Gelezen:
    """Read the rows of a sheet (header included) as rows of `soort`, with every problem."""
    rijen = [r for r in rijen]
    while rijen and all(_is_leeg(c) for c in rijen[-1]):
        rijen.pop()
    if not rijen:
        return Gelezen(soort, (), (InvoerFout("bestand_leeg"),))
    if len(rijen) > MAX_RIJEN:
        return Gelezen(soort, (), (InvoerFout("te_veel_rijen", detail=str(MAX_RIJEN)),))
    if soort is ImportSoort.PUZZEL:
        from regietafel.domain.puzzelblad import lees_puzzelblad

        return lees_puzzelblad(rijen)
    kop_index, plek, genegeerd, fouten = _zoek_kop(soort, rijen)
    kolommen = KOLOMMEN[soort]
    for k in kolommen:
        if k.verplicht and k.veld not in plek:
            namen = ", ".join(f"'{n}'" for n in (k.titel, *k.varianten))
            fouten.append(
                InvoerFout("kolom_ontbreekt", rij=kop_index + 1, kolom=k.titel, detail=namen)
            )
    if soort not in ZONDER_GEMEENTE and not {"cbs_code", "gemeente"} & set(plek):
        fouten.append(InvoerFout("gemeente_kolom_ontbreekt", rij=kop_index + 1))
    if soort is ImportSoort.STATUSHOUDERS and not {
        "taakstelling",
        "realisatie",
        "achterstand_vooraf",
    } & set(plek):
        fouten.append(InvoerFout("statushouders_kolom_ontbreekt", rij=kop_index + 1))
    # With a column missing no row is complete, but every row is still read: each problem
    # in its cells (and, in the service, its municipality) is listed at once.
    kop_compleet = not fouten
    regels: list[Regel] = []
    onvolledig: list[OnvolledigeRij] = []
    aantal = 0
    for i in range(kop_index + 1, len(rijen)):
        rij = rijen[i]
        if all(_is_leeg(c) for c in rij):
            continue
        aantal += 1
        waarden, rijfouten = _lees_rij(
            kolommen, plek, rij, i + 1, gemeente_verplicht=soort is not ImportSoort.PROVINCIECIJFERS
        )
        regel: Regel | None = None
        if not rijfouten and kop_compleet:
            regel, rijfouten = _maak_regel(soort, waarden, plek, i + 1)
        fouten.extend(rijfouten)
        if regel is not None:
            regels.append(regel)
        elif waarden.get("cbs_code") or waarden.get("gemeente"):
            verwijzing = GemeenteVerwijzing(waarden.get("cbs_code"), waarden.get("gemeente"))
            onvolledig.append(OnvolledigeRij(i + 1, verwijzing))
    if not aantal:
        fouten.append(InvoerFout("geen_rijen"))
    kolomnamen = {veld: naam for veld, (_, naam) in plek.items()}
    return Gelezen(
        soort,
        tuple(regels),
        tuple(fouten),
        tuple(genegeerd),
        aantal,
        kolomnamen,
        tuple(onvolledig),
    )


def _lees_rij(
    kolommen: Sequence[Kolom],
    plek: dict[str, tuple[int, str]],
    rij: Sequence[Cel],
    nummer: int,
    *,
    gemeente_verplicht: bool = True,
) -> tuple[dict[str, Any], list[InvoerFout]]:
    waarden: dict[str, Any] = {}
    fouten: list[InvoerFout] = []
    for k in kolommen:
        if k.veld not in plek:
            continue
        j, naam = plek[k.veld]
        cel = rij[j] if j < len(rij) else None
        try:
            waarde = k.lezer(cel)
        except _CelFout as fout:
            fouten.append(InvoerFout(fout.code, nummer, naam, cel_tekst(cel), fout.detail))
            continue
        leeg = waarde is None or waarde == (None, False)
        if leeg and k.waarde_verplicht:
            fouten.append(InvoerFout("verplicht", nummer, naam, ""))
            continue
        waarden[k.veld] = waarde
    gemeente_velden = [v for v in ("cbs_code", "gemeente") if v in plek]
    gemeente_fout = any(f.kolom == plek[v][1] for f in fouten for v in gemeente_velden)
    if (
        gemeente_verplicht
        and gemeente_velden
        and not gemeente_fout
        and all(waarden.get(v) is None for v in gemeente_velden)
    ):
        fouten.append(InvoerFout("verplicht", nummer, plek[gemeente_velden[0]][1], ""))
    return waarden, fouten


BEREIK_NAMEN = {Bereik.PROVINCIE: "de hele provincie", Bereik.CYCLUS: "de hele cyclus"}


def _provinciecijfer(
    w: dict[str, Any], plek: dict[str, tuple[int, str]], nummer: int, gemeente: GemeenteVerwijzing
) -> tuple[Regel | None, list[InvoerFout]]:
    """A row of `provinciecijfers`: a figure per municipality names one, the others none;
    a figure that must be known has a value."""
    gegeven: Gegeven = w["gegeven"]
    per_gemeente = gegeven.bereik is Bereik.GEMEENTE
    if per_gemeente and not gemeente.tekst():
        kolom = next((plek[v][1] for v in ("cbs_code", "gemeente") if v in plek), None)
        kolom = kolom or plek["gegeven"][1]
        return None, [InvoerFout("gegeven_per_gemeente", nummer, kolom, gegeven.titel)]
    if not per_gemeente and gemeente.tekst():
        kolom = plek["cbs_code" if gemeente.cbs_code else "gemeente"][1]
        fout = InvoerFout(
            "gegeven_niet_per_gemeente", nummer, kolom, gegeven.titel, BEREIK_NAMEN[gegeven.bereik]
        )
        return None, [fout]
    if gegeven.verplicht and w.get("waarde") is None:
        return None, [InvoerFout("verplicht", nummer, plek["waarde"][1], "")]
    return ProvinciecijferRegel(nummer, gemeente, gegeven, w.get("waarde"), w.get("peildatum")), []


def _maak_regel(
    soort: ImportSoort, w: dict[str, Any], plek: dict[str, tuple[int, str]], nummer: int
) -> tuple[Regel | None, list[InvoerFout]]:
    gemeente = GemeenteVerwijzing(w.get("cbs_code"), w.get("gemeente"))
    if soort is ImportSoort.CAPACITEITSBESLUIT:
        return CapaciteitRegel(
            rij=nummer,
            gemeente=gemeente,
            inwoners=w["inwoners"],
            regulier=w["regulier"],
            amv=w["amv"],
            ses_score=w.get("ses_score"),
            ses_gegeven="ses_score" in plek,
            peiljaar=w.get("peiljaar"),
        ), []
    if soort is ImportSoort.AANBOD:
        return AanbodRegel(nummer, gemeente, w["categorie"], w["jaar"], w.get("plaatsen")), []
    if soort is ImportSoort.INWONERS:
        return InwonersRegel(nummer, gemeente, w["inwoners"], w["peiljaar"]), []
    if soort is ImportSoort.GEMEENTEN:
        regel = GemeenteRegel(nummer, gemeente, w["provincie"], w["inwoners"], w["peiljaar"])
        return regel, []
    if soort is ImportSoort.PROVINCIECIJFERS:
        return _provinciecijfer(w, plek, nummer, gemeente)
    if soort is ImportSoort.STATUSHOUDERS:
        return StatushoudersRegel(
            nummer,
            gemeente,
            w["periode"],
            w.get("taakstelling"),
            w.get("realisatie"),
            w.get("achterstand_vooraf"),
        ), []
    van: date | None = w.get("beschikbaar_van")
    if soort is ImportSoort.GOO:
        einde: date | None = w.get("geplande_einde")
        if van is not None and einde is not None and einde < van:
            kolom = plek["geplande_einde"][1]
            return None, [
                InvoerFout("tot_voor_van", nummer, kolom, cel_tekst(einde), cel_tekst(van))
            ]
        return GooRegel(
            nummer,
            gemeente,
            w["naam"],
            w["plaatsen"],
            van,
            einde,
            w.get("transformeerbaar"),
            w.get("opmerking") or "",
        ), []
    tot, onbepaald = w.get("beschikbaar_tot", (None, False))
    if van is not None and tot is not None and tot < van:
        fout = InvoerFout(
            "tot_voor_van",
            nummer,
            plek["beschikbaar_tot"][1],
            cel_tekst(tot),
            cel_tekst(van),
        )
        return None, [fout]
    return LocatieRegel(
        rij=nummer,
        gemeente=gemeente,
        plaatsen=w["plaatsen"],
        soort=w["soort"],
        status=w.get("status"),
        beschikbaar_van=van,
        beschikbaar_tot=tot,
        onbepaalde_tijd=onbepaald,
        opmerking=w.get("opmerking") or "",
        naam=w.get("naam") or "",
    ), []
