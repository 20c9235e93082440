"""The supervision ladder for status holders (*interbestuurlijk toezicht*): each
municipality's run of half years below target and the step it implies, computed from the
stored half years with the province's ladder; and changing that ladder (province staff
only, with a version check and the change in the history)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction

from regietafel.domain.statushouders import Periode, procent
from regietafel.domain.toezicht import (
    GemeenteToezicht,
    Toezichtladder,
    Toezichtstap,
    lees_ladder,
    toezicht_per_gemeente,
)
from regietafel.provincies.models import Provincie
from regietafel.reports.toezicht import ToezichtInvoer
from regietafel.services.opslag import NietGevonden
from regietafel.services.toegang import Toegang, mag_bewerken
from regietafel.services.wijzigingen import (
    Conflict,
    GeenToegang,
    bewaar_met_historie,
    claim_versie,
    laatste_wijziging,
)
from regietafel.statushouders import models
from regietafel.statushouders.models import stappen_van_ladder
from regietafel.statushouders.services import StatushoudersOverzicht, statushouders


@dataclass(frozen=True)
class Ladder:
    """A province's ladder as used now; `versie` 0 means the default (nothing stored)."""

    provincie: str
    ladder: Toezichtladder
    versie: int


@dataclass(frozen=True)
class Ladderwijziging:
    wanneer: datetime
    wie: str
    reden: str
    stappen: tuple[str, ...]  # "Signaal (1)", ...


@dataclass(frozen=True)
class ToezichtOverzicht:
    provincie: str
    periode: Periode
    perioden: tuple[Periode, ...]
    namen: dict[str, str]
    ladder: Ladder
    gemeenten: tuple[GemeenteToezicht, ...]

    def per_stap(self) -> list[tuple[Toezichtstap, list[tuple[str, str]]]]:
        """The municipalities (CBS code, name) on each step, heaviest step first; steps
        without any are left out."""
        uit = []
        for s in reversed(self.ladder.ladder.stappen):
            op_stap = [(g.cbs_code, self.namen[g.cbs_code]) for g in self.gemeenten if g.stap == s]
            if op_stap:
                uit.append((s, op_stap))
        return uit

    def gemeente(self, cbs_code: str) -> GemeenteToezicht:
        for g in self.gemeenten:
            if g.cbs_code == cbs_code:
                return g
        raise NietGevonden(f"Geen gemeente '{cbs_code}' in provincie '{self.provincie}'.")


def _provincie(code: str) -> Provincie:
    try:
        return Provincie.objects.get(code=code)
    except Provincie.DoesNotExist:
        raise NietGevonden(f"Geen provincie '{code}'.") from None


def ladder(provincie: str) -> Ladder:
    """The province's stored ladder, or the default when it has none."""
    rij = models.Toezichtladder.objects.filter(provincie=_provincie(provincie)).first()
    if rij is None:
        return Ladder(provincie, Toezichtladder(), 0)
    return Ladder(provincie, rij.to_domain(), rij.versie)


def ladderwijzigingen(provincie: str) -> list[Ladderwijziging]:
    """Every stored version of the province's ladder, newest first."""
    records = models.Toezichtladder.history.filter(provincie__code=provincie).select_related(
        "history_user"
    )
    return [
        Ladderwijziging(
            wanneer=r.history_date,
            wie=r.history_user.get_username() if r.history_user else "het systeem",
            reden=r.history_change_reason or "",
            stappen=tuple(f"{s['naam']} ({s['drempel']})" for s in r.stappen),
        )
        for r in records.order_by("-history_date", "-history_id")
    ]


@transaction.atomic
def bewaar_ladder(
    t: Toegang,
    gebruiker: AbstractBaseUser,
    provincie: str,
    rijen: Sequence[tuple[str, str, str]],
    versie: int,
    reden: str = "",
) -> Ladder:
    """Store the province's ladder from text rows (name, description, threshold).

    `versie` is the version the user saw (0: the default); a ladder changed by someone else
    since raises Conflict. A bad ladder raises LadderFout; nothing is written then.
    """
    if not mag_bewerken(t, provincie):
        raise GeenToegang("Alleen de provincie stelt haar toezichtladder vast.")
    nieuw = lees_ladder(rijen)
    prov = _provincie(provincie)
    if versie == 0:
        rij = models.Toezichtladder(provincie=prov, stappen=stappen_van_ladder(nieuw))
        try:
            with transaction.atomic():
                bewaar_met_historie(rij, gebruiker, reden)
        except IntegrityError:
            # Someone else stored the province's first ladder after the user opened the form.
            bestaand = models.Toezichtladder.objects.get(provincie=prov)
            door, wanneer = laatste_wijziging(bestaand)
            raise Conflict(door, wanneer, {"stappen": bestaand.stappen}) from None
        return Ladder(provincie, nieuw, rij.versie)
    bestaand = models.Toezichtladder.objects.filter(provincie=prov).first()
    if bestaand is None:
        raise Conflict("onbekend", None, {"stappen": stappen_van_ladder(Toezichtladder())})
    rij = claim_versie(models.Toezichtladder, bestaand.pk, versie, ["stappen"])
    rij.stappen = stappen_van_ladder(nieuw)
    bewaar_met_historie(rij, gebruiker, reden)
    return Ladder(provincie, nieuw, rij.versie)


def toezicht(provincie: str, periode: str | Periode | None = None) -> ToezichtOverzicht:
    """Each municipality's place on the ladder after `periode` (default: the latest stored
    half year), from all stored half years up to it."""
    return toezicht_bij(statushouders(provincie, periode))


def toezicht_bij(sh: StatushoudersOverzicht) -> ToezichtOverzicht:
    """The ladder after the half year of a status-holder overview already computed."""
    gebruikt = ladder(sh.provincie)
    return ToezichtOverzicht(
        provincie=sh.provincie,
        periode=sh.periode,
        perioden=sh.perioden,
        namen=sh.namen,
        ladder=gebruikt,
        gemeenten=toezicht_per_gemeente(sh.reeks, gebruikt.ladder),
    )


def toezicht_voor_verslag(provincie: str) -> ToezichtInvoer | None:
    """The report's input: the ladder after the latest stored half year (None: none stored)."""
    try:
        o = toezicht(provincie)
    except NietGevonden:
        return None
    return ToezichtInvoer(o.periode, o.ladder.ladder, o.gemeenten, o.namen)


def stap_als_dict(s: Toezichtstap | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"naam": s.naam, "omschrijving": s.omschrijving, "drempel": s.drempel}


def toezicht_als_dict(o: ToezichtOverzicht) -> dict[str, Any]:
    """The stable JSON shape of `regietafel toezicht --json` (docs/toezicht.md)."""
    return {
        "provincie": o.provincie,
        "halfjaar": str(o.periode),
        "ladder": {
            "standaard": o.ladder.versie == 0,
            "versie": o.ladder.versie,
            "stappen": [stap_als_dict(s) for s in o.ladder.ladder.stappen],
        },
        "gemeenten": [
            {
                "cbs_code": g.cbs_code,
                "naam": o.namen.get(g.cbs_code, g.cbs_code),
                "halfjaren_onder_op_rij": g.onder_op_rij,
                "halfjaren_onbekend": g.onbekend,
                "stap": stap_als_dict(g.stap),
                "volgende_stap": stap_als_dict(g.volgende),
                "historie": [
                    {
                        "halfjaar": str(h.periode),
                        "taakstelling": h.taakstelling,
                        "te_realiseren": h.te_realiseren,
                        "realisatie": h.realisatie,
                        "percentage": procent(h.aandeel),
                        "oordeel": h.oordeel.value,
                        "onder_op_rij": h.onder_op_rij,
                    }
                    for h in g.historie
                ],
            }
            for g in o.gemeenten
        ],
    }
