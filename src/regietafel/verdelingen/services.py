"""Numbered versions of a province's distribution, and their ratification (*bekrachtigen*).

Other parts call:

- ``maak_concept(provincie, cyclus, waarden, door, bron, toelichting="")``: a new concept
  version; `waarden` None snapshots the current offers (the puzzle), otherwise it is
  ``{cbs_code: {categorie: {jaar: plaatsen or None}}}`` (e.g. from a solver scenario);
- ``bekrachtigde_versie(provincie, cyclus)``: the ratified version the report is made
  from (None while there is none), with ``bekrachtiging_tekst(versie)`` for the report;
- ``gegevens_volgens_versie(gegevens, versie)``: the cycle's inputs with the version's
  offers in place of the current ones.

A ratified version never changes: the model refuses it, and `wijzig_versie` on a ratified
version makes a new concept instead.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Max, QuerySet

from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain import model as d
from regietafel.domain.opmaak import datum_lang
from regietafel.domain.routekaart import Invoerfout, StapStatus, Verschil, vergelijk_versies
from regietafel.opgaven.models import Aanbod
from regietafel.provincies.models import Gemeente
from regietafel.publicaties.models import Publicatie
from regietafel.publicaties.vastleggen import leg_vast
from regietafel.routekaart.services import markeer_stap
from regietafel.services import klok
from regietafel.services.leesrechten import intern_leesbare_provincies
from regietafel.services.opslag import provincie_cyclus, rij
from regietafel.services.toegang import Toegang, mag_bewerken, toegang
from regietafel.services.wijzigingen import GeenToegang
from regietafel.verdelingen.models import OnveranderlijkeVersie, Verdelingsversie

__all__ = ["OnveranderlijkeVersie"]

CATEGORIEEN = {
    d.Categorie.ASIEL_REGULIER.value: "regulier",
    d.Categorie.AMV.value: "AMV",
}
Waarden = dict[str, dict[str, dict[str, int | None]]]


def _mag(door: AbstractBaseUser, pc: ProvincieCyclus) -> None:
    if not mag_bewerken(toegang(door), pc.provincie.code):
        raise GeenToegang("Alleen de provincie maakt en bekrachtigt verdelingen.")


def huidige_waarden(pc: ProvincieCyclus) -> Waarden:
    """The current offers of every municipality of `pc`, per category and year."""
    jaren = [str(j) for j in pc.cyclus.jaren]
    waarden: Waarden = {
        g.cbs_code: {cat: dict.fromkeys(jaren) for cat in CATEGORIEEN}
        for g in Gemeente.objects.filter(provincie=pc.provincie)
    }
    for a in Aanbod.objects.filter(
        gemeente__provincie=pc.provincie, cyclus=pc.cyclus, categorie__in=list(CATEGORIEEN)
    ).select_related("gemeente"):
        per_cat = waarden[a.gemeente.cbs_code][a.categorie]
        if str(a.jaar) in per_cat:
            per_cat[str(a.jaar)] = a.plaatsen
    return waarden


def controleer_waarden(pc: ProvincieCyclus, waarden: Mapping[str, Any]) -> Waarden:
    """`waarden` checked against the province's municipalities and the cycle's years."""
    codes = set(Gemeente.objects.filter(provincie=pc.provincie).values_list("cbs_code", flat=True))
    jaren = {str(j) for j in pc.cyclus.jaren}
    schoon: Waarden = {}
    for code, per_cat in waarden.items():
        if code not in codes:
            raise Invoerfout("gemeente", code, "onbekende_gemeente")
        schoon[code] = {}
        for cat, per_jaar in per_cat.items():
            if cat not in CATEGORIEEN:
                raise Invoerfout("categorie", cat, "onbekende_keuze", "de categorie")
            schoon[code][cat] = {}
            for jaar, n in per_jaar.items():
                if str(jaar) not in jaren:
                    raise Invoerfout(f"{code}_{cat}_{jaar}", jaar, "onbekend_jaar")
                if n is not None and (isinstance(n, bool) or not isinstance(n, int) or n < 0):
                    raise Invoerfout(f"{code}_{cat}_{jaar}", n, "geen_aantal")
                schoon[code][cat][str(jaar)] = n
    return schoon


@transaction.atomic
def maak_concept(
    provincie: str,
    cyclus: str,
    waarden: Mapping[str, Any] | None,
    door: AbstractBaseUser,
    bron: str,
    toelichting: str = "",
    gebaseerd_op: Verdelingsversie | None = None,
) -> Verdelingsversie:
    """A new concept version with the next number."""
    pc = provincie_cyclus(provincie, cyclus)
    _mag(door, pc)
    schoon = huidige_waarden(pc) if waarden is None else controleer_waarden(pc, waarden)
    # Lock the province's versions so two concepts never get the same number.
    list(ProvincieCyclus.objects.select_for_update().filter(pk=pc.pk))
    hoogste = Verdelingsversie.objects.filter(provincie_cyclus=pc).aggregate(m=Max("nummer"))["m"]
    v = Verdelingsversie(
        provincie_cyclus=pc,
        nummer=(hoogste or 0) + 1,
        waarden=schoon,
        bron=bron.strip() or "handmatig",
        toelichting=toelichting.strip(),
        gebaseerd_op=gebaseerd_op,
        aangemaakt_op=klok.nu(),
        aangemaakt_door=door,
    )
    v._history_user = door  # type: ignore[attr-defined]
    v.save()
    return v


@transaction.atomic
def wijzig_versie(
    versie: Verdelingsversie,
    waarden: Mapping[str, Any],
    door: AbstractBaseUser,
    toelichting: str = "",
) -> Verdelingsversie:
    """Change a concept's values; for a ratified version, make a new concept based on it
    (the ratified one stays as it is). Returns the version that holds the change."""
    pc = versie.provincie_cyclus
    _mag(door, pc)
    schoon = controleer_waarden(pc, waarden)
    versie = Verdelingsversie.objects.select_for_update().get(pk=versie.pk)
    if versie.bekrachtigd:
        return maak_concept(
            pc.provincie.code,
            pc.cyclus.naam,
            schoon,
            door,
            bron=f"wijziging van bekrachtigde versie {versie.nummer}",
            toelichting=toelichting,
            gebaseerd_op=versie,
        )
    versie.waarden = schoon
    if toelichting.strip():
        versie.toelichting = toelichting.strip()
    versie._history_user = door  # type: ignore[attr-defined]
    versie.save()
    return versie


@transaction.atomic
def bekrachtig(
    versie: Verdelingsversie, datum: date, vergadering: str, door: AbstractBaseUser
) -> Verdelingsversie:
    """Ratify `versie` on `datum` in `vergadering` (e.g. "bestuurlijke PRT 15-9-2026").
    From then on it is frozen."""
    pc = versie.provincie_cyclus
    _mag(door, pc)
    versie = Verdelingsversie.objects.select_for_update().get(pk=versie.pk)
    if versie.bekrachtigd:
        raise Invoerfout("versie", versie.nummer, "al_bekrachtigd")
    if not vergadering.strip():
        raise Invoerfout("vergadering", "", "verplicht", "de vergadering")
    if datum > klok.vandaag():
        raise Invoerfout("datum", f"{datum:%d-%m-%Y}", "datum_in_toekomst")
    versie.bekrachtigd_op = datum
    versie.vergadering = vergadering.strip()
    versie.bekrachtigd_door = door
    versie._history_user = door  # type: ignore[attr-defined]
    versie.save()
    leg_vast(pc, Publicatie.Soort.BEKRACHTIGING, datum, door, versie)
    markeer_stap(pc, "instemming", StapStatus.AFGEROND, door)
    return versie


def bekrachtigde_versie(provincie: str, cyclus: str) -> Verdelingsversie | None:
    """The most recently ratified version of `provincie` in `cyclus`, or None."""
    return (
        Verdelingsversie.objects.filter(
            provincie_cyclus__provincie__code=provincie,
            provincie_cyclus__cyclus__naam=cyclus,
            bekrachtigd_op__isnull=False,
        )
        .order_by("-bekrachtigd_op", "-nummer")
        .first()
    )


def versie_met_cyclus(pk: int) -> Verdelingsversie:
    """The version `pk`, with its province, cycle and users; RijNietGevonden if none."""
    versies = Verdelingsversie.objects.select_related(
        "provincie_cyclus__provincie",
        "provincie_cyclus__cyclus",
        "aangemaakt_door",
        "bekrachtigd_door",
    )
    return rij(versies, f"Geen verdelingsversie {pk}.", pk=pk)


def versies_van(pc: ProvincieCyclus) -> list[Verdelingsversie]:
    """The versions of a province's cycle, the newest first."""
    return list(
        Verdelingsversie.objects.filter(provincie_cyclus=pc)
        .select_related("aangemaakt_door")
        .order_by("-nummer")
    )


def vorige_versie(v: Verdelingsversie) -> Verdelingsversie | None:
    """The version before `v` in its province's cycle, if any."""
    return (
        Verdelingsversie.objects.filter(provincie_cyclus=v.provincie_cyclus, nummer__lt=v.nummer)
        .order_by("-nummer")
        .first()
    )


def bekrachtigde_versies(provincie: str, cyclus: str) -> QuerySet[Verdelingsversie]:
    """The ratified versions of `provincie` in `cyclus` (read when used)."""
    return Verdelingsversie.objects.filter(
        provincie_cyclus__provincie__code=provincie,
        provincie_cyclus__cyclus__naam=cyclus,
        bekrachtigd_op__isnull=False,
    )


def versie_of_niets(pk: str) -> Verdelingsversie | None:
    """The version whose number in the database is `pk` (text from a form), or None."""
    return Verdelingsversie.objects.filter(pk=int(pk)).first() if pk.isdigit() else None


def bekrachtiging_tekst(versie: Verdelingsversie) -> str:
    """The sentence the report carries about its source."""
    assert versie.bekrachtigd_op is not None
    return (
        f"Dit verslag is opgesteld op basis van de bekrachtigde verdeling, versie "
        f"{versie.nummer}, bekrachtigd op {datum_lang(versie.bekrachtigd_op)} "
        f"({versie.vergadering})."
    )


def gegevens_volgens_versie(
    gegevens: d.CyclusGegevens, versie: Verdelingsversie
) -> d.CyclusGegevens:
    """`gegevens` with the offers of `versie` in place of the stored ones; for a ratified
    version the other inputs are those frozen at its ratification (ADR 0007)."""
    vast = Publicatie.objects.filter(verdelingsversie=versie).only("gegevens").first()
    if vast is not None:
        gegevens = vast.to_domain()
    cijfers = {}
    for code, c in gegevens.cijfers.items():
        aanbod = dict(c.aanbod)
        for cat, per_jaar in versie.waarden.get(code, {}).items():
            for jaar, n in per_jaar.items():
                aanbod[(d.Categorie(cat), int(jaar))] = n
        cijfers[code] = dataclasses.replace(c, aanbod=aanbod)
    return dataclasses.replace(gegevens, cijfers=cijfers)


@dataclass(frozen=True)
class VerschilRegel:
    """One difference for the page: the municipality's name with the domain's Verschil."""

    gemeente: str
    verschil: Verschil

    @property
    def categorie(self) -> str:
        return CATEGORIEEN.get(self.verschil.categorie, self.verschil.categorie)


def vergelijk(a: Verdelingsversie, b: Verdelingsversie) -> tuple[VerschilRegel, ...]:
    """The per-municipality differences from version `a` to version `b`."""
    if a.pk == b.pk:
        raise Invoerfout("b", b.nummer, "dezelfde_versie")
    namen = dict(
        Gemeente.objects.filter(provincie=a.provincie_cyclus.provincie).values_list(
            "cbs_code", "naam"
        )
    )
    return tuple(
        VerschilRegel(namen.get(v.cbs_code, v.cbs_code), v)
        for v in vergelijk_versies(a.waarden, b.waarden)
    )


@dataclass(frozen=True)
class VersieTabelRij:
    cbs_code: str
    gemeente: str
    cellen: tuple[int | None, ...]


def versie_tabel(versie: Verdelingsversie) -> tuple[tuple[str, ...], tuple[VersieTabelRij, ...]]:
    """The version as a table: column heads (category and year) and a row per municipality."""
    jaren = [str(j) for j in versie.provincie_cyclus.cyclus.jaren]
    koppen = tuple(f"{label} {j}" for label in CATEGORIEEN.values() for j in jaren)
    gemeenten = Gemeente.objects.filter(provincie=versie.provincie_cyclus.provincie).order_by(
        "naam"
    )
    rijen = tuple(
        VersieTabelRij(
            g.cbs_code,
            g.naam,
            tuple(
                versie.waarden.get(g.cbs_code, {}).get(cat, {}).get(j)
                for cat in CATEGORIEEN
                for j in jaren
            ),
        )
        for g in gemeenten
    )
    return koppen, rijen


def leesbare_versies(t: Toegang) -> QuerySet[Verdelingsversie]:
    """The numbered versions of the distribution of the provinces `t` reads internally
    (services.leesrechten)."""
    return Verdelingsversie.objects.select_related(
        "provincie_cyclus__provincie", "provincie_cyclus__cyclus"
    ).filter(intern_leesbare_provincies(t, "provincie_cyclus__provincie__code"))


def leesbare_versies_op_volgorde(t: Toegang) -> QuerySet[Verdelingsversie]:
    """leesbare_versies by province, then cycle, then number."""
    return leesbare_versies(t).order_by(
        "provincie_cyclus__provincie__code", "provincie_cyclus__cyclus__naam", "nummer"
    )
