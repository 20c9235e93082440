"""Changing offers and locations: access checked, versions compared, history recorded.

Every write goes through here, so the web app and the API cannot race past each other:
a change names the version it was based on, and a change to a record that someone else
has changed since is refused with a `Conflict` that says who changed what (optimistic
concurrency, never last-write-wins). django-simple-history records who, when, the old and
new value, and the optional reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, models, transaction

from regietafel.berichten.services import meld_wijzigingen
from regietafel.bronnen.services import leg_invoer_vast
from regietafel.cycli.models import Cyclus
from regietafel.domain.fouten import RegietafelFout, Soort
from regietafel.domain.model import Categorie
from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import CATEGORIEEN as CATEGORIEEN  # for the pages
from regietafel.opgaven.models import Aanbod
from regietafel.provincies.models import Gemeente
from regietafel.services.opslag import rij
from regietafel.services.toegang import GeenToegang, Toegang, mag_bewerken

# The largest `versie` a record can reach: the column is an integer on every database
# (PositiveIntegerField: 2147483647 on PostgreSQL), and a change writes `versie + 1`.
HOOGSTE_VERSIE = 2_147_483_647


# Not frozen: Python sets `__traceback__` on an exception as it passes through a `with`
# (the import's `bron_van_import`), which a frozen dataclass refuses.
@dataclass
class Conflict(RegietafelFout):
    """Someone else changed the record after the user opened it."""

    soort = Soort.CONFLICT
    code = "gewijzigd"
    door: str
    wanneer: datetime | None
    huidige: dict[str, Any]

    def huidige_tekst(self, labels: Mapping[str, str] | None = None) -> str:
        """The current values, for the message next to the form; each field by its label
        in `labels` when it has one."""
        namen = labels or {}
        return "; ".join(
            f"{namen.get(veld, veld)}: {'onbekend' if w is None else w}"
            for veld, w in self.huidige.items()
        )

    def met_huidige(self, labels: Mapping[str, str] | None = None, melding: str = "") -> str:
        """The message (`melding`, by default this conflict's) with the current values."""
        huidig = self.huidige_tekst(labels)
        return f"{melding or self}{' Huidige waarden: ' + huidig + '.' if huidig else ''}"

    def parameters(self) -> dict[str, object]:
        return {"door": self.door}


def laatste_wijziging(obj: models.Model) -> tuple[str, datetime | None]:
    """Who last changed `obj`, and when, from its history."""
    laatste = obj.history.order_by("-history_date", "-history_id").first()  # type: ignore[attr-defined]
    if laatste is None:
        return ("onbekend", None)
    gebruiker = laatste.history_user
    return (gebruiker.get_username() if gebruiker else "het systeem", laatste.history_date)


def claim_nieuw_of_versie(
    model: type[models.Model], bestaand: models.Model | None, versie: int, velden: list[str]
) -> Any:
    """The row for a change based on `versie`, where 0 means the user saw no row yet: then
    `bestaand` (the row as stored now) must still be missing, and None is returned (the
    caller creates it); otherwise `bestaand` is claimed at `versie`. A Conflict with the
    current values when someone else created or changed the row since."""
    if versie == 0:
        if bestaand is not None:
            door, wanneer = laatste_wijziging(bestaand)
            raise Conflict(door, wanneer, {v: getattr(bestaand, v) for v in velden})
        return None
    if bestaand is None:
        raise Conflict("iemand anders", None, {})
    return claim_versie(model, bestaand.pk, versie, velden)


def claim_versie(model: type[models.Model], pk: int, versie: int, velden: list[str]) -> Any:
    """Take the row at `versie` for this change, or raise Conflict with the current values.

    The conditional UPDATE is the gate: of two saves based on the same version, exactly one
    moves it on, on SQLite and PostgreSQL alike. A version that has no next one (outside
    1 .. HOOGSTE_VERSIE - 1) claims nothing, so it is a Conflict rather than an overflow.
    """
    geclaimd = 0
    if 1 <= versie < HOOGSTE_VERSIE:
        geclaimd = model.objects.filter(pk=pk, versie=versie).update(versie=versie + 1)  # type: ignore[attr-defined]
    obj = model.objects.get(pk=pk)  # type: ignore[attr-defined]
    if not geclaimd:
        door, wanneer = laatste_wijziging(obj)
        raise Conflict(door, wanneer, {v: getattr(obj, v) for v in velden})
    return obj


@transaction.atomic
def aanbod_van(cbs_code: str, pk: int) -> Aanbod:
    """The offer `pk` of the municipality `cbs_code`, with its province and cycle;
    RijNietGevonden if it has no such offer."""
    rijen = Aanbod.objects.select_related("gemeente__provincie", "cyclus")
    melding = f"Geen aanbod {pk} van gemeente '{cbs_code}'."
    return rij(rijen, melding, pk=pk, gemeente__cbs_code=cbs_code)


def aanbod_van_gemeente(gemeente: Gemeente, cyclus: Cyclus) -> models.QuerySet[Aanbod]:
    """The stored offers of `gemeente` in `cyclus` (each with `gemeente` as its municipality)."""
    return gemeente.aanbod.filter(cyclus=cyclus)


def aanbod_in(gemeente: Gemeente, cyclus: Cyclus, categorie: Categorie, jaar: int) -> Aanbod:
    """The stored offer of `gemeente` in `cyclus` for one category and year."""
    return Aanbod.objects.get(
        gemeente=gemeente, cyclus=cyclus, categorie=categorie.value, jaar=jaar
    )


def wijzig_aanbod(
    t: Toegang,
    gebruiker: AbstractBaseUser,
    aanbod: Aanbod,
    plaatsen: int | None,
    versie: int,
    reden: str = "",
) -> Aanbod:
    """Set the offer of one municipality, category and year."""
    gemeente = aanbod.gemeente
    if not mag_bewerken(t, gemeente.provincie.code, gemeente.cbs_code):
        raise GeenToegang("U mag het aanbod van deze gemeente niet wijzigen.")
    obj: Aanbod = claim_versie(Aanbod, aanbod.pk, versie, ["plaatsen"])
    obj.plaatsen = plaatsen
    bewaar_met_historie(obj, gebruiker, reden)
    return obj


AANBODCATEGORIEEN = (Categorie.ASIEL_REGULIER, Categorie.AMV)  # the categories with an offer


def ontbrekend_aanbod(gemeente: Gemeente, cyclus: Cyclus) -> list[tuple[Categorie, int]]:
    """The (category, year) of `cyclus` for which `gemeente` has no offer row yet (a new
    province's municipalities, until their offers are entered or imported)."""
    bestaand = set(
        Aanbod.objects.filter(gemeente=gemeente, cyclus=cyclus).values_list("categorie", "jaar")
    )
    return [(c, j) for c in AANBODCATEGORIEEN for j in cyclus.jaren if (c.value, j) not in bestaand]


@transaction.atomic
def maak_aanbod(
    t: Toegang,
    gebruiker: AbstractBaseUser,
    gemeente: Gemeente,
    cyclus: Cyclus,
    categorie: Categorie,
    jaar: int,
    plaatsen: int | None,
    reden: str = "",
) -> Aanbod:
    """Create the offer row of `gemeente` in `categorie` and `jaar` of `cyclus` that is not
    there yet, with `plaatsen` (None: unknown until entered), its history and source. A row
    someone else created meanwhile is a Conflict with its value, never overwritten."""
    if not mag_bewerken(t, gemeente.provincie.code, gemeente.cbs_code):
        raise GeenToegang("U mag het aanbod van deze gemeente niet wijzigen.")
    if categorie not in AANBODCATEGORIEEN or jaar not in cyclus.jaren:
        raise ValueError(f"geen aanbod {categorie.value} {jaar} in cyclus {cyclus.naam}")
    sleutel = {"gemeente": gemeente, "cyclus": cyclus, "categorie": categorie.value, "jaar": jaar}
    bestaand = Aanbod.objects.filter(**sleutel).first()
    claim_nieuw_of_versie(Aanbod, bestaand, 0, ["plaatsen"])
    aanbod = Aanbod(**sleutel, plaatsen=plaatsen)
    try:
        with transaction.atomic():
            bewaar_met_historie(aanbod, gebruiker, reden)
    except IntegrityError:  # created by someone else in the meantime
        raise Conflict("iemand anders", None, {}) from None
    return aanbod


@transaction.atomic
def bewaar_locatie(
    t: Toegang,
    gebruiker: AbstractBaseUser,
    locatie: Locatie,
    versie: int | None,
    reden: str = "",
) -> Locatie:
    """Create (`versie` None) or change a location; the caller has validated its fields."""
    gemeente = locatie.gemeente
    if not mag_bewerken(t, gemeente.provincie.code, gemeente.cbs_code):
        raise GeenToegang("U mag de locaties van deze gemeente niet wijzigen.")
    if locatie.pk is None:
        bewaar_met_historie(locatie, gebruiker, reden)
        return locatie
    if versie is None:
        raise ValueError("een wijziging van een bestaande locatie noemt haar versie")
    velden = [f.name for f in Locatie._meta.concrete_fields if f.name not in {"id", "versie"}]
    huidig: Locatie = claim_versie(Locatie, locatie.pk, versie, velden)
    if huidig.gemeente_id != locatie.gemeente_id:
        raise GeenToegang("Een locatie kan niet naar een andere gemeente worden verplaatst.")
    locatie.versie = huidig.versie
    bewaar_met_historie(locatie, gebruiker, reden)
    return locatie


def beeindig_locatie(
    t: Toegang,
    gebruiker: AbstractBaseUser,
    locatie: Locatie,
    einddatum: date,
    versie: int,
    reden: str = "",
) -> Locatie:
    """End a location's availability on `einddatum` (the record stays, with its history)."""
    locatie.beschikbaar_tot = einddatum
    locatie.onbepaalde_tijd = False
    return bewaar_locatie(t, gebruiker, locatie, versie, reden)


def claim_gemeenterij(obj: Any, versie: int | None, verhuisd: str) -> None:
    """Claim the stored row of `obj` (a row of one municipality: a GOO location, a reserve)
    at `versie` for a change, and give `obj` the version moved on; Conflict when someone
    changed it since, GeenToegang (`verhuisd`) when the change moves it to another
    municipality."""
    if versie is None:
        raise ValueError("een wijziging van een bestaande rij noemt haar versie")
    model = type(obj)
    velden = [f.name for f in model._meta.concrete_fields if f.name != "id"]
    huidig = claim_versie(model, obj.pk, versie, velden)
    if huidig.gemeente_id != obj.gemeente_id:
        raise GeenToegang(verhuisd)
    obj.versie = huidig.versie


def bewaar_met_historie(obj: Any, gebruiker: AbstractBaseUser, reden: str) -> None:
    """Save `obj` with who changed it and why in its history record (the audit trail)."""
    obj._history_user = gebruiker
    obj._change_reason = reden.strip() or None
    obj.save()
    leg_invoer_vast(obj, gebruiker)
    meld_wijzigingen(gebruiker, [obj], reden)
