"""Ukrainian reception: the target per municipality with a chosen rounding method, the GOO
locations, and what ends or is transformed per quarter after temporary protection ends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from regietafel.bronnen.services import leg_vast
from regietafel.cycli.invoer import bewaar_met_reden, invoer_herkomst
from regietafel.domain.model import Afronding, Categorie, CyclusGegevens
from regietafel.domain.oekraine import (
    EINDE_TIJDELIJKE_BESCHERMING,
    GooLocatie,
    Kwartaal,
    OekraineGemeente,
    aandeel_van_opgave,
    afbouw_per_kwartaal,
    na_einde_bescherming,
    oekraine_per_gemeente,
)
from regietafel.oekraine.models import GooLocatie as GooLocatieModel
from regietafel.services.opslag import laad_actuele_gegevens
from regietafel.services.stand import hergebruik
from regietafel.services.toegang import Toegang, mag_bewerken
from regietafel.services.wijzigingen import GeenToegang, claim_gemeenterij, claim_versie

AFRONDINGEN = {
    Afronding.HALF_UP: "per gemeente half naar boven (zoals het verslag)",
    Afronding.GROOTSTE_REST: "grootste overschot (telt op tot de provinciale opgave)",
}


@dataclass(frozen=True)
class OekraineOverzicht:
    gegevens: CyclusGegevens
    afronding: Afronding
    einde_bescherming: date
    gemeenten: tuple[OekraineGemeente, ...]
    locaties: tuple[GooLocatie, ...]
    kwartalen: tuple[Kwartaal, ...]
    na_einde: tuple[GooLocatie, ...]

    @property
    def opgave(self) -> int:
        return self.gegevens.provincie_opgave.oekraine_opgave

    @property
    def som_opgaven(self) -> int:
        return sum(g.opgave for g in self.gemeenten)

    @property
    def realisatie(self) -> int:
        return sum(g.realisatie or 0 for g in self.gemeenten)

    @property
    def ambitie(self) -> int:
        return sum(g.ambitie or 0 for g in self.gemeenten)

    @property
    def goo_plaatsen(self) -> int:
        return sum(loc.plaatsen for loc in self.locaties)

    @property
    def aandeel(self) -> Fraction | None:
        """The province's realisation as a fraction of its target (dashboard tile)."""
        return aandeel_van_opgave(self.realisatie, self.opgave)


def opgeslagen_goo(provincie: str) -> QuerySet[GooLocatieModel]:
    """The stored GOO locations of `provincie`, as the page lists them with their links."""
    return GooLocatieModel.objects.filter(gemeente__provincie__code=provincie).select_related(
        "gemeente__provincie"
    )


def goo_locaties(provincie: str) -> tuple[GooLocatie, ...]:
    return tuple(
        loc.to_domain()
        for loc in GooLocatieModel.objects.filter(gemeente__provincie__code=provincie)
        .select_related("gemeente")
        .order_by("gemeente__naam", "naam", "id")
    )


def oekraine(
    provincie: str,
    cyclus: str,
    afronding: Afronding | None = None,
    einde_bescherming: date = EINDE_TIJDELIJKE_BESCHERMING,
) -> OekraineOverzicht:
    """The Ukrainian figures of `provincie` in `cyclus`, as they are now; `afronding`
    defaults to the cycle's rule, `einde_bescherming` to 4 March 2027. Reused until the data
    changes (services.stand)."""
    return hergebruik(
        ("oekraine", "actueel", provincie, cyclus, afronding, einde_bescherming),
        lambda: _bereken(provincie, cyclus, afronding, einde_bescherming),
    )


def _bereken(
    provincie: str, cyclus: str, afronding: Afronding | None, einde_bescherming: date
) -> OekraineOverzicht:
    gegevens = laad_actuele_gegevens(provincie, cyclus)
    afronding = afronding or gegevens.cyclus.regels.oekraine_afronding
    locaties = goo_locaties(provincie)
    gemeenten = oekraine_per_gemeente(
        [(g.cbs_code, g.naam, g.inwoners) for g in gegevens.gemeenten],
        gegevens.provincie_opgave.oekraine_opgave,
        {c: gegevens.cijfers[c].realisatie.get(Categorie.OEKRAINE) for c in gegevens.cijfers},
        {c: gegevens.cijfers[c].oekraine_ambitie for c in gegevens.cijfers},
        locaties,
        afronding,
    )
    return OekraineOverzicht(
        gegevens=gegevens,
        afronding=afronding,
        einde_bescherming=einde_bescherming,
        gemeenten=tuple(gemeenten),
        locaties=locaties,
        kwartalen=afbouw_per_kwartaal(locaties, einde_bescherming),
        na_einde=tuple(na_einde_bescherming(locaties, einde_bescherming)),
    )


def oekraine_als_dict(o: OekraineOverzicht) -> dict[str, Any]:
    return {
        "afronding": o.afronding.value,
        "einde_tijdelijke_bescherming": o.einde_bescherming.isoformat(),
        "opgave": o.opgave,
        "som_opgaven": o.som_opgaven,
        "gemeenten": [
            {
                "cbs_code": g.cbs_code,
                "naam": g.naam,
                "opgave": g.opgave,
                "realisatie": g.realisatie,
                "ambitie": g.ambitie,
                "goo_plaatsen": g.goo_plaatsen,
            }
            for g in o.gemeenten
        ],
        "kwartalen": [
            {
                "kwartaal": k.label,
                "eindigt": k.eindigt,
                "omgezet": k.omgezet,
                "onbekend": k.onbekend,
            }  # fmt: skip
            for k in o.kwartalen
        ],
    }


# ---------------------------------------------------------------------------- entering GOO


@transaction.atomic
def bewaar_goo(
    t: Toegang,
    gebruiker: Any,
    loc: GooLocatieModel,
    versie: int | None,
    peildatum: date | None = None,
    reden: str = "",
) -> GooLocatieModel:
    """Create (`versie` None) or change a GOO location, for the province or the
    municipality itself; a change names the version it was based on (a concurrent change
    is a Conflict). The places get the person as their source with `peildatum`, and the
    history records who, when, the old and the new values. The caller has validated the
    fields."""
    g = loc.gemeente
    if not mag_bewerken(t, g.provincie.code, g.cbs_code):
        raise GeenToegang("U mag de GOO-locaties van deze gemeente niet wijzigen.")
    herkomst = invoer_herkomst(gebruiker, peildatum)
    if loc.pk is not None:
        claim_gemeenterij(
            loc, versie, "Een GOO-locatie kan niet naar een andere gemeente verhuizen."
        )
    bewaar_met_reden(loc, gebruiker, reden)
    leg_vast(loc, herkomst)
    return loc


@transaction.atomic
def verwijder_goo(
    t: Toegang, gebruiker: Any, loc: GooLocatieModel, versie: int, reden: str = ""
) -> None:
    """Remove a GOO location (its history stays); Conflict if it changed since `versie`."""
    g = loc.gemeente
    if not mag_bewerken(t, g.provincie.code, g.cbs_code):
        raise GeenToegang("U mag de GOO-locaties van deze gemeente niet wijzigen.")
    claim_versie(GooLocatieModel, loc.pk, versie, ["naam", "plaatsen"])
    loc._history_user = gebruiker  # type: ignore[attr-defined]
    loc._change_reason = reden.strip() or None  # type: ignore[attr-defined]
    loc.delete()
