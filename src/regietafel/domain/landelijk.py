"""The national overview (*landelijk overzicht*): every province of a cycle side by side,
and the national totals set against the national need (*landelijke behoefte*).

Per province (`provincieregel`): its task (*opgave*) for regular asylum and AMV, its offers
(*aanbod*) per year and the shortage or surplus against the task, whether the distribution
closes (*sluitend*), the places in use by the cycle's realisation date, and the SPUK totals.
Nationally (`landelijke_totalen`): the sums over the provinces, and the difference between
the provinces' tasks and the national need. That difference is not an error of ours: each
municipality's indicative number is rounded on its own, with no correction afterwards, so
the provinces' cycle-1 tasks sum to 96,002 against a need of 96,000. It is reproduced as
published and flagged. Rounding half-up moves each municipality's number by at most half a
place, so a difference larger than half the number of municipalities shown is not rounding:
then provinces are missing, or their figures differ from the capaciteitsbesluit.

Unknown stays unknown: a province whose indicative numbers are not in yet has task None
("nog niet ingevoerd"), never 0, and a sum over provinces with an unknown part is None.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from regietafel.domain.balans import CATEGORIEEN, bereken_balans
from regietafel.domain.model import Categorie, CyclusGegevens
from regietafel.domain.onbekend import som_of_onbekend
from regietafel.domain.realisatie import realisatie
from regietafel.domain.spuk import bereken_spuk


@dataclass(frozen=True)
class JaarSaldo:
    """A province's offers in one year of the cycle (regular and AMV together) against its
    task: `saldo` negative is a shortage, positive a surplus; None while the task is not in.
    `onbekend_aanbod` counts the municipalities whose offer is not known."""

    jaar: int
    aanbod: int
    saldo: int | None
    onbekend_aanbod: int = 0


@dataclass(frozen=True)
class ProvincieRegel:
    """One province in the national overview, in one cycle. None is unknown."""

    code: str
    naam: str
    gepubliceerd: bool
    gemeenten: int
    opgave_regulier: int | None
    opgave_amv: int | None
    jaren: tuple[JaarSaldo, ...]
    sluitend: bool | None
    niet_sluitend_in: tuple[Categorie, ...]
    plaatsen: int
    in_gebruik_op_realisatiedatum: int
    realisatiedatum: date | None
    spuk_gemeenten: int | None
    spuk_provincie: int | None

    @property
    def opgave(self) -> int | None:
        """The task incl. AMV (regular and AMV together, as the ministry's table has it)."""
        return som_of_onbekend((self.opgave_regulier, self.opgave_amv))

    @property
    def spuk_totaal(self) -> int | None:
        return som_of_onbekend((self.spuk_gemeenten, self.spuk_provincie))


def _opgave(gegevens: CyclusGegevens, categorie: Categorie) -> int | None:
    """The province's task in `categorie`: the sum of its municipalities' indicative
    numbers; None when none of them is in yet."""
    bekend = [
        c.opgave.get(categorie)
        for c in gegevens.cijfers.values()
        if c.opgave.get(categorie) is not None
    ]
    return sum(w for w in bekend if w is not None) if bekend else None


def _sluitend(waarden: Iterable[bool | None]) -> bool | None:
    """All closed: True; one open: False; otherwise unknown."""
    lijst = list(waarden)
    if False in lijst:
        return False
    return None if None in lijst else True


def provincieregel(gegevens: CyclusGegevens, peildatum: date) -> ProvincieRegel:
    """The national overview's row of one province, from its inputs (the realisation as
    known on `peildatum`)."""
    balans = bereken_balans(gegevens)
    opgave_regulier = _opgave(gegevens, Categorie.ASIEL_REGULIER)
    opgave_amv = _opgave(gegevens, Categorie.AMV)
    taak_bekend = opgave_regulier is not None or opgave_amv is not None
    jaren = []
    for jaar in gegevens.cyclus.jaren:
        delen = [balans.van_provincie(cat, jaar) for cat in CATEGORIEEN]
        aanbod = sum(p.aanbod for p in delen)
        opgave = sum(p.opgave for p in delen)
        saldo = aanbod - opgave if taak_bekend else None
        jaren.append(JaarSaldo(jaar, aanbod, saldo, sum(p.onbekend_aanbod for p in delen)))
    sluitend = _sluitend(p.sluitend for p in balans.provincie) if taak_bekend else None
    # Closing is per category: a surplus of regular places does not cover an AMV shortage.
    open_ = {p.categorie for p in balans.provincie if p.sluitend is False}
    niet_sluitend_in = tuple(c for c in CATEGORIEEN if c in open_) if taak_bekend else ()
    r = realisatie(gegevens.locaties, gegevens.cyclus.regels.realisatiedatum, peildatum)
    spuk = bereken_spuk(gegevens)
    return ProvincieRegel(
        code=gegevens.provincie.code,
        naam=gegevens.provincie.naam,
        gepubliceerd=gegevens.provincie_opgave.gepubliceerd,
        gemeenten=len(gegevens.gemeenten),
        opgave_regulier=opgave_regulier,
        opgave_amv=opgave_amv,
        jaren=tuple(jaren),
        sluitend=sluitend,
        niet_sluitend_in=niet_sluitend_in,
        plaatsen=r.plaatsen,
        in_gebruik_op_realisatiedatum=r.in_gebruik_op_realisatiedatum,
        realisatiedatum=r.realisatiedatum,
        spuk_gemeenten=spuk.gemeenten_totaal,
        spuk_provincie=spuk.provincie_bedrag,
    )


@dataclass(frozen=True)
class LandelijkeTotalen:
    """The sums over the provinces shown, against the national need of the cycle.

    `opgave` is None when a province's task is not in yet (`zonder_opgave` names them);
    `verschil` is the provinces' tasks minus the national need: nonzero is the rounding of
    the indicative numbers per municipality (cycle 1: +2), flagged, never corrected."""

    landelijke_behoefte: int
    provincies: int
    gemeenten: int
    opgave_regulier: int | None
    opgave_amv: int | None
    opgave: int | None
    aanbod: tuple[tuple[int, int], ...]
    sluitend: int
    niet_sluitend: int
    in_gebruik_op_realisatiedatum: int
    plaatsen: int
    spuk_totaal: int | None
    zonder_opgave: tuple[str, ...]

    @property
    def verschil(self) -> int | None:
        return None if self.opgave is None else self.opgave - self.landelijke_behoefte

    @property
    def afrondingsverschil(self) -> bool:
        """Do the provinces' tasks differ from the national need by no more than rounding
        per municipality can explain (half a place each)?"""
        v = self.verschil
        return v is not None and v != 0 and 2 * abs(v) <= self.gemeenten

    @property
    def groter_verschil(self) -> bool:
        """Do they differ by more: provinces missing, or figures unlike the besluit?"""
        v = self.verschil
        return v is not None and 2 * abs(v) > self.gemeenten


def landelijke_totalen(
    regels: Sequence[ProvincieRegel], landelijke_behoefte: int, jaren: Sequence[int]
) -> LandelijkeTotalen:
    """The national totals of `regels` (the provinces shown) against `landelijke_behoefte`,
    with the offers summed per year of `jaren`."""
    per_jaar = [
        (jaar, sum(j.aanbod for r in regels for j in r.jaren if j.jaar == jaar)) for jaar in jaren
    ]
    return LandelijkeTotalen(
        landelijke_behoefte=landelijke_behoefte,
        provincies=len(regels),
        gemeenten=sum(r.gemeenten for r in regels),
        opgave_regulier=som_of_onbekend(r.opgave_regulier for r in regels),
        opgave_amv=som_of_onbekend(r.opgave_amv for r in regels),
        opgave=som_of_onbekend(r.opgave for r in regels),
        aanbod=tuple(per_jaar),
        sluitend=sum(1 for r in regels if r.sluitend is True),
        niet_sluitend=sum(1 for r in regels if r.sluitend is False),
        in_gebruik_op_realisatiedatum=sum(r.in_gebruik_op_realisatiedatum for r in regels),
        plaatsen=sum(r.plaatsen for r in regels),
        spuk_totaal=som_of_onbekend(r.spuk_totaal for r in regels),
        zonder_opgave=tuple(r.naam for r in regels if r.opgave is None),
    )
