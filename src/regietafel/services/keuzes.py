"""What a user can choose: the provinces and cycles that have data."""

from __future__ import annotations

from dataclasses import dataclass

from regietafel.cycli.models import ProvincieCyclus


@dataclass(frozen=True)
class Keuze:
    provincie_code: str
    provincie_naam: str
    cyclus: str
    gepubliceerd: bool


def beschikbare_cycli() -> list[Keuze]:
    """Every province and cycle with data, ordered by province then cycle."""
    return [
        Keuze(pc.provincie.code, pc.provincie.naam, pc.cyclus.naam, pc.gepubliceerd)
        for pc in ProvincieCyclus.objects.select_related("provincie", "cyclus").order_by(
            "provincie__naam", "cyclus__naam"
        )
    ]
