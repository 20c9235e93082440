"""The import templates of a province and cycle: the columns of each import kind with one
example row taken from the stored data (a municipality of the province, or the user's own),
so that the example imports as it is (reports.sjablonen writes the file); the figures of
"Invoer provincie" are all listed, each with its stored value."""

from __future__ import annotations

from datetime import date
from typing import Any

from regietafel.cycli.invoer import invoer_overzicht
from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain.invoerregels import GEGEVENS, Bereik, ImportSoort
from regietafel.domain.model import Categorie
from regietafel.domain.statushouders import Periode
from regietafel.oekraine.models import GooLocatie
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.provincies.models import Gemeente
from regietafel.reports.sjablonen import sjabloon_xlsx
from regietafel.services import klok
from regietafel.services.opslag import NietGevonden
from regietafel.statushouders.models import Huisvesting


def bestandsnaam(soort: ImportSoort, provincie: str, cyclus: str) -> str:
    return f"sjabloon-{soort.value}-{provincie}-{cyclus}.xlsx"


def sjabloon(
    soort: ImportSoort,
    provincie: str,
    cyclus: str,
    cbs_code: str | None = None,
    *,
    beheerder: bool = False,
) -> bytes:
    """The template of `soort` for `provincie` in `cyclus`, its example row about the
    municipality `cbs_code` (default: the first of the province); for `provinciecijfers`
    every figure with its stored value, the cycle's national amounts only for a
    `beheerder`. NietGevonden for an unknown province or cycle."""
    pc = (
        ProvincieCyclus.objects.select_related("provincie", "cyclus")
        .filter(provincie__code=provincie, cyclus__naam=cyclus)
        .first()
    )
    if pc is None:
        raise NietGevonden(f"Geen gegevens voor provincie '{provincie}' in cyclus '{cyclus}'.")
    gemeenten = Gemeente.objects.filter(provincie=pc.provincie).order_by("naam")
    g = gemeenten.filter(cbs_code=cbs_code).first() if cbs_code else gemeenten.first()
    jaren = list(pc.cyclus.jaren)
    if soort is ImportSoort.PROVINCIECIJFERS:
        return sjabloon_xlsx(soort, jaren, provinciecijfers(provincie, cyclus, beheerder))
    return sjabloon_xlsx(soort, jaren, [voorbeeld(soort, pc, g, jaren)])


def provinciecijfers(provincie: str, cyclus: str, beheerder: bool) -> list[dict[str, Any]]:
    """Every figure of "Invoer provincie" the user may import, as a row with its stored
    value (empty: not yet known): the province's, each municipality's and, for an
    administrator, the cycle's."""
    o = invoer_overzicht(provincie, cyclus)
    rijen: list[dict[str, Any]] = [
        {"gegeven": g.titel, "waarde": o.provincie_waarden[g.sleutel]}
        for g in GEGEVENS
        if g.bereik is Bereik.PROVINCIE
    ]
    for gemeente in o.gemeenten:
        rijen += [
            {
                "gegeven": g.titel,
                "cbs_code": gemeente.cbs_code,
                "gemeente": gemeente.naam,
                "waarde": gemeente.waarden[g.sleutel],
            }
            for g in GEGEVENS
            if g.bereik is Bereik.GEMEENTE
        ]
    if beheerder:
        rijen += [
            {"gegeven": g.titel, "waarde": o.regel_waarden[g.sleutel]}
            for g in GEGEVENS
            if g.bereik is Bereik.CYCLUS
        ]
    return rijen


def voorbeeld(
    soort: ImportSoort, pc: ProvincieCyclus, g: Gemeente | None, jaren: list[int]
) -> dict[str, Any]:
    """The example row: field key -> value."""
    vandaag = klok.vandaag()
    eerste = date(jaren[0], 1, 1)
    if g is None:  # a province without municipalities yet: a row that shows the form
        g = Gemeente(cbs_code="GM0000", naam="Voorbeeldgemeente", inwoners=10000)
        g.inwoners_peiljaar = vandaag.year - 1
    rij: dict[str, Any] = {"cbs_code": g.cbs_code, "gemeente": g.naam}
    opgaven = {
        o.categorie: o for o in Opgave.objects.filter(gemeente=g, cyclus=pc.cyclus)
    } if g.pk else {}  # fmt: skip
    aanbod = {
        (a.categorie, a.jaar): a.plaatsen
        for a in Aanbod.objects.filter(gemeente=g, cyclus=pc.cyclus)
    } if g.pk else {}  # fmt: skip

    def veld(categorie: Categorie, naam: str) -> int | None:
        o = opgaven.get(categorie.value)
        return None if o is None else getattr(o, naam)

    if soort is ImportSoort.CAPACITEITSBESLUIT:
        rij |= {
            "inwoners": g.inwoners,
            "ses_score": None if g.ses_score is None else float(g.ses_score),
            "regulier": veld(Categorie.ASIEL_REGULIER, "opgave") or 0,
            "amv": veld(Categorie.AMV, "opgave") or 0,
            "peiljaar": g.inwoners_peiljaar,
        }
    elif soort is ImportSoort.AANBOD:
        plaatsen = aanbod.get((Categorie.ASIEL_REGULIER.value, jaren[0]))
        rij |= {"categorie": "asiel regulier", "jaar": jaren[0], "plaatsen": plaatsen}
    elif soort is ImportSoort.LOCATIES:
        loc = g.locaties.order_by("volgorde", "id").first() if g.pk else None
        if loc is not None:
            rij |= {
                "plaatsen": loc.plaatsen,
                "soort": loc.soort,
                "status": loc.status,
                "beschikbaar_van": loc.beschikbaar_van,
                "beschikbaar_tot": "onbepaald" if loc.onbepaalde_tijd else loc.beschikbaar_tot,
                "opmerking": loc.opmerking,
                "naam": loc.naam,
            }
        else:
            rij |= {"plaatsen": 50, "soort": "regulier", "status": "gepland",
                    "beschikbaar_van": eerste, "beschikbaar_tot": "onbepaald",
                    "naam": "azc (voorbeeld)"}  # fmt: skip
    elif soort in (ImportSoort.INWONERS, ImportSoort.GEMEENTEN):
        rij |= {"inwoners": g.inwoners, "peiljaar": g.inwoners_peiljaar}
        if soort is ImportSoort.GEMEENTEN:
            rij["provincie"] = pc.provincie.naam
    elif soort is ImportSoort.STATUSHOUDERS:
        # The latest stored half year with the stored figures, else the current one.
        h = Huisvesting.objects.filter(gemeente=g).order_by("-halfjaar__jaar", "-halfjaar__helft")
        laatste = h.select_related("halfjaar").first() if g.pk else None
        if laatste is not None:
            periode = laatste.halfjaar.periode
        else:
            periode = Periode(vandaag.year, 1 if vandaag.month <= 6 else 2)
        rij |= {
            "periode": str(periode),
            "taakstelling": laatste.taakstelling if laatste else None,
            "realisatie": laatste.realisatie if laatste else None,
        }
    elif soort is ImportSoort.GOO:
        loc = GooLocatie.objects.filter(gemeente=g).order_by("naam", "id").first() if g.pk else None
        rij |= {
            "naam": loc.naam if loc else "GOO (voorbeeld)",
            "plaatsen": loc.plaatsen if loc else 20,
            "beschikbaar_van": loc.beschikbaar_van if loc else None,
            "geplande_einde": loc.geplande_einde if loc else None,
            "transformeerbaar": None if not loc or loc.transformeerbaar is None
            else "ja" if loc.transformeerbaar else "nee",
            "opmerking": loc.opmerking if loc else "",
        }  # fmt: skip
    elif soort is ImportSoort.PUZZEL:
        rij = {"gemeente": g.naam, "inwoners": g.inwoners}
        rij["oekraine.realisatie"] = veld(Categorie.OEKRAINE, "realisatie")
        rij["oekraine.ambitie"] = veld(Categorie.OEKRAINE, "ambitie")
        for c in (Categorie.ASIEL_REGULIER, Categorie.AMV):
            rij[f"{c.value}.opgave"] = veld(c, "opgave")
            rij[f"{c.value}.realisatie"] = veld(c, "realisatie")
            for j in jaren:
                rij[f"{c.value}.aanbod.{j}"] = aanbod.get((c.value, j))
    return rij
