"""Fixtures for the rules tests: the Drenthe data file and a builder for small data sets.

These tests need no database and no Django: `pytest -p no:django tests/domain` runs them
without it (scripts/test does so first), and `zonder_django` below checks that they load
no Django module then."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from regietafel.data import lees_dataset
from regietafel.domain import model
from regietafel.domain.model import Categorie, LocatieSoort, LocatieStatus
from regietafel.domain.plaatsen import cyclusgegevens


def django_modules() -> list[str]:
    return sorted(m for m in sys.modules if m == "django" or m.startswith("django."))


@pytest.fixture(scope="session", autouse=True)
def zonder_django(request: pytest.FixtureRequest) -> Iterator[None]:
    """In a run without pytest-django (`-p no:django`), no Django module is loaded by the
    rules, their tests or these fixtures: checked after collection and again after the
    last test (an error in this fixture's teardown names the modules)."""
    alleen_regels = not request.config.pluginmanager.hasplugin("django")
    if alleen_regels:
        assert django_modules() == [], "Django geladen bij het verzamelen van tests/domain"
    yield
    if alleen_regels:
        assert django_modules() == [], "Django geladen tijdens tests/domain"


@pytest.fixture(scope="session")
def drenthe_gegevens() -> model.CyclusGegevens:
    """The embedded Drenthe data set, cycle 2025-2026."""
    return lees_dataset()


def locatie(
    code: str,
    plaatsen: int,
    soort: LocatieSoort = LocatieSoort.REGULIER,
    status: LocatieStatus = LocatieStatus.GEREALISEERD,
    van: date | None = date(2000, 1, 1),
    tot: date | None = None,
    onbepaald: bool = True,
    **rest: Any,
) -> model.Locatie:
    return model.Locatie(code, plaatsen, soort, status, van, tot, onbepaald and tot is None, **rest)


Bouwer = Callable[..., model.CyclusGegevens]


@pytest.fixture
def bouw(drenthe_gegevens: model.CyclusGegevens) -> Bouwer:
    """Build a small data set on Drenthe's rules. `gemeenten` are (code, opgave regulier,
    opgave amv) or (code, opgave regulier, opgave amv, inwoners); aanbod in every year is
    the municipality's location places per category unless given."""

    def bouwer(
        gemeenten: Sequence[tuple[Any, ...]],
        locaties: Sequence[model.Locatie] = (),
        pot: int | None = 0,
        provincie_bedrag: int | None = 0,
        amv_realisatie: dict[str, int] | None = None,
        aanbod: dict[tuple[str, Categorie], int | None] | None = None,
        oekraine_opgave: int = 0,
        **regels: Any,
    ) -> model.CyclusGegevens:
        basis = drenthe_gegevens
        jaren = basis.cyclus.jaren
        gem = []
        cijfers = {}
        for rij in gemeenten:
            code, regulier, amv = rij[:3]
            inwoners = rij[3] if len(rij) > 3 else 1000
            gem.append(model.Gemeente(code, f"Gemeente {code}", inwoners, 2023))
            eigen = [loc for loc in locaties if loc.cbs_code == code]
            per_cat = {
                Categorie.ASIEL_REGULIER: sum(
                    loc.plaatsen for loc in eigen if loc.soort is not LocatieSoort.AMV
                ),
                Categorie.AMV: sum(loc.plaatsen for loc in eigen if loc.soort is LocatieSoort.AMV),
            }
            cijfers[code] = model.GemeenteCijfers(
                cbs_code=code,
                opgave={Categorie.ASIEL_REGULIER: regulier, Categorie.AMV: amv},
                realisatie={
                    Categorie.ASIEL_REGULIER: per_cat[Categorie.ASIEL_REGULIER],
                    Categorie.AMV: (amv_realisatie or {}).get(code, 0),
                },
                oekraine_ambitie=None,
                aanbod={
                    (cat, jaar): (aanbod or {}).get((code, cat), per_cat[cat])
                    for cat in per_cat
                    for jaar in jaren
                },
            )
        return cyclusgegevens(
            provincie=basis.provincie,
            cyclus=replace(basis.cyclus, regels=replace(basis.cyclus.regels, **regels)),
            provincie_opgave=model.ProvincieOpgave(
                oekraine_opgave=oekraine_opgave, spuk3_pot=pot, provincie_bedrag=provincie_bedrag
            ),
            gemeenten=tuple(gem),
            cijfers=cijfers,
            locaties=locaties,
        )

    return bouwer


@pytest.fixture
def loc() -> Callable[..., model.Locatie]:
    """Make a location: realised, regular, from 1-1-2000 for an indefinite time unless told."""
    return locatie
