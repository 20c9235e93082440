"""PRT meetings: plan one (open actions of earlier meetings carry over to it), record its
agenda items, decisions and actions, close actions, and export the action and decision
list as DOCX in the layout of the Drenthe list (agenda item | content | by whom)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import QuerySet

from regietafel.domain.routekaart import Invoerfout, over_te_nemen_acties
from regietafel.overleggen.docx import actielijst_bytes
from regietafel.overleggen.models import Actie, ActieStatus, Agendapunt, Besluit, Overleg
from regietafel.provincies.models import Provincie
from regietafel.services import klok
from regietafel.services.leesrechten import intern_leesbare_provincies
from regietafel.services.opslag import RijNietGevonden, rij
from regietafel.services.toegang import Toegang, mag_bewerken, toegang
from regietafel.services.wijzigingen import GeenToegang, claim_versie

STANDAARDTITEL = "Provinciale regietafel asiel"


def overleggen_van(provincie: Provincie) -> QuerySet[Overleg]:
    """The meetings of `provincie` (read when used)."""
    return Overleg.objects.filter(provincie=provincie)


def overleg_met_provincie(pk: int) -> Overleg:
    """The meeting `pk`, with its province; RijNietGevonden if there is none."""
    return rij(Overleg.objects.select_related("provincie"), f"Geen overleg {pk}.", pk=pk)


def actie_met_overleg(pk: int) -> Actie:
    """The action `pk`, with its meeting and province; RijNietGevonden if there is none."""
    return rij(Actie.objects.select_related("overleg__provincie"), f"Geen actie {pk}.", pk=pk)


ONDERDELEN: dict[str, type[Agendapunt | Besluit | Actie]] = {
    "agendapunt": Agendapunt,
    "besluit": Besluit,
    "actie": Actie,
}


def onderdeel(overleg: Overleg, soort: str, pk: int) -> Agendapunt | Besluit | Actie:
    """The agenda item, decision or action (`soort`) `pk` of `overleg`; RijNietGevonden
    for another."""
    if soort not in ONDERDELEN:
        raise RijNietGevonden("Onbekend soort onderdeel van een overleg.")
    melding = f"Geen {soort} {pk} in dit overleg."
    return rij(ONDERDELEN[soort].objects.all(), melding, pk=pk, overleg=overleg)


def _mag(door: AbstractBaseUser, provincie: Provincie) -> None:
    if not mag_bewerken(toegang(door), provincie.code):
        raise GeenToegang("Alleen de provincie legt PRT-overleggen vast.")


def _bewaar(obj: object, door: AbstractBaseUser) -> None:
    obj._history_user = door  # type: ignore[attr-defined]
    obj.save()  # type: ignore[attr-defined]


def _verplicht(waarde: str, veld: str, label: str) -> str:
    if not waarde.strip():
        raise Invoerfout(veld, waarde, "verplicht", label)
    return waarde.strip()


@transaction.atomic
def plan_overleg(
    provincie: Provincie,
    datum: date,
    door: AbstractBaseUser,
    titel: str = STANDAARDTITEL,
    deelnemers: Sequence[str] = (),
) -> Overleg:
    """A new meeting on `datum`; every action still open from an earlier meeting of the
    province is put on its list."""
    _mag(door, provincie)
    overleg = Overleg(
        provincie=provincie,
        datum=datum,
        titel=titel.strip() or STANDAARDTITEL,
        deelnemers=[d.strip() for d in deelnemers if d.strip()],
    )
    _bewaar(overleg, door)
    neem_acties_over(overleg)
    return overleg


def neem_acties_over(overleg: Overleg) -> tuple[int, ...]:
    """Put the open actions of earlier meetings on `overleg`'s list (idempotent)."""
    feiten = [
        a.to_domain()
        for a in Actie.objects.filter(
            overleg__provincie=overleg.provincie, teruggetrokken_op__isnull=True
        )
        .exclude(overleg=overleg)
        .select_related("overleg")
    ]
    ids = over_te_nemen_acties(feiten, overleg.datum)
    overleg.overgenomen_acties.add(*ids)
    return ids


def aantal_overgenomen(overleg: Overleg) -> int:
    """How many open actions of earlier meetings are on `overleg`'s list."""
    return overleg.overgenomen_acties.count()


@transaction.atomic
def voeg_agendapunt_toe(
    overleg: Overleg, door: AbstractBaseUser, onderwerp: str, inhoud: str = "", door_wie: str = ""
) -> Agendapunt:
    _mag(door, overleg.provincie)
    volgorde = overleg.agendapunten.count() + 1
    punt = Agendapunt(
        overleg=overleg,
        volgorde=volgorde,
        onderwerp=_verplicht(onderwerp, "onderwerp", "het onderwerp"),
        inhoud=inhoud.strip(),
        door_wie=door_wie.strip(),
    )
    _bewaar(punt, door)
    return punt


@transaction.atomic
def voeg_besluit_toe(
    overleg: Overleg, door: AbstractBaseUser, tekst: str, agendapunt: Agendapunt | None = None
) -> Besluit:
    _mag(door, overleg.provincie)
    b = Besluit(
        overleg=overleg, agendapunt=agendapunt, tekst=_verplicht(tekst, "tekst", "het besluit")
    )
    _bewaar(b, door)
    return b


@transaction.atomic
def voeg_actie_toe(
    overleg: Overleg,
    door: AbstractBaseUser,
    omschrijving: str,
    eigenaar: str,
    deadline: date | None = None,
    agendapunt: Agendapunt | None = None,
) -> Actie:
    _mag(door, overleg.provincie)
    a = Actie(
        overleg=overleg,
        agendapunt=agendapunt,
        omschrijving=_verplicht(omschrijving, "omschrijving", "de omschrijving"),
        eigenaar=_verplicht(eigenaar, "eigenaar", "de eigenaar"),
        deadline=deadline,
    )
    _bewaar(a, door)
    # A later meeting already planned gets the new action on its list too.
    for later in Overleg.objects.filter(provincie=overleg.provincie, datum__gt=overleg.datum):
        later.overgenomen_acties.add(a)
    return a


@transaction.atomic
def zet_actiestatus(
    actie: Actie, door: AbstractBaseUser, status: str, versie: int | None = None
) -> Actie:
    """Close (or reopen) an action; a closed action no longer carries over. With `versie`
    (the API: the version the client saw) a change in between is a `Conflict`."""
    _mag(door, actie.overleg.provincie)
    if actie.teruggetrokken:
        raise Invoerfout("item", actie.teruggetrokken_op, "teruggetrokken")
    if status not in ActieStatus.values:
        raise Invoerfout("status", status, "onbekende_keuze", "de status")
    if versie is None:
        actie.versie += 1
    else:
        overleg = actie.overleg
        actie = claim_versie(Actie, actie.pk, versie, ["status", "afgerond_op"])
        actie.overleg = overleg
    actie.status = status
    actie.afgerond_op = klok.vandaag() if status == ActieStatus.AFGEROND else None
    _bewaar(actie, door)
    return actie


type Item = Agendapunt | Besluit | Actie  # an item of a meeting

# Per kind of item: its fields that may be edited, and the required ones by their label.
BEWERKBAAR: dict[type[Any], tuple[str, ...]] = {
    Agendapunt: ("onderwerp", "inhoud", "door_wie"),
    Besluit: ("tekst", "agendapunt"),
    Actie: ("omschrijving", "eigenaar", "deadline", "agendapunt"),
}
VERPLICHT: dict[str, str] = {
    "onderwerp": "het onderwerp",
    "tekst": "het besluit",
    "omschrijving": "de omschrijving",
    "eigenaar": "de eigenaar",
}


def _claim(item: Item, door: AbstractBaseUser, versie: int) -> Item:
    """`item` claimed at `versie` for a change by `door`; Conflict when someone changed it
    since, Invoerfout when it was withdrawn."""
    _mag(door, item.overleg.provincie)
    if item.teruggetrokken:
        raise Invoerfout("item", item.teruggetrokken_op, "teruggetrokken")
    geclaimd: Item = claim_versie(type(item), item.pk, versie, list(BEWERKBAAR[type(item)]))
    return geclaimd


@transaction.atomic
def wijzig_item(item: Item, door: AbstractBaseUser, versie: int, velden: Mapping[str, Any]) -> Item:
    """Change an agenda item, decision or action that was based on `versie`; the history
    keeps the old text. Fields other than the kind's editable ones are refused."""
    onbekend = set(velden) - set(BEWERKBAAR[type(item)])
    if onbekend:
        raise Invoerfout("veld", ", ".join(sorted(onbekend)), "onbekende_keuze", "het veld")
    schoon = {}
    for veld, waarde in velden.items():
        if isinstance(waarde, str):
            waarde = (
                _verplicht(waarde, veld, VERPLICHT[veld]) if veld in VERPLICHT else waarde.strip()
            )
        if veld == "agendapunt" and waarde is not None and waarde.overleg_id != item.overleg_id:
            raise Invoerfout("agendapunt", waarde, "onbekende_keuze", "het agendapunt")
        schoon[veld] = waarde
    obj = _claim(item, door, versie)
    for veld, waarde in schoon.items():
        setattr(obj, veld, waarde)
    _bewaar(obj, door)
    return obj


@transaction.atomic
def trek_terug(item: Item, door: AbstractBaseUser, versie: int) -> Item:
    """Withdraw an agenda item, decision or action: kept with its history and shown struck
    through, but off the action list and no longer carried over to later meetings."""
    obj = _claim(item, door, versie)
    obj.teruggetrokken_op = klok.vandaag()
    obj._change_reason = "Teruggetrokken"  # type: ignore[attr-defined]
    _bewaar(obj, door)
    return obj


def open_acties(provincie: Provincie) -> Any:
    """The province's open actions that were not withdrawn, oldest meeting first."""
    return Actie.objects.filter(
        overleg__provincie=provincie, status=ActieStatus.OPEN, teruggetrokken_op__isnull=True
    ).select_related("overleg")


@dataclass(frozen=True)
class LijstRij:
    """One row of the action and decision list: agenda item | content | by whom."""

    onderwerp: str
    inhoud: tuple[str, ...]
    door_wie: tuple[str, ...]


@dataclass(frozen=True)
class Actielijst:
    titel: str
    datum: date
    deelnemers: tuple[str, ...]
    rijen: tuple[LijstRij, ...]


def _actie_tekst(a: Actie) -> str:
    tekst = f"Actie: {a.omschrijving}"
    if a.deadline:
        tekst += f" (uiterlijk {a.deadline:%d-%m-%Y})"
    if a.status == ActieStatus.AFGEROND:
        tekst += " (afgerond)"
    return tekst


def lopende_agendapunten(overleg: Overleg) -> QuerySet[Agendapunt]:
    """The agenda items of `overleg` that were not withdrawn."""
    return overleg.agendapunten.filter(teruggetrokken_op__isnull=True)


def _overgenomen(overleg: Overleg) -> QuerySet[Actie]:
    """The actions carried over to `overleg` from earlier meetings, not withdrawn."""
    return overleg.overgenomen_acties.filter(teruggetrokken_op__isnull=True)


def acties_van(overleg: Overleg) -> list[Actie]:
    """The actions of `overleg` (withdrawn ones too), then those carried over to it from
    earlier meetings that were not withdrawn: the actions its page lists."""
    return list(overleg.acties.all()) + list(_overgenomen(overleg))


def actielijst(overleg: Overleg) -> Actielijst:
    """The action and decision list of `overleg`, in the order of its agenda, with the
    actions carried over from earlier meetings as the first item."""
    rijen = []
    overgenomen = list(
        _overgenomen(overleg).select_related("overleg").order_by("overleg__datum", "id")
    )
    if overgenomen:
        rijen.append(
            LijstRij(
                "Openstaande acties uit eerdere overleggen",
                tuple(
                    f"{_actie_tekst(a)} (uit overleg van {a.overleg.datum:%d-%m-%Y})"
                    for a in overgenomen
                ),  # fmt: skip
                tuple(a.eigenaar for a in overgenomen),
            )
        )
    besluiten = list(overleg.besluiten.filter(teruggetrokken_op__isnull=True))
    acties = list(overleg.acties.filter(teruggetrokken_op__isnull=True))
    for punt in lopende_agendapunten(overleg):
        inhoud = [r.strip() for r in punt.inhoud.splitlines() if r.strip()]
        inhoud += [f"Besluit: {b.tekst}" for b in besluiten if b.agendapunt_id == punt.pk]
        eigen = [a for a in acties if a.agendapunt_id == punt.pk]
        inhoud += [_actie_tekst(a) for a in eigen]
        wie = ([punt.door_wie] if punt.door_wie else []) + [a.eigenaar for a in eigen]
        rijen.append(LijstRij(punt.onderwerp, tuple(inhoud), tuple(dict.fromkeys(wie))))
    los_b = [b for b in besluiten if b.agendapunt_id is None]
    los_a = [a for a in acties if a.agendapunt_id is None]
    if los_b or los_a:
        rijen.append(
            LijstRij(
                "Overige besluiten en acties",
                tuple(f"Besluit: {b.tekst}" for b in los_b) + tuple(_actie_tekst(a) for a in los_a),
                tuple(dict.fromkeys(a.eigenaar for a in los_a)),
            )
        )
    return Actielijst(overleg.titel, overleg.datum, tuple(overleg.deelnemers), tuple(rijen))


def actielijst_docx(overleg: Overleg) -> bytes:
    """The action and decision list as a Word document."""

    return actielijst_bytes(actielijst(overleg), overleg.provincie.naam)


def leesbare_overleggen(t: Toegang) -> QuerySet[Overleg]:
    """The PRT meetings of the provinces `t` reads internally (services.leesrechten), with
    their agenda, decisions and actions."""
    return (
        Overleg.objects.select_related("provincie")
        .prefetch_related("agendapunten", "besluiten", "acties", "overgenomen_acties")
        .filter(intern_leesbare_provincies(t, "provincie__code"))
    )


def leesbare_overleggen_nieuwste_eerst(t: Toegang) -> QuerySet[Overleg]:
    """leesbare_overleggen, the newest meeting first (of one day, the last entered)."""
    return leesbare_overleggen(t).order_by("-datum", "-id")


def leesbaar_overleg(t: Toegang, pk: int) -> Overleg | None:
    """The meeting `pk` as leesbare_overleggen reads it, if `t` reads its province
    internally."""
    return leesbare_overleggen(t).filter(pk=pk).first()


def leesbare_actie(t: Toegang, pk: int) -> Actie | None:
    """The action `pk` if `t` reads its meeting's province internally."""
    return (
        Actie.objects.select_related("overleg__provincie")
        .filter(intern_leesbare_provincies(t, "overleg__provincie__code"), pk=pk)
        .first()
    )


def huidige_actie(pk: int) -> Actie:
    """The action `pk` as it is stored now."""
    return Actie.objects.get(pk=pk)
