"""The province-and-cycle choice that every page with per-cycle data shares: which cycles
the user may read, which one is asked for (or shown by default), whether it may be shown,
and the query string that carries the choice on to the next page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.http import Http404, HttpRequest
from django.utils.translation import gettext

from regietafel.services.keuzes import Keuze as KeuzeUitDienst
from regietafel.services.keuzes import (
    beschikbare_cycli,
    huidige_cyclus,
    provincie_naam,
    standaard_provincie,
)
from regietafel.services.opslag import NietGevonden
from regietafel.services.toegang import Toegang, mag_bewerken, mag_lezen, toegang
from regietafel.services.wijzigingen import GeenToegang
from regietafel.web.toegang import vereis_ingelogd, vereis_lezer


@dataclass
class Keuze:
    """The chosen province and cycle, and the template context the choice menu needs."""

    provincie: str
    cyclus: str
    context: dict[str, Any] = field(default_factory=dict)
    provincie_naam: str = ""

    @property
    def query(self) -> str:
        """``?provincie=…&cyclus=…``: appended to a link, the next page shows the same."""
        return "?" + urlencode({"provincie": self.provincie, "cyclus": self.cyclus})

    @property
    def titel(self) -> str:
        """What the user is looking at, for the page title: ``Drenthe 2027-2028``."""
        return f"{self.provincie_naam or self.provincie} {self.cyclus}".strip()


def leesbaar(tekst: str) -> str:
    """A code from the query string as it may reach the database: a control character
    (which no province or cycle has, and PostgreSQL refuses: NUL) becomes U+FFFD, so the
    code is simply unknown (404) instead of a server error."""
    return "".join("\ufffd" if ord(teken) < 32 else teken for teken in tekst)


def gevraagd(
    request: HttpRequest, t: Toegang, keuzes: list[KeuzeUitDienst] | None = None
) -> tuple[str, str]:
    """The province and cycle asked for (query string, or a posted form); otherwise the
    user's own province and that province's current cycle (from `keuzes` if at hand)."""
    bron = request.POST if request.method == "POST" and "provincie" in request.POST else request.GET
    provincie = leesbaar(bron.get("provincie", "")) or standaard_provincie(t, keuzes)
    cyclus = leesbaar(bron.get("cyclus", "")) or huidige_cyclus(provincie, keuzes, t) or ""
    return provincie, cyclus


def onthoud(request: HttpRequest, keuze: Keuze) -> Keuze:
    """Remember the page's choice so that the main menu carries it on (`paginakeuze`)."""
    request.regietafel_keuze = keuze  # type: ignore[attr-defined]
    return keuze


class KeuzeNietGevonden(NietGevonden):
    """No data for the province and cycle asked for; `context` is the page's choice menu,
    so that the 404 page lets the user choose another."""

    def __init__(self, bericht: str, context: dict[str, Any]) -> None:
        super().__init__(bericht)
        self.context = context


def kies(
    request: HttpRequest,
    *,
    alleen_ingelogd: bool = False,
    toch_openbaar: Callable[[str, str], object] | None = None,
) -> Keuze:
    """The readable province and cycle of the request (`?provincie=…&cyclus=…`, by default
    the user's own province in its current cycle); GeenToegang (always, with
    `alleen_ingelogd`, for the public), or KeuzeNietGevonden for an unknown pair. A cycle
    the user may not read is read all the same when `toch_openbaar(provincie, cyclus)`
    (a recorded verdeelbesluit is public, ADR 0017)."""
    if alleen_ingelogd and not request.user.is_authenticated:
        raise GeenToegang
    t = toegang(request.user)
    alle = beschikbare_cycli()
    provincie, cyclus = gevraagd(request, t, alle)

    # A page for logged-in users shows no cycle only because it is published.
    def leesbaar(k: KeuzeUitDienst) -> bool:
        return mag_lezen(t, k.provincie_code, k.gepubliceerd and not alleen_ingelogd)

    context = {
        "keuzes": [k for k in alle if leesbaar(k)],
        "provincie": provincie,
        "cyclus": cyclus,
    }
    gekozen = next((k for k in alle if (k.provincie_code, k.cyclus) == (provincie, cyclus)), None)
    if gekozen is None:
        fout = gettext("Geen gegevens voor provincie '%(provincie)s' in cyclus '%(cyclus)s'.")
        raise KeuzeNietGevonden(fout % {"provincie": provincie, "cyclus": cyclus}, context)
    if not leesbaar(gekozen) and not (toch_openbaar and toch_openbaar(provincie, cyclus)):
        raise GeenToegang
    context["provincie_naam"] = gekozen.provincie_naam
    return onthoud(request, Keuze(provincie, cyclus, context, gekozen.provincie_naam))


def gevraagde_keuze(request: HttpRequest, t: Toegang) -> Keuze:
    """The province and cycle asked for, not checked against the data (the page's service
    says NietGevonden); otherwise the user's own province and its current cycle. The main
    menu carries it on."""
    provincie, cyclus = gevraagd(request, t)
    return onthoud(request, Keuze(provincie, cyclus, provincie_naam=provincie_naam(provincie)))


def _gevraagd_als(request: HttpRequest, mag: Callable[[Toegang, str], bool]) -> Keuze:
    """`gevraagde_keuze` for a logged-in user who `mag` (read, change) the province;
    GeenToegang for anyone else."""
    t = vereis_ingelogd(request)
    k = gevraagde_keuze(request, t)
    if not mag(t, k.provincie):
        raise GeenToegang
    return k


def kies_intern(request: HttpRequest) -> Keuze:
    """`gevraagde_keuze` for a logged-in user who reads the province's unpublished data;
    GeenToegang for anyone else."""
    return _gevraagd_als(request, lambda t, p: mag_lezen(t, p, gepubliceerd=False))


def kies_provincie_intern(request: HttpRequest) -> tuple[str, Toegang]:
    """For a page per province, not per cycle: the province asked for (`?provincie=…`, by
    default the user's own) and the user's role, when a logged-in user reads its
    unpublished data; GeenToegang otherwise."""
    provincie = leesbaar(request.GET.get("provincie", "")) or standaard_provincie(
        toegang(request.user)
    )
    return provincie, vereis_lezer(request, provincie)


def kies_bewerker(request: HttpRequest) -> Keuze:
    """`gevraagde_keuze` for a logged-in user who changes the province's own data;
    GeenToegang for anyone else."""
    return _gevraagd_als(request, mag_bewerken)


def kies_cyclus(request: HttpRequest, provincie: str, cyclus: str = "") -> Keuze:
    """The cycle of a page about one municipality of `provincie` (`cyclus`, else `?cyclus=…`,
    by default the province's current cycle), with only that province's cycles to choose
    from; Http404 for a cycle the province does not have. Reading the municipality is
    checked by the caller."""
    eigen = beschikbare_cycli(provincie)
    cyclus = (
        cyclus
        or leesbaar(request.GET.get("cyclus", ""))
        or huidige_cyclus(provincie, eigen, toegang(request.user))
        or ""
    )
    gekozen = next((k for k in eigen if k.cyclus == cyclus), None)
    if gekozen is None:
        raise Http404(f"Geen gegevens voor provincie '{provincie}' in cyclus '{cyclus}'.")
    context = {
        "keuzes": eigen,
        "provincie": provincie,
        "provincie_naam": gekozen.provincie_naam,
        "cyclus": cyclus,
        "vaste_provincie": True,
    }
    return onthoud(request, Keuze(provincie, cyclus, context, gekozen.provincie_naam))


def met_keuze(url: str, keuze: Keuze) -> str:
    """`url` with the choice in its query string, for a redirect that keeps it."""
    return url + keuze.query


def paginakeuze(request: HttpRequest) -> dict[str, Any]:
    """Context processor: `paginakeuze`, the page's province and cycle (remembered by `kies`,
    otherwise as asked for in the query string), whose `.query` the menu links carry."""
    keuze = getattr(request, "regietafel_keuze", None)
    if keuze is None:
        provincie, cyclus = request.GET.get("provincie", ""), request.GET.get("cyclus", "")
        keuze = _Gevraagd(provincie, cyclus) if provincie or cyclus else None
    return {"paginakeuze": keuze}


class _Gevraagd(Keuze):
    """A choice only asked for, not checked: carried on as it was asked (without what was
    not)."""

    @property
    def query(self) -> str:
        asked = {"provincie": self.provincie, "cyclus": self.cyclus}
        return "?" + urlencode({k: v for k, v in asked.items() if v})
