"""From a province's cycle to the solver's problems, and back: one problem per asylum
category (regular, AMV) and year, with the scenario's settings (*instellingen*) applied.

The settings are what a *scenario* varies: relax the "only below the own number" rule,
per municipality a maximum and a unit size per category, exemptions, and offers changed
for a what-if. They travel as JSON (`van_dict` / `als_dict`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from regietafel.domain.model import Categorie, CyclusGegevens
from regietafel.domain.onbekend import NietBerekenbaar
from regietafel.domain.puzzel_solver import (
    GemeenteInvoer,
    Oplossing,
    Opties,
    als_dict,
    los_op_alle,
    restverdeling_naar_rato,
)

CATEGORIEEN = (Categorie.ASIEL_REGULIER, Categorie.AMV)
CATEGORIE_NAAM = {Categorie.ASIEL_REGULIER: "Asielopvang (regulier)", Categorie.AMV: "AMV"}


@dataclass(frozen=True)
class GemeenteInstelling:
    """One municipality's settings: maximum extra places and unit size per category, and
    whether it is exempt."""

    maximum: Mapping[Categorie, int] = field(default_factory=dict)
    eenheid: Mapping[Categorie, int] = field(default_factory=dict)
    vrijgesteld: bool = False


@dataclass(frozen=True)
class Instellingen:
    """A scenario's parameters. `aanbod` overrides offers: {cbs_code: {(category, year):
    places}}."""

    alleen_onder_eigen_aantal: bool = True
    gemeenten: Mapping[str, GemeenteInstelling] = field(default_factory=dict)
    aanbod: Mapping[str, Mapping[tuple[Categorie, int], int]] = field(default_factory=dict)

    @classmethod
    def van_dict(cls, data: Mapping[str, Any]) -> Instellingen:
        """Read the JSON shape written by `als_dict`; unknown keys are ignored."""
        gemeenten = {}
        for code, g in (data.get("gemeenten") or {}).items():
            gemeenten[code] = GemeenteInstelling(
                maximum=_per_categorie(g.get("maximum")),
                eenheid=_per_categorie(g.get("eenheid")),
                vrijgesteld=bool(g.get("vrijgesteld", False)),
            )
        aanbod = {}
        for code, per_cat in (data.get("aanbod") or {}).items():
            aanbod[code] = {
                (Categorie(cat), int(jaar)): int(waarde)
                for cat, per_jaar in per_cat.items()
                for jaar, waarde in per_jaar.items()
                if waarde is not None
            }
        return cls(
            alleen_onder_eigen_aantal=bool(data.get("alleen_onder_eigen_aantal", True)),
            gemeenten=gemeenten,
            aanbod=aanbod,
        )

    def als_dict(self) -> dict[str, Any]:
        """The JSON shape, with only what differs from the defaults."""
        gemeenten: dict[str, Any] = {}
        for code, g in sorted(self.gemeenten.items()):
            rij: dict[str, Any] = {}
            if g.maximum:
                rij["maximum"] = {c.value: n for c, n in g.maximum.items()}
            if g.eenheid:
                rij["eenheid"] = {c.value: n for c, n in g.eenheid.items()}
            if g.vrijgesteld:
                rij["vrijgesteld"] = True
            if rij:
                gemeenten[code] = rij
        aanbod: dict[str, dict[str, dict[str, int]]] = {}
        for code, per in sorted(self.aanbod.items()):
            for (cat, jaar), n in sorted(per.items()):
                aanbod.setdefault(code, {}).setdefault(cat.value, {})[str(jaar)] = n
        return {
            "alleen_onder_eigen_aantal": self.alleen_onder_eigen_aantal,
            "gemeenten": gemeenten,
            "aanbod": aanbod,
        }


def _per_categorie(data: Mapping[str, Any] | None) -> dict[Categorie, int]:
    return {Categorie(c): int(n) for c, n in (data or {}).items() if n is not None}


@dataclass(frozen=True)
class Deel:
    """The two methods' answers for one category and year of one province."""

    provincie: str
    categorie: Categorie
    jaar: int
    wettelijk: Oplossing
    optimalisatie: Oplossing


def problemen(
    gegevens: CyclusGegevens, instellingen: Instellingen
) -> list[tuple[Categorie, int, list[GemeenteInvoer]]]:
    """One list of solver inputs per category and year; an unknown offer counts as 0 and is
    marked (`aanbod_onbekend`), an unknown target too (`opgave_onbekend`): whoever uses the
    answer must say that it is not known (see `opgave_onbekend`)."""
    uit = []
    for categorie in CATEGORIEEN:
        for jaar in gegevens.cyclus.jaren:
            rijen = []
            for g in gegevens.gemeenten:
                c = gegevens.cijfers[g.cbs_code]
                opgave = c.opgave.get(categorie)
                inst = instellingen.gemeenten.get(g.cbs_code, GemeenteInstelling())
                opgeslagen = c.aanbod.get((categorie, jaar))
                aanbod = instellingen.aanbod.get(g.cbs_code, {}).get((categorie, jaar), opgeslagen)
                rijen.append(
                    GemeenteInvoer(
                        code=g.cbs_code,
                        naam=g.naam,
                        opgave=opgave or 0,
                        aanbod=aanbod or 0,
                        maximum=inst.maximum.get(categorie),
                        eenheid=inst.eenheid.get(categorie),
                        vrijgesteld=inst.vrijgesteld,
                        aanbod_onbekend=aanbod is None,
                        opgave_onbekend=opgave is None,
                        aanbod_was=None if aanbod == opgeslagen else (opgeslagen or 0),
                    )
                )
            uit.append((categorie, jaar, rijen))
    return uit


def opgave_onbekend(rijen: Sequence[GemeenteInvoer]) -> bool:
    """Whether a problem has a municipality whose target is not yet known: then neither
    method's answer is known (the rest, and who is below their own number, depend on it)."""
    return any(r.opgave_onbekend for r in rijen)


def los_op_cycli(
    alle_gegevens: Sequence[CyclusGegevens], instellingen: Instellingen | None = None
) -> list[Deel]:
    """Both methods for every category and year of every given province, each problem on
    its own. Raises `NietOpgelost` (a Dutch message naming the problem) when the optimiser
    cannot solve one, and `NietBerekenbaar` when a target is not yet known (never solved
    as if it were 0)."""
    inst = instellingen or Instellingen()
    opties = Opties(alleen_onder_eigen_aantal=inst.alleen_onder_eigen_aantal)
    sleutels, invoer, namen = [], [], []
    for gegevens in alle_gegevens:
        for categorie, jaar, rijen in problemen(gegevens, inst):
            if opgave_onbekend(rijen):
                raise NietBerekenbaar("de oplossing", ("opgave",))
            sleutels.append((gegevens.provincie.code, categorie, jaar))
            invoer.append((rijen, opties))
            namen.append(f"{CATEGORIE_NAAM[categorie]} {jaar} van {gegevens.provincie.naam}")
    optimaal = los_op_alle(invoer, namen)
    return [
        Deel(p, c, j, restverdeling_naar_rato(rijen), o)
        for (p, c, j), (rijen, _), o in zip(sleutels, invoer, optimaal, strict=True)
    ]


def delen_als_dict(delen: Sequence[Deel]) -> dict[str, Any]:
    """The JSON shape of a solved cycle (see docs/solver.md)."""
    return {
        "sluitend": all(d.optimalisatie.sluitend for d in delen),
        "al_gedekt": all(d.optimalisatie.al_gedekt for d in delen),
        "delen": [
            {
                "provincie": d.provincie,
                "categorie": d.categorie.value,
                "jaar": d.jaar,
                "wettelijk": als_dict(d.wettelijk),
                "optimalisatie": als_dict(d.optimalisatie),
            }
            for d in delen
        ],
    }
