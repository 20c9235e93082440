"""The location register: a province's stored locations as a reader may read them, with
their places together (the web's register, and the API's locations)."""

from __future__ import annotations

from dataclasses import dataclass

from regietafel.locaties.models import Locatie
from regietafel.services.openbaarheid import locaties_voor
from regietafel.services.toegang import Toegang


@dataclass(frozen=True)
class Locatieregister:
    """The locations of one province as `lezer` may read them, and their places together."""

    locaties: list[Locatie]

    @property
    def totaal(self) -> int:
        return sum(loc.plaatsen for loc in self.locaties)


def locatieregister(lezer: Toegang, provincie: str, cyclus: str | None) -> Locatieregister:
    """All locations of `provincie`, without the details `lezer` may not read yet in
    `cyclus` (services.openbaarheid.locaties_voor)."""
    locaties = Locatie.objects.filter(gemeente__provincie__code=provincie).select_related(
        "gemeente__provincie"
    )
    return Locatieregister(locaties_voor(lezer, locaties, cyclus))

