"""What was published or ratified stays as it was (ADR 0007).

Publishing a cycle, or ratifying a distribution version, freezes a copy of the province's
inputs for that cycle (`publicaties.Publicatie`, in the data-file form). From then on every
figure of a published cycle (puzzle, Bijlage 1, SPUK, realisation, report, CLI, API) is
computed from that copy (`services.opslag.laad_gegevens`), and a ratified version's report
from the copy made at its ratification. What was entered since is shown apart
(`sinds_publicatie`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain import model as d
from regietafel.domain import opmaak
from regietafel.domain.bijlage1 import bijlage1_cijfers
from regietafel.domain.puzzel import bereken_puzzel
from regietafel.domain.routekaart import Invoerfout
from regietafel.domain.spuk import bereken_spuk
from regietafel.publicaties import vastleggen
from regietafel.publicaties.models import Publicatie
from regietafel.publicaties.vastleggen import publicatie
from regietafel.routekaart.services import rond_af_tot_en_met
from regietafel.services import klok
from regietafel.services.keuzes import beschikbare_cycli
from regietafel.services.opslag import laad_actuele_gegevens, provincie_cyclus
from regietafel.services.stand import hergebruik
from regietafel.services.toegang import mag_bewerken, toegang
from regietafel.services.wijzigingen import GeenToegang
from regietafel.verdelingen.models import Verdelingsversie
from regietafel.verslagen.verslagstand import actuele_stand, als_dict, vul_oude_publicaties_aan


def leg_vast(
    pc: ProvincieCyclus,
    soort: str,
    datum: date,
    door: AbstractBaseUser | None = None,
    versie: Verdelingsversie | None = None,
) -> Publicatie:
    """Freeze the current inputs of `pc` as a publication or a ratification on `datum`; a
    publication also freezes what its report shows besides the figures (the texts, the
    report's date, …: `verslagen.verslagstand`)."""
    if soort != Publicatie.Soort.PUBLICATIE:
        return vastleggen.leg_vast(pc, soort, datum, door, versie)
    rond_af_tot_en_met(pc, "verslag", door)  # a published report was written and sent
    code, cyclus = pc.provincie.code, pc.cyclus.naam
    gegevens = laad_actuele_gegevens(code, cyclus)
    verslag = als_dict(actuele_stand(code, cyclus, gegevens))
    return vastleggen.leg_vast(pc, soort, datum, door, versie, gegevens, verslag)


def besluit_is_in(provincie: str, cyclus: str) -> bool:
    """Whether the cycle's capaciteitsbesluit is in (services.keuzes): before it, no
    municipality's target is known and there is no report to publish."""
    return any(k.besluit_in for k in beschikbare_cycli(provincie) if k.cyclus == cyclus)


@transaction.atomic
def publiceer(
    provincie: str, cyclus: str, datum: date, door: AbstractBaseUser | None
) -> Publicatie:
    """Publish the cycle of `provincie` on `datum`: the public may read it from now on, and
    its figures stay as they are now. Only the province itself may publish, and only once
    the capaciteitsbesluit is in; `door` None is the server's operator on the command line."""
    pc = ProvincieCyclus.objects.select_for_update().get(pk=provincie_cyclus(provincie, cyclus).pk)
    if door is not None and not mag_bewerken(toegang(door), provincie):
        raise GeenToegang("Alleen de provincie zelf publiceert haar cijfers.")
    bestaand = publicatie(pc)
    if bestaand is not None:
        raise Invoerfout("datum", opmaak.datum(bestaand.datum), "al_gepubliceerd")
    if datum > klok.vandaag():
        raise Invoerfout("datum", opmaak.datum(datum), "datum_in_toekomst")
    if not besluit_is_in(provincie, cyclus):
        raise Invoerfout("cyclus", cyclus, "besluit_ontbreekt")
    pc.gepubliceerd = True
    pc.save(update_fields=["gepubliceerd"])
    return leg_vast(pc, Publicatie.Soort.PUBLICATIE, datum, door)


def leg_publicaties_vast(datums: Mapping[tuple[str, str], date | None] | None = None) -> int:
    """Freeze every published cycle that has no frozen copy yet (the embedded data, and
    databases from before ADR 0007), as of its date in `datums` (province code, cycle) or
    else today, and complete the publications made before their report's texts were frozen
    with them (`verslagstand.vul_oude_publicaties_aan`). Returns how many were frozen."""
    zonder = ProvincieCyclus.objects.filter(gepubliceerd=True).exclude(
        publicaties__soort=Publicatie.Soort.PUBLICATIE
    )
    aantal = 0
    for pc in zonder.select_related("provincie", "cyclus"):
        datum = (datums or {}).get((pc.provincie.code, pc.cyclus.naam)) or klok.vandaag()
        leg_vast(pc, Publicatie.Soort.PUBLICATIE, datum)
        aantal += 1
    vul_oude_publicaties_aan()
    return aantal


@dataclass(frozen=True)
class Wijziging:
    """A figure that differs between the publication and the data entered since."""

    onderwerp: str
    gepubliceerd: str
    nu: str


def _kerncijfers(g: d.CyclusGegevens) -> dict[str, str]:
    """The headline figures of a cycle, written out, for the comparison."""
    b = bijlage1_cijfers(g)
    p = bereken_puzzel(g)
    s = bereken_spuk(g)
    uit = {
        "Bijlage 1: opgave regulier (incl. AMV)": b.opgave_regulier,
        "Bijlage 1: ingevuld regulier": b.ingevuld_regulier,
        "Bijlage 1: nog in te vullen regulier": b.nog_in_te_vullen_regulier,
        "Bijlage 1: opgave AMV": b.opgave_amv,
        "Bijlage 1: ingevuld AMV": b.ingevuld_amv,
        "Bijlage 1: nog in te vullen AMV": b.nog_in_te_vullen_amv,
        "SPUK: totaal gemeenten (euro)": s.gemeenten_totaal,
    }
    for jaar in p.jaren:
        uit[f"Puzzel: aanbod asielopvang regulier {jaar}"] = p.totaal.asiel_regulier.aanbod[jaar]
        uit[f"Puzzel: aanbod AMV {jaar}"] = p.totaal.amv.aanbod[jaar]
    return {k: opmaak.getal(v) for k, v in uit.items()}


def publicatiedatum(provincie: str, cyclus: str) -> date | None:
    """The day the cycle was published, or None; reused until the data changes."""

    def lees() -> date | None:
        p = publicatie(provincie_cyclus(provincie, cyclus))
        return None if p is None else p.datum

    return hergebruik(("publicatiedatum", provincie, cyclus), lees)


def sinds_publicatie(provincie: str, cyclus: str) -> tuple[Wijziging, ...]:
    """The headline figures that the data entered since the publication would change; empty
    when nothing changed or the cycle is not published. Reused until the data changes."""

    def vergelijk() -> tuple[Wijziging, ...]:
        p = publicatie(provincie_cyclus(provincie, cyclus))
        if p is None:
            return ()
        toen = _kerncijfers(p.to_domain())
        nu = _kerncijfers(laad_actuele_gegevens(provincie, cyclus))
        return tuple(Wijziging(k, toen[k], nu[k]) for k in toen if toen[k] != nu.get(k))

    return hergebruik(("sinds_publicatie", provincie, cyclus), vergelijk)
