"""Checking a data file before it is loaded (`regietafel laad`): every problem at once.

`controleer_dataset` reads the text of a data file (the form of ``drenthe-2025-2026.toml``,
see docs/gegevens.md) and returns either the inputs it holds or every problem it found, each
with the TOML line where the key is written, the table and index (``gemeente 3 (Assen)``,
``locatie 5``), the key and a code; the Dutch message is made from the code in one place
(`MELDINGEN`), so the CLI and the web app say the same thing.

The checks against what is already stored (a cycle of the same name with other years or
national figures, a municipality of another province) take a plain description of the
stored data (`Opgeslagen`), so that this module needs no database.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from fractions import Fraction
from typing import Any

from regietafel.data import (
    DatasetFout,
    _fasen,
    gegevens_uit_dict,
    regels_naar_dict,
    regels_uit_dict,
)
from regietafel.domain import bronnen as b
from regietafel.domain.datums import lees_datum
from regietafel.domain.model import Afronding, CyclusGegevens, LocatieSoort, LocatieStatus
from regietafel.domain.pijplijn import Fase
from regietafel.domain.tekst import ingekort

MELDINGEN: dict[str, str] = {
    "geen_utf8": "het bestand is geen tekst in UTF-8; sla het op als UTF-8.",
    "toml": "het bestand is geen geldige TOML: {detail}",
    "ontbreekt": "ontbreekt; deze sleutel is verplicht.",
    "geen_tekst": "'{waarde}' is geen tekst; zet de waarde tussen aanhalingstekens.",
    "leeg": "is leeg; vul hier een waarde in.",
    "te_lang": "'{waarde}' is te lang: ten hoogste {detail} tekens.",
    "geen_getal": "'{waarde}' is geen geheel getal.",
    "negatief": "'{waarde}' is negatief; een aantal is 0 of meer.",
    "geen_aantal": '\'{waarde}\' is geen aantal; schrijf een getal, "-" (geen) of "" (onbekend).',
    "geen_bedrag": "'{waarde}' is geen bedrag; schrijf een geheel getal (euro) of \"\" (onbekend).",
    "plaatsen_onbekend": "het aantal plaatsen ontbreekt; een locatie heeft een aantal plaatsen.",
    "geen_datum": "'{waarde}' is geen datum; schrijf d-m-jjjj (1-3-2026) of jjjj-mm-dd.",
    "geen_breuk": '\'{waarde}\' is geen getal of breuk; schrijf bijvoorbeeld "3/4" of "0.0123".',
    "geen_ja_nee": "'{waarde}' is geen true of false.",
    "geen_lijst": "'{waarde}' is geen lijst; schrijf [ … ].",
    "geen_tabel": "'{waarde}' is geen tabel; schrijf {{ … }} of een eigen [kop].",
    "onbekende_waarde": "'{waarde}' is geen bekende waarde; kies uit: {detail}.",
    "geen_cbs_code": "'{waarde}' is geen CBS-code; schrijf GM gevolgd door vier cijfers (GM0106).",
    "dubbele_gemeente": "de CBS-code {waarde} staat al bij {detail}.",
    "onbekende_gemeente": "'{waarde}' is geen gemeente van dit bestand; voeg een [[gemeente]] "
    "met deze CBS-code toe of verbeter de code.",
    "jaar_buiten_cyclus": "het jaar {waarde} ligt niet in de cyclus ({detail}).",
    "geen_gemeenten": "het bestand noemt geen enkele gemeente; voeg [[gemeente]]-blokken toe.",
    "fase": "{detail}",
    "bron": "{detail}",
    "schema": "schema {waarde} wordt niet ondersteund; dit is schema 1.",
    "cyclus_verschilt": "'{waarde}' verschilt van de opgeslagen cyclus {detail}. Een cyclus "
    "geldt voor alle provincies: neem de waarde van de opgeslagen cyclus over.",
    "provincie_verschilt": "'{waarde}' verschilt van de naam van de opgeslagen provincie: "
    "{detail}.",
    "andere_provincie": "{waarde} is al opgeslagen als gemeente van {detail}.",
    "onleesbaar": "{detail}",
    # Warnings: the file is loaded, but the user should know.
    "onbekende_sleutel": "is geen bekende sleutel en wordt niet gelezen (tikfout?).",
    "datum_als_tekst": "'{waarde}' is geen datum; de tekst wordt bewaard en als signalering "
    "gemeld.",
    "gepubliceerd_blijft": "de cyclus is gepubliceerd: de gepubliceerde cijfers blijven zoals "
    "ze zijn; deze wijzigingen staan apart, als gewijzigd sinds de publicatie.",
}

# tomllib's messages (Python 3.12), in Dutch; others are quoted as they are.
TOML_MELDINGEN: list[tuple[str, str]] = [
    (r"Invalid value", "ongeldige waarde"),
    (r"Invalid statement", "ongeldige regel"),
    (r"Expected '=' after a key in a key/value pair", "na een sleutel hoort een '='"),
    (r"Invalid initial character for a key part", "ongeldig teken aan het begin van een sleutel"),
    (r"Unclosed array", "een lijst [ … ] wordt niet gesloten"),
    (r"Unclosed inline table", "een tabel { … } wordt niet gesloten"),
    (r"Unterminated string", "een tekst tussen aanhalingstekens wordt niet gesloten"),
    (r"Invalid date or datetime", "ongeldige datum"),
    (r"Cannot declare (.*) twice", r"\1 staat twee keer in het bestand"),
    (r"Cannot overwrite a value", "deze sleutel heeft al een waarde"),
    (r"Duplicate inline table key (.*)", r"de sleutel \1 staat twee keer in de tabel"),
    (
        r"Expected newline or end of document after a statement",
        "na een waarde hoort een nieuwe regel",
    ),
    (r"Expected '\]' at the end of a table declaration", "een [kop] wordt niet gesloten met ']'"),
    (r"Expected '\]\]' at the end of an array declaration", "een [[kop]] wordt niet gesloten"),
    (r"Illegal character (.*)", r"ongeldig teken \1"),
    (r"Found invalid character (.*)", r"ongeldig teken \1"),
]


@dataclass(frozen=True)
class Datasetprobleem:
    """One problem in a data file: `regel` the TOML line (None when it cannot be told),
    `plaats` the table (``cyclus``, ``gemeente 3 (Assen)``, ``locatie 5``; empty for the
    file), `sleutel` the key (``asiel_regulier.aanbod.2025``)."""

    code: str
    plaats: str = ""
    sleutel: str = ""
    waarde: str = ""
    detail: str = ""
    regel: int | None = None

    @property
    def melding(self) -> str:
        """The Dutch message, naming the line, the table, the key and the problem; a value
        from the file is cut to its first 80 characters."""
        tekst = MELDINGEN[self.code].format(waarde=ingekort(self.waarde), detail=self.detail)
        delen = []
        if self.regel is not None:
            delen.append(f"regel {self.regel}")
        if self.plaats:
            delen.append(self.plaats)
        if self.sleutel:
            delen.append(f"'{ingekort(self.sleutel)}'")
        if not delen:
            return tekst[:1].upper() + tekst[1:]
        kop = ", ".join(delen)
        return f"{kop[:1].upper()}{kop[1:]}: {tekst}"

    def als_dict(self) -> dict[str, Any]:
        return {
            veld: getattr(self, veld) for veld in ("regel", "plaats", "sleutel", "code", "melding")
        }


@dataclass(frozen=True)
class Opgeslagen:
    """What is already stored, as far as a data file is checked against it: the cycles
    (name -> ``jaren``, ``landelijke_behoefte``, ``amv_landelijk``, ``regels`` as stored),
    the provinces (code -> name) and the municipalities (CBS code -> province code)."""

    cycli: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    provincies: Mapping[str, str] = field(default_factory=dict)
    gemeenten: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Gecontroleerd:
    """The outcome: the inputs (None when there is a problem), the problems, the warnings,
    the `[[bron]]` entries and the publication date."""

    gegevens: CyclusGegevens | None
    problemen: tuple[Datasetprobleem, ...]
    waarschuwingen: tuple[Datasetprobleem, ...] = ()
    bronnen: tuple[b.Bronopgave, ...] = ()
    gepubliceerd_op: date | None = None


# The keys each table may have; anything else is a warning (a typo would otherwise be lost).
TOP = {"schema", "inwoners_peiljaar", "gepubliceerd_op", "provincie", "cyclus",
       "provincie_opgave", "bron", "gemeente", "locatie"}  # fmt: skip
GEMEENTE = {"cbs_code", "naam", "inwoners", "inwoners_peiljaar", "ses_score",
            "asiel_regulier", "amv", "oekraine"}  # fmt: skip
LOCATIE = {"gemeente", "plaatsen", "soort", "status", "van", "tot", "opmerking", "naam",
           "fasen", "gepland_in_gebruik"}  # fmt: skip
CBS = re.compile(r"GM\d{4}")
_FOUT = object()  # a value that did not pass its check (the problem is already listed)


class _Regelindex:
    """Where each table and key is written in the TOML text, to name the line of a problem.
    Tables are keyed (name, index): index 0 for ``[naam]``, n for the n-th ``[[naam]]``."""

    KOP = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?")
    SLEUTEL = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*(?:\.\s*[A-Za-z0-9_\-]+\s*)*=")

    def __init__(self, tekst: str) -> None:
        self.koppen: dict[tuple[str, int], int] = {}
        self.sleutels: dict[tuple[str, int, str], int] = {}
        tellers: dict[str, int] = {}
        huidig: tuple[str, int] = ("", 0)
        for nummer, regel in enumerate(tekst.splitlines(), start=1):
            kop = self.KOP.match(regel)
            if kop:
                naam = kop.group(2)
                if kop.group(1) == "[[":
                    tellers[naam] = tellers.get(naam, 0) + 1
                    huidig = (naam, tellers[naam])
                else:
                    huidig = (naam, 0)
                self.koppen.setdefault(huidig, nummer)
                continue
            sleutel = self.SLEUTEL.match(regel)
            if sleutel:
                self.sleutels.setdefault((*huidig, sleutel.group(1)), nummer)

    def regel(self, tabel: str, index: int, sleutel: str) -> int | None:
        """The line of `sleutel` (its first part) in the table, else the table's header."""
        deel = sleutel.split(".")[0]
        gevonden = self.sleutels.get((tabel, index, deel))
        if gevonden is None and "." in tabel:
            # ``[cyclus.regels]`` may also be written inline in ``[cyclus]``.
            ouder, _, naam = tabel.rpartition(".")
            gevonden = self.sleutels.get((ouder, 0, naam))
        return gevonden if gevonden is not None else self.koppen.get((tabel, index))


def toml_probleem(fout: tomllib.TOMLDecodeError) -> Datasetprobleem:
    """tomllib's error as a Dutch problem with its line and column."""
    tekst = str(fout)
    plek = re.search(r"\(at line (\d+), column (\d+)\)", tekst)
    kern = re.sub(r"\s*\(at .*\)$", "", tekst)
    for patroon, nl in TOML_MELDINGEN:
        if re.fullmatch(patroon, kern):
            kern = re.sub(patroon, nl, kern)
            break
    else:
        kern = f"'{kern}'"
    if plek is None:
        einde = " (aan het einde van het bestand)" if "end of document" in tekst else ""
        return Datasetprobleem("toml", detail=f"{kern}{einde}.")
    regel, kolom = int(plek.group(1)), int(plek.group(2))
    return Datasetprobleem("toml", detail=f"{kern} (kolom {kolom}).", regel=regel)


def controleer_dataset(tekst: str, opgeslagen: Opgeslagen | None = None) -> Gecontroleerd:
    """Check the text of a data file; the inputs if it has no problem, else every problem."""
    try:
        data = tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as fout:
        return Gecontroleerd(None, (toml_probleem(fout),))
    return _Controle(data, _Regelindex(tekst), opgeslagen or Opgeslagen()).uitkomst()


def controleer_bytes(inhoud: bytes, opgeslagen: Opgeslagen | None = None) -> Gecontroleerd:
    """`controleer_dataset` of a file's bytes (UTF-8, with or without byte-order mark)."""
    try:
        tekst = inhoud.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Gecontroleerd(None, (Datasetprobleem("geen_utf8"),))
    return controleer_dataset(tekst, opgeslagen)


def _weergave(waarde: Any) -> str:
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, dict):
        return "{…}"
    if isinstance(waarde, list):
        return "[…]"
    return str(waarde)


def _bekend(waarden: Any) -> str:
    return ", ".join(f'"{w.value}"' for w in waarden)


class _Controle:
    def __init__(self, data: dict[str, Any], regels: _Regelindex, opgeslagen: Opgeslagen):
        self.data = data
        self.index = regels
        self.opgeslagen = opgeslagen
        self.problemen: list[Datasetprobleem] = []
        self.waarschuwingen: list[Datasetprobleem] = []

    # -- recording

    def _probleem(
        self, code: str, tabel: tuple[str, int, str], sleutel: str, waarde: Any = "", detail=""
    ) -> Datasetprobleem:
        naam, index, plaats = tabel
        regel = (
            self.index.regel(naam, index, sleutel)
            if sleutel
            else self.index.koppen.get((naam, index))
        )
        return Datasetprobleem(code, plaats, sleutel, _weergave(waarde), detail, regel)

    def fout(self, code: str, tabel: tuple[str, int, str], sleutel: str, waarde: Any = "",
             detail: str = "") -> Any:  # fmt: skip
        self.problemen.append(self._probleem(code, tabel, sleutel, waarde, detail))
        return _FOUT

    def let_op(self, code: str, tabel: tuple[str, int, str], sleutel: str, waarde: Any = "",
               detail: str = "") -> None:  # fmt: skip
        self.waarschuwingen.append(self._probleem(code, tabel, sleutel, waarde, detail))

    def onbekende_sleutels(
        self, blok: Mapping[str, Any], toegestaan: set[str], tabel: tuple[str, int, str]
    ) -> None:
        for sleutel in blok:
            if sleutel not in toegestaan:
                self.let_op("onbekende_sleutel", tabel, sleutel)

    # -- values

    def waarde(self, blok: Mapping[str, Any], sleutel: str, tabel: tuple[str, int, str],
               controle: Callable[[Any, str], Any], verplicht: bool = True,
               standaard: Any = None) -> Any:  # fmt: skip
        """The checked value of `sleutel` in `blok` (deeper keys with dots)."""
        waarde: Any = blok
        for deel in sleutel.split("."):
            if not isinstance(waarde, Mapping) or deel not in waarde:
                if verplicht:
                    return self.fout("ontbreekt", tabel, sleutel)
                return standaard
            waarde = waarde[deel]
        uitkomst = controle(waarde, sleutel)
        if isinstance(uitkomst, _Afgewezen):
            fout = waarde if uitkomst.waarde is None else uitkomst.waarde
            return self.fout(uitkomst.code, tabel, sleutel, fout, uitkomst.detail)
        return uitkomst

    def tabel(self, naam: str) -> Mapping[str, Any] | None:
        blok = self.data.get(naam)
        if blok is None:
            self.fout("ontbreekt", ("", 0, ""), naam)
            return None
        if not isinstance(blok, Mapping):
            self.fout("geen_tabel", ("", 0, ""), naam, blok)
            return None
        return blok

    def lijst(self, naam: str) -> list[Mapping[str, Any]]:
        rijen = self.data.get(naam, [])
        if not isinstance(rijen, list) or not all(isinstance(r, Mapping) for r in rijen):
            self.fout("geen_lijst", ("", 0, ""), naam, rijen)
            return []
        return rijen

    # -- the file

    def uitkomst(self) -> Gecontroleerd:
        data = self.data
        top = ("", 0, "")
        self.onbekende_sleutels(data, TOP, top)
        schema = data.get("schema", 1)
        if schema != 1:
            self.fout("schema", top, "schema", schema)
        # The reader takes a municipality's reference year from here when it gives none.
        self.waarde(data, "inwoners_peiljaar", top, _geheel)
        gepubliceerd_op = self.waarde(data, "gepubliceerd_op", top, _datum, verplicht=False)
        provincie = self._provincie()
        cyclus = self._cyclus()
        self._provincie_opgave()
        bronnen = self._bronnen()
        jaren = cyclus.get("jaren") if isinstance(cyclus, Mapping) else None
        codes = self._gemeenten(jaren if isinstance(jaren, list) else None, provincie)
        self._locaties(codes)
        if self.problemen:
            return Gecontroleerd(None, tuple(self.problemen), tuple(self.waarschuwingen))
        try:
            gegevens = gegevens_uit_dict(self._met_regels(data))
        except (DatasetFout, KeyError, TypeError, ValueError) as fout:
            # A rule this check does not know yet: still a message, never a traceback.
            detail = str(fout) if isinstance(fout, DatasetFout) else f"{fout!r}"
            self.fout("onleesbaar", top, "", detail=detail)
            return Gecontroleerd(None, tuple(self.problemen), tuple(self.waarschuwingen))
        return Gecontroleerd(
            gegevens,
            (),
            tuple(self.waarschuwingen),
            bronnen,
            gepubliceerd_op if gepubliceerd_op is not _FOUT else None,
        )

    def _met_regels(self, data: dict[str, Any]) -> dict[str, Any]:
        """The file with the stored cycle's rules where it leaves them out."""
        c = data["cyclus"]
        if "regels" in c:
            return data
        return {**data, "cyclus": {**c, "regels": self.opgeslagen.cycli[c["naam"]]["regels"]}}

    def _provincie(self) -> str | None:
        blok = self.tabel("provincie")
        if blok is None:
            return None
        t = ("provincie", 0, "provincie")
        code = self.waarde(blok, "code", t, _code)
        naam = self.waarde(blok, "naam", t, _tekst_tot(100))
        self.onbekende_sleutels(blok, {"code", "naam"}, t)
        if code is _FOUT:
            return None
        bekend = self.opgeslagen.provincies.get(code)
        if bekend is not None and naam is not _FOUT and naam != bekend:
            self.fout("provincie_verschilt", t, "naam", naam, f"{bekend} (code {code})")
        return code

    def _cyclus(self) -> Mapping[str, Any]:
        blok = self.tabel("cyclus")
        if blok is None:
            return {}
        t = ("cyclus", 0, "cyclus")
        naam = self.waarde(blok, "naam", t, _tekst_tot(20))
        jaren = self.waarde(blok, "jaren", t, _jaren)
        behoefte = self.waarde(blok, "landelijke_behoefte", t, _geheel)
        amv = self.waarde(blok, "amv_landelijk", t, _bedrag_of_onbekend)
        self.onbekende_sleutels(blok, {"naam", "jaren", "landelijke_behoefte", "amv_landelijk",
                                       "regels"}, t)  # fmt: skip
        bekend = self.opgeslagen.cycli.get(naam) if naam is not _FOUT else None
        if "regels" in blok or bekend is None:
            self._regels(blok.get("regels"), bekend, naam)
        if bekend is None:
            return blok
        for sleutel, waarde in (("jaren", jaren), ("landelijke_behoefte", behoefte),
                                ("amv_landelijk", amv)):  # fmt: skip
            opgeslagen = bekend[sleutel]
            if sleutel == "jaren":
                opgeslagen = list(opgeslagen)
            if waarde is not _FOUT and waarde != opgeslagen:
                vast = "onbekend" if opgeslagen is None else _weergave(opgeslagen)
                self.fout("cyclus_verschilt", t, sleutel, waarde, f"{naam}, waar '{vast}' staat")
        return blok

    def _regels(self, regels: Any, bekend: Mapping[str, Any] | None, naam: Any) -> None:
        t = ("cyclus.regels", 0, "cyclus.regels")
        if regels is None:
            self.fout("ontbreekt", ("cyclus", 0, "cyclus"), "regels")
            return
        if not isinstance(regels, Mapping):
            self.fout("geen_tabel", ("cyclus", 0, "cyclus"), "regels", regels)
            return
        aantal = len(self.problemen)
        for sleutel in ("spuk1_bedrag_per_plaats", "spuk2_bedrag_per_plaats"):
            self.waarde(regels, sleutel, t, _bedrag_of_onbekend)
        self.waarde(regels, "spuk3_drempel", t, _breuk)
        self.waarde(regels, "duurzaam_minimaal_jaren", t, _geheel)
        self.waarde(regels, "oekraine_afronding", t, _keuze(Afronding))
        for sleutel in ("spuk1_soorten", "spuk2_soorten", "spuk3_soorten"):
            self.waarde(regels, sleutel, t, _lijst_van(_keuze(LocatieSoort)))
        self.waarde(regels, "realisatie_drempels", t, _lijst_van(_breuk))
        for sleutel in ("alleen_duurzaam", "beschikbaar_in_cyclusjaren"):
            self.waarde(regels, sleutel, t, _ja_nee, verplicht=False)
        self.waarde(regels, "realisatiedatum", t, _datum, verplicht=False)
        self.waarde(regels, "eerste_vaste_fase", t, _keuze(Fase), verplicht=False)
        if len(self.problemen) > aantal:
            return
        try:
            gelezen = regels_uit_dict(regels)
        except (DatasetFout, KeyError, TypeError, ValueError) as fout:
            self.fout("onleesbaar", t, "", detail=str(fout))
            return
        if bekend is None:
            return
        vast = regels_uit_dict(bekend["regels"])
        geschreven = regels_naar_dict(vast)
        for f in fields(gelezen):
            if getattr(gelezen, f.name) != getattr(vast, f.name):
                waarde = regels_naar_dict(gelezen)[f.name]
                detail = f"{naam}, waar '{_weergave(geschreven[f.name])}' staat"
                self.fout("cyclus_verschilt", t, f.name, waarde, detail)

    def _provincie_opgave(self) -> None:
        blok = self.tabel("provincie_opgave")
        if blok is None:
            return
        t = ("provincie_opgave", 0, "provincie_opgave")
        self.waarde(blok, "oekraine_opgave", t, _geheel)
        self.waarde(blok, "spuk3_pot", t, _bedrag_of_onbekend)
        self.waarde(blok, "provincie_bedrag", t, _bedrag_of_onbekend)
        self.waarde(blok, "gepubliceerd", t, _ja_nee, verplicht=False)
        kolomjaren = blok.get("kolomjaren", {})
        if not isinstance(kolomjaren, Mapping):
            self.fout("geen_tabel", t, "kolomjaren", kolomjaren)
        else:
            tk = ("provincie_opgave.kolomjaren", 0, "provincie_opgave.kolomjaren")
            for sleutel in kolomjaren:
                self.waarde(kolomjaren, sleutel, tk, _tekst)
        self.onbekende_sleutels(blok, {"oekraine_opgave", "spuk3_pot", "provincie_bedrag",
                                       "kolomjaren", "gepubliceerd"}, t)  # fmt: skip

    def _bronnen(self) -> tuple[b.Bronopgave, ...]:
        rijen = self.lijst("bron")
        goed = True
        for i, rij in enumerate(rijen, 1):
            try:
                b.bronnen_uit_dict([rij])
            except b.BronFout as fout:
                self.fout("bron", ("bron", i, f"bron {i}"), fout.veld.split(", ")[-1],
                          detail=str(fout))  # fmt: skip
                goed = False
        if not goed:
            return ()
        try:
            return b.bronnen_uit_dict(rijen)
        except b.BronFout as fout:  # a group named under two sources
            self.fout("bron", ("", 0, ""), "bron", detail=str(fout))
            return ()

    def _gemeenten(self, jaren: list[Any] | None, provincie: str | None) -> set[str]:
        rijen = self.lijst("gemeente")
        if not rijen and "gemeente" not in self.data:
            self.fout("geen_gemeenten", ("", 0, ""), "")
        codes: dict[str, str] = {}
        for i, g in enumerate(rijen, 1):
            naam = g.get("naam")
            plaats = f"gemeente {i} ({naam})" if isinstance(naam, str) and naam else f"gemeente {i}"
            t = ("gemeente", i, plaats)
            self.onbekende_sleutels(g, GEMEENTE, t)
            code = self.waarde(g, "cbs_code", t, _cbs_code)
            self.waarde(g, "naam", t, _tekst_tot(100))
            self.waarde(g, "inwoners", t, _geheel)
            self.waarde(g, "inwoners_peiljaar", t, _geheel, verplicht=False)
            self.waarde(g, "ses_score", t, _breuk_of_leeg, verplicht=False)
            if code is not _FOUT:
                if code in codes:
                    self.fout("dubbele_gemeente", t, "cbs_code", code, codes[code])
                codes.setdefault(code, plaats)
                elders = self.opgeslagen.gemeenten.get(code)
                if elders is not None and provincie is not None and elders != provincie:
                    self.fout("andere_provincie", t, "cbs_code", code, f"de provincie {elders}")
            for cat in ("asiel_regulier", "amv"):
                blok = g.get(cat, {})
                if not isinstance(blok, Mapping):
                    self.fout("geen_tabel", t, cat, blok)
                    continue
                self.onbekende_sleutels(
                    {f"{cat}.{k}": v for k, v in blok.items()},
                    {f"{cat}.opgave", f"{cat}.realisatie", f"{cat}.aanbod"},
                    t,
                )
                self.waarde(g, f"{cat}.opgave", t, _cel, verplicht=False)
                self.waarde(g, f"{cat}.realisatie", t, _cel, verplicht=False)
                aanbod = blok.get("aanbod", {})
                if not isinstance(aanbod, Mapping):
                    self.fout("geen_tabel", t, f"{cat}.aanbod", aanbod)
                    continue
                for jaar in aanbod:
                    sleutel = f"{cat}.aanbod.{jaar}"
                    self.waarde(g, sleutel, t, _cel)
                    if jaren is not None and not (str(jaar).isdigit() and int(jaar) in jaren):
                        self.fout("jaar_buiten_cyclus", t, sleutel, jaar,
                                  "-".join(str(j) for j in jaren))  # fmt: skip
            oekraine = g.get("oekraine", {})
            if not isinstance(oekraine, Mapping):
                self.fout("geen_tabel", t, "oekraine", oekraine)
            else:
                self.waarde(g, "oekraine.realisatie", t, _cel, verplicht=False)
                self.waarde(g, "oekraine.ambitie", t, _cel, verplicht=False)
        return set(codes)

    def _locaties(self, codes: set[str]) -> None:
        for i, loc in enumerate(self.lijst("locatie"), 1):
            plaats = f"locatie {i}"
            t = ("locatie", i, plaats)
            self.onbekende_sleutels(loc, LOCATIE, t)
            code = self.waarde(loc, "gemeente", t, _cbs_code)
            if code is not _FOUT and code not in codes:
                self.fout("onbekende_gemeente", t, "gemeente", code)
            plaatsen = self.waarde(loc, "plaatsen", t, _cel)
            if plaatsen is None:
                self.fout("plaatsen_onbekend", t, "plaatsen")
            self.waarde(loc, "soort", t, _keuze(LocatieSoort))
            self.waarde(loc, "status", t, _keuze(LocatieStatus))
            self.waarde(loc, "opmerking", t, _tekst_of_leeg, verplicht=False)
            self.waarde(loc, "naam", t, _tekst_tot(200, leeg=True), verplicht=False)
            for sleutel in ("van", "tot"):
                tekst = loc.get(sleutel, "")
                if not isinstance(tekst, str):
                    tekst = tekst.isoformat() if isinstance(tekst, date) else tekst
                    if not isinstance(tekst, str):
                        self.fout("geen_tekst", t, sleutel, tekst)
                        continue
                if tekst and tekst != "onbepaald" and lees_datum(tekst) is None:
                    # The documented form keeps it as text, flagged (Tynaarlo's "28").
                    self.let_op("datum_als_tekst", t, sleutel, tekst)
            self.waarde(loc, "gepland_in_gebruik", t, _datum, verplicht=False)
            fasen = loc.get("fasen", [])
            if not isinstance(fasen, list) or not all(isinstance(f, Mapping) for f in fasen):
                self.fout("geen_lijst", t, "fasen", fasen)
                continue
            try:
                _fasen(fasen, "fase")
            except DatasetFout as fout:
                self.fout("fase", t, "fasen", detail=str(fout))


@dataclass(frozen=True)
class _Afgewezen:
    code: str
    detail: str = ""
    waarde: Any = None  # the element of a list that was refused


def _geheel(waarde: Any, sleutel: str) -> Any:
    if isinstance(waarde, bool) or not isinstance(waarde, int):
        return _Afgewezen("geen_getal")
    if waarde < 0:
        return _Afgewezen("negatief")
    return waarde


def _cel(waarde: Any, sleutel: str) -> Any:
    return 0 if waarde == "-" else _getal_of_onbekend(waarde, "geen_aantal")


def _bedrag_of_onbekend(waarde: Any, sleutel: str) -> Any:
    """An amount that may still be unknown (``""``): passed on as the reader gives it."""
    return _getal_of_onbekend(waarde, "geen_bedrag")


def _getal_of_onbekend(waarde: Any, geen_getal: str) -> Any:
    """``""`` is unknown (None); anything but a whole number >= 0 is refused, with the code
    `geen_getal` when it is no number at all."""
    if waarde == "":
        return None
    if isinstance(waarde, bool) or not isinstance(waarde, int):
        return _Afgewezen(geen_getal)
    return _Afgewezen("negatief") if waarde < 0 else waarde


def _tekst(waarde: Any, sleutel: str) -> Any:
    if not isinstance(waarde, str):
        return _Afgewezen("geen_tekst")
    return waarde if waarde.strip() else _Afgewezen("leeg")


def _tekst_tot(lengte: int, leeg: bool = False) -> Callable[[Any, str], Any]:
    """Text of at most `lengte` characters (what the database stores)."""

    def controle(waarde: Any, sleutel: str) -> Any:
        uitkomst = _tekst_of_leeg(waarde, sleutel) if leeg else _tekst(waarde, sleutel)
        if isinstance(uitkomst, str) and len(uitkomst) > lengte:
            return _Afgewezen("te_lang", str(lengte), f"{uitkomst[:30]}…")
        return uitkomst

    return controle


def _tekst_of_leeg(waarde: Any, sleutel: str) -> Any:
    return waarde if isinstance(waarde, str) else _Afgewezen("geen_tekst")


def _code(waarde: Any, sleutel: str) -> Any:
    uitkomst = _tekst(waarde, sleutel)
    if isinstance(uitkomst, str) and not re.fullmatch(r"[a-z0-9][a-z0-9\-]*", uitkomst):
        return _Afgewezen("onbekende_waarde", "kleine letters, cijfers en '-' (bijv. drenthe)")
    return uitkomst


def _cbs_code(waarde: Any, sleutel: str) -> Any:
    if not isinstance(waarde, str) or not CBS.fullmatch(waarde):
        return _Afgewezen("geen_cbs_code")
    return waarde


def _jaren(waarde: Any, sleutel: str) -> Any:
    if not isinstance(waarde, list) or not waarde:
        return _Afgewezen("geen_lijst")
    if any(isinstance(j, bool) or not isinstance(j, int) for j in waarde):
        return _Afgewezen("geen_getal")
    return waarde


def _ja_nee(waarde: Any, sleutel: str) -> Any:
    return waarde if isinstance(waarde, bool) else _Afgewezen("geen_ja_nee")


def _datum(waarde: Any, sleutel: str) -> Any:
    if waarde == "":
        return None
    if isinstance(waarde, date):
        return waarde
    gelezen = lees_datum(str(waarde)) if isinstance(waarde, str) else None
    return _Afgewezen("geen_datum") if gelezen is None else gelezen


def _breuk(waarde: Any, sleutel: str, negatief: bool = False) -> Any:
    """A fraction written as ``"3/4"``, ``"0.0123"`` or a whole number."""
    if isinstance(waarde, bool) or not isinstance(waarde, str | int):
        return _Afgewezen("geen_breuk")
    try:
        uitkomst = Fraction(waarde)
    except (ValueError, ZeroDivisionError):
        return _Afgewezen("geen_breuk")
    return _Afgewezen("negatief") if uitkomst < 0 and not negatief else uitkomst


def _breuk_of_leeg(waarde: Any, sleutel: str) -> Any:
    """A SES score: a fraction that may be negative, or ``""`` for none."""
    return None if waarde == "" else _breuk(waarde, sleutel, negatief=True)


def _keuze(soort: Any) -> Callable[[Any, str], Any]:
    def controle(waarde: Any, sleutel: str) -> Any:
        try:
            return soort(waarde)
        except ValueError:
            return _Afgewezen("onbekende_waarde", _bekend(soort))

    return controle


def _lijst_van(controle: Callable[[Any, str], Any]) -> Callable[[Any, str], Any]:
    def lijst(waarde: Any, sleutel: str) -> Any:
        if not isinstance(waarde, list):
            return _Afgewezen("geen_lijst")
        uit = []
        for w in waarde:
            gelezen = controle(w, sleutel)
            if isinstance(gelezen, _Afgewezen):
                return _Afgewezen(gelezen.code, gelezen.detail, w)
            uit.append(gelezen)
        return uit

    return lijst
