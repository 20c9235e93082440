"""What a user can choose: the provinces and cycles that have data, and which of them a page
shows when the user has not chosen (the user's own province and its current cycle)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, OuterRef, Q

from regietafel.cycli.models import ProvincieCyclus
from regietafel.herramingen.models import Capaciteitsbesluitversie
from regietafel.opgaven.models import Opgave
from regietafel.provincies.models import Provincie
from regietafel.services.stand import hergebruik, per_verzoek
from regietafel.services.toegang import Toegang, leest_intern


@dataclass(frozen=True)
class Keuze:
    """A province's cycle with data; `besluit_in`: its capaciteitsbesluit is in."""

    provincie_code: str
    provincie_naam: str
    cyclus: str
    gepubliceerd: bool
    besluit_in: bool = False


def beschikbare_cycli(provincie_code: str | None = None) -> list[Keuze]:
    """Every province and cycle with data (or only those of `provincie_code`), ordered by
    province then cycle. Every page asks (the page, its choice of cycle and the menu), so
    the list is reused until the data changes, as a computed page is (services.stand):
    whether a cycle is published decides who may read it, and publishing is a change that
    gives the data a new stand, in the same transaction (publicaties.publiceer), so the
    next request reads the new list (issue 21; before, this was one query per request).
    Taken from the cache once per request (services.stand.per_verzoek)."""
    sleutel = ("beschikbare cycli", provincie_code)
    return list(
        per_verzoek(str(sleutel), lambda: hergebruik(sleutel, lambda: _cycli(provincie_code)))
    )


def _cycli(provincie_code: str | None) -> list[Keuze]:
    pcs = ProvincieCyclus.objects.order_by("provincie__naam", "cyclus__naam")
    if provincie_code is not None:
        pcs = pcs.filter(provincie__code=provincie_code)
    besluit_in = _besluit_in()
    return [
        Keuze(code, naam, cyclus, gepubliceerd, besluit_in=pk in besluit_in)
        for pk, code, naam, cyclus, gepubliceerd in pcs.values_list(
            "pk", "provincie__code", "provincie__naam", "cyclus__naam", "gepubliceerd"
        )
    ]


def _besluit_in() -> set[int]:
    """The province cycles whose capaciteitsbesluit is in: a stored version of the besluit,
    or any indicative number for asylum or AMV."""
    besluit = Capaciteitsbesluitversie.objects.filter(provincie_cyclus=OuterRef("pk"))
    aantallen = Opgave.objects.filter(
        gemeente__provincie=OuterRef("provincie"),
        cyclus=OuterRef("cyclus"),
        categorie__in=("asiel_regulier", "amv"),
        opgave__isnull=False,
    )
    return set(
        ProvincieCyclus.objects.filter(Q(Exists(besluit)) | Q(Exists(aantallen))).values_list(
            "pk", flat=True
        )
    )


def huidige_cyclus(
    provincie_code: str, keuzes: list[Keuze] | None = None, lezer: Toegang | None = None
) -> str | None:
    """The province's current cycle: the latest whose capaciteitsbesluit is in (a stored
    version of the besluit, or any indicative number for asylum or AMV), otherwise the latest
    cycle with data; None when the province has no cycle. Cycle names are their years
    ("2025-2026"), so the latest is the last by name. `keuzes`, when given, is the result of
    `beschikbare_cycli()` already at hand (saves the query). With `lezer`, the current one
    of the cycles that reader may read: the public's is the latest published cycle, not a
    newer one it would be refused (when it reads none, the current cycle all the same, so
    that its page says why)."""
    alle = beschikbare_cycli(provincie_code) if keuzes is None else keuzes
    eigen = sorted(
        (k for k in alle if k.provincie_code == provincie_code),
        key=lambda k: k.cyclus,
        reverse=True,
    )
    if lezer is not None and not leest_intern(lezer, provincie_code):
        eigen = [k for k in eigen if k.gepubliceerd] or eigen
    return next((k.cyclus for k in eigen if k.besluit_in), eigen[0].cyclus if eigen else None)


def standaard_provincie(t: Toegang, keuzes: list[Keuze] | None = None) -> str:
    """The province a page shows when none is asked for: the user's own (a province or a
    municipal user) when it has data here, otherwise the configured default, or, when that
    province has no data here either (an install of another province), the first province
    that has (from `keuzes` if at hand)."""
    codes = [k.provincie_code for k in (beschikbare_cycli() if keuzes is None else keuzes)]
    eigen = t.provincie or t.gemeente_provincie
    if eigen and (eigen in codes or not codes):
        return eigen
    ingesteld = settings.REGIETAFEL_DEFAULT_PROVINCIE
    return ingesteld if ingesteld in codes or not codes else codes[0]


def leest_intern_iets(t: Toegang, keuzes: list[Keuze] | None = None) -> bool:
    """Has `t` a province here whose unpublished data it reads: do the pages for logged-in
    users (dashboard, locations, cycle) have anything to show it? Not for a user without a
    role, nor for staff of a province that has no data here."""
    alle = beschikbare_cycli() if keuzes is None else keuzes
    return any(leest_intern(t, k.provincie_code) for k in alle)


def cycli_van(provincie_code: str) -> list[str]:
    """The names of the cycles of the province with data, the latest first."""
    return list(
        ProvincieCyclus.objects.filter(provincie__code=provincie_code)
        .order_by("-cyclus__naam")
        .values_list("cyclus__naam", flat=True)
    )


def provincie_naam(code: str) -> str:
    """The name of the province `code`; "" for an unknown code."""
    naam = Provincie.objects.filter(code=code).values_list("naam", flat=True).first()
    return naam or ""
