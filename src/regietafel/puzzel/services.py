"""The puzzle use case: load a province's cycle, compute the puzzle, and present it as the
documented JSON interface (docs/puzzel-json.md)."""

from __future__ import annotations

from typing import Any

from regietafel.domain.model import Categorie
from regietafel.domain.puzzel import AsielRegel, Puzzel, PuzzelRegel, bereken_puzzel
from regietafel.services.opslag import NietGevonden, laad_actuele_gegevens, laad_gegevens
from regietafel.services.stand import hergebruik


def puzzel(provincie: str, cyclus: str) -> Puzzel:
    """The computed puzzle of `provincie` in `cyclus`, from the stored inputs (as published,
    for a published cycle); reused until the data changes (services.stand)."""
    return hergebruik(
        ("puzzel", provincie, cyclus),
        lambda: bereken_puzzel(laad_gegevens(provincie, cyclus)),
    )


def actuele_puzzel(provincie: str, cyclus: str) -> Puzzel:
    """The puzzle with the inputs as they are now, also in a published cycle: the totals a
    municipality sees while it edits its offer."""
    return hergebruik(
        ("actuele_puzzel", provincie, cyclus),
        lambda: bereken_puzzel(laad_actuele_gegevens(provincie, cyclus)),
    )


def opgaven_in_de_puzzel(provincie: str, cyclus: str) -> dict[tuple[str, str], int | None]:
    """Per (CBS code, category) the target as the puzzle shows it: for Ukraine the computed
    one (the provincial target apportioned by inhabitants), for a published cycle as
    published; empty when the province has no such cycle."""
    try:
        p = puzzel(provincie, cyclus)
    except NietGevonden:
        return {}
    uit: dict[tuple[str, str], int | None] = {}
    for r in p.regels:
        if r.cbs_code is not None:
            uit[(r.cbs_code, Categorie.OEKRAINE.value)] = r.oekraine.opgave
            for c in (Categorie.ASIEL_REGULIER, Categorie.AMV):
                uit[(r.cbs_code, c.value)] = r.categorie(c).opgave
    return uit


def puzzel_als_dict(p: Puzzel) -> dict[str, Any]:
    """The stable JSON shape of the puzzle; unknown values are None (``null``)."""
    return {
        "jaren": list(p.jaren),
        "gemeenten": [_regel(r, p.jaren) for r in p.regels],
        "totaal": _regel(p.totaal, p.jaren),
        "signaleringen": [
            {"code": s.code, "melding": s.melding, "gemeente": s.gemeente, "veld": s.veld}
            for s in p.signaleringen
        ],
    }


def _regel(r: PuzzelRegel, jaren: tuple[int, ...]) -> dict[str, Any]:
    return {
        "cbs_code": r.cbs_code,
        "naam": r.naam,
        "inwoners": r.inwoners,
        "oekraine": {
            "opgave": r.oekraine.opgave,
            "realisatie": r.oekraine.realisatie,
            "ambitie": r.oekraine.ambitie,
        },
        "asiel_regulier": _asiel(r.asiel_regulier, jaren),
        "amv": _asiel(r.amv, jaren),
    }


def _asiel(a: AsielRegel, jaren: tuple[int, ...]) -> dict[str, Any]:
    return {
        "opgave": a.opgave,
        "realisatie": a.realisatie,
        "aanbod": {str(j): a.aanbod[j] for j in jaren},
    }


SORTERINGEN = {"naam": "naam", "inwoners": "inwoners", "tekort": "grootste tekort eerst"}
GROEPEN = {
    "oekraine": "Oekraïne",
    "asiel_regulier": "Asielopvang (regulier)",
    "amv": "Asielopvang (AMV)",
}


def puzzel_weergave(
    p: Puzzel, categorie: str = "", jaar: int | None = None, sorteer: str = "naam"
) -> dict[str, Any]:
    """The puzzle laid out for a page: column groups, and per row the cells in that order.

    `categorie` and `jaar` filter the columns; `sorteer` orders the rows by name,
    inhabitants, or the largest shortage in the shown asylum category and year.
    """
    jaren = tuple(j for j in p.jaren if jaar in (None, j))
    groepen = [g for g in GROEPEN if categorie in ("", g)]
    regels = sorted(p.regels, key=_sorteersleutel(sorteer, groepen, jaren))
    return {
        "jaren": p.jaren,
        "groepen": [_groep(g, jaren) for g in groepen],
        "rijen": [_rij(r, groepen, jaren) for r in regels],
        "totaal": _rij(p.totaal, groepen, jaren),
        "signaleringen": p.signaleringen,
    }


def _sorteersleutel(sorteer: str, groepen: list[str], jaren: tuple[int, ...]) -> Any:
    if sorteer == "inwoners":
        return lambda r: -r.inwoners
    if sorteer == "tekort":
        asiel = [g for g in groepen if g != "oekraine"] or ["asiel_regulier"]
        jaar = jaren[0]

        def tekort(r: PuzzelRegel) -> tuple[int, str]:
            saldo = getattr(r, asiel[0]).saldo(jaar)
            return (saldo if saldo is not None else 0, r.naam)

        return tekort
    return lambda r: r.naam


def _groep(groep: str, jaren: tuple[int, ...]) -> dict[str, Any]:
    if groep == "oekraine":
        kolommen = ["opgave", "realisatie", "ambitie"]
    else:
        kolommen = ["opgave", "realisatie", *(f"aanbod {j}" for j in jaren)]
    return {"sleutel": groep, "label": GROEPEN[groep], "kolommen": kolommen}


def _rij(r: PuzzelRegel, groepen: list[str], jaren: tuple[int, ...]) -> dict[str, Any]:
    cellen: list[dict[str, Any]] = []
    for groep in groepen:
        if groep == "oekraine":
            o = r.oekraine
            for veld, waarde in (
                ("opgave", o.opgave),
                ("realisatie", o.realisatie),
                ("ambitie", o.ambitie),
            ):
                cellen.append({"veld": f"oekraine.{veld}", "waarde": waarde})
            continue
        a: AsielRegel = getattr(r, groep)
        cellen.append({"veld": f"{groep}.opgave", "waarde": a.opgave})
        cellen.append({"veld": f"{groep}.realisatie", "waarde": a.realisatie})
        cellen += [_aanbod_cel(a, groep, j) for j in jaren]
    return {"regel": r, "cellen": cellen}


SALDOSTATUSSEN = ("onbekend", "tekort", "overschot", "sluitend")


def saldostatus(saldo: int | None) -> str:
    """What a balance of offer against target means: a shortage (*tekort*), a surplus
    (*overschot*), exactly enough (*sluitend*), or unknown."""
    if saldo is None:
        return "onbekend"
    if saldo < 0:
        return "tekort"
    return "overschot" if saldo > 0 else "sluitend"


def _aanbod_cel(a: AsielRegel, groep: str, jaar: int) -> dict[str, Any]:
    saldo = a.saldo(jaar)
    return {
        "veld": f"{groep}.aanbod.{jaar}",
        "waarde": a.aanbod[jaar],
        "saldo": saldo,
        "status": saldostatus(saldo),
    }
