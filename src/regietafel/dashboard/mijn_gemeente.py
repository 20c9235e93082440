"""Mijn gemeente: what a municipal user needs first. Their open consultation and its
deadline, their figures in the chosen cycle (opgave, aanbod, tekort/overschot, from the
puzzle) with the puzzle's signaleringen about them, the open PRT actions assigned to them,
and their locations whose contract ends within the horizon (months,
REGIETAFEL_CONTRACT_HORIZON_MAANDEN by default)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings

from regietafel.consultatie.models import Antwoord, Consultatie
from regietafel.consultatie.services import CATEGORIEEN
from regietafel.domain.berichten import horizon_dagen, noemt
from regietafel.domain.model import Categorie
from regietafel.domain.plaatsen import AflopendContract, aflopende_contracten
from regietafel.domain.puzzel import AsielRegel, PuzzelRegel
from regietafel.domain.routekaart import ConsultatieStatus, consultatiestatus
from regietafel.domain.signaleringen import Signalering
from regietafel.locaties.soorten import soortnaam
from regietafel.overleggen.models import Actie
from regietafel.overleggen.services import open_acties
from regietafel.provincies.models import Gemeente
from regietafel.publicaties.openbaarheid import gegevens_voor
from regietafel.puzzel.services import actuele_puzzel
from regietafel.services import klok
from regietafel.services.opslag import laad_actuele_gegevens
from regietafel.services.toegang import Toegang


@dataclass(frozen=True)
class OpenConsultatie:
    """The municipality's consultation: asked, answered (in time or late) or overdue."""

    consultatie: Consultatie
    antwoord: Antwoord | None
    status: ConsultatieStatus

    @property
    def te_beantwoorden(self) -> bool:
        return self.antwoord is None


@dataclass(frozen=True)
class Cijferregel:
    """One category's figures in one year of the cycle."""

    categorie: str
    jaar: int
    opgave: int | None
    aanbod: int | None
    saldo: int | None  # negative: shortage; positive: surplus


@dataclass(frozen=True)
class AflopendeLocatie:
    """A location whose contract ends within the horizon, as the page lists it."""

    naam: str  # its name, else its kind ("gezinslocatie")
    plaatsen: int
    einddatum: date
    dagen: int
    opmerking: str = ""


def _aflopend(a: AflopendContract) -> AflopendeLocatie:
    soort = soortnaam(a.locatie.soort)
    naam = f"{a.locatie.naam} ({soort})" if a.locatie.naam else soort
    return AflopendeLocatie(naam, a.locatie.plaatsen, a.einddatum, a.dagen, a.locatie.opmerking)


@dataclass(frozen=True)
class MijnGemeente:
    gemeente: Gemeente
    cyclus: str
    consultatie: OpenConsultatie | None
    cijfers: tuple[Cijferregel, ...]
    acties: tuple[Actie, ...]
    aflopend: tuple[AflopendeLocatie, ...]
    horizon_maanden: int
    peildatum: date
    signaleringen: tuple[Signalering, ...] = ()  # the puzzle's, about this municipality


def open_consultatie(gemeente: Gemeente, peildatum: date) -> OpenConsultatie | None:
    """The province's latest consultation (the one about the coming cycle), with this
    municipality's answer; None when the province has none."""
    c = (
        Consultatie.objects.filter(provincie_cyclus__provincie=gemeente.provincie)
        .select_related("provincie_cyclus__cyclus")
        .order_by("-antwoord_voor", "-id")
        .first()
    )
    if c is None:
        return None
    a = Antwoord.objects.filter(consultatie=c, gemeente=gemeente).first()
    status = consultatiestatus(a.ontvangen_op if a else None, c.antwoord_voor, peildatum)
    return OpenConsultatie(c, a, status)


def cijfers(regel: PuzzelRegel, jaren: tuple[int, ...]) -> tuple[Cijferregel, ...]:
    """Opgave, aanbod and their balance per category and year."""

    def rij(label: str, a: AsielRegel, jaar: int) -> Cijferregel:
        return Cijferregel(label, jaar, a.opgave, a.aanbod.get(jaar), a.saldo(jaar))

    return tuple(
        rij(label, regel.categorie(Categorie(cat)), jaar)
        for cat, label in CATEGORIEEN.items()
        for jaar in jaren
    )


def acties_voor(gemeente: Gemeente) -> tuple[Actie, ...]:
    """The open actions of the province's PRT meetings whose owner names the municipality
    (`domain.berichten.noemt`: "Gemeente Assen", "Assen en Tynaarlo")."""
    open_ = open_acties(gemeente.provincie)  # not done, not withdrawn
    return tuple(a for a in open_.order_by("deadline", "overleg__datum", "id")
                 if noemt(a.eigenaar, gemeente.naam))  # fmt: skip


def mijn_gemeente(
    t: Toegang,
    gemeente: Gemeente,
    cyclus: str,
    horizon_maanden: int | None = None,
    peildatum: date | None = None,
) -> MijnGemeente:
    """Everything Mijn gemeente shows of `gemeente` in `cyclus`, as `t` may read it."""
    peildatum = peildatum or klok.vandaag()
    maanden = (
        settings.REGIETAFEL_CONTRACT_HORIZON_MAANDEN if horizon_maanden is None else horizon_maanden
    )
    p = actuele_puzzel(gemeente.provincie.code, cyclus)
    regel = next((r for r in p.regels if r.cbs_code == gemeente.cbs_code), None)
    # As `t` may read them: a location not yet public shows only to its own municipality.
    gegevens = gegevens_voor(t, laad_actuele_gegevens(gemeente.provincie.code, cyclus))
    eigen = gegevens.locaties_van(gemeente.cbs_code)
    return MijnGemeente(
        gemeente=gemeente,
        cyclus=cyclus,
        consultatie=open_consultatie(gemeente, peildatum),
        cijfers=cijfers(regel, tuple(p.jaren)) if regel else (),
        acties=acties_voor(gemeente),
        aflopend=tuple(
            _aflopend(a)
            for a in aflopende_contracten(eigen, peildatum, horizon_dagen(peildatum, maanden))
        ),
        horizon_maanden=maanden,
        peildatum=peildatum,
        signaleringen=tuple(s for s in p.signaleringen if s.gemeente == gemeente.cbs_code),
    )
