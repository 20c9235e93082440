"""Reading the puzzle sheet (*puzzelblad*): the table of "de Drentse puzzel", one row per
municipality, as a province kept it last cycle or as Regietafel exports it (the sheet
"Puzzel" of the XLSX).

The columns are found by their words, not by fixed names, because the same word
("opgave") comes back under each group heading: a column's label is its own header cell
together with the group headings above it (carried to the right over merged cells) and the
year cells below it. So ``Oekraïne | opgave``, ``Asielopvang (AMV) | aanbod | 2026`` and a
flat ``AMV aanbod 2026`` all name the same kind of column. A key names each one:
``inwoners``, ``oekraine.realisatie``, ``amv.opgave``, ``asiel_regulier.aanbod.2026``.

The inputs (inhabitants, the asylum targets, every realisation, the Ukrainian ambition,
the offers per year) are read to be stored. The computed columns (the Ukrainian target per
municipality, the saldi and the whole totals row) are only read to be checked: where the
file's figure differs from the computed one, the service reports a warning and stores
nothing of it (`waarschuwingen`).

Pure: no Django, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from regietafel.domain.cellen import (
    Cel,
    _CelFout,
    _is_leeg,
    cel_tekst,
    lees_aantal,
    lees_cbs_code,
    lees_geheel_getal,
)
from regietafel.domain.invoerregels import (
    Gelezen,
    GemeenteVerwijzing,
    ImportSoort,
    InvoerFout,
    OnvolledigeRij,
    PuzzelbladRegel,
)
from regietafel.domain.puzzel import AsielRegel, som

CATEGORIEEN = ("asiel_regulier", "amv")
VELDWOORDEN = ("opgave", "realisatie", "ambitie", "aanbod", "saldo")
MET_JAAR = {"aanbod", "saldo"}
_JAAR = re.compile(r"^(19|20|21)\d\d$")


def is_controle(sleutel: str) -> bool:
    """Is the column `sleutel` computed by Regietafel (checked, not stored)?"""
    return sleutel == "oekraine.opgave" or ".saldo." in sleutel


@dataclass(frozen=True)
class GelezenPuzzelblad(Gelezen):
    """The sheet's municipality rows (in `regels`), and its totals row if it has one."""

    totaal: PuzzelbladRegel | None = None
    jaren: tuple[int, ...] = field(default=())  # the years the sheet's columns name
    koprij: int | None = None  # the row number of the header that names the fields


def _woorden(tekst: str) -> list[str]:
    zonder = unicodedata.normalize("NFKD", tekst.casefold())
    zonder = "".join(c for c in zonder if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", zonder)


def _tekst(cel: Cel) -> str:
    return "" if _is_leeg(cel) else cel_tekst(cel)


def _is_jaarcel(cel: Cel) -> bool:
    woorden = _woorden(_tekst(cel))
    return bool(woorden) and all(_JAAR.match(w) for w in woorden)


def _veldwoorden(tekst: str) -> list[str]:
    return [w for w in _woorden(tekst) if w in VELDWOORDEN or w.startswith("inwoner")]


def _is_jaarrij(rij: Sequence[Cel]) -> bool:
    """A header row of years only (``2025 | 2024 | 2025/2026``), the first cell aside."""
    cellen = [c for c in rij[1:] if not _is_leeg(c)]
    return len(cellen) >= 2 and all(_is_jaarcel(c) for c in cellen)


def _veldrij(rijen: Sequence[Sequence[Cel]]) -> int | None:
    """The header row that names the fields: the one of the first ten rows with the most
    cells naming one (opgave, realisatie, ...), at least two."""
    beste, aantal = None, 1
    for i, rij in enumerate(rijen[:10]):
        n = sum(1 for c in rij if _veldwoorden(_tekst(c)))
        if n > aantal:
            beste, aantal = i, n
    return beste


def _gedragen(rij: Sequence[Cel], breedte: int) -> list[str]:
    """A group row with each heading carried to the right over the empty (merged) cells;
    the first column keeps only its own cell (a title or date there heads no group)."""
    uit, huidig = [], ""
    for j in range(breedte):
        tekst = _tekst(rij[j]) if j < len(rij) else ""
        if j == 0:
            uit.append(tekst)
            continue
        huidig = tekst or huidig
        uit.append(huidig)
    return uit


@dataclass(frozen=True)
class _Kolom:
    j: int
    sleutel: str
    naam: str  # as the file names it, for messages


def _categorie(woorden: Iterable[str]) -> str | None:
    w = set(woorden)
    if "amv" in w:
        return "amv"
    if w & {"oekraine", "oekraiense", "oekrainers"}:
        return "oekraine"
    if w & {"regulier", "asiel", "asielopvang", "spreidingswet"}:
        return "asiel_regulier"
    return None


def _kolommen(
    rijen: Sequence[Sequence[Cel]], veld: int, jaarrijen: list[int]
) -> tuple[list[_Kolom], list[str], list[InvoerFout]]:
    breedte = max(len(r) for r in rijen[: max(jaarrijen, default=veld) + 1])
    groepen = [_gedragen(rijen[i], breedte) for i in range(veld)]
    veldrij = rijen[veld]
    jaren_per_kolom = [
        [_tekst(rijen[i][j]) if j < len(rijen[i]) else "" for i in jaarrijen]
        for j in range(breedte)
    ]
    kop = veld + 1
    kolommen: list[_Kolom] = []
    genegeerd: list[str] = []
    fouten: list[InvoerFout] = []
    vorig_veld = ""
    for j in range(breedte):
        eigen = _tekst(veldrij[j]) if j < len(veldrij) else ""
        jaartekst = [t for t in jaren_per_kolom[j] if t]
        # An empty field cell above a year carries the field of the column to its left
        # ('aanbod gemeenten' over the columns 2025 and 2026).
        veldtekst = eigen or (vorig_veld if jaartekst and j > 0 else "")
        vorig_veld = veldtekst
        groep = [g[j] for g in groepen if g[j]] if j > 0 else []  # column A: titles
        naam = " ".join(dict.fromkeys([*groep, veldtekst, *jaartekst])).strip()
        woorden = _woorden(veldtekst)
        if not naam:
            continue
        sleutel = _sleutel(j, woorden, [w for g in groep for w in _woorden(g)], jaartekst)
        if isinstance(sleutel, InvoerFout):
            fouten.append(InvoerFout(sleutel.code, kop, naam))
            continue
        if sleutel is None:
            genegeerd.append(naam)
            continue
        kolommen.append(_Kolom(j, sleutel, naam))
    if not any(k.sleutel in ("gemeente", "cbs_code") for k in kolommen):
        kolommen.insert(0, _Kolom(0, "gemeente", _tekst(veldrij[0]) or "Gemeente"))
        genegeerd = [g for g in genegeerd if g != _tekst(veldrij[0])]
    gezien: dict[str, _Kolom] = {}
    for k in kolommen:
        if k.sleutel in gezien:
            fouten.append(InvoerFout("kolom_dubbel", kop, k.naam))
        gezien.setdefault(k.sleutel, k)
    return list(gezien.values()), genegeerd, fouten


def _sleutel(
    j: int, woorden: list[str], groepwoorden: list[str], jaartekst: list[str]
) -> str | InvoerFout | None:
    if set(woorden) & {"gemeente", "gemeentenaam", "gemeenten"} and "aanbod" not in woorden:
        return "gemeente"
    if set(woorden) & {"cbs", "cbscode", "gemeentecode"}:
        return "cbs_code"
    if any(w.startswith("inwoner") for w in woorden) or "bevolking" in woorden:
        return "inwoners"
    velden = [w for w in dict.fromkeys(woorden) if w in VELDWOORDEN]
    soort = "saldo" if "saldo" in velden else (velden[0] if len(velden) == 1 else None)
    categorie = _categorie([*woorden, *groepwoorden])
    if soort is None or categorie is None:
        return None
    if categorie == "oekraine":
        return f"oekraine.{soort}" if soort in ("opgave", "realisatie", "ambitie") else None
    if soort == "ambitie":
        return None
    if soort not in MET_JAAR:
        return f"{categorie}.{soort}"
    jaren = {w for t in [" ".join(woorden), *jaartekst] for w in _woorden(t) if _JAAR.match(w)}
    if len(jaren) != 1:
        return InvoerFout("puzzel_geen_jaar")
    return f"{categorie}.{soort}.{jaren.pop()}"


def _is_totaal(naam: str) -> bool:
    return naam.casefold().strip().startswith(("totaal", "provincie"))


def lees_puzzelblad(rijen: Sequence[Sequence[Cel]]) -> GelezenPuzzelblad:
    """Read a puzzle sheet (header rows included) with every problem at once. Reading stops
    at the totals row (a row named 'Totaal', or one without a name but with figures)."""
    soort = ImportSoort.PUZZEL
    veld = _veldrij(rijen)
    if veld is None:
        return GelezenPuzzelblad(soort, (), (InvoerFout("puzzel_geen_kop"),))
    jaarrijen = []
    i = veld + 1
    while i < len(rijen) and _is_jaarrij(rijen[i]):
        jaarrijen.append(i)
        i += 1
    kolommen, genegeerd, fouten = _kolommen(rijen, veld, jaarrijen)
    gemeente = next(k for k in kolommen if k.sleutel in ("gemeente", "cbs_code"))
    cbs = next((k for k in kolommen if k.sleutel == "cbs_code"), None)
    naamkolom = next((k for k in kolommen if k.sleutel == "gemeente"), None)
    cijferkolommen = [k for k in kolommen if k.sleutel not in ("gemeente", "cbs_code")]
    regels: list[PuzzelbladRegel] = []
    onvolledig: list[OnvolledigeRij] = []
    totaal: PuzzelbladRegel | None = None
    aantal = 0
    for nummer in range(i + 1, len(rijen) + 1):
        rij = rijen[nummer - 1]
        if all(_is_leeg(c) for c in rij):
            continue
        cel = rij[gemeente.j] if gemeente.j < len(rij) else None
        naam = _tekst(rij[naamkolom.j]) if naamkolom and naamkolom.j < len(rij) else ""
        eerste = _tekst(cel)
        is_totaal = _is_totaal(eerste) or (not eerste and not naam)
        if not is_totaal:
            aantal += 1
        cijfers: dict[str, int | None] = {}
        rijfouten: list[InvoerFout] = []
        for k in cijferkolommen:
            waarde = rij[k.j] if k.j < len(rij) else None
            lezer = lees_geheel_getal if ".saldo." in k.sleutel else lees_aantal
            try:
                cijfers[k.sleutel] = lezer(waarde)
            except _CelFout as fout:
                rijfouten.append(InvoerFout(fout.code, nummer, k.naam, cel_tekst(waarde)))
                continue
            if k.sleutel == "inwoners" and cijfers[k.sleutel] is None and not is_totaal:
                rijfouten.append(InvoerFout("verplicht", nummer, k.naam))
        if is_totaal:
            fouten.extend(rijfouten)
            totaal = PuzzelbladRegel(nummer, None, cijfers)
            break
        code: str | None = None
        if cbs is not None:
            try:
                code = lees_cbs_code(rij[cbs.j] if cbs.j < len(rij) else None)
            except _CelFout as fout:
                rijfouten.append(InvoerFout(fout.code, nummer, cbs.naam, cel_tekst(rij[cbs.j])))
        verwijzing = GemeenteVerwijzing(code, naam or None)
        if code is None and not naam:
            rijfouten.append(InvoerFout("verplicht", nummer, gemeente.naam))
        fouten.extend(rijfouten)
        if rijfouten:
            if code or naam:
                onvolledig.append(OnvolledigeRij(nummer, verwijzing))
            continue
        regels.append(PuzzelbladRegel(nummer, verwijzing, cijfers))
    if not aantal:
        fouten.append(InvoerFout("geen_rijen"))
    jaren = sorted(
        {int(k.sleutel.rsplit(".", 1)[1]) for k in kolommen if k.sleutel.count(".") == 2}
    )
    return GelezenPuzzelblad(
        soort,
        tuple(regels),
        tuple(fouten),
        tuple(genegeerd),
        aantal,
        {k.sleutel: k.naam for k in kolommen},
        tuple(onvolledig),
        totaal=totaal,
        jaren=tuple(jaren),
        koprij=veld + 1,
    )


# ---------------------------------------------------------------------------- the checks


def berekende_cijfers(
    na: Mapping[str, int | None], jaren: Iterable[int], oekraine_opgave: int | None
) -> dict[str, int | None]:
    """The computed figures of a row from its inputs `na` (as they will be stored): the
    Ukrainian target, and per category and year the saldo (offer minus target)."""
    uit: dict[str, int | None] = {"oekraine.opgave": oekraine_opgave}
    for categorie in CATEGORIEEN:
        regel = AsielRegel(
            na.get(f"{categorie}.opgave"),
            na.get(f"{categorie}.realisatie"),
            {j: na.get(f"{categorie}.aanbod.{j}") for j in jaren},
        )
        for j in jaren:
            uit[f"{categorie}.saldo.{j}"] = regel.saldo(j)
    return uit


def totalen(
    rijen: Iterable[Mapping[str, int | None]], jaren: Iterable[int], oekraine_opgave: int | None
) -> dict[str, int | None]:
    """The totals row as the puzzle computes it: the sum of each input over the
    municipalities (None when all are unknown), the provincial Ukrainian target, and the
    saldo of the totals (total offer minus total target)."""
    rijen = list(rijen)
    sleutels = {s for r in rijen for s in r if not is_controle(s)}
    uit = {s: som(r.get(s) for r in rijen) for s in sleutels}
    return {**uit, **berekende_cijfers(uit, jaren, oekraine_opgave)}


def _nl(waarde: int | None) -> str:
    return "onbekend" if waarde is None else f"{waarde:,}".replace(",", ".")


def waarschuwingen(
    regel: PuzzelbladRegel,
    berekend: Mapping[str, int | None],
    kolomnamen: Mapping[str, str],
    ook_goed: Mapping[str, int] | None = None,
) -> list[InvoerFout]:
    """A warning for each figure of `regel` that Regietafel computes and the file gives
    otherwise: in a municipality row the Ukrainian target and the saldi, in the totals row
    every column. `ook_goed` is a second value that counts as right (the totals row's
    Ukrainian target may be the provincial target or the sum of the rounded rows)."""
    uit = []
    ook_goed = ook_goed or {}
    for sleutel, waarde in regel.cijfers.items():
        if waarde is None or sleutel not in berekend:
            continue
        if regel.gemeente is not None and not is_controle(sleutel):
            continue
        if berekend[sleutel] != waarde and ook_goed.get(sleutel) != waarde:
            code = "berekend_wijkt_af" if regel.gemeente is not None else "totaal_wijkt_af"
            uit.append(
                InvoerFout(
                    code, regel.rij, kolomnamen.get(sleutel), _nl(waarde), _nl(berekend[sleutel])
                )
            )
    return uit
