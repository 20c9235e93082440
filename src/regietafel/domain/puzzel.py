"""The *puzzel* ("de Drentse puzzel"): each municipality's targets set against its offers.

A row per municipality with the Ukrainian target (computed from the provincial target
and inhabitants), and the asylum targets, realisation and offers per year; a totals row;
and the signaleringen found on the way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from regietafel.domain.model import Categorie, CyclusGegevens
from regietafel.domain.oekraine import oekraine_opgave_per_gemeente
from regietafel.domain.onbekend import verschil_of_onbekend
from regietafel.domain.signaleringen import Signalering, controleer


def som(waarden: Iterable[int | None]) -> int | None:
    """The sum of the known values; None when every value is unknown."""
    bekend = [w for w in waarden if w is not None]
    return sum(bekend) if bekend else None


@dataclass(frozen=True)
class OekraineRegel:
    """Ukraine: target (computed), realisation and ambition."""

    opgave: int | None
    realisatie: int | None
    ambitie: int | None


@dataclass(frozen=True)
class AsielRegel:
    """One asylum category: target, realisation and the offer (*aanbod*) per year."""

    opgave: int | None
    realisatie: int | None
    aanbod: Mapping[int, int | None]

    def saldo(self, jaar: int) -> int | None:
        """Offer minus target in `jaar`: negative is a shortage (*tekort*), positive a
        surplus (*overschot*); None when either is unknown."""
        return verschil_of_onbekend(self.aanbod.get(jaar), self.opgave)


@dataclass(frozen=True)
class PuzzelRegel:
    """One row of the puzzle: a municipality, or the totals when `cbs_code` is None."""

    cbs_code: str | None
    naam: str
    inwoners: int
    oekraine: OekraineRegel
    asiel_regulier: AsielRegel
    amv: AsielRegel

    def categorie(self, categorie: Categorie) -> AsielRegel:
        """The asylum figures of one category."""
        return self.amv if categorie is Categorie.AMV else self.asiel_regulier


@dataclass(frozen=True)
class Puzzel:
    """The whole puzzle of a province in a cycle."""

    jaren: tuple[int, ...]
    regels: tuple[PuzzelRegel, ...]
    totaal: PuzzelRegel
    signaleringen: tuple[Signalering, ...]


def oekraine_opgaven(gegevens: CyclusGegevens) -> dict[str, int]:
    """Each municipality's Ukrainian target: the provincial target apportioned by inhabitants
    with the cycle's rounding method."""
    return oekraine_opgave_per_gemeente(
        gegevens.provincie_opgave.oekraine_opgave,
        {g.cbs_code: g.inwoners for g in gegevens.gemeenten},
        gegevens.cyclus.regels.oekraine_afronding,
    )


def bereken_puzzel(gegevens: CyclusGegevens) -> Puzzel:
    """Compute the puzzle from the inputs of one province and cycle."""
    jaren = gegevens.cyclus.jaren
    oekraine = oekraine_opgaven(gegevens)
    regels = []
    for g in gegevens.gemeenten:
        c = gegevens.cijfers[g.cbs_code]
        regels.append(
            PuzzelRegel(
                cbs_code=g.cbs_code,
                naam=g.naam,
                inwoners=g.inwoners,
                oekraine=OekraineRegel(
                    opgave=oekraine[g.cbs_code],
                    realisatie=c.realisatie.get(Categorie.OEKRAINE),
                    ambitie=c.oekraine_ambitie,
                ),
                asiel_regulier=_asiel(
                    c.opgave, c.realisatie, c.aanbod, Categorie.ASIEL_REGULIER, jaren
                ),
                amv=_asiel(c.opgave, c.realisatie, c.aanbod, Categorie.AMV, jaren),
            )
        )
    totaal = _totaal(regels, jaren, gegevens.provincie_opgave.oekraine_opgave)
    return Puzzel(
        jaren=jaren,
        regels=tuple(regels),
        totaal=totaal,
        signaleringen=controleer(gegevens),
    )


def _asiel(
    opgave: Mapping[Categorie, int | None],
    realisatie: Mapping[Categorie, int | None],
    aanbod: Mapping[tuple[Categorie, int], int | None],
    categorie: Categorie,
    jaren: tuple[int, ...],
) -> AsielRegel:
    return AsielRegel(
        opgave=opgave.get(categorie),
        realisatie=realisatie.get(categorie),
        aanbod={jaar: aanbod.get((categorie, jaar)) for jaar in jaren},
    )


def _som_asiel(regels: list[AsielRegel], jaren: tuple[int, ...]) -> AsielRegel:
    return AsielRegel(
        opgave=som(r.opgave for r in regels),
        realisatie=som(r.realisatie for r in regels),
        aanbod={jaar: som(r.aanbod[jaar] for r in regels) for jaar in jaren},
    )


def _totaal(regels: list[PuzzelRegel], jaren: tuple[int, ...], oekraine_opgave: int) -> PuzzelRegel:
    # The totals row shows the provincial Ukrainian target as published; when the rounded
    # rows do not add up to it, a signalering says so.
    return PuzzelRegel(
        cbs_code=None,
        naam="Totaal",
        inwoners=sum(r.inwoners for r in regels),
        oekraine=OekraineRegel(
            opgave=oekraine_opgave,
            realisatie=som(r.oekraine.realisatie for r in regels),
            ambitie=som(r.oekraine.ambitie for r in regels),
        ),
        asiel_regulier=_som_asiel([r.asiel_regulier for r in regels], jaren),
        amv=_som_asiel([r.amv for r in regels], jaren),
    )
