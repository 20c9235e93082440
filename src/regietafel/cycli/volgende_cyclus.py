"""A province's next cycle, made from the previous one by carrying over its commitments.

The cycle's national parameters and the province's route-map dates come from a data file
(``data/cyclus-2027-2028.toml``). Carried over per municipality: the offer of the previous
cycle's last year as the offer of each new year, and the Ukrainian ambition; the
Ukrainian provincial target stays. Left empty, to be entered or imported: the ministry's
indicative numbers (opgave) and every realisation. Not yet known, and stored as unknown
(NULL, JSON null in the rules), never as 0: the national AMV part, the SPUK amounts per
place, the SPUK 3 pot and the province's amount, unless the data file gives them.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from regietafel.bronnen.services import neem_bronnen_over
from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.data import MAP, bedrag, regels_naar_dict, regels_uit_dict
from regietafel.domain.model import Categorie
from regietafel.domain.routekaart import Invoerfout
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.routekaart.models import Routekaart
from regietafel.services.opslag import provincie_cyclus
from regietafel.services.toegang import GeenToegang, mag_bewerken, toegang

CYCLUS2 = MAP / "cyclus-2027-2028.toml"


def lees_cyclusbestand(pad: Path = CYCLUS2) -> dict[str, Any]:
    with pad.open("rb") as f:
        return tomllib.load(f)


def _cycli_van(provincie: str) -> set[str]:
    return set(
        ProvincieCyclus.objects.filter(provincie__code=provincie).values_list(
            "cyclus__naam", flat=True
        )
    )


def te_beginnen_cyclus(provincie: str, pad: Path = CYCLUS2) -> str | None:
    """The next cycle `provincie` can begin: the one the data file describes, when the
    province has its previous cycle and not yet this one; None otherwise."""
    c = lees_cyclusbestand(pad)["cyclus"]
    eigen = _cycli_van(provincie)
    return c["naam"] if c["vorige"] in eigen and c["naam"] not in eigen else None


@transaction.atomic
def begin_volgende_cyclus(
    provincie: str, door: AbstractBaseUser | None, pad: Path = CYCLUS2
) -> ProvincieCyclus:
    """Begin the next cycle of `provincie` from its previous one (`maak_volgende_cyclus`),
    as the province itself (`door`; None: the server's operator on the command line).
    GeenToegang for anyone else; Invoerfout when there is no cycle to begin."""
    if door is not None and not mag_bewerken(toegang(door), provincie):
        raise GeenToegang("Alleen de provincie zelf begint haar volgende cyclus.")
    c = lees_cyclusbestand(pad)["cyclus"]
    # One start at a time per province: a second, concurrent click waits and is then told
    # the cycle has begun, instead of meeting the unique constraint.
    list(Provincie.objects.select_for_update().filter(code=provincie))
    eigen = _cycli_van(provincie)
    if c["naam"] in eigen:
        raise Invoerfout("cyclus", c["naam"], "cyclus_bestaat")
    if c["vorige"] not in eigen:
        raise Invoerfout("cyclus", c["vorige"], "geen_vorige_cyclus")
    return maak_volgende_cyclus(provincie, pad)


@transaction.atomic
def maak_volgende_cyclus(provincie: str, pad: Path = CYCLUS2) -> ProvincieCyclus:
    """The next cycle of `provincie` as described in `pad`; created once, then returned."""
    data = lees_cyclusbestand(pad)
    c = data["cyclus"]
    bestaand = ProvincieCyclus.objects.filter(
        provincie__code=provincie, cyclus__naam=c["naam"]
    ).first()
    if bestaand is not None:
        return bestaand
    vorige = provincie_cyclus(provincie, c["vorige"])
    # The merged rules must still be complete; stored in their written form, so an unknown
    # amount ("" in the file) is null in the database.
    regels = regels_naar_dict(regels_uit_dict({**vorige.cyclus.regels, **c.get("regels", {})}))
    cyclus, _ = Cyclus.objects.get_or_create(
        naam=c["naam"],
        defaults={
            "jaren": c["jaren"],
            "landelijke_behoefte": c["landelijke_behoefte"],
            "amv_landelijk": bedrag(c.get("amv_landelijk"), "cyclus.amv_landelijk"),
            "regels": regels,
        },
    )
    p = data.get("provincie", {}).get(provincie, {})
    pc = ProvincieCyclus.objects.create(
        provincie=vorige.provincie,
        cyclus=cyclus,
        oekraine_opgave=vorige.oekraine_opgave,
        spuk3_pot=bedrag(p.get("spuk3_pot"), f"provincie.{provincie}.spuk3_pot"),
        provincie_bedrag=bedrag(
            p.get("provincie_bedrag"), f"provincie.{provincie}.provincie_bedrag"
        ),
        kolomjaren={},
        gepubliceerd=False,
    )
    rk = p.get("routekaart", {})
    Routekaart.objects.create(
        provincie_cyclus=pc,
        antwoord_voor=rk.get("antwoord_voor"),
        verslag_uiterlijk=rk.get("verslag_uiterlijk"),
        verdeelbesluit_uiterlijk=rk.get("verdeelbesluit_uiterlijk"),
        realisatie_maanden=rk.get("realisatie_maanden", 6),
    )
    _draag_over(vorige, cyclus)
    neem_bronnen_over(vorige, pc)
    return pc


def _draag_over(vorige: ProvincieCyclus, cyclus: Cyclus) -> None:
    laatste = vorige.cyclus.jaren[-1]
    gemeenten = list(Gemeente.objects.filter(provincie=vorige.provincie))
    ambitie = dict(
        Opgave.objects.filter(
            cyclus=vorige.cyclus, gemeente__in=gemeenten, categorie=Categorie.OEKRAINE.value
        ).values_list("gemeente_id", "ambitie")
    )
    aanbod = {
        (a.gemeente_id, a.categorie): a.plaatsen
        for a in Aanbod.objects.filter(cyclus=vorige.cyclus, gemeente__in=gemeenten, jaar=laatste)
    }
    for g in gemeenten:
        for cat in Categorie:
            Opgave.objects.create(
                gemeente=g,
                cyclus=cyclus,
                categorie=cat.value,
                ambitie=ambitie.get(g.id) if cat is Categorie.OEKRAINE else None,
            )
        for cat in (Categorie.ASIEL_REGULIER, Categorie.AMV):
            for jaar in cyclus.jaren:
                Aanbod.objects.create(
                    gemeente=g,
                    cyclus=cyclus,
                    categorie=cat.value,
                    jaar=jaar,
                    plaatsen=aanbod.get((g.id, cat.value)),
                )
