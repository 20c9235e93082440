"""Loading the synthetic national dataset (regietafel.data.synthetisch) into the database."""

from __future__ import annotations

from regietafel.cycli.models import ProvincieCyclus
from regietafel.data.synthetisch import synthetische_gegevens
from regietafel.services.opslag import bewaar_gegevens


def laad_synthetisch(zaad: int = 2024) -> str:
    """Store every synthetic province that is not stored yet; a Dutch summary of what was
    loaded. Provinces already present are left as they are."""
    nieuw = gemeenten = locaties = 0
    for gegevens in synthetische_gegevens(zaad):
        if ProvincieCyclus.objects.filter(
            provincie__code=gegevens.provincie.code, cyclus__naam=gegevens.cyclus.naam
        ).exists():
            continue
        bewaar_gegevens(gegevens)
        nieuw += 1
        gemeenten += len(gegevens.gemeenten)
        locaties += len(gegevens.locaties)
    if not nieuw:
        return "alle synthetische provincies waren al geladen"
    return f"{nieuw} provincies, {gemeenten} gemeenten, {locaties} locaties"
