"""Loading and saving a province's cycle as domain objects; the models map themselves
(`to_domain()`, `domain_fields()`), this module reads and writes the rows.

`laad_gegevens` reads one province and cycle in a fixed number of queries, whatever the
number of municipalities; `bewaar_gegevens` writes a whole dataset in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import F, Model, QuerySet

from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.domain import model as d
from regietafel.domain.fouten import RegietafelFout, Soort
from regietafel.domain.pijplijn import Faseovergang
from regietafel.locaties.models import Faseovergang as Faserij
from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.publicaties.models import Publicatie
from regietafel.services import klok


class NietGevonden(RegietafelFout, LookupError):
    """The province or cycle asked for does not exist; the message is Dutch."""

    soort = Soort.NIET_GEVONDEN
    code = "niet_gevonden"


class RijNietGevonden(NietGevonden):
    """The row that a page's address names by its key does not exist (a municipality, a
    location): the page is not there at all."""


def rij[M: Model](rijen: QuerySet[M], melding: str, **sleutel: Any) -> M:
    """The one row of `rijen` with `sleutel`; RijNietGevonden with `melding` if none."""
    try:
        return rijen.get(**sleutel)
    except rijen.model.DoesNotExist:  # type: ignore[attr-defined]
        raise RijNietGevonden(melding) from None


def gemeente_met_provincie(cbs_code: str) -> Gemeente:
    """The municipality `cbs_code`, with its province; RijNietGevonden if there is none."""
    gemeenten = Gemeente.objects.select_related("provincie")
    return rij(gemeenten, f"Geen gemeente '{cbs_code}'.", cbs_code=cbs_code)


def opgeslagen_provincie(code: str) -> Provincie:
    """The province `code`; RijNietGevonden if there is none."""
    return rij(Provincie.objects.all(), f"Geen provincie '{code}'.", code=code)


def rij_van_gemeente[M: Model](model: type[M], pk: int) -> M:
    """Row `pk` of `model`, a row of one municipality (a location, a GOO location, a reserve
    place), with its municipality and province; RijNietGevonden if there is none."""
    rijen = model.objects.select_related("gemeente__provincie")  # type: ignore[attr-defined]
    return rij(rijen, f"Geen {model._meta.verbose_name} {pk}.", pk=pk)  # type: ignore[no-any-return]


def cyclus_met_naam(naam: str) -> Cyclus:
    """The cycle `naam` ("2027-2028"); RijNietGevonden if there is none."""
    return rij(Cyclus.objects.all(), f"Er is geen cyclus '{naam}'.", naam=naam)


def bewerkbare_gemeenten(provincie: str | None, gemeente: str | None) -> QuerySet[Gemeente]:
    """The municipalities a location form may offer: one's own, or all of the province
    (all of them with neither)."""
    qs = Gemeente.objects.select_related("provincie").order_by("naam")
    if gemeente:
        return qs.filter(cbs_code=gemeente)
    if provincie:
        return qs.filter(provincie__code=provincie)
    return qs


def gemeentecodes(provincie: Provincie) -> list[str]:
    """The CBS codes of the municipalities of `provincie`, sorted."""
    return sorted(Gemeente.objects.filter(provincie=provincie).values_list("cbs_code", flat=True))


def gemeentekeuzes(provincie: str) -> list[tuple[str, str]]:
    """(CBS code, name) of each municipality of `provincie`, by name: a form's choices."""
    gemeenten = Gemeente.objects.filter(provincie__code=provincie).order_by("naam")
    return list(gemeenten.values_list("cbs_code", "naam"))


def provincie_cyclus(provincie: str, cyclus: str) -> ProvincieCyclus:
    """The stored province-in-cycle, or NietGevonden with a Dutch message."""
    try:
        return ProvincieCyclus.objects.select_related("provincie", "cyclus").get(
            provincie__code=provincie, cyclus__naam=cyclus
        )
    except ProvincieCyclus.DoesNotExist:
        raise NietGevonden(
            f"Geen gegevens voor provincie '{provincie}' in cyclus '{cyclus}'."
        ) from None


def laad_gegevens(provincie_code: str, cyclus_naam: str) -> d.CyclusGegevens:
    """All inputs of one province in one cycle, as domain objects: for a published cycle
    as they were frozen when it was published (ADR 0007), otherwise as they are now."""
    pc = provincie_cyclus(provincie_code, cyclus_naam)
    if pc.gepubliceerd:
        vast = pc.publicaties.filter(soort=Publicatie.Soort.PUBLICATIE).only("gegevens").first()
        if vast is not None:
            return vast.to_domain()
    return _actuele_gegevens(pc)


def laad_actuele_gegevens(provincie_code: str, cyclus_naam: str) -> d.CyclusGegevens:
    """All inputs of one province in one cycle as they are now, published or not."""
    return _actuele_gegevens(provincie_cyclus(provincie_code, cyclus_naam))


def _actuele_gegevens(pc: ProvincieCyclus) -> d.CyclusGegevens:
    return _alle_actuele_gegevens([pc])[pc.pk]


def laad_alle_gegevens(cyclus_naam: str) -> list[d.CyclusGegevens]:
    """The inputs of every province in `cyclus_naam` as `laad_gegevens` reads them (frozen
    for a published cycle, otherwise as now), in a fixed number of queries whatever the
    number of provinces and municipalities: the national overview reads them all at once."""
    pcs = list(
        ProvincieCyclus.objects.select_related("provincie", "cyclus")
        .filter(cyclus__naam=cyclus_naam)
        .order_by("provincie__naam")
    )
    vastgelegd: dict[int, d.CyclusGegevens] = {}
    publicaties = Publicatie.objects.filter(
        provincie_cyclus__in=[pc for pc in pcs if pc.gepubliceerd],
        soort=Publicatie.Soort.PUBLICATIE,
    ).only("provincie_cyclus_id", "gegevens")
    # Ordered newest first (Publicatie.Meta): the first per province is what laad_gegevens reads.
    for p in publicaties:
        if p.provincie_cyclus_id not in vastgelegd:
            vastgelegd[p.provincie_cyclus_id] = p.to_domain()
    actueel = _alle_actuele_gegevens([pc for pc in pcs if pc.pk not in vastgelegd])
    return [vastgelegd.get(pc.pk) or actueel[pc.pk] for pc in pcs]


def _alle_actuele_gegevens(pcs: list[ProvincieCyclus]) -> dict[int, d.CyclusGegevens]:
    """The inputs as they are now of each of `pcs` (all of one cycle, or one), by primary
    key, in five queries."""
    if not pcs:
        return {}
    provincies = [pc.provincie_id for pc in pcs]
    cycli = {pc.cyclus_id for pc in pcs}
    gemeenten = _per_provincie(
        Gemeente.objects.filter(provincie__in=provincies).order_by("naam"), "provincie_id"
    )
    opgaven = _per_provincie(
        Opgave.objects.filter(gemeente__provincie__in=provincies, cyclus__in=cycli).annotate(
            provincie_id=F("gemeente__provincie_id")
        ),
        "provincie_id",
    )
    aanbod = _per_provincie(
        Aanbod.objects.filter(gemeente__provincie__in=provincies, cyclus__in=cycli).annotate(
            provincie_id=F("gemeente__provincie_id")
        ),
        "provincie_id",
    )
    locaties = _per_provincie(
        Locatie.objects.filter(gemeente__provincie__in=provincies)
        .select_related("gemeente")
        .prefetch_related("fasen"),
        "gemeente.provincie_id",
    )
    return {
        pc.pk: pc.to_domain(
            gemeenten.get(pc.provincie_id, []),
            [o for o in opgaven.get(pc.provincie_id, []) if o.cyclus_id == pc.cyclus_id],
            [a for a in aanbod.get(pc.provincie_id, []) if a.cyclus_id == pc.cyclus_id],
            locaties.get(pc.provincie_id, []),
        )
        for pc in pcs
    }


def _per_provincie[M: Model](rijen: QuerySet[M], veld: str) -> dict[int, list[M]]:
    """The rows of `rijen` grouped by their province's primary key (attribute path `veld`)."""
    uit: dict[int, list[M]] = {}
    for rij in rijen:
        waarde: Any = rij
        for deel in veld.split("."):
            waarde = getattr(waarde, deel)
        uit.setdefault(waarde, []).append(rij)
    return uit


@transaction.atomic
def bewaar_gegevens(gegevens: d.CyclusGegevens) -> ProvincieCyclus:
    """Store a whole dataset (a new province and cycle) in one transaction."""
    provincie, _ = Provincie.objects.get_or_create(
        code=gegevens.provincie.code, defaults={"naam": gegevens.provincie.naam}
    )
    cyclus, _ = Cyclus.objects.get_or_create(
        naam=gegevens.cyclus.naam, defaults=Cyclus.domain_fields(gegevens.cyclus)
    )
    pc = ProvincieCyclus.objects.create(
        provincie=provincie,
        cyclus=cyclus,
        **ProvincieCyclus.domain_fields(gegevens.provincie_opgave),
    )
    gemeenten = {}
    for g in gegevens.gemeenten:
        gemeenten[g.cbs_code], _ = Gemeente.objects.update_or_create(
            cbs_code=g.cbs_code, defaults={"provincie": provincie, **Gemeente.domain_fields(g)}
        )
    for code, cijfers in gegevens.cijfers.items():
        _bewaar_cijfers(gemeenten[code], cyclus, cijfers)
    for volgorde, loc in enumerate(gegevens.alle_locaties):
        _bewaar_locatie(gemeenten[loc.cbs_code], loc, volgorde)
    return pc


def _bewaar_cijfers(gemeente: Gemeente, cyclus: Cyclus, c: d.GemeenteCijfers) -> None:
    for cat in d.Categorie:
        Opgave.objects.create(
            gemeente=gemeente, cyclus=cyclus, categorie=cat.value, **Opgave.domain_fields(c, cat)
        )
    for (cat, jaar), plaatsen in c.aanbod.items():
        Aanbod.objects.create(
            gemeente=gemeente, cyclus=cyclus, categorie=cat.value, jaar=jaar, plaatsen=plaatsen
        )


def _bewaar_locatie(gemeente: Gemeente, loc: d.Locatie, volgorde: int) -> None:
    opgeslagen = Locatie.objects.create(
        gemeente=gemeente, volgorde=volgorde, **Locatie.domain_fields(loc)
    )
    bewaar_fasen(opgeslagen, loc.fasen)


def bewaar_fasen(
    locatie: Locatie, fasen: Sequence[Faseovergang], door: AbstractBaseUser | None = None
) -> None:
    """Store the phases reached by `locatie` (already held to the pipeline's rules)."""
    bewaar_alle_fasen([(locatie, fasen)], door)


def bewaar_alle_fasen(
    per_locatie: Iterable[tuple[Locatie, Sequence[Faseovergang]]],
    door: AbstractBaseUser | None = None,
) -> None:
    """Store the phases reached by each location of `per_locatie`, in one statement."""
    nu = klok.nu()
    Faserij.objects.bulk_create(
        Faserij.from_domain(locatie, f, door, nu) for locatie, fasen in per_locatie for f in fasen
    )
