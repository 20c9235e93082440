"""The merge fields of the consultation letters (`reports.brieven.Brief`), one per
municipality: what it committed to in the cycle before and what is asked of it now. Used
by the letters' ZIP (`verslagen.services.brieven`) and the e-mail that opens the
consultation (`consultatie.berichten_services`), below both."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain import opmaak
from regietafel.domain.puzzel import bereken_puzzel
from regietafel.reports.brieven import Brief, Toezegging
from regietafel.reports.verslag import SOORT_BIJZONDER, tot_tekst, van_tekst
from regietafel.services.opslag import laad_actuele_gegevens, laad_gegevens, provincie_cyclus
from regietafel.verslagen.standaardteksten import HOOFDSTEDEN


def vorige_cyclus(provincie: str, cyclus: str) -> str | None:
    """The name of the cycle before `cyclus` (2025-2026 before 2027-2028) when `provincie`
    has data in it, else None."""
    pc = provincie_cyclus(provincie, cyclus)
    jaren = tuple(pc.cyclus.jaren)
    vorige = [j - len(jaren) for j in jaren]
    return (
        ProvincieCyclus.objects.filter(provincie__code=provincie, cyclus__jaren=vorige)
        .values_list("cyclus__naam", flat=True)
        .first()
    )


def brieflijst(
    provincie: str,
    cyclus: str,
    antwoord_voor: date,
    datum: date | None = None,
) -> list[Brief]:
    """The merge fields of the consultation letter of `cyclus` to every municipality of
    `provincie` (`reports.brieven.Brief`): each asks whether the municipality continues
    the commitments of the cycle before (its realisation, offer and locations; the cycle
    itself when there is none before it), states the indicative numbers of `cyclus` as
    they are now, and gives the consultation's deadline `antwoord_voor`."""

    nieuw = bereken_puzzel(laad_actuele_gegevens(provincie, cyclus))
    inzet_cyclus = vorige_cyclus(provincie, cyclus) or cyclus
    gegevens = laad_gegevens(provincie, inzet_cyclus)
    p = bereken_puzzel(gegevens)
    laatste = gegevens.cyclus.jaren[-1]
    opgave = {r.cbs_code: r for r in nieuw.regels}

    lijst = []
    for r in p.regels:
        assert r.cbs_code is not None
        n = opgave.get(r.cbs_code)
        toezeggingen = (
            Toezegging("Oekraïense ontheemden (ambitie)", opmaak.getal(n and n.oekraine.opgave),
                       opmaak.getal(r.oekraine.realisatie), opmaak.getal(r.oekraine.ambitie)),
            Toezegging("Asielopvang (regulier)", opmaak.getal(n and n.asiel_regulier.opgave),
                       opmaak.getal(r.asiel_regulier.realisatie),
                       opmaak.getal(r.asiel_regulier.aanbod[laatste])),
            Toezegging("Asielopvang (AMV)", opmaak.getal(n and n.amv.opgave),
                       opmaak.getal(r.amv.realisatie), opmaak.getal(r.amv.aanbod[laatste])),
        )  # fmt: skip
        locaties = tuple(
            (
                SOORT_BIJZONDER.get(
                    loc.soort,
                    loc.soort.value.upper()
                    if loc.soort.value in ("amv", "htl")
                    else loc.soort.value,
                ),
                opmaak.getal(loc.plaatsen),
                van_tekst(loc),
                tot_tekst(loc),
                loc.opmerking,
            )  # fmt: skip
            for loc in gegevens.locaties_van(r.cbs_code)
        )
        lijst.append(
            Brief(
                provincie=gegevens.provincie.naam,
                gemeente=r.naam,
                cbs_code=r.cbs_code,
                cyclus=inzet_cyclus,
                nieuwe_cyclus=cyclus,
                datum=datum or timezone.localdate(),
                antwoord_voor=antwoord_voor,
                toezeggingen=toezeggingen,
                locaties=locaties,
                aanbod_jaar=laatste,
                plaats=HOOFDSTEDEN.get(gegevens.provincie.naam, ""),
            )
        )
    return lijst
