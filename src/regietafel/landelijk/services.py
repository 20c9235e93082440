"""The national overview (*landelijk overzicht*): every province of a cycle side by side,
for the ministry, and for the public the provinces whose cycle is published.

The figures of every province are computed together, from one bulk read
(`opslag.laad_alle_gegevens`: frozen as published for a published cycle, as now otherwise),
and reused per data version and day (services.stand, ADR 0015): the page costs a fixed
number of queries whatever the number of provinces (ADR 0016). Which provinces a reader
sees, and whether it sees their reserve emergency places, is decided on every request;
the national totals are those of the provinces it sees (domain.landelijk).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import F

from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.domain import routekaart as rk
from regietafel.domain.landelijk import (
    LandelijkeTotalen,
    ProvincieRegel,
    landelijke_totalen,
    provincieregel,
)
from regietafel.domain.noodopvang import ReserveStatus, ReserveTotaal, reservetotaal
from regietafel.noodopvang.services import mag_reserves_lezen, totalen_per_provincie
from regietafel.publicaties.models import Publicatie
from regietafel.routekaart.models import RoutekaartStap
from regietafel.services import klok
from regietafel.services.keuzes import Keuze, beschikbare_cycli
from regietafel.services.opslag import NietGevonden, laad_alle_gegevens
from regietafel.services.stand import hergebruik
from regietafel.services.toegang import Toegang, mag_lezen


@dataclass(frozen=True)
class Routekaartstand:
    """Where a province's route map stands: the day its report was received (its cycle
    published, with the report frozen), otherwise the steps of now and those overdue."""

    verslag_ontvangen_op: date | None
    huidige: tuple[rk.Stap, ...]
    te_laat: tuple[rk.Stap, ...]


@dataclass(frozen=True)
class Landelijk:
    """Everything of a cycle, for every province with data in it: reused per data version."""

    cyclus: str
    jaren: tuple[int, ...]
    landelijke_behoefte: int
    regels: dict[str, ProvincieRegel]
    routekaarten: dict[str, Routekaartstand]
    reserves: dict[str, ReserveTotaal]


@dataclass(frozen=True)
class Provincieweergave:
    """A province as one reader sees it in the overview: `regel` None is "geen gegevens"
    (no data in this cycle that the reader may read); `reserve` None: not for this reader."""

    code: str
    naam: str
    regel: ProvincieRegel | None
    routekaart: Routekaartstand | None
    reserve: ReserveTotaal | None
    reserve_leesbaar: bool


@dataclass(frozen=True)
class LandelijkOverzicht:
    """The national overview of a cycle for one reader."""

    cyclus: str
    cycli: tuple[str, ...]
    jaren: tuple[int, ...]
    provincies: tuple[Provincieweergave, ...]
    totalen: LandelijkeTotalen
    peildatum: date

    @property
    def reserves_zichtbaar(self) -> bool:
        return any(p.reserve_leesbaar for p in self.provincies)

    @property
    def cijferkolommen(self) -> int:
        """The columns of a province's figures: three tasks, two per year, four more."""
        return 3 + 2 * len(self.jaren) + 4

    @property
    def zonder_gegevens(self) -> int:
        return sum(1 for p in self.provincies if p.regel is None)


def leesbare_cycli(t: Toegang, keuzes: Sequence[Keuze]) -> list[Keuze]:
    """The province cycles of `keuzes` that `t` may read."""
    return [k for k in keuzes if mag_lezen(t, k.provincie_code, k.gepubliceerd)]


def standaard_cyclus(leesbaar: Sequence[Keuze]) -> str | None:
    """The cycle shown when none is asked for: the latest in which a readable province has
    its capaciteitsbesluit in, otherwise the latest readable one."""
    met_besluit = [k.cyclus for k in leesbaar if k.besluit_in]
    alle = [k.cyclus for k in leesbaar]
    return max(met_besluit or alle, default=None)


def landelijk_overzicht(t: Toegang, cyclus: str = "") -> LandelijkOverzicht:
    """The national overview of `cyclus` (default: `standaard_cyclus`) as `t` may read it:
    every province with a cycle `t` reads; a province without readable data in `cyclus`
    shows as without data. NietGevonden for a cycle `t` reads nothing of."""
    keuzes = beschikbare_cycli()
    leesbaar = leesbare_cycli(t, keuzes)
    cycli = tuple(sorted({k.cyclus for k in leesbaar}))
    cyclus = cyclus or standaard_cyclus(leesbaar) or ""
    if cyclus not in cycli:
        raise NietGevonden(f"Geen gegevens voor cyclus '{cyclus}'.")
    dag = klok.vandaag()
    alles = hergebruik(("landelijk", cyclus, dag), lambda: _bereken(cyclus, dag))
    in_cyclus = {k.provincie_code for k in leesbaar if k.cyclus == cyclus}
    namen = {k.provincie_code: k.provincie_naam for k in leesbaar}
    provincies = tuple(
        _weergave(t, code, naam, alles if code in in_cyclus else None)
        for code, naam in sorted(namen.items(), key=lambda p: p[1])
    )
    getoond = [p.regel for p in provincies if p.regel is not None]
    return LandelijkOverzicht(
        cyclus=cyclus,
        cycli=cycli,
        jaren=alles.jaren,
        provincies=provincies,
        totalen=landelijke_totalen(getoond, alles.landelijke_behoefte, alles.jaren),
        peildatum=dag,
    )


def _weergave(t: Toegang, code: str, naam: str, alles: Landelijk | None) -> Provincieweergave:
    leest_reserves = mag_reserves_lezen(t, code)
    return Provincieweergave(
        code=code,
        naam=naam,
        regel=None if alles is None else alles.regels.get(code),
        routekaart=None if alles is None else alles.routekaarten.get(code),
        reserve=_reserve(alles, code) if leest_reserves else None,
        reserve_leesbaar=leest_reserves,
    )


def _reserve(alles: Landelijk | None, code: str) -> ReserveTotaal | None:
    if alles is None:
        return None
    return alles.reserves.get(code) or reservetotaal(())


def _bereken(cyclus: str, dag: date) -> Landelijk:
    c = Cyclus.objects.get(naam=cyclus)
    gegevens = laad_alle_gegevens(cyclus)
    return Landelijk(
        cyclus=cyclus,
        jaren=tuple(c.jaren),
        landelijke_behoefte=c.landelijke_behoefte,
        regels={g.provincie.code: provincieregel(g, dag) for g in gegevens},
        routekaarten=_routekaarten(c, dag),
        reserves=totalen_per_provincie(),
    )


def _routekaarten(c: Cyclus, dag: date) -> dict[str, Routekaartstand]:
    """The route-map stand of every province in cycle `c`, in two queries: a route map not
    opened yet has the statutory steps, all planned (nothing is created here)."""
    ontvangen: dict[str, date] = {}
    for code, datum in (
        Publicatie.objects.filter(
            provincie_cyclus__cyclus=c,
            provincie_cyclus__gepubliceerd=True,
            soort=Publicatie.Soort.PUBLICATIE,
        )
        .order_by("datum")
        .values_list("provincie_cyclus__provincie__code", "datum")
    ):
        ontvangen.setdefault(code, datum)
    stappen: dict[str, list[RoutekaartStap]] = {}
    rijen = (
        RoutekaartStap.objects.filter(routekaart__provincie_cyclus__cyclus=c)
        .annotate(provincie_code=F("routekaart__provincie_cyclus__provincie__code"))
        .order_by("deadline", "nummer")
    )
    for s in rijen:
        stappen.setdefault(s.provincie_code, []).append(s)  # type: ignore[attr-defined]
    standaard = rk.routekaart(rk.RoutekaartParameters(jaren=tuple(c.jaren)))
    codes = ProvincieCyclus.objects.filter(cyclus=c).values_list("provincie__code", flat=True)
    uit = {}
    for code in codes:
        eigen = stappen.get(code)
        lijst = [s.to_domain() for s in eigen] if eigen else list(standaard)
        statussen = {s.code: rk.StapStatus(s.status) for s in eigen or ()}
        stand = rk.stand(lijst, statussen, dag)
        uit[code] = Routekaartstand(ontvangen.get(code), stand.huidige, stand.te_laat)
    return uit


def overzicht_als_dict(o: LandelijkOverzicht) -> dict[str, Any]:
    """The overview as plain data for the CLI's JSON and the API (camelCase, ISO dates,
    null for unknown or not readable)."""
    tot = o.totalen
    return {
        "cyclus": o.cyclus,
        "peildatum": o.peildatum.isoformat(),
        "provincies": [_provincie_dict(p) for p in o.provincies],
        "totalen": {
            "landelijkeBehoefte": tot.landelijke_behoefte,
            "provincies": tot.provincies,
            "opgaveRegulier": tot.opgave_regulier,
            "opgaveAmv": tot.opgave_amv,
            "opgave": tot.opgave,
            "verschilMetLandelijkeBehoefte": tot.verschil,
            "afrondingsverschil": tot.afrondingsverschil,
            "aanbod": [{"jaar": j, "plaatsen": n} for j, n in tot.aanbod],
            "sluitend": tot.sluitend,
            "nietSluitend": tot.niet_sluitend,
            "inGebruikOpRealisatiedatum": tot.in_gebruik_op_realisatiedatum,
            "spukTotaal": tot.spuk_totaal,
            "zonderOpgave": list(tot.zonder_opgave),
        },
    }


def _provincie_dict(p: Provincieweergave) -> dict[str, Any]:
    r, rk_ = p.regel, p.routekaart
    uit: dict[str, Any] = {"code": p.code, "naam": p.naam, "gegevens": r is not None}
    if r is not None:
        uit |= {
            "opgaveRegulier": r.opgave_regulier,
            "opgaveAmv": r.opgave_amv,
            "opgave": r.opgave,
            "jaren": [{"jaar": j.jaar, "aanbod": j.aanbod, "saldo": j.saldo} for j in r.jaren],
            "sluitend": r.sluitend,
            "nietSluitendIn": [c.value for c in r.niet_sluitend_in],
            "inGebruikOpRealisatiedatum": r.in_gebruik_op_realisatiedatum,
            "realisatiedatum": None if r.realisatiedatum is None else r.realisatiedatum.isoformat(),
            "spukGemeenten": r.spuk_gemeenten,
            "spukProvincie": r.spuk_provincie,
            "verslagOntvangenDatum": None
            if rk_ is None or rk_.verslag_ontvangen_op is None
            else rk_.verslag_ontvangen_op.isoformat(),
        }
    if p.reserve is not None:
        uit["reserveNoodopvang"] = {s.value: p.reserve.per_status.get(s, 0) for s in ReserveStatus}
    return uit
