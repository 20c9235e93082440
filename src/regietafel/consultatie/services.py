"""The consultation of the municipalities: the province opens it with an answer deadline,
each municipality answers in the app (or the province enters an answer received by
letter, recording who entered it), and the overview shows who is still missing.

An answer also sets the municipality's offers (*aanbod*) of the cycle, with the history
recording who did it, so the puzzle and the next concept version start from the answers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext

from regietafel.berichten.services import meld_wijzigingen
from regietafel.bronnen.services import herkomst_van_invoer, leg_vast
from regietafel.consultatie.berichten_services import na_antwoord, na_openen
from regietafel.consultatie.models import Antwoord, Consultatie, Voortzetten
from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain import bronnen as b
from regietafel.domain.fouten import RegietafelFout
from regietafel.domain.model import Categorie
from regietafel.domain.routekaart import (
    ConsultatieStatus,
    Invoerfout,
    StapStatus,
    consultatiestatus,
)
from regietafel.opgaven.models import Aanbod
from regietafel.provincies.models import Gemeente
from regietafel.routekaart.services import markeer_stap, parameters
from regietafel.services import klok
from regietafel.services.opslag import provincie_cyclus
from regietafel.services.toegang import mag_bewerken, toegang
from regietafel.services.wijzigingen import Conflict, GeenToegang, claim_nieuw_of_versie

# The categories a municipality states an offer for, per year of the cycle.
CATEGORIEEN = {
    Categorie.ASIEL_REGULIER.value: "Asielopvang (regulier)",
    Categorie.AMV.value: "Asielopvang (AMV)",
}
STATUS_TEKST = {
    ConsultatieStatus.GEVRAAGD: "gevraagd",
    ConsultatieStatus.BEANTWOORD: "beantwoord",
    ConsultatieStatus.TE_LAAT: "te laat beantwoord",
    ConsultatieStatus.VERLOPEN: "niet beantwoord, termijn verstreken",
}


def standaard_antwoord_voor(pc: ProvincieCyclus) -> date:
    """The route map's answer deadline (1 April of the preparation year by default)."""
    p = parameters(pc)
    return p.antwoord_voor or date(p.voorbereidingsjaar, 4, 1)


def consultatie_van(provincie: str, cyclus: str) -> Consultatie | None:
    return (
        Consultatie.objects.select_related(
            "provincie_cyclus__cyclus", "provincie_cyclus__provincie"
        )
        .filter(provincie_cyclus__provincie__code=provincie, provincie_cyclus__cyclus__naam=cyclus)
        .first()
    )


def antwoord_van(c: Consultatie, gemeente: Gemeente) -> Antwoord | None:
    """The stored answer of `gemeente` to `c`, with who entered it; None before it answers."""
    return c.antwoorden.filter(gemeente=gemeente).select_related("ingevoerd_door").first()


def antwoorden_per_gemeente(c: Consultatie) -> dict[int, Antwoord]:
    """The stored answers of `c`, by the key of their municipality."""
    return {a.gemeente_id: a for a in Antwoord.objects.filter(consultatie=c)}


@transaction.atomic
def open_consultatie(
    gebruiker: AbstractBaseUser,
    provincie: str,
    cyclus: str,
    antwoord_voor: date,
    toelichting: str = "",
) -> Consultatie:
    """Ask every municipality of `provincie` for its answer before `antwoord_voor`."""
    pc = provincie_cyclus(provincie, cyclus)
    if not mag_bewerken(toegang(gebruiker), provincie):
        raise GeenToegang("Alleen de provincie opent de consultatie.")
    if Consultatie.objects.filter(provincie_cyclus=pc).exists():
        raise Invoerfout("consultatie", cyclus, "al_geopend")
    if antwoord_voor <= klok.vandaag():
        raise Invoerfout("antwoord_voor", f"{antwoord_voor:%d-%m-%Y}", "datum_in_verleden")
    c = Consultatie(
        provincie_cyclus=pc,
        antwoord_voor=antwoord_voor,
        toelichting=toelichting.strip(),
        geopend_op=klok.nu(),
        geopend_door=gebruiker,
    )
    c._history_user = gebruiker  # type: ignore[attr-defined]
    c.save()
    markeer_stap(pc, "consultatie", StapStatus.BEZIG, gebruiker)
    na_openen(c)
    return c


def _aanbod_schoon(
    aanbod: Mapping[str, Mapping[str, object]], jaren: tuple[int, ...]
) -> dict[str, dict[str, int | None]]:
    schoon: dict[str, dict[str, int | None]] = {}
    for cat, per_jaar in aanbod.items():
        if cat not in CATEGORIEEN:
            raise Invoerfout("categorie", cat, "onbekende_keuze", "de categorie")
        schoon[cat] = {}
        for jaar, waarde in per_jaar.items():
            if not str(jaar).isdigit() or int(jaar) not in jaren:
                raise Invoerfout(f"{cat}_{jaar}", jaar, "onbekend_jaar")
            if waarde is None or waarde == "":
                schoon[cat][str(jaar)] = None
                continue
            if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde < 0:
                raise Invoerfout(f"{cat}_{jaar}", waarde, "geen_aantal")
            schoon[cat][str(jaar)] = waarde
    return schoon


@transaction.atomic
def beantwoord(
    gebruiker: AbstractBaseUser,
    consultatie: Consultatie,
    gemeente: Gemeente,
    voortzetten: str,
    aanbod: Mapping[str, Mapping[str, object]],
    opmerking: str = "",
    ontvangen_op: date | None = None,
    versie: int | None = None,
) -> Antwoord:
    """Record `gemeente`'s answer. A municipality answers for itself, today; province staff
    may enter an answer received by letter on `ontvangen_op`. With `versie` (the answer's
    version the user saw, 0 for none), a concurrent change raises Conflict. Nothing is
    written when any input is wrong."""
    pc = consultatie.provincie_cyclus
    t = toegang(gebruiker)
    if gemeente.provincie_id != pc.provincie_id or not mag_bewerken(
        t, pc.provincie.code, gemeente.cbs_code
    ):
        raise GeenToegang("U mag alleen voor uw eigen gemeente antwoorden.")
    namens_provincie = mag_bewerken(t, pc.provincie.code) and t.gemeente != gemeente.cbs_code
    if voortzetten not in Voortzetten.values:
        raise Invoerfout("voortzetten", voortzetten, "onbekende_keuze", "voortzetten")
    schoon = _aanbod_schoon(aanbod, tuple(pc.cyclus.jaren))
    vandaag = klok.vandaag()
    if ontvangen_op is None or not namens_provincie:
        ontvangen_op = vandaag
    if ontvangen_op > vandaag:
        raise Invoerfout("ontvangen_op", f"{ontvangen_op:%d-%m-%Y}", "datum_in_toekomst")
    bestaand = Antwoord.objects.filter(consultatie=consultatie, gemeente=gemeente).first()
    if versie is not None:
        # Based on the answer as the user saw it (0: none yet): a Conflict when someone
        # else answered or changed it since; the claim moves the version on.
        bestaand = claim_nieuw_of_versie(Antwoord, bestaand, versie, [])
    elif bestaand is not None:
        bestaand.versie += 1
    antwoord = bestaand or Antwoord(consultatie=consultatie, gemeente=gemeente)
    antwoord.voortzetten = voortzetten
    antwoord.aanbod = schoon
    antwoord.opmerking = opmerking.strip()
    antwoord.ontvangen_op = ontvangen_op
    antwoord.per_brief = namens_provincie
    antwoord.ingevoerd_op = klok.nu()
    antwoord.ingevoerd_door = gebruiker
    antwoord._history_user = gebruiker  # type: ignore[attr-defined]
    antwoord.save()
    gewijzigd = _leg_aanbod_vast(gebruiker, antwoord, schoon)
    brief = " (per brief, ingevoerd door de provincie)" if namens_provincie else ""
    meld_wijzigingen(gebruiker, gewijzigd, f"Antwoord consultatie{brief}")
    na_antwoord(antwoord, namens_provincie)
    return antwoord


@dataclass(frozen=True)
class Briefantwoord:
    """One municipality's answer received by letter, as one row of the province's table;
    `versie` is the version of its stored answer the table was opened with (0: none)."""

    gemeente: Gemeente
    versie: int
    voortzetten: str
    aanbod: Mapping[str, Mapping[str, object]]
    opmerking: str = ""
    ontvangen_op: date | None = None


@dataclass(frozen=True)
class Rijfout:
    """What is wrong in one row of the table: the row, its municipality, the field."""

    rij: int
    gemeente: str
    veld: str
    melding: str

    def __str__(self) -> str:
        return rijmelding(self.rij, self.gemeente, self.veld, self.melding)


def rijmelding(rij: int, gemeente: str, veld: object, melding: object) -> str:
    """A problem in a row of a table, as "Rij 6 (Emmen), AMV 2027: …" (web and service)."""
    tekst = gettext("Rij %(rij)d (%(gemeente)s), %(veld)s: %(melding)s")
    return tekst % {"rij": rij, "gemeente": gemeente, "veld": veld, "melding": melding}


@dataclass
class Brieffouten(RegietafelFout):
    """The table was refused, as a whole; every row's problem is here."""

    fouten: list[Rijfout]

    def __str__(self) -> str:
        return " ".join(str(f) for f in self.fouten)


@transaction.atomic
def beantwoord_per_brief(
    gebruiker: AbstractBaseUser,
    consultatie: Consultatie,
    rijen: Sequence[tuple[int, Briefantwoord]],
    labels: Mapping[str, str] | None = None,
) -> int:
    """Enter many letters at once, as (row number, answer): all of them, or, when any row
    is wrong or was changed by someone else meanwhile, none (Brieffouten names each row,
    field and problem, by its label in `labels`). Only the province's own staff."""
    pc = consultatie.provincie_cyclus
    if not mag_bewerken(toegang(gebruiker), pc.provincie.code):
        raise GeenToegang("Alleen de provincie voert antwoorden per brief in.")
    namen = labels or {}
    fouten: list[Rijfout] = []
    for nummer, r in rijen:
        try:
            with transaction.atomic():  # a savepoint: one row's error leaves the others
                beantwoord(
                    gebruiker, consultatie, r.gemeente, r.voortzetten, r.aanbod,
                    r.opmerking, r.ontvangen_op, versie=r.versie,
                )  # fmt: skip
        except Invoerfout as fout:
            veld = namen.get(fout.veld, fout.label or fout.veld)
            fouten.append(Rijfout(nummer, r.gemeente.naam, veld, str(fout)))
        except Conflict as conflict:
            veld = gettext("het antwoord")
            fouten.append(Rijfout(nummer, r.gemeente.naam, veld, str(conflict)))
    if fouten:
        raise Brieffouten(fouten)  # the outer transaction undoes every row
    return len(rijen)


def herkomst_van_antwoord(gebruiker: AbstractBaseUser, antwoord: Antwoord) -> b.Herkomst:
    """Where the figures of an answer come from: a letter (dated the day it was received,
    which is also the day it describes), or the person who answered in the app, today."""
    if antwoord.per_brief:
        titel = f"Brief van {antwoord.gemeente.naam} (antwoord consultatie)"
        return b.Herkomst(b.document(titel, antwoord.ontvangen_op), antwoord.ontvangen_op)
    return herkomst_van_invoer(gebruiker)


def _leg_aanbod_vast(
    gebruiker: AbstractBaseUser, antwoord: Antwoord, schoon: Mapping[str, Mapping[str, int | None]]
) -> list[Aanbod]:
    """Write the answered offers. A changed figure moves its version on; an unchanged one
    is confirmed: it keeps its version, and both get the answer as their source and
    reference date, with a line in the figure's history saying which it was. Returns the
    changed ones."""
    pc = antwoord.consultatie.provincie_cyclus
    herkomst = herkomst_van_antwoord(gebruiker, antwoord)
    brief = " (per brief, ingevoerd door de provincie)" if antwoord.per_brief else ""
    gewijzigd: list[Aanbod] = []
    for cat, per_jaar in schoon.items():
        for jaar, plaatsen in per_jaar.items():
            rij, _ = Aanbod.objects.get_or_create(
                gemeente=antwoord.gemeente, cyclus=pc.cyclus, categorie=cat, jaar=int(jaar)
            )
            if rij.plaatsen == plaatsen:
                if plaatsen is None:
                    continue  # nothing to confirm
                rij._change_reason = f"Bevestigd in de consultatie{brief}"  # type: ignore[attr-defined]
            else:
                rij.plaatsen = plaatsen
                rij.versie += 1
                rij._change_reason = f"Antwoord consultatie{brief}"  # type: ignore[attr-defined]
                gewijzigd.append(rij)
            rij._history_user = gebruiker  # type: ignore[attr-defined]
            rij.save()
            leg_vast(rij, herkomst)
    return gewijzigd


@dataclass(frozen=True)
class ConsultatieRegel:
    """One municipality in the consultation overview."""

    gemeente: Gemeente
    status: ConsultatieStatus
    antwoord: Antwoord | None
    # The answered offer, per category (CATEGORIEEN order) and year: the table's cells.
    cellen: tuple[int | None, ...] = ()

    @property
    def status_tekst(self) -> str:
        return STATUS_TEKST[self.status]

    @property
    def ingevoerd_door(self) -> str:
        if self.antwoord is None:
            return ""
        return self.antwoord.ingevoerd_door.get_username()


@dataclass(frozen=True)
class ConsultatieOverzicht:
    consultatie: Consultatie | None
    regels: tuple[ConsultatieRegel, ...]
    jaren: tuple[int, ...]
    standaard_antwoord_voor: date

    @property
    def ontbrekend(self) -> tuple[ConsultatieRegel, ...]:
        """The municipalities that have not answered yet."""
        return tuple(r for r in self.regels if r.antwoord is None)

    @property
    def te_laat(self) -> tuple[ConsultatieRegel, ...]:
        return tuple(r for r in self.regels if r.status is ConsultatieStatus.TE_LAAT)

    @property
    def beantwoord(self) -> int:
        return sum(1 for r in self.regels if r.antwoord is not None)


def consultatie_overzicht(
    provincie: str, cyclus: str, peildatum: date | None = None
) -> ConsultatieOverzicht:
    """Per municipality: asked, answered (in time or late) or missing."""
    pc = provincie_cyclus(provincie, cyclus)
    c = Consultatie.objects.filter(provincie_cyclus=pc).first()
    gemeenten = list(Gemeente.objects.filter(provincie=pc.provincie).order_by("naam"))
    peildatum = peildatum or klok.vandaag()
    antwoorden = {}
    if c is not None:
        antwoorden = {
            a.gemeente_id: a
            for a in Antwoord.objects.filter(consultatie=c).select_related("ingevoerd_door")
        }
    regels = []
    for g in gemeenten:
        a = antwoorden.get(g.id)
        if c is None:
            status = ConsultatieStatus.GEVRAAGD
        else:
            status = consultatiestatus(a.ontvangen_op if a else None, c.antwoord_voor, peildatum)
        cellen = tuple(
            a.aanbod.get(cat, {}).get(str(j)) if a else None
            for cat in CATEGORIEEN
            for j in pc.cyclus.jaren
        )
        regels.append(ConsultatieRegel(g, status, a, cellen))
    return ConsultatieOverzicht(
        c, tuple(regels), tuple(pc.cyclus.jaren), standaard_antwoord_voor(pc)
    )
