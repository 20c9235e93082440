"""A synthetic national dataset: 12 provinces, 342 municipalities, about 1,500 locations.

For load tests, benchmarks and the reports of large provinces; never shown as real figures.
Deterministic: the same seed (`zaad`) gives the same data. The provinces carry the real
cycle-1 tasks (DOMAIN.md, "National figures") and the real number of municipalities per
province (2024), but their codes (``syn-gelderland``), names ("Gelderland (synthetisch)")
and municipalities ("Gelderland gemeente 07", code ``SY1007``) are made up so that they
never collide with real data. Each municipality's target is the province's task
apportioned by inhabitants × (1 + SES score) with the largest remainder; AMV is split off
as the law's key does. Half of the provinces are short of their task, half have a surplus.
"""

from __future__ import annotations

import random
from datetime import date
from fractions import Fraction

from regietafel.data import lees_dataset
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
)
from regietafel.domain.plaatsen import cyclusgegevens
from regietafel.domain.verdeelsleutel import gewicht, splits_amv, verdeel

# (name, cycle-1 task incl. AMV, number of municipalities in 2024)
PROVINCIES: tuple[tuple[str, int, int], ...] = (
    ("Drenthe", 2691, 12),
    ("Flevoland", 2441, 6),
    ("Friesland", 3391, 18),
    ("Gelderland", 11704, 51),
    ("Groningen", 2717, 10),
    ("Limburg", 5662, 31),
    ("Noord-Brabant", 14689, 56),
    ("Noord-Holland", 16290, 44),
    ("Overijssel", 6325, 25),
    ("Utrecht", 8207, 26),
    ("Zeeland", 2109, 13),
    ("Zuid-Holland", 19776, 50),
)
SOORTEN = (
    (LocatieSoort.REGULIER, 0.54),
    (LocatieSoort.AMV, 0.1),
    (LocatieSoort.NO, 0.12),
    (LocatieSoort.TGO, 0.1),
    (LocatieSoort.GEZINSLOCATIE, 0.1),
    (LocatieSoort.HTL, 0.04),
)
# Drenthe's SPUK 3 pot and provincial amount per place of its task, applied to every province.
SPUK3_PER_PLAATS = Fraction(983686, 2691)
PROVINCIE_PER_PLAATS = Fraction(408653, 2691)


def code(naam: str) -> str:
    """The synthetic province code: ``syn-noord-brabant``."""
    return "syn-" + naam.lower()


def synthetische_gegevens(zaad: int = 2024) -> list[CyclusGegevens]:
    """The synthetic dataset of every province, for cycle 2025-2026 (Drenthe's rules)."""
    rnd = random.Random(zaad)
    cyclus = lees_dataset().cyclus
    return [
        _provincie(rnd, cyclus, i, naam, opgave, aantal)
        for i, (naam, opgave, aantal) in enumerate(PROVINCIES, start=1)
    ]


def _provincie(
    rnd: random.Random, cyclus: object, nummer: int, naam: str, taak: int, aantal: int
) -> CyclusGegevens:
    assert isinstance(cyclus, Cyclus)
    jaren = cyclus.jaren
    gemeenten = []
    for k in range(1, aantal + 1):
        inwoners = int(rnd.lognormvariate(10.5, 0.7)) + 3000
        ses = Fraction(rnd.randint(-30, 30), 100)
        gemeenten.append(
            Gemeente(
                cbs_code=f"SY{nummer:02d}{k:02d}",
                naam=f"{naam} gemeente {k:02d}",
                inwoners=inwoners,
                inwoners_peiljaar=2023,
                ses_score=ses,
            )
        )
    gewichten = {g.cbs_code: gewicht(g.inwoners, g.ses_score) for g in gemeenten}
    indicatief = verdeel(taak, gewichten, Afronding.GROOTSTE_REST)
    tekort = nummer % 2 == 0  # half of the provinces are short
    cijfers = {}
    locaties: list[Locatie] = []
    for g in gemeenten:
        regulier_opgave, amv_opgave = splits_amv(
            indicatief[g.cbs_code], cyclus.amv_landelijk, cyclus.landelijke_behoefte
        )
        factor = rnd.uniform(0.4, 1.2) if tekort else rnd.uniform(0.8, 1.8)
        eigen = _locaties(rnd, g.cbs_code, round(indicatief[g.cbs_code] * factor), jaren[0])
        locaties += eigen
        regulier = sum(loc.plaatsen for loc in eigen if loc.soort is not LocatieSoort.AMV)
        amv = sum(loc.plaatsen for loc in eigen if loc.soort is LocatieSoort.AMV)
        amv_gerealiseerd = sum(
            loc.plaatsen
            for loc in eigen
            if loc.soort is LocatieSoort.AMV and loc.status is LocatieStatus.GEREALISEERD
        )
        oekraine_basis = g.inwoners * 114 // 10000  # about Drenthe's 5,722 per 502,051
        cijfers[g.cbs_code] = GemeenteCijfers(
            cbs_code=g.cbs_code,
            opgave={Categorie.ASIEL_REGULIER: regulier_opgave, Categorie.AMV: amv_opgave},
            realisatie={
                Categorie.ASIEL_REGULIER: round(regulier * rnd.uniform(0.6, 1.3)),
                Categorie.AMV: amv_gerealiseerd,
                Categorie.OEKRAINE: round(oekraine_basis * rnd.uniform(0.4, 1.4)),
            },
            oekraine_ambitie=round(oekraine_basis * rnd.uniform(0.6, 1.5)),
            aanbod={
                **{(Categorie.ASIEL_REGULIER, j): regulier for j in jaren},
                **{(Categorie.AMV, j): amv for j in jaren},
            },
        )
    inwoners = sum(g.inwoners for g in gemeenten)
    return cyclusgegevens(
        provincie=Provincie(code=code(naam), naam=f"{naam} (synthetisch)"),
        cyclus=cyclus,
        provincie_opgave=ProvincieOpgave(
            oekraine_opgave=inwoners * 114 // 10000,
            spuk3_pot=round(SPUK3_PER_PLAATS * taak),
            provincie_bedrag=round(PROVINCIE_PER_PLAATS * taak),
            kolomjaren={},
            gepubliceerd=False,
        ),
        gemeenten=tuple(sorted(gemeenten, key=lambda g: g.naam)),
        cijfers=cijfers,
        locaties=tuple(locaties),
    )


def _locaties(rnd: random.Random, cbs_code: str, plaatsen: int, jaar: int) -> list[Locatie]:
    """Two to seven locations sharing about `plaatsen` places."""
    aantal = rnd.randint(2, 7)
    uit = []
    rest = max(plaatsen, aantal * 10)
    for i in range(aantal):
        soort = rnd.choices([s for s, _ in SOORTEN], [w for _, w in SOORTEN])[0]
        deel = rest if i == aantal - 1 else max(10, int(rest * rnd.uniform(0.15, 0.6)))
        deel = max(10, min(deel, rest - 10 * (aantal - 1 - i)))
        rest -= deel
        gepland = rnd.random() < 0.2
        van = None if gepland else date(rnd.randint(1995, jaar - 1), rnd.randint(1, 12), 1)
        onbepaald = not gepland and rnd.random() < 0.15
        tot = (
            None
            if gepland or onbepaald
            else date(rnd.randint(jaar, jaar + 8), rnd.randint(1, 12), rnd.randint(1, 28))
        )
        uit.append(
            Locatie(
                cbs_code=cbs_code,
                plaatsen=deel,
                soort=soort,
                status=LocatieStatus.GEPLAND if gepland else LocatieStatus.GEREALISEERD,
                beschikbaar_van=van,
                beschikbaar_tot=tot,
                onbepaalde_tijd=onbepaald,
                opmerking="nog te realiseren" if gepland else "",
                naam=f"Locatie {i + 1}",
            )
        )
    return uit


# --------------------------------------------------------------------------------------
# For the puzzle solver (issue 7): seeded solver parameters on top of the dataset above.


def synthetische_solverparameters(gegevens: list[CyclusGegevens], zaad: int = 7) -> dict:
    """Solver parameters (the JSON shape of `domain.solver_invoer.Instellingen`) for the
    synthetic dataset: about a third of the municipalities state a maximum of extra places
    per category (0 to 1.2 × their gap), and half build AMV in units of 16, 20 or 50."""
    rnd = random.Random(zaad)
    gemeenten: dict[str, dict[str, dict[str, int]]] = {}
    for provincie in gegevens:
        for g in provincie.gemeenten:
            c = provincie.cijfers[g.cbs_code]
            rij: dict[str, dict[str, int]] = {}
            for cat in (Categorie.ASIEL_REGULIER, Categorie.AMV):
                if rnd.random() < 1 / 3:
                    gat = max(0, (c.opgave.get(cat) or 0) - (c.aanbod.get((cat, 2025)) or 0))
                    rij.setdefault("maximum", {})[cat.value] = int(gat * rnd.uniform(0, 1.2))
            if rnd.random() < 0.5:
                rij["eenheid"] = {Categorie.AMV.value: rnd.choice([16, 20, 50])}
            if rij:
                gemeenten[g.cbs_code] = rij
    return {"alleen_onder_eigen_aantal": True, "gemeenten": gemeenten, "aanbod": {}}
