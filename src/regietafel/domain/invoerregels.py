"""What reading an imported table gives (*invoerregels*): the kinds of file, the typed rows
of each kind, the rows left out, and every problem as an `InvoerFout` whose Dutch message
is made from its code in one place (`MELDINGEN`). Shared by the readers of the tables
(`domain.invoer`) and of the puzzle sheet (`domain.puzzelblad`).

Pure: no Django, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from regietafel.domain.cellen import normaliseer_naam
from regietafel.domain.model import Categorie, LocatieSoort, LocatieStatus
from regietafel.domain.statushouders import Periode
from regietafel.domain.tekst import ingekort


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
