"""Reading imported tables (*invoer*): column names, Dutch numbers and dates, row validation.

A spreadsheet or CSV arrives here as a header row and data rows of cells; what comes back
is typed rows per import kind (*soort*) and, for every problem, an `InvoerFout` with the
row number, the column, the value and a code. The Dutch message is made from the code in
one place (`invoerregels.MELDINGEN`), so the web app, the CLI and the API say the same
thing. The cells are read by `domain.cellen`; the puzzle sheet, whose columns are found
by their words, by `domain.puzzelblad`.

Pure: no Django, no I/O. Reading the bytes of a CSV or XLSX file is the services' job.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from regietafel.domain.cellen import (
    Cel,
    _CelFout,
    _is_leeg,
    cel_tekst,
    lees_aantal,
    lees_bedrag,
    lees_cbs_code,
    lees_datumcel,
    lees_decimaal,
    lees_einddatum,
    lees_geheel_getal,
    lees_halfjaar,
    lees_ja_nee,
    lees_jaar,
    normaliseer_naam,
)
from regietafel.domain.invoerregels import (
    GEGEVENS,
    AanbodRegel,
    Bereik,
    CapaciteitRegel,
    Gegeven,
    Gelezen,
    GemeenteRegel,
    GemeenteVerwijzing,
    GooRegel,
    ImportSoort,
    InvoerFout,
    InwonersRegel,
    LocatieRegel,
    OnvolledigeRij,
    ProvinciecijferRegel,
    Regel,
    StatushoudersRegel,
)
from regietafel.domain.model import Categorie, LocatieSoort, LocatieStatus
from regietafel.domain.puzzelblad import lees_puzzelblad
from regietafel.domain.tekst import ingekort


def gelijkende_naam(naam: str, namen: Sequence[str]) -> str | None:
    """The one of `namen` that `naam` most likely misspells ('Asen' -> 'Assen'), compared
    as `normaliseer_naam` does; None when none is close."""
    per_sleutel = {normaliseer_naam(n): n for n in namen}
    beste = difflib.get_close_matches(normaliseer_naam(naam), list(per_sleutel), n=1, cutoff=0.8)
    return per_sleutel[beste[0]] if beste else None


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


def _optioneel(veld: str, titel: str, varianten: tuple[str, ...], lezer: Any) -> Kolom:
    """A column the file may leave out, and whose cells may be empty."""
    return Kolom(veld, titel, varianten, lezer, verplicht=False, waarde_verplicht=False)


_CBS_KOLOM = _optioneel(
    "cbs_code",
    "CBS-code",
    ("cbscode", "gemeentecode", "code", "gmcode", "cbs"),
    lees_cbs_code,
)
_GEMEENTE_KOLOM = _optioneel(
    "gemeente",
    "Gemeente",
    ("gemeentenaam", "naam gemeente"),
    _tekst(100),
)


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
        _optioneel(
            "ses_score",
            "SES-score",
            ("SES-WOA", "SES-WOA-score", "SES", "sociaaleconomische score"),
            lees_decimaal,
        ),
        Kolom(
            "regulier",
            "Indicatief regulier",
            ("indicatief aantal regulier", "regulier", "opgave regulier", "asiel regulier"),
            lees_aantal,
        ),
        Kolom("amv", "AMV", ("indicatief AMV", "opgave AMV", "waarvan AMV"), lees_aantal),
        _optioneel(
            "peiljaar",
            "Peiljaar",
            ("peiljaar inwoners", "referentiejaar"),
            lees_jaar,
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
        _optioneel(
            "status",
            "Status",
            (),
            _keuze(STATUSSEN, "onbekende_status"),
        ),
        _VAN_KOLOM,
        _optioneel(
            "beschikbaar_tot",
            "Beschikbaar tot",
            ("tot", "einddatum", "datum tot", "looptijd tot", "beschikbaar t/m"),
            lees_einddatum,
        ),
        _OPMERKING_KOLOM,
        _optioneel(
            "naam",
            "Naam",
            _NAAM_VARIANTEN,
            _tekst(200),
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
