"""Freezing a copy of a province's inputs for a cycle (`Publicatie`, ADR 0007), the step
publishing and ratifying share, and finding the publication. Below the report's stand
(`verslagen.verslagstand`), which reads the publication; publishing, which freezes that
stand as well, is `publicaties.services.leg_vast`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.contrib.auth.models import AbstractBaseUser

from regietafel.cycli.models import ProvincieCyclus
from regietafel.data import gegevens_naar_dict
from regietafel.domain import model as d
from regietafel.publicaties.models import Publicatie
from regietafel.services import klok
from regietafel.services.opslag import laad_actuele_gegevens
from regietafel.verdelingen.models import Verdelingsversie


def leg_vast(  # noqa: PLR0913 - what the row holds
    pc: ProvincieCyclus,
    soort: str,
    datum: date,
    door: AbstractBaseUser | None = None,
    versie: Verdelingsversie | None = None,
    gegevens: d.CyclusGegevens | None = None,
    verslag: Mapping[str, Any] | None = None,
) -> Publicatie:
    """Freeze `gegevens` (by default the current inputs of `pc`) as a `soort` on `datum`,
    with the report's stand `verslag` (a publication's; none for a ratification)."""
    if gegevens is None:
        gegevens = laad_actuele_gegevens(pc.provincie.code, pc.cyclus.naam)
    return Publicatie.objects.create(
        provincie_cyclus=pc,
        soort=soort,
        datum=datum,
        verdelingsversie=versie,
        gegevens=gegevens_naar_dict(gegevens),
        verslag=dict(verslag or {}),
        vastgelegd_op=klok.nu(),
        vastgelegd_door=door,
    )


def publicatie(pc: ProvincieCyclus) -> Publicatie | None:
    """The publication of `pc` (the latest, should there be more), or None."""
    return pc.publicaties.filter(soort=Publicatie.Soort.PUBLICATIE).first()
