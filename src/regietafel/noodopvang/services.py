"""The register of reserve emergency reception (*reserve noodopvang*): read per province
and nationally, and changed by the province or the municipality itself, version-checked
and in the audit trail.

Who reads it: the province's own staff, its municipalities and the ministry
(services.toegang.leest_intern). The public, a user without a role and another province's
staff do not: a reserve is an exploration or a promise under conditions, made in talks
between a municipality and COA before any decision of its college (ADR 0016).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from regietafel.domain.noodopvang import ReserveTotaal
from regietafel.domain.noodopvang import totalen_per_provincie as totalen
from regietafel.noodopvang.models import Reservenoodopvang
from regietafel.services.toegang import Toegang, leest_intern, mag_bewerken
from regietafel.services.wijzigingen import GeenToegang, bewaar_met_historie, claim_gemeenterij


def mag_reserves_lezen(t: Toegang, provincie: str) -> bool:
    """May `t` read the reserve emergency places of `provincie`?"""
    return leest_intern(t, provincie)


def reserves(provincie: str) -> list[Reservenoodopvang]:
    """The reserves of `provincie`, by municipality."""
    return list(
        Reservenoodopvang.objects.filter(gemeente__provincie__code=provincie).select_related(
            "gemeente"
        )
    )


def totalen_per_provincie() -> dict[str, ReserveTotaal]:
    """The places per status of every province with reserves, in one query."""
    return totalen(Reservenoodopvang.all_to_domain())


@transaction.atomic
def bewaar_reserve(
    t: Toegang, gebruiker: Any, reserve: Reservenoodopvang, versie: int | None, reden: str = ""
) -> Reservenoodopvang:
    """Create (`versie` None) or change a reserve, for the province or the municipality
    itself; a change names the version it was based on (a concurrent change is a Conflict,
    nothing is written). The caller has validated the fields."""
    g = reserve.gemeente
    if not mag_bewerken(t, g.provincie.code, g.cbs_code):
        raise GeenToegang("U mag de reserve noodopvang van deze gemeente niet wijzigen.")
    if reserve.pk is not None:
        claim_gemeenterij(reserve, versie, "Een reserve kan niet naar een andere gemeente.")
    bewaar_met_historie(reserve, gebruiker, reden)
    return reserve
