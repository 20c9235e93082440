"""When a stored figure is stale (*verouderd*): a norm per kind of figure.

Not every figure ages. The minister's indicative numbers (*opgave*), the inhabitants of the
reference year and the provincial Ukrainian target are fixed for their cycle: they do not
go stale while the cycle runs, however old their reference date. A figure that changes in
the course of a cycle (offers, realisation, locations, status holders) is stale when its
reference date lies more than a number of days before today. And a figure of a cycle that
was published or ratified is shown as published, not stale: it is what was decided on.

The norms are a per-cycle parameter (the ``actualiteit`` key of the cycle's rules) with the
defaults below. Pure: "today", the end of the cycle and the day of publication are
arguments.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from regietafel.domain.bronnen import CIJFERGROEPEN, BronFout

# In the written form (a data file, the database) a kind fixed for its cycle says "cyclus".
VAST_IN_CYCLUS = "cyclus"

# The kinds of figure (the figure groups of domain.bronnen plus GOO and status holders).
SOORTEN: dict[str, str] = {
    **CIJFERGROEPEN,
    "goo": "GOO-locaties (plaatsen)",
    "statushouders.taakstelling": "statushouders: taakstelling",
    "statushouders.realisatie": "statushouders: gehuisvest",
}

# The defaults: these kinds are fixed for the cycle; every other kind goes stale after the
# province's number of days (Actualiteit, 180 by default).
STANDAARD_VAST: frozenset[str] = frozenset(
    {"inwoners", "oekraine.opgave", "asiel_regulier.opgave", "amv.opgave"}
)


class Stand(StrEnum):
    """How current a figure is, as the sources page, the puzzle and the API say it."""

    ACTUEEL = "actueel"
    VEROUDERD = "verouderd"
    VAST = "vast"  # fixed for its cycle, which is still running
    GEPUBLICEERD = "gepubliceerd"  # as published or ratified


def soort_van_kolom(kolom: str) -> str:
    """The kind of a figure from its column: ``amv.aanbod.2025`` is ``amv.aanbod``, and
    ``statushouders.realisatie.2025-1`` is ``statushouders.realisatie``."""
    delen = kolom.split(".")
    if len(delen) > 2 and delen[-1].replace("-", "").isdigit():
        return ".".join(delen[:-1])
    return kolom


@dataclass(frozen=True)
class Actualiteitsnormen:
    """A cycle's norm per kind of figure: a number of days, or None when the kind is fixed
    for the cycle. A kind not listed follows `standaard` (the province's age)."""

    per_soort: tuple[tuple[str, int | None], ...]
    standaard: int = 180

    def max_dagen(self, soort: str) -> int | None:
        """Days after which a figure of `soort` is stale; None: fixed for the cycle."""
        return dict(self.per_soort).get(soort, self.standaard)

    def met_standaard(self, dagen: int, *, overal: bool = False) -> Actualiteitsnormen:
        """These norms with another default age; `overal` also replaces the ages the cycle
        states per kind (an age asked for on a page or the command line). A kind fixed for
        the cycle stays fixed."""
        per_soort = tuple(
            (s, None if d is None else (dagen if overal else d)) for s, d in self.per_soort
        )
        return Actualiteitsnormen(per_soort, dagen)


def normen_uit_dict(
    geschreven: Mapping[str, object] | None, standaard: int = 180
) -> Actualiteitsnormen:
    """The norms from their written form, ``{"amv.aanbod": 90, "inwoners": "cyclus"}``,
    over the defaults (STANDAARD_VAST). An unknown kind or an age that is not a whole
    number of days of 1 or more raises BronFout."""
    eigen: dict[str, int | None] = {}
    for soort, waarde in (geschreven or {}).items():
        veld = f"actualiteit.{soort}"
        if soort not in SOORTEN:
            raise BronFout(veld, soort, "onbekende_groep")
        if waarde == VAST_IN_CYCLUS:
            eigen[soort] = None
        elif isinstance(waarde, int) and not isinstance(waarde, bool) and waarde >= 1:
            eigen[soort] = waarde
        else:
            raise BronFout(veld, waarde, "geen_dagen")
    return normen_van(eigen, standaard)


def normen_van(eigen: Mapping[str, int | None], standaard: int = 180) -> Actualiteitsnormen:
    """A cycle's own norms per kind (checked, see `normen_uit_dict`) over the defaults."""
    per_soort: dict[str, int | None] = {s: None for s in STANDAARD_VAST}
    return Actualiteitsnormen(tuple(sorted({**per_soort, **eigen}.items())), standaard)


def normen_naar_dict(normen: Actualiteitsnormen) -> dict[str, int | str]:
    """The written form of `normen` (without the default age, which is the province's)."""
    return {s: VAST_IN_CYCLUS if d is None else d for s, d in normen.per_soort}


def stand(
    peildatum: date,
    vandaag: date,
    max_dagen: int | None,
    *,
    cyclus_tot: date,
    vastgelegd_op: date,
    vastgesteld_op: date | None = None,
) -> Stand:
    """How current a figure of `peildatum` is on `vandaag`.

    `max_dagen` is its kind's norm (None: fixed for the cycle, which runs to `cyclus_tot`);
    `vastgelegd_op` is the day the figure was recorded, and `vastgesteld_op` the day the
    cycle was last published or ratified (None: not yet). A figure recorded by then is
    shown as published; one recorded later is judged by its norm.
    """
    if vastgesteld_op is not None and vastgelegd_op <= vastgesteld_op:
        return Stand.GEPUBLICEERD
    if max_dagen is None:
        return Stand.VAST if vandaag <= cyclus_tot else Stand.VEROUDERD
    return Stand.VEROUDERD if (vandaag - peildatum).days > max_dagen else Stand.ACTUEEL
