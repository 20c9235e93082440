"""The balance (*balans*) of targets against offers, per municipality and for the province.

Per municipality, category (asiel_regulier, amv) and year of the cycle: the target
(*opgave*, the ministry's indicative number), the offer (*aanbod*) of that year, the
realisation (*realisatie*, one figure per category, as in the puzzle table) and the
shortage (*tekort*) or surplus (*overschot*) of the offer against the target.

For the province, per category and year: whether the distribution is closed (*sluitend*:
the offers together cover the task). Unknown cells (None) are left out of the sums; a
balance with an unknown side is unknown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from regietafel.domain.model import Categorie, CyclusGegevens
from regietafel.domain.onbekend import verschil_of_onbekend

CATEGORIEEN = (Categorie.ASIEL_REGULIER, Categorie.AMV)


def _som(waarden: Iterable[int | None]) -> int:
    return sum(w for w in waarden if w is not None)


@dataclass(frozen=True)
class GemeenteBalans:
    """One municipality, category and year. None is unknown."""

    cbs_code: str
    naam: str
    categorie: Categorie
    jaar: int
    opgave: int | None
    aanbod: int | None
    realisatie: int | None

    @property
    def saldo(self) -> int | None:
        """Offer minus target: negative is a shortage, positive a surplus."""
        return verschil_of_onbekend(self.aanbod, self.opgave)

    @property
    def tekort(self) -> int | None:
        """The places the offer falls short of the target (0 when it does not)."""
        saldo = self.saldo
        return None if saldo is None else max(0, -saldo)

    @property
    def overschot(self) -> int | None:
        """The places the offer exceeds the target by (0 when it does not)."""
        saldo = self.saldo
        return None if saldo is None else max(0, saldo)


@dataclass(frozen=True)
class ProvincieBalans:
    """The province in one category and year: the sums over the municipalities, and how
    many offers are unknown."""

    categorie: Categorie
    jaar: int
    opgave: int
    aanbod: int
    onbekend_aanbod: int
    tekort: int
    overschot: int

    @property
    def sluitend(self) -> bool | None:
        """Whether the offers together cover the task. Unknown (None) when they fall short
        but some offers are unknown."""
        if self.aanbod >= self.opgave:
            return True
        return None if self.onbekend_aanbod else False


@dataclass(frozen=True)
class Balans:
    """The balance of a province in a cycle."""

    gemeenten: tuple[GemeenteBalans, ...]
    provincie: tuple[ProvincieBalans, ...]

    def van_provincie(self, categorie: Categorie, jaar: int) -> ProvincieBalans:
        """The province's balance in one category and year."""
        return next(p for p in self.provincie if (p.categorie, p.jaar) == (categorie, jaar))


def gemeentebalansen(gegevens: CyclusGegevens) -> tuple[GemeenteBalans, ...]:
    """Every municipality × category × year, municipalities in the data set's order."""
    uit = []
    for g in gegevens.gemeenten:
        c = gegevens.cijfers[g.cbs_code]
        for cat in CATEGORIEEN:
            for jaar in gegevens.cyclus.jaren:
                uit.append(
                    GemeenteBalans(
                        cbs_code=g.cbs_code,
                        naam=g.naam,
                        categorie=cat,
                        jaar=jaar,
                        opgave=c.opgave.get(cat),
                        aanbod=c.aanbod.get((cat, jaar)),
                        realisatie=c.realisatie.get(cat),
                    )
                )
    return tuple(uit)


def provinciebalans(
    gemeenten: Iterable[GemeenteBalans], categorie: Categorie, jaar: int
) -> ProvincieBalans:
    """The province's sums in one category and year."""
    rijen = [b for b in gemeenten if b.categorie is categorie and b.jaar == jaar]
    return ProvincieBalans(
        categorie=categorie,
        jaar=jaar,
        opgave=_som(b.opgave for b in rijen),
        aanbod=_som(b.aanbod for b in rijen),
        onbekend_aanbod=sum(1 for b in rijen if b.aanbod is None),
        tekort=_som(b.tekort for b in rijen),
        overschot=_som(b.overschot for b in rijen),
    )


def bereken_balans(gegevens: CyclusGegevens) -> Balans:
    """The balance of a province in a cycle."""
    gemeenten = gemeentebalansen(gegevens)
    return Balans(
        gemeenten=gemeenten,
        provincie=tuple(
            provinciebalans(gemeenten, cat, jaar)
            for cat in CATEGORIEEN
            for jaar in gegevens.cyclus.jaren
        ),
    )
