"""The embedded datasets, and the reader that turns a data file into domain objects.

A data file holds inputs only: every derived figure is computed by `regietafel.domain`.
Cells are written as the source document has them: a number, ``"-"`` (none, 0) or
``""`` (unknown). So are the amounts and national figures that the ministry has not yet
set (`bedrag`): ``""`` or a missing key is unknown (None), never 0.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from typing import Any

from regietafel.domain.actualiteit import VAST_IN_CYCLUS, normen_uit_dict
from regietafel.domain.bronnen import BronFout
from regietafel.domain.datums import lees_datum
from regietafel.domain.fouten import RegietafelFout
from regietafel.domain.model import (
    Afronding,
    Categorie,
    Cyclus,
    CyclusGegevens,
    Gemeente,
    GemeenteCijfers,
    Locatie,
    LocatieSoort,
    LocatieStatus,
    Provincie,
    ProvincieOpgave,
    Regels,
)
from regietafel.domain.pijplijn import Fase, Fasefout, Faseovergang, lees_fase, na_overgang
from regietafel.domain.plaatsen import cyclusgegevens

MAP = Path(__file__).parent
DRENTHE = MAP / "drenthe-2025-2026.toml"


class DatasetFout(RegietafelFout, ValueError):
    """A data file that cannot be read; the message names the place and the problem."""


def cel(waarde: Any, plaats: str) -> int | None:
    """A table cell: a number, ``"-"`` for none (0) or ``""`` for unknown (None)."""
    if isinstance(waarde, bool):
        raise DatasetFout(f"{plaats}: '{waarde}' is geen aantal")
    if isinstance(waarde, int):
        if waarde < 0:
            raise DatasetFout(f"{plaats}: een aantal kan niet negatief zijn ({waarde})")
        return waarde
    if waarde == "-":
        return 0
    if waarde == "":
        return None
    raise DatasetFout(f"{plaats}: '{waarde}' is geen aantal, '-' of lege cel")


def bedrag(waarde: Any, plaats: str) -> int | None:
    """An amount or national figure: a whole number, or ``""`` / None (a missing key, JSON
    null) for not yet known."""
    return None if waarde is None else cel(waarde, plaats)


def lees_dataset(pad: Path = DRENTHE) -> CyclusGegevens:
    """Read a data file into the domain objects of one province and cycle."""
    with pad.open("rb") as f:
        data = tomllib.load(f)
    return gegevens_uit_dict(data)


def publicatiedatum(pad: Path = DRENTHE) -> date | None:
    """The day the data file's figures were made public (`gepubliceerd_op`), if it says."""
    with pad.open("rb") as f:
        return _datum(tomllib.load(f).get("gepubliceerd_op"), "gepubliceerd_op")


def gegevens_uit_dict(data: Mapping[str, Any]) -> CyclusGegevens:
    """Build the domain objects from a parsed data file."""
    cyclus = _cyclus(data["cyclus"])
    gemeenten = []
    cijfers = {}
    for i, g in enumerate(data["gemeente"], start=1):
        gemeente = Gemeente(
            cbs_code=g["cbs_code"],
            naam=g["naam"],
            inwoners=g["inwoners"],
            inwoners_peiljaar=g.get("inwoners_peiljaar", data["inwoners_peiljaar"]),
            ses_score=Fraction(g["ses_score"]) if g.get("ses_score") not in (None, "") else None,
        )
        gemeenten.append(gemeente)
        cijfers[gemeente.cbs_code] = _cijfers(g, cyclus.jaren, f"gemeente {i} ({g['naam']})")
    return cyclusgegevens(
        provincie=Provincie(**data["provincie"]),
        cyclus=cyclus,
        provincie_opgave=_provincie_opgave(data["provincie_opgave"]),
        gemeenten=tuple(sorted(gemeenten, key=lambda g: g.naam)),
        cijfers=cijfers,
        locaties=tuple(
            _locatie(loc, f"locatie {i}") for i, loc in enumerate(data.get("locatie", []), 1)
        ),
    )


def regels_uit_dict(r: Mapping[str, Any]) -> Regels:
    """The rule parameters from their written form (as in a data file or the database)."""
    return Regels(
        # Not yet known: "" in a data file, null in the database, or left out.
        spuk1_bedrag_per_plaats=bedrag(
            r.get("spuk1_bedrag_per_plaats"), "regels.spuk1_bedrag_per_plaats"
        ),
        spuk2_bedrag_per_plaats=bedrag(
            r.get("spuk2_bedrag_per_plaats"), "regels.spuk2_bedrag_per_plaats"
        ),
        spuk3_drempel=Fraction(r["spuk3_drempel"]),
        duurzaam_minimaal_jaren=r["duurzaam_minimaal_jaren"],
        oekraine_afronding=Afronding(r["oekraine_afronding"]),
        spuk1_soorten=frozenset(LocatieSoort(s) for s in r["spuk1_soorten"]),
        spuk2_soorten=frozenset(LocatieSoort(s) for s in r["spuk2_soorten"]),
        spuk3_soorten=frozenset(LocatieSoort(s) for s in r["spuk3_soorten"]),
        realisatie_drempels=tuple(Fraction(d) for d in r["realisatie_drempels"]),
        alleen_duurzaam=bool(r.get("alleen_duurzaam", False)),
        # Newer than the first stored cycles: a cycle stored without it counts as its rule
        # of durable places says (cycle 1: neither; cycle 2: both, ADR 0008).
        beschikbaar_in_cyclusjaren=bool(
            r.get("beschikbaar_in_cyclusjaren", r.get("alleen_duurzaam", False))
        ),
        # Both are newer than the first stored cycles: a missing key takes the default.
        realisatiedatum=_datum(r.get("realisatiedatum"), "regels.realisatiedatum"),
        eerste_vaste_fase=lees_fase(r.get("eerste_vaste_fase", Fase.RAADSBESLUIT.value)),
        actualiteit=_actualiteit(r.get("actualiteit")),
    )


def _actualiteit(geschreven: Any) -> tuple[tuple[str, int | None], ...]:
    """The cycle's own staleness norms (``{"amv.aanbod": 90, "inwoners": "cyclus"}``),
    checked; a wrong one raises DatasetFout naming the key."""
    if geschreven in (None, ""):
        return ()
    if not isinstance(geschreven, Mapping):
        raise DatasetFout(f"regels.actualiteit: '{geschreven}' is geen tabel")
    try:
        normen = normen_uit_dict(geschreven)
    except BronFout as fout:
        raise DatasetFout(f"regels.{fout}") from None
    return tuple((s, normen.max_dagen(s)) for s in sorted(geschreven))


def regels_naar_dict(regels: Regels) -> dict[str, Any]:
    """The written form of the rule parameters: fractions as ``"3/4"``, sets as sorted lists,
    an unknown amount as None (JSON null)."""
    uit: dict[str, Any] = {}
    for naam, waarde in vars(regels).items():
        if naam == "actualiteit":
            uit[naam] = {s: VAST_IN_CYCLUS if d is None else d for s, d in waarde}
        elif isinstance(waarde, Fraction):
            uit[naam] = str(waarde)
        elif isinstance(waarde, frozenset):
            uit[naam] = sorted(str(v) for v in waarde)
        elif isinstance(waarde, tuple):
            uit[naam] = [str(v) for v in waarde]
        elif isinstance(waarde, date):
            uit[naam] = waarde.isoformat()
        elif isinstance(waarde, StrEnum):
            uit[naam] = waarde.value
        else:
            uit[naam] = waarde
    return uit


def _cyclus(c: Mapping[str, Any]) -> Cyclus:
    regels = regels_uit_dict(c["regels"])
    return Cyclus(
        naam=c["naam"],
        jaren=tuple(c["jaren"]),
        landelijke_behoefte=c["landelijke_behoefte"],
        amv_landelijk=bedrag(c.get("amv_landelijk"), "cyclus.amv_landelijk"),
        regels=regels,
    )


def _provincie_opgave(p: Mapping[str, Any]) -> ProvincieOpgave:
    """The province's inputs; the two amounts set by the ministry may be not yet known."""
    return ProvincieOpgave(
        **{
            **p,
            "spuk3_pot": bedrag(p.get("spuk3_pot"), "provincie_opgave.spuk3_pot"),
            "provincie_bedrag": bedrag(
                p.get("provincie_bedrag"), "provincie_opgave.provincie_bedrag"
            ),
        }
    )


def _cijfers(g: Mapping[str, Any], jaren: tuple[int, ...], plaats: str) -> GemeenteCijfers:
    opgave: dict[Categorie, int | None] = {}
    realisatie: dict[Categorie, int | None] = {}
    aanbod: dict[tuple[Categorie, int], int | None] = {}
    for cat in (Categorie.ASIEL_REGULIER, Categorie.AMV):
        blok = g.get(cat.value, {})
        opgave[cat] = cel(blok.get("opgave", ""), f"{plaats}, {cat.value}.opgave")
        realisatie[cat] = cel(blok.get("realisatie", ""), f"{plaats}, {cat.value}.realisatie")
        for jaar in jaren:
            veld = f"{plaats}, {cat.value}.aanbod.{jaar}"
            aanbod[(cat, jaar)] = cel(blok.get("aanbod", {}).get(str(jaar), ""), veld)
    oekraine = g.get("oekraine", {})
    realisatie[Categorie.OEKRAINE] = cel(oekraine.get("realisatie", ""), f"{plaats}, oekraine")
    return GemeenteCijfers(
        cbs_code=g["cbs_code"],
        opgave=opgave,
        realisatie=realisatie,
        oekraine_ambitie=cel(oekraine.get("ambitie", ""), f"{plaats}, oekraine.ambitie"),
        aanbod=aanbod,
    )


def _locatie(loc: Mapping[str, Any], plaats: str) -> Locatie:
    onleesbaar: list[tuple[str, str]] = []
    van_tekst = loc.get("van", "")
    van = lees_datum(van_tekst) if van_tekst else None
    if van_tekst and van is None:
        onleesbaar.append(("beschikbaar_van", van_tekst))
    tot_tekst = loc.get("tot", "")
    onbepaald = tot_tekst == "onbepaald"
    tot = lees_datum(tot_tekst) if tot_tekst and not onbepaald else None
    if tot_tekst and not onbepaald and tot is None:
        onleesbaar.append(("beschikbaar_tot", tot_tekst))
    plaatsen = cel(loc["plaatsen"], f"{plaats}, plaatsen")
    if plaatsen is None:
        raise DatasetFout(f"{plaats}: het aantal plaatsen ontbreekt")
    return Locatie(
        cbs_code=loc["gemeente"],
        plaatsen=plaatsen,
        soort=LocatieSoort(loc["soort"]),
        status=LocatieStatus(loc["status"]),
        beschikbaar_van=van,
        beschikbaar_tot=tot,
        onbepaalde_tijd=onbepaald,
        opmerking=loc.get("opmerking", ""),
        naam=loc.get("naam", ""),
        onleesbaar=tuple(onleesbaar),
        fasen=_fasen(loc.get("fasen", []), f"{plaats}, fasen"),
        gepland_in_gebruik=_datum(loc.get("gepland_in_gebruik"), f"{plaats}, gepland_in_gebruik"),
    )


def _datum(waarde: Any, plaats: str) -> date | None:
    """An optional date, written as ``1-7-2025``, ISO or a TOML date."""
    if waarde is None or waarde == "":
        return None
    if isinstance(waarde, date):
        return waarde
    gelezen = lees_datum(str(waarde))
    if gelezen is None:
        raise DatasetFout(f"{plaats}: '{waarde}' is geen datum")
    return gelezen


def _fasen(fasen: list[Mapping[str, Any]], plaats: str) -> tuple[Faseovergang, ...]:
    """The phases reached, each as ``{ fase = "in_gebruik", datum = "1-3-2017", bron = "…" }``,
    held to the pipeline's rules (one phase forward at a time, dates in order)."""
    historie: tuple[Faseovergang, ...] = ()
    for i, f in enumerate(fasen, start=1):
        datum = _datum(f.get("datum"), f"{plaats} {i}, datum")
        if datum is None:
            raise DatasetFout(f"{plaats} {i}: een fase heeft een datum")
        try:
            nieuw = Faseovergang(lees_fase(f.get("fase", "")), datum, f.get("bron", ""))
            historie = na_overgang(historie, nieuw, vandaag=date.max)
        except Fasefout as fout:
            raise DatasetFout(f"{plaats} {i}: {fout}") from None
    return historie


def gegevens_naar_dict(gegevens: CyclusGegevens) -> dict[str, Any]:
    """The data-file form of `gegevens` (every listed location, counted or not), such that
    `gegevens_uit_dict` reads the same inputs back: the form of a snapshot (ADR 0007)."""
    c = gegevens.cyclus
    po = gegevens.provincie_opgave
    return {
        "schema": 1,
        "inwoners_peiljaar": gegevens.gemeenten[0].inwoners_peiljaar if gegevens.gemeenten else 0,
        "provincie": {"code": gegevens.provincie.code, "naam": gegevens.provincie.naam},
        "cyclus": {
            "naam": c.naam,
            "jaren": list(c.jaren),
            "landelijke_behoefte": c.landelijke_behoefte,
            "amv_landelijk": c.amv_landelijk,
            "regels": regels_naar_dict(c.regels),
        },
        "provincie_opgave": {
            "oekraine_opgave": po.oekraine_opgave,
            "spuk3_pot": po.spuk3_pot,
            "provincie_bedrag": po.provincie_bedrag,
            "kolomjaren": dict(po.kolomjaren),
            "gepubliceerd": po.gepubliceerd,
        },
        "gemeente": [
            _gemeente_dict(g, gegevens.cijfers[g.cbs_code], c.jaren) for g in gegevens.gemeenten
        ],
        "locatie": [_locatie_dict(loc) for loc in gegevens.alle_locaties],
    }


def _schrijf_cel(waarde: int | None) -> int | str:
    return "" if waarde is None else waarde


def _gemeente_dict(g: Gemeente, c: GemeenteCijfers, jaren: tuple[int, ...]) -> dict[str, Any]:
    uit: dict[str, Any] = {
        "cbs_code": g.cbs_code,
        "naam": g.naam,
        "inwoners": g.inwoners,
        "inwoners_peiljaar": g.inwoners_peiljaar,
    }
    if g.ses_score is not None:
        uit["ses_score"] = str(g.ses_score)
    for cat in (Categorie.ASIEL_REGULIER, Categorie.AMV):
        uit[cat.value] = {
            "opgave": _schrijf_cel(c.opgave.get(cat)),
            "realisatie": _schrijf_cel(c.realisatie.get(cat)),
            "aanbod": {str(j): _schrijf_cel(c.aanbod.get((cat, j))) for j in jaren},
        }
    uit["oekraine"] = {
        "realisatie": _schrijf_cel(c.realisatie.get(Categorie.OEKRAINE)),
        "ambitie": _schrijf_cel(c.oekraine_ambitie),
    }
    return uit


def _locatie_dict(loc: Locatie) -> dict[str, Any]:
    onleesbaar = dict(loc.onleesbaar)

    def datumcel(dag: date | None, veld: str) -> str:
        return dag.isoformat() if dag is not None else onleesbaar.get(veld, "")

    tot = "onbepaald" if loc.onbepaalde_tijd else datumcel(loc.beschikbaar_tot, "beschikbaar_tot")
    uit: dict[str, Any] = {
        "gemeente": loc.cbs_code,
        "plaatsen": loc.plaatsen,
        "soort": loc.soort.value,
        "status": loc.status.value,
        "van": datumcel(loc.beschikbaar_van, "beschikbaar_van"),
        "tot": tot,
        "opmerking": loc.opmerking,
        "naam": loc.naam,
        "fasen": [
            {"fase": f.fase.value, "datum": f.datum.isoformat(), "bron": f.bron} for f in loc.fasen
        ],
    }
    if loc.gepland_in_gebruik is not None:
        uit["gepland_in_gebruik"] = loc.gepland_in_gebruik.isoformat()
    return uit
