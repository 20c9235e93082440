"""The route map of a province in a cycle: created from the cycle's parameters, its steps'
status kept by the PRT secretary, and where the process stands today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain import opmaak
from regietafel.domain import routekaart as rk
from regietafel.routekaart.models import Routekaart, RoutekaartStap
from regietafel.services import klok
from regietafel.services.opslag import NietGevonden, provincie_cyclus, rij
from regietafel.services.toegang import mag_bewerken, toegang
from regietafel.services.wijzigingen import GeenToegang


def parameters(pc: ProvincieCyclus) -> rk.RoutekaartParameters:
    """The route-map parameters of `pc` (statutory defaults where none are stored)."""
    r = Routekaart.objects.filter(provincie_cyclus=pc).first()
    jaren = tuple(pc.cyclus.jaren)
    if r is None:
        return rk.RoutekaartParameters(jaren=jaren)
    return r.to_domain(jaren)


@transaction.atomic
def zorg_voor_routekaart(pc: ProvincieCyclus) -> Routekaart:
    """The route map of `pc`, with its steps created from the parameters on first use."""
    r, _ = Routekaart.objects.get_or_create(provincie_cyclus=pc)
    if not r.stappen.exists():
        for s in rk.routekaart(parameters(pc)):
            RoutekaartStap.from_domain(r, s).save(force_insert=True)
    return r


@dataclass(frozen=True)
class StapRegel:
    """A route-map step for a page: the stored step and its state today."""

    pk: int
    stap: rk.Stap
    status: rk.StapStatus
    te_laat: bool
    nu: bool

    # The names the dashboard lists (dashboard.services.routekaart_status).
    @property
    def wat(self) -> str:
        return self.stap.wat

    @property
    def wanneer(self) -> str:
        return f"{opmaak.datum(self.stap.begin)} t/m {opmaak.datum(self.stap.deadline)}"

    @property
    def status_tekst(self) -> str:
        return "te laat" if self.te_laat else self.status.value


@dataclass(frozen=True)
class RoutekaartOverzicht:
    provincie: str
    provincie_naam: str
    cyclus: str
    stand: rk.Stand
    regels: tuple[StapRegel, ...]

    @property
    def tijdbalk(self) -> dict[str, object]:
        """The steps as bars on a time line (left and width in % of the whole route map),
        the position of today, and a label per month start."""
        van = min(r.stap.begin for r in self.regels)
        tot = max(r.stap.deadline for r in self.regels)
        dagen = max((tot - van).days + 1, 1)

        def pct(d: date) -> float:
            return round(100 * (d - van).days / dagen, 2)

        balken = [
            {
                "regel": r,
                "links": pct(r.stap.begin),
                "breedte": max(
                    round(100 * ((r.stap.deadline - r.stap.begin).days + 1) / dagen, 2), 1.0
                ),
            }
            for r in self.regels
        ]
        maanden = []
        m = date(van.year, van.month, 1)
        while m <= tot:
            if m >= van:
                maanden.append({"links": pct(m), "label": f"{m:%m}-{m:%y}"})
            m = date(m.year + (m.month == 12), m.month % 12 + 1, 1)
        p = self.stand.peildatum
        vandaag = pct(p) if van <= p <= tot else None
        return {"balken": balken, "maanden": maanden, "vandaag": vandaag}

    @property
    def waar_staan_we(self) -> str:
        """'Where are we now' as one Dutch sentence."""
        if self.stand.huidige:
            return "Nu: " + "; ".join(f"stap {s.nummer}, {s.wat}" for s in self.stand.huidige)
        eerder = [r.stap for r in self.regels if r.stap.deadline < self.stand.peildatum]
        later = [r.stap for r in self.regels if r.stap.begin > self.stand.peildatum]
        if not eerder:
            return f"De cyclus is nog niet begonnen; stap {later[0].nummer} begint op " + (
                f"{later[0].begin:%d-%m-%Y}."
            )
        if not later:
            return "Alle stappen van de routekaart liggen achter ons."
        return f"Tussen stap {eerder[-1].nummer} en stap {later[0].nummer}."


def routekaart_overzicht(
    provincie: str, cyclus: str, peildatum: date | None = None
) -> RoutekaartOverzicht:
    """The route map of `provincie` in `cyclus` and where it stands on `peildatum`."""
    pc = provincie_cyclus(provincie, cyclus)
    r = zorg_voor_routekaart(pc)
    stappen = list(r.stappen.order_by("deadline", "nummer"))
    peildatum = peildatum or klok.vandaag()
    stand = rk.stand(
        [s.to_domain() for s in stappen],
        {s.code: rk.StapStatus(s.status) for s in stappen},
        peildatum,
    )
    regels = tuple(
        StapRegel(s.pk, st.stap, st.status, st.te_laat, st.nu)
        for s, st in zip(stappen, stand.stappen, strict=True)
    )
    return RoutekaartOverzicht(provincie, pc.provincie.naam, cyclus, stand, regels)


def routekaart_status(provincie: str, cyclus: str) -> tuple[StapRegel, ...] | None:
    """The steps of the route map, or None when the province has no such cycle."""
    try:
        return routekaart_overzicht(provincie, cyclus).regels
    except NietGevonden:
        return None


@transaction.atomic
def stap_met_cyclus(pk: int) -> RoutekaartStap:
    """The route-map step `pk`, with its province and cycle; RijNietGevonden if none."""
    stappen = RoutekaartStap.objects.select_related(
        "routekaart__provincie_cyclus__provincie", "routekaart__provincie_cyclus__cyclus"
    )
    return rij(stappen, f"Geen stap {pk}.", pk=pk)


def wijzig_stap(
    gebruiker: AbstractBaseUser,
    stap: RoutekaartStap,
    status: str,
    deadline: date | None = None,
) -> RoutekaartStap:
    """Set a step's status (and optionally its planned deadline); province staff only."""
    pc = stap.routekaart.provincie_cyclus
    if not mag_bewerken(toegang(gebruiker), pc.provincie.code):
        raise GeenToegang("Alleen de provincie werkt de routekaart bij.")
    if status not in {s.value for s in rk.StapStatus}:
        raise rk.Invoerfout("status", status, "onbekende_keuze", "de status")
    stap.status = status
    if deadline is not None:
        stap.deadline = deadline
        stap.begin = min(stap.begin, deadline)
    stap._history_user = gebruiker  # type: ignore[attr-defined]
    stap.save()
    return stap


def markeer_stap(
    pc: ProvincieCyclus, code: str, status: rk.StapStatus, gebruiker: AbstractBaseUser | None
) -> None:
    """Move a step on when the process itself shows it (consultation opened, version
    ratified); a finished step is never moved back."""
    stap = zorg_voor_routekaart(pc).stappen.filter(code=code).first()
    if stap is not None:
        _zet_vanzelf(stap, status, gebruiker)


def rond_af_tot_en_met(pc: ProvincieCyclus, code: str, gebruiker: AbstractBaseUser | None) -> None:
    """Finish step `code` and every step before it, when a fact shows they happened (the
    report published); `gebruiker` None is the system."""
    stappen = list(zorg_voor_routekaart(pc).stappen.all())
    klaar = set(rk.afgerond_tot_en_met([s.to_domain() for s in stappen], code))
    for stap in stappen:
        if stap.code in klaar:
            _zet_vanzelf(stap, rk.StapStatus.AFGEROND, gebruiker)


def _zet_vanzelf(
    stap: RoutekaartStap, status: rk.StapStatus, gebruiker: AbstractBaseUser | None
) -> None:
    """Set `stap` to `status` as the process moved it, unless it is finished already."""
    if stap.status == rk.StapStatus.AFGEROND.value:
        return
    stap.status = status.value
    stap._history_user = gebruiker  # type: ignore[attr-defined]
    stap.save()
