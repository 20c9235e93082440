"""A *herraming* (re-estimate) of the capaciteitsbesluit within a cycle.

The minister may revise the national estimate (*landelijke behoefte*) or the indicative
numbers per municipality while a cycle runs. A revision is a new version of the
*capaciteitsbesluit* (the capacity decision). Here it is set against the current version:
per municipality the old and the new target (*opgave*), the difference, the new shortage
or surplus against the current offers, and which concept distributions (*concepten*) that
covered the old task no longer close (*niet meer sluitend*) under the new numbers.

Pure: the services read the versions, offers and concepts and store the outcome.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from regietafel.domain.balans import CATEGORIEEN, GemeenteBalans, provinciebalans
from regietafel.domain.model import Categorie, CyclusGegevens
from regietafel.domain.onbekend import verschil_of_onbekend

Waarden = Mapping[str, Mapping[str, Mapping[str, int | None]]]
"""The numbers of a distribution version: {cbs_code: {categorie: {jaar: plaatsen}}}."""


@dataclass(frozen=True)
class Indicatief:
    """A municipality's indicative numbers (*indicatieve aantallen*) in a capaciteitsbesluit:
    regular places and, on top of them, places for unaccompanied minors (AMV)."""

    regulier: int
    amv: int

    def van(self, categorie: Categorie) -> int:
        return self.amv if categorie is Categorie.AMV else self.regulier


@dataclass(frozen=True)
class Capaciteitsbesluit:
    """One version of the capaciteitsbesluit as it applies to one province: the national
    estimate and the indicative numbers of the province's municipalities by CBS code."""

    landelijke_behoefte: int
    aantallen: Mapping[str, Indicatief]

    def totaal(self, categorie: Categorie) -> int:
        """The provincial task (*provinciale opgave*) in one category."""
        return sum(a.van(categorie) for a in self.aantallen.values())


MELDINGEN = {
    "ontbreekt": "{naam} ({cbs_code}) ontbreekt in de herraming.",
    "andere_provincie": "{naam} ({cbs_code}) hoort niet bij deze provincie.",
    "onbekende_cbs_code": "{cbs_code} is geen bekende gemeente.",
    "dubbel": "{naam} ({cbs_code}) staat meer dan eens in de herraming.",
}
GELIJK = (
    "De herraming is gelijk aan de huidige versie van het capaciteitsbesluit; "
    "er is niets opgeslagen."
)


@dataclass(frozen=True)
class Afwijking:
    """A municipality that makes a revision not match the cycle, with a code of
    `MELDINGEN`; `rij` is the file's row, None for a municipality that is missing."""

    code: str
    cbs_code: str
    naam: str = ""
    rij: int | None = None

    @property
    def melding(self) -> str:
        """The Dutch message, naming the row where there is one."""
        tekst = MELDINGEN[self.code].format(naam=self.naam, cbs_code=self.cbs_code)
        return f"Rij {self.rij}: {tekst}" if self.rij is not None else tekst


def controleer_gemeenten(
    cyclus: Mapping[str, str],
    bekend: Mapping[str, str],
    rijen: Iterable[tuple[int, str]],
) -> tuple[Afwijking, ...]:
    """How the municipalities of a revision differ from those of the cycle.

    `cyclus` and `bekend` map CBS codes to names: the province's municipalities in the
    cycle, and every known municipality. `rijen` are (row, CBS code) of the revision. A
    revision names each municipality of the cycle exactly once and nothing else.
    """
    afwijkingen: list[Afwijking] = []
    gezien: set[str] = set()
    for rij, code in rijen:
        if code not in bekend:
            afwijkingen.append(Afwijking("onbekende_cbs_code", code, rij=rij))
        elif code not in cyclus:
            afwijkingen.append(Afwijking("andere_provincie", code, bekend[code], rij))
        elif code in gezien:
            afwijkingen.append(Afwijking("dubbel", code, cyclus[code], rij))
        gezien.add(code)
    afwijkingen.extend(
        Afwijking("ontbreekt", code, naam)
        for code, naam in sorted(cyclus.items(), key=lambda kv: kv[1])
        if code not in gezien
    )
    return tuple(afwijkingen)


@dataclass(frozen=True)
class CategorieHerraming:
    """One municipality in one category: the old and new target and the current offer per
    year. `oud` is None when the cycle had no indicative number yet."""

    oud: int | None
    nieuw: int
    aanbod: Mapping[int, int | None]

    @property
    def verschil(self) -> int | None:
        """New minus old target."""
        return None if self.oud is None else self.nieuw - self.oud

    def saldo_oud(self, jaar: int) -> int | None:
        """Offer minus the old target in `jaar` (negative: shortage, positive: surplus)."""
        return verschil_of_onbekend(self.aanbod.get(jaar), self.oud)

    def saldo_nieuw(self, jaar: int) -> int | None:
        """Offer minus the new target in `jaar` (negative: shortage, positive: surplus)."""
        return verschil_of_onbekend(self.aanbod.get(jaar), self.nieuw)

    @property
    def saldi(self) -> tuple[tuple[int, int | None, int | None], ...]:
        """(year, old balance, new balance) for every year of the offer."""
        return tuple((j, self.saldo_oud(j), self.saldo_nieuw(j)) for j in self.aanbod)


@dataclass(frozen=True)
class GemeenteHerraming:
    """One municipality under the revision, both categories."""

    cbs_code: str
    naam: str
    regulier: CategorieHerraming
    amv: CategorieHerraming

    def categorie(self, categorie: Categorie) -> CategorieHerraming:
        return self.amv if categorie is Categorie.AMV else self.regulier

    @property
    def categorieen(self) -> tuple[CategorieHerraming, CategorieHerraming]:
        """Regular, then AMV: the order of the tables."""
        return (self.regulier, self.amv)

    @property
    def gewijzigd(self) -> bool:
        return any(c.oud != c.nieuw for c in self.categorieen)


@dataclass(frozen=True)
class Dekking:
    """Whether a concept covers the task in one category and year, under the old and the
    new numbers; None when it falls short but some of its cells are unknown."""

    categorie: Categorie
    jaar: int
    aanbod: int
    opgave_oud: int | None
    opgave_nieuw: int
    sluitend_oud: bool | None
    sluitend_nieuw: bool | None

    @property
    def tekort_nieuw(self) -> int:
        return max(0, self.opgave_nieuw - self.aanbod)


@dataclass(frozen=True)
class ConceptToets:
    """A concept distribution tested against the old and the new numbers."""

    nummer: int
    dekking: tuple[Dekking, ...]

    @property
    def sluitend_oud(self) -> bool | None:
        return _alle(d.sluitend_oud for d in self.dekking)

    @property
    def sluitend_nieuw(self) -> bool | None:
        return _alle(d.sluitend_nieuw for d in self.dekking)

    @property
    def niet_meer_sluitend(self) -> bool:
        """It closed under the old numbers and does not (or not surely) under the new."""
        return self.sluitend_oud is True and self.sluitend_nieuw is not True

    @property
    def tekorten(self) -> tuple[Dekking, ...]:
        """The categories and years where the concept falls short under the new numbers."""
        return tuple(d for d in self.dekking if d.sluitend_nieuw is not True)


def _alle(waarden: Iterable[bool | None]) -> bool | None:
    lijst = list(waarden)
    if all(w is True for w in lijst):
        return True
    return False if any(w is False for w in lijst) else None


@dataclass(frozen=True)
class Herraming:
    """The whole comparison of a revision with the current version."""

    jaren: tuple[int, ...]
    landelijk_oud: int | None
    landelijk_nieuw: int
    gemeenten: tuple[GemeenteHerraming, ...]
    concepten: tuple[ConceptToets, ...]

    def totaal_oud(self, categorie: Categorie) -> int | None:
        oud = [g.categorie(categorie).oud for g in self.gemeenten]
        return None if any(o is None for o in oud) else sum(o for o in oud if o is not None)

    def totaal_nieuw(self, categorie: Categorie) -> int:
        return sum(g.categorie(categorie).nieuw for g in self.gemeenten)

    @property
    def totalen(self) -> tuple[tuple[Categorie, int | None, int], ...]:
        """(category, old provincial task, new provincial task), regular first."""
        return tuple((c, self.totaal_oud(c), self.totaal_nieuw(c)) for c in CATEGORIEEN)

    @property
    def niet_meer_sluitend(self) -> tuple[ConceptToets, ...]:
        return tuple(c for c in self.concepten if c.niet_meer_sluitend)

    @property
    def gewijzigd(self) -> bool:
        return self.landelijk_oud != self.landelijk_nieuw or any(
            g.gewijzigd for g in self.gemeenten
        )


def vergelijk_herraming(
    gegevens: CyclusGegevens,
    oud: Capaciteitsbesluit | None,
    nieuw: Capaciteitsbesluit,
    concepten: Mapping[int, Waarden] | None = None,
) -> Herraming:
    """Set the revision `nieuw` against the current version `oud` (None: there is none yet)
    for the municipalities, offers and years of `gegevens`; `concepten` maps the number of
    each concept distribution to its numbers."""
    jaren = gegevens.cyclus.jaren
    gemeenten = []
    for g in gegevens.gemeenten:
        aanbod = gegevens.cijfers[g.cbs_code].aanbod
        per_cat = {
            cat: CategorieHerraming(
                oud=None if oud is None else oud.aantallen[g.cbs_code].van(cat),
                nieuw=nieuw.aantallen[g.cbs_code].van(cat),
                aanbod={j: aanbod.get((cat, j)) for j in jaren},
            )
            for cat in CATEGORIEEN
        }
        gemeenten.append(
            GemeenteHerraming(
                g.cbs_code, g.naam, per_cat[Categorie.ASIEL_REGULIER], per_cat[Categorie.AMV]
            )
        )
    return Herraming(
        jaren=jaren,
        landelijk_oud=None if oud is None else oud.landelijke_behoefte,
        landelijk_nieuw=nieuw.landelijke_behoefte,
        gemeenten=tuple(gemeenten),
        concepten=tuple(
            toets_concept(nummer, waarden, gegevens, oud, nieuw)
            for nummer, waarden in sorted((concepten or {}).items())
        ),
    )


def toets_concept(
    nummer: int,
    waarden: Waarden,
    gegevens: CyclusGegevens,
    oud: Capaciteitsbesluit | None,
    nieuw: Capaciteitsbesluit,
) -> ConceptToets:
    """Does the concept cover the provincial task under the old and the new numbers? The
    test is the puzzle's own (`balans.provinciebalans`) with the concept as the offers."""

    def balansen(besluit: Capaciteitsbesluit) -> list[GemeenteBalans]:
        return [
            GemeenteBalans(
                cbs_code=g.cbs_code,
                naam=g.naam,
                categorie=cat,
                jaar=jaar,
                opgave=besluit.aantallen[g.cbs_code].van(cat),
                aanbod=waarden.get(g.cbs_code, {}).get(cat.value, {}).get(str(jaar)),
                realisatie=None,
            )
            for g in gegevens.gemeenten
            for cat in CATEGORIEEN
            for jaar in gegevens.cyclus.jaren
        ]

    rijen_nieuw = balansen(nieuw)
    rijen_oud = balansen(oud) if oud is not None else None
    dekking = []
    for cat in CATEGORIEEN:
        for jaar in gegevens.cyclus.jaren:
            pn = provinciebalans(rijen_nieuw, cat, jaar)
            po = provinciebalans(rijen_oud, cat, jaar) if rijen_oud is not None else None
            dekking.append(
                Dekking(
                    categorie=cat,
                    jaar=jaar,
                    aanbod=pn.aanbod,
                    opgave_oud=None if po is None else po.opgave,
                    opgave_nieuw=pn.opgave,
                    sluitend_oud=None if po is None else po.sluitend,
                    sluitend_nieuw=pn.sluitend,
                )
            )
    return ConceptToets(nummer, tuple(dekking))
