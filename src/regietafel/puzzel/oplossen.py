"""The solver use cases: solve a province's cycle with both methods, save and compare
scenarios, and prepare a scenario as a concept version of the distribution."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import QuerySet

from regietafel.domain import opmaak
from regietafel.domain.fouten import RegietafelFout
from regietafel.domain.model import Categorie
from regietafel.domain.puzzel_solver import NietOpgelost
from regietafel.domain.solver_invoer import (
    CATEGORIE_NAAM,
    Deel,
    Instellingen,
    delen_als_dict,
    los_op_cycli,
)
from regietafel.scenarios.models import Scenario
from regietafel.services.leesrechten import intern_leesbare_provincies
from regietafel.services.opslag import laad_actuele_gegevens, provincie_cyclus, rij
from regietafel.services.toegang import Toegang, mag_bewerken
from regietafel.services.wijzigingen import GeenToegang
from regietafel.verdelingen.models import Verdelingsversie
from regietafel.verdelingen.services import maak_concept


class NaamBestaatAl(RegietafelFout, ValueError):
    """A scenario with this name already exists in the cycle; the message is Dutch."""


__all__ = ["NaamBestaatAl", "NietOpgelost"]  # the errors the web and the CLI show


def los_op_provincie(
    provincie: str, cyclus: str, instellingen: Instellingen | None = None
) -> list[Deel]:
    """Both methods for each category and year of `provincie` in `cyclus`. Raises
    `NietOpgelost` (its message is Dutch and names the category and year) when the
    optimiser cannot solve one of them."""
    return los_op_cycli([laad_actuele_gegevens(provincie, cyclus)], instellingen)


def oplossing_als_dict(
    provincie: str, cyclus: str, delen: list[Deel], instellingen: Instellingen
) -> dict[str, Any]:
    """The stable JSON shape of a solved cycle (docs/solver.md)."""
    return {
        "provincie": provincie,
        "cyclus": cyclus,
        "parameters": instellingen.als_dict(),
        **delen_als_dict(delen),
    }


def scenarios(provincie: str, cyclus: str) -> list[Scenario]:
    """The saved scenarios of a province's cycle, newest first."""
    return list(
        Scenario.objects.filter(
            provincie_cyclus__provincie__code=provincie, provincie_cyclus__cyclus__naam=cyclus
        ).select_related("aangemaakt_door")
    )


def scenario_met_cyclus(pk: int) -> Scenario:
    """The saved scenario `pk`, with its province and cycle; RijNietGevonden if none."""
    rijen = Scenario.objects.select_related(
        "provincie_cyclus__provincie", "provincie_cyclus__cyclus"
    )
    return rij(rijen, f"Geen scenario {pk}.", pk=pk)


def scenarios_met_cyclus(ids: list[int]) -> dict[int, Scenario]:
    """The saved scenarios among `ids`, with their province and cycle, by their key."""
    return {
        s.pk: s
        for s in Scenario.objects.filter(pk__in=ids).select_related(
            "provincie_cyclus__provincie", "provincie_cyclus__cyclus"
        )
    }


def bewaar_scenario(
    t: Toegang,
    gebruiker: AbstractBaseUser | None,
    provincie: str,
    cyclus: str,
    naam: str,
    instellingen: Instellingen,
) -> Scenario:
    """Solve with `instellingen` and save name, parameters and result. Only the province
    (who may edit its own data) saves scenarios; nothing is saved when the optimiser cannot
    solve it (`NietOpgelost`)."""
    if not mag_bewerken(t, provincie):
        raise GeenToegang("Alleen de provincie bewaart scenario's.")
    pc = provincie_cyclus(provincie, cyclus)
    delen = los_op_provincie(provincie, cyclus, instellingen)
    try:
        with transaction.atomic():
            return Scenario.objects.create(
                provincie_cyclus=pc,
                naam=naam.strip(),
                parameters=instellingen.als_dict(),
                resultaat=oplossing_als_dict(provincie, cyclus, delen, instellingen),
                aangemaakt_door=gebruiker,
            )
    except IntegrityError:
        raise NaamBestaatAl(
            f"Er is al een scenario '{naam.strip()}' in deze cyclus; kies een andere naam."
        ) from None


@dataclass(frozen=True)
class VergelijkRegel:
    """One municipality in one category and year: extra places in scenario A and B."""

    categorie: str
    jaar: int
    cbs_code: str
    naam: str
    extra_a: int
    extra_b: int

    @property
    def verschil(self) -> int:
        return self.extra_b - self.extra_a


def vergelijk_scenarios(a: Scenario, b: Scenario) -> dict[str, Any]:
    """Two scenarios side by side: per category and year the totals of the optimiser, and
    per municipality the extra places where they differ or either gives any."""
    delen_a = {(d["categorie"], d["jaar"]): d for d in a.resultaat.get("delen", [])}
    delen_b = {(d["categorie"], d["jaar"]): d for d in b.resultaat.get("delen", [])}
    samenvatting, regels = [], []
    for sleutel in sorted(delen_a.keys() | delen_b.keys()):
        oa = delen_a.get(sleutel, {}).get("optimalisatie", {})
        ob = delen_b.get(sleutel, {}).get("optimalisatie", {})
        samenvatting.append(
            {
                "categorie": sleutel[0],
                "categorie_naam": _categorie_naam(sleutel[0]),
                "jaar": sleutel[1],
                "a": {k: oa.get(k) for k in ("rest", "geplaatst", "ontbreekt", "sluitend")},
                "b": {k: ob.get(k) for k in ("rest", "geplaatst", "ontbreekt", "sluitend")},
            }
        )
        ga = {g["cbs_code"]: g for g in oa.get("gemeenten", [])}
        gb = {g["cbs_code"]: g for g in ob.get("gemeenten", [])}
        for code in sorted(ga.keys() | gb.keys(), key=lambda c: (ga.get(c) or gb[c])["naam"]):
            xa = ga.get(code, {}).get("extra", 0)
            xb = gb.get(code, {}).get("extra", 0)
            if xa or xb:
                regels.append(
                    VergelijkRegel(
                        _categorie_naam(sleutel[0]),
                        sleutel[1],
                        code,
                        (ga.get(code) or gb[code])["naam"],
                        xa,
                        xb,
                    )
                )
    return {"a": a, "b": b, "samenvatting": samenvatting, "regels": regels}


def _categorie_naam(waarde: str) -> str:
    return next((n for c, n in CATEGORIE_NAAM.items() if c.value == waarde), waarde)


def concept_verdeling(scenario: Scenario) -> dict[str, dict[str, dict[str, int]]]:
    """The optimiser's distribution of a scenario in the shape a concept version of the
    distribution needs: {cbs_code: {category: {year: places (offer + extra)}}}.

    This is the shape of `verdelingen.models.Verdelingsversie.waarden`: a new concept
    version is that model with these values and ``bron = f"scenario {scenario.naam}"``,
    created through the cycle's own service (services.verdelingen), which numbers and
    locks the versions. An unknown offer counts as 0 here.
    """
    verdeling: dict[str, dict[str, dict[str, int]]] = {}
    for deel in scenario.resultaat.get("delen", []):
        for g in deel["optimalisatie"]["gemeenten"]:
            verdeling.setdefault(g["cbs_code"], {}).setdefault(deel["categorie"], {})[
                str(deel["jaar"])
            ] = g["totaal"]
    return verdeling


def methoden_naast_elkaar(resultaat: dict[str, Any]) -> list[dict[str, Any]]:
    """The solver page's comparison of the two methods in `resultaat` (the shape of
    oplossing_als_dict or a saved scenario): per category and year, both methods' summaries
    with their largest relative shortage as a percentage, and one row per municipality with
    both, in name order, marked where the extra places differ."""
    uit = []
    for d in resultaat.get("delen", []):
        w, o = d["wettelijk"], d["optimalisatie"]
        wettelijk = {g["cbs_code"]: g for g in w["gemeenten"]}
        rijen = [
            {
                "o": g,
                "w": wettelijk[g["cbs_code"]],
                "verschil": g["extra"] != wettelijk[g["cbs_code"]]["extra"],
            }
            for g in sorted(o["gemeenten"], key=lambda g: g["naam"])
        ]
        uit.append(
            {
                "titel": f"{CATEGORIE_NAAM[Categorie(d['categorie'])]} {d['jaar']}",
                "sleutel": f"{d['categorie']}-{d['jaar']}",
                "wettelijk": w,
                "optimalisatie": o,
                "rijen": rijen,
                "wettelijk_pct": opmaak.procent(w["grootste_relatieve_tekort"]),
                "optimalisatie_pct": opmaak.procent(o["grootste_relatieve_tekort"]),
            }
        )
    return uit


def beschrijf_parameters(parameters: dict[str, Any], gemeenten: list[Any]) -> list[str]:
    """The parameters of a scenario in Dutch, one line per setting that differs from the
    default, for the page and the comparison."""
    namen = {g.cbs_code: g.naam for g in gemeenten}
    inst = Instellingen.van_dict(parameters)
    regels = [
        "Extra plaatsen alleen bij gemeenten onder hun eigen indicatieve aantal"
        if inst.alleen_onder_eigen_aantal
        else "Ruimere regel: ook gemeenten op of boven hun eigen aantal krijgen extra plaatsen"
    ]
    for code, g in sorted(inst.gemeenten.items(), key=lambda kv: namen.get(kv[0], kv[0])):
        naam = namen.get(code, code)
        if g.vrijgesteld:
            regels.append(f"{naam}: vrijgesteld")
        for cat, n in g.maximum.items():
            regels.append(f"{naam}: maximaal {n} extra ({CATEGORIE_NAAM[cat]})")
        for cat, n in g.eenheid.items():
            regels.append(f"{naam}: in eenheden van {n} ({CATEGORIE_NAAM[cat]})")
    for code, per in sorted(inst.aanbod.items(), key=lambda kv: namen.get(kv[0], kv[0])):
        naam = namen.get(code, code)
        jaren: dict[tuple[Any, int], list[int]] = {}
        for (cat, jaar), n in sorted(per.items()):
            jaren.setdefault((cat, n), []).append(jaar)
        for (cat, n), js in jaren.items():
            regels.append(
                f"{naam}: aanbod {n} ({CATEGORIE_NAAM[cat]} {', '.join(str(j) for j in js)})"
            )
    return regels


def scenario_als_concept(scenario: Scenario, door: AbstractBaseUser) -> Verdelingsversie:
    """Turn a saved scenario into the next concept version of the distribution, through
    the cycle's own service (numbering, locking and the right to do it live there)."""

    pc = scenario.provincie_cyclus
    return maak_concept(
        pc.provincie.code,
        pc.cyclus.naam,
        concept_verdeling(scenario),
        door,
        bron=f"scenario {scenario.naam}",
        toelichting=f"Voorstel van de optimalisatie uit scenario “{scenario.naam}”.",
    )


def leesbare_scenarios(t: Toegang) -> QuerySet[Scenario]:
    """The saved scenarios of the provinces `t` reads internally (services.leesrechten)."""
    return Scenario.objects.select_related(
        "provincie_cyclus__provincie", "provincie_cyclus__cyclus"
    ).filter(intern_leesbare_provincies(t, "provincie_cyclus__provincie__code"))


def leesbare_scenarios_nieuwste_eerst(t: Toegang) -> QuerySet[Scenario]:
    """leesbare_scenarios, the newest first (of one moment, the last saved)."""
    return leesbare_scenarios(t).order_by("-aangemaakt_op", "-id")
