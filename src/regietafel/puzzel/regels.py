"""The rules engine's outcomes for a province in a cycle, as the CLI, the web pages and
the documented JSON shapes (docs/regels.md) present them: the SPUK bonuses and Bijlage 1."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from regietafel.domain.bijlage1 import Bijlage1, Bijlage1Locatie, bereken_bijlage1
from regietafel.domain.spuk import SpukUitkomst, bereken_spuk
from regietafel.publicaties.openbaarheid import gegevens_voor
from regietafel.services.opslag import laad_gegevens
from regietafel.services.stand import hergebruik
from regietafel.services.toegang import Toegang, inzage_locatiedetails

BIJLAGE1_CIJFERS = (
    "opgave_regulier",
    "ingevuld_regulier",
    "nog_in_te_vullen_regulier",
    "opgave_amv",
    "ingevuld_amv",
    "nog_in_te_vullen_amv",
)


def bonus(provincie: str, cyclus: str) -> SpukUitkomst:
    """SPUK 1, 2 and 3 per municipality, the choice between 1 and 3, and the province's
    amount, computed from the stored inputs (as published, for a published cycle); reused
    until the data changes (services.stand)."""
    return hergebruik(
        ("bonus", "zoals gepubliceerd", provincie, cyclus),
        lambda: bereken_spuk(laad_gegevens(provincie, cyclus)),
    )


def bonus_als_dict(u: SpukUitkomst) -> dict[str, Any]:
    """The stable JSON shape of `regietafel bonus --json`; amounts in whole euros, null
    for not yet known, and `ontbreekt` naming the missing parameters (docs/regels.md)."""
    return {
        "ontbreekt": list(u.ontbreekt),
        "ontbreekt_tekst": u.ontbreekt_tekst,
        "gemeenten": [
            {
                "cbs_code": g.cbs_code,
                "naam": g.naam,
                "spuk1": g.spuk1,
                "spuk2": g.spuk2,
                "spuk3": g.spuk3,
                "keuze": None if g.keuze is None else g.keuze.value,
                "totaal": g.totaal,
            }
            for g in u.gemeenten
        ],
        "totaal_gemeenten": u.gemeenten_totaal,
        "provincie": u.provincie_bedrag,
        "totalen": {"spuk1": u.spuk1_totaal, "spuk2": u.spuk2_totaal, "spuk3": u.spuk3_totaal},
        "spuk3": {
            "pot": u.pot,
            "uitbetaald": u.spuk3_uitbetaald,
            "realisatie_aandeel": None
            if u.realisatie_aandeel is None
            else str(u.realisatie_aandeel),
        },
        "vergelijking": [
            {
                "cbs_code": v.cbs_code,
                "naam": v.naam,
                "duurzame_plaatsen": v.duurzame_plaatsen,
                "indicatief": v.indicatief,
                "spuk1": v.spuk1,
                "spuk3": v.spuk3,
                "keuze": None if v.keuze is None else v.keuze.value,
            }
            for v in u.vergelijking
        ],
        "stabiele_keuzes": [
            {
                "spuk1_gemeenten": list(s.spuk1_gemeenten),
                "spuk1_totaal": s.spuk1_totaal,
                "spuk3_totaal": s.spuk3_totaal,
            }
            for s in u.stabiele_keuzes
        ],
        "aantal_stabiele_keuzes": u.aantal_stabiele_keuzes,
        "volledig_opgesomd": u.volledig_opgesomd,
        "reden": u.reden,
    }


def bijlage1(provincie: str, cyclus: str, lezer: Toegang | None = None) -> Bijlage1:
    """Bijlage 1 (the six figures and the location list), computed from the stored inputs
    (as published, for a published cycle); for a `lezer`, without the details of the
    locations it may not read yet (services.openbaarheid). The figures are the same for
    every reader; the whole is reused until the data changes, per what of the details the
    reader sees."""

    def bereken() -> Bijlage1:
        gegevens = laad_gegevens(provincie, cyclus)
        return bereken_bijlage1(gegevens if lezer is None else gegevens_voor(lezer, gegevens))

    inzage = inzage_locatiedetails(lezer, provincie)
    return hergebruik(("bijlage1", "zoals gepubliceerd", provincie, cyclus, inzage), bereken)


def bijlage1_als_dict(b: Bijlage1) -> dict[str, Any]:
    """The stable JSON shape of `regietafel bijlage1 --json`."""
    return {
        **{sleutel: getattr(b.cijfers, sleutel) for sleutel in BIJLAGE1_CIJFERS},
        "locaties": [_locatie(r) for r in b.locaties],
        "niet_meetellend": [{**_locatie(n.regel), "reden": n.reden} for n in b.niet_meetellend],
    }


def _locatie(r: Bijlage1Locatie) -> dict[str, Any]:
    rij = asdict(r)
    for veld in ("van", "tot"):
        rij[veld] = None if rij[veld] is None else rij[veld].isoformat()
    return rij
