"""The financial incentives (*specifieke uitkeringen*, SPUK) and the choice between SPUK 1
and SPUK 3, which cannot be stacked.

Every amount comes from the cycle's rules (`Regels`) or the province's inputs
(`ProvincieOpgave`); the rules are inferred from the Drenthe report (DOMAIN, "Financial
incentives").

- **SPUK 1, durable places:** per municipality, (durable places of `regels.spuk1_soorten` −
  its indicative number incl. AMV), at least 0, × `regels.spuk1_bedrag_per_plaats`. An
  unknown indicative number pays nothing (it cannot be shown).
- **SPUK 2, special places:** places of `regels.spuk2_soorten` (planned ones included) ×
  `regels.spuk2_bedrag_per_plaats`.
- **SPUK 3, the 75% regulation:** the pot (`provincie_opgave.spuk3_pot`) is shared pro rata
  to the places of `regels.spuk3_soorten` (every listed place) among the municipalities
  that do not take SPUK 1, in whole euros by largest remainder (the shares add up to the
  pot exactly). It is paid only when the province's realisation share reaches
  `regels.spuk3_drempel`; the share used is Bijlage 1's filled places over its task
  (regular incl. AMV), the figure the report sets against the task.

**The choice.** A municipality with SPUK 1 > 0 may take it and leave the pot; the others
stay in. A set of choices is *stable* (a Nash equilibrium) when no municipality would get
strictly more by switching, given the others' choices. Stability is judged on the exact
(unrounded) pot share, so the whole-euro rounding cannot decide it. Every stable set is
found exactly, for any number of entitled municipalities, without trying every subset
(`regietafel.domain.spuk_keuze`, docs/adr/0011-spuk-keuze-zonder-opsomming.md): they are
counted, the proposal is found among all of them, and the first `max_genoemd` (100) are
listed. The proposal is the stable set that pays the municipalities most together; on a
tie, the one with the fewest SPUK 1 takers, then the first by listed order. The PRT
decides.

**Unknown is not zero.** An amount per place, the pot or the province's amount that is not
yet known is None in `Regels` / `ProvincieOpgave`; what depends on it is None too, and
`SpukUitkomst.ontbreekt` names the missing parameters (`regietafel.domain.onbekend`). SPUK 1
or SPUK 2 with an unknown amount per place is unknown for every municipality. Whether
SPUK 3 is paid is unknown while any indicative number is (the task, and so the
realisation share, is not known). SPUK 3 with an unknown pot is unknown, and the choice
between SPUK 1 and SPUK 3 is not made while either is unknown: `voorstel` is None, each
municipality's `keuze` is None and the `reden` says what is missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from itertools import islice

from regietafel.domain import opmaak
from regietafel.domain.bijlage1 import bijlage1_cijfers
from regietafel.domain.model import Categorie, CyclusGegevens, GemeenteCijfers, Locatie, Regels
from regietafel.domain.onbekend import (
    onbekend_bij_provincie,
    onbekend_in_cyclus,
    ontbreekt_tekst,
    som_of_onbekend,
    zijn_nog_niet_bekend,
)
from regietafel.domain.plaatsen import duurzame_plaatsen, plaatsen_van_soorten
from regietafel.domain.spuk_keuze import (
    Beste,
    Keuzespel,
    aantal_stabiele_keuzes,
    beste_stabiele_keuze,
    stabiele_keuzes,
)
from regietafel.domain.tekst import nl_opsomming

MAX_GENOEMD = 100


class Keuze(StrEnum):
    """Which of the two non-stacking incentives a municipality takes."""

    SPUK1 = "spuk1"
    SPUK3 = "spuk3"


KEUZE_TEKST: dict[Keuze | None, str] = {
    Keuze.SPUK1: "SPUK 1",
    Keuze.SPUK3: "SPUK 3",
    None: opmaak.NOG_NIET_BEKEND,
}
"""A choice as screens and documents write it; None: the choice cannot be made yet."""


def indicatief_incl_amv(cijfers: GemeenteCijfers) -> int | None:
    """A municipality's indicative number incl. AMV (asiel_regulier + amv opgave); None when
    either is unknown."""
    regulier = cijfers.opgave.get(Categorie.ASIEL_REGULIER)
    amv = cijfers.opgave.get(Categorie.AMV)
    return None if regulier is None or amv is None else regulier + amv


def spuk1_plaatsen(locaties: Iterable[Locatie], indicatief: int | None, regels: Regels) -> int:
    """The durable places of the SPUK 1 kinds above the indicative number (at least 0)."""
    if indicatief is None:
        return 0
    return max(0, duurzame_plaatsen(locaties, regels, regels.spuk1_soorten) - indicatief)


def spuk1_bedrag(locaties: Iterable[Locatie], indicatief: int | None, regels: Regels) -> int | None:
    """SPUK 1 in whole euros, were the municipality to take it; None while the amount per
    place is not yet known."""
    if regels.spuk1_bedrag_per_plaats is None:
        return None
    return spuk1_plaatsen(locaties, indicatief, regels) * regels.spuk1_bedrag_per_plaats


def spuk2_plaatsen(locaties: Iterable[Locatie], regels: Regels) -> int:
    """The places of the SPUK 2 kinds (special places, AMV), planned ones included."""
    return plaatsen_van_soorten(locaties, regels.spuk2_soorten)


def spuk2_bedrag(locaties: Iterable[Locatie], regels: Regels) -> int | None:
    """SPUK 2 in whole euros; None while the amount per place is not yet known."""
    if regels.spuk2_bedrag_per_plaats is None:
        return None
    return spuk2_plaatsen(locaties, regels) * regels.spuk2_bedrag_per_plaats


def spuk3_plaatsen(locaties: Iterable[Locatie], regels: Regels) -> int:
    """The places that make up a municipality's weight in the SPUK 3 pot."""
    return plaatsen_van_soorten(locaties, regels.spuk3_soorten)


def opgave_onbekend(gegevens: CyclusGegevens) -> bool:
    """Whether any municipality's indicative number (incl. AMV) is not yet known, so the
    province's task is not known either."""
    return any(
        indicatief_incl_amv(gegevens.cijfers[g.cbs_code]) is None for g in gegevens.gemeenten
    )


def spuk3_realisatie_aandeel(gegevens: CyclusGegevens) -> Fraction | None:
    """The province's realisation share for the SPUK 3 threshold: Bijlage 1's filled places
    over its task (regular incl. AMV); None while the task is not known."""
    if opgave_onbekend(gegevens):
        return None
    return bijlage1_cijfers(gegevens).realisatie_aandeel


def spuk3_wordt_uitbetaald(gegevens: CyclusGegevens) -> bool | None:
    """Whether the province reaches `regels.spuk3_drempel`, so the pot is paid; None while
    the realisation share is not known."""
    aandeel = spuk3_realisatie_aandeel(gegevens)
    return None if aandeel is None else aandeel >= gegevens.cyclus.regels.spuk3_drempel


def ontbrekende_parameters(gegevens: CyclusGegevens) -> tuple[str, ...]:
    """The parameters the incentives need that are not yet known, by field name, in the
    order of `onbekend.PARAMETERS` (the national AMV part is not one of them)."""
    ontbreekt = [n for n in onbekend_in_cyclus(gegevens.cyclus) if n != "amv_landelijk"]
    ontbreekt += onbekend_bij_provincie(gegevens.provincie_opgave)
    if opgave_onbekend(gegevens):
        ontbreekt.append("opgave")
    return tuple(ontbreekt)


def te_verdelen_pot(gegevens: CyclusGegevens) -> int | None:
    """What the SPUK 3 pot shares out: the pot when it is paid, 0 when it is not; None when
    either is not known."""
    uitbetaald = spuk3_wordt_uitbetaald(gegevens)
    if uitbetaald is None:
        return None
    return gegevens.provincie_opgave.spuk3_pot if uitbetaald else 0


@dataclass(frozen=True)
class StabieleKeuze:
    """A stable set of choices: who takes SPUK 1 (CBS codes, listed order) and what SPUK 1
    and SPUK 3 then pay the municipalities together."""

    spuk1_gemeenten: tuple[str, ...]
    spuk1_totaal: int
    spuk3_totaal: int

    @property
    def totaal(self) -> int:
        return self.spuk1_totaal + self.spuk3_totaal


@dataclass(frozen=True)
class SpukGemeente:
    """One municipality's incentives under the proposal; `spuk1` and `spuk3` are what is
    paid (0 for the one not chosen). None is not yet known: an amount per place or the pot
    is unknown, or the choice (`keuze` None) cannot be made yet."""

    naam: str
    cbs_code: str
    spuk1: int | None
    spuk2: int | None
    spuk3: int | None
    keuze: Keuze | None

    @property
    def totaal(self) -> int | None:
        return som_of_onbekend((self.spuk1, self.spuk2, self.spuk3))


@dataclass(frozen=True)
class SpukVergelijking:
    """One municipality's two options under the proposal: SPUK 1 were it to take it, and
    its SPUK 3 share were it in the pot (given the others' choices); None is not yet
    known."""

    naam: str
    cbs_code: str
    duurzame_plaatsen: int
    indicatief: int | None
    spuk1: int | None
    spuk3: int | None
    keuze: Keuze | None


@dataclass(frozen=True)
class SpukUitkomst:
    """The incentives of a province in a cycle: per municipality, the comparison, the
    stable sets, the proposal and why. `stabiele_keuzes` lists the first stable sets
    (fewest takers first, then listed order), `aantal_stabiele_keuzes` counts them all and
    `volledig_opgesomd` says whether the list holds every one. `ontbreekt` names the
    parameters that are not yet known (field names, see `onbekend.PARAMETERS`); every total
    that needs one is None, and `voorstel` is None while the choice cannot be made."""

    gemeenten: tuple[SpukGemeente, ...]
    vergelijking: tuple[SpukVergelijking, ...]
    stabiele_keuzes: tuple[StabieleKeuze, ...]
    aantal_stabiele_keuzes: int
    voorstel: StabieleKeuze | None
    reden: str
    volledig_opgesomd: bool
    realisatie_aandeel: Fraction | None
    spuk3_uitbetaald: bool | None
    pot: int | None
    provincie_bedrag: int | None
    ontbreekt: tuple[str, ...] = ()

    @property
    def spuk1_totaal(self) -> int | None:
        return som_of_onbekend(g.spuk1 for g in self.gemeenten)

    @property
    def spuk2_totaal(self) -> int | None:
        return som_of_onbekend(g.spuk2 for g in self.gemeenten)

    @property
    def spuk3_totaal(self) -> int | None:
        return som_of_onbekend(g.spuk3 for g in self.gemeenten)

    @property
    def gemeenten_totaal(self) -> int | None:
        """What the municipalities can apply for together."""
        return som_of_onbekend((self.spuk1_totaal, self.spuk2_totaal, self.spuk3_totaal))

    @property
    def totaal(self) -> int | None:
        """Municipalities and province together."""
        return som_of_onbekend((self.gemeenten_totaal, self.provincie_bedrag))

    @property
    def ontbreekt_tekst(self) -> str:
        """``Nog niet bekend: …``, empty when every figure is known."""
        return ontbreekt_tekst(self.ontbreekt)

    def van(self, cbs_code: str) -> SpukGemeente:
        return next(g for g in self.gemeenten if g.cbs_code == cbs_code)


def keuzespel(gegevens: CyclusGegevens) -> Keuzespel | None:
    """The SPUK 1 / SPUK 3 game of a province in a cycle; None while the SPUK 1 amount per
    place or the pot to share is not known, so the choice cannot be made."""
    regels = gegevens.cyclus.regels
    pot = te_verdelen_pot(gegevens)
    if pot is None or regels.spuk1_bedrag_per_plaats is None:
        return None
    spuk1 = {}
    gewicht = {}
    for g in gegevens.gemeenten:
        locaties = gegevens.locaties_van(g.cbs_code)
        indicatief = indicatief_incl_amv(gegevens.cijfers[g.cbs_code])
        spuk1[g.cbs_code] = spuk1_plaatsen(locaties, indicatief, regels) * (
            regels.spuk1_bedrag_per_plaats
        )
        gewicht[g.cbs_code] = spuk3_plaatsen(locaties, regels)
    return Keuzespel(spuk1=spuk1, gewicht=gewicht, pot=pot)


def keuze_ontbreekt(gegevens: CyclusGegevens) -> tuple[str, ...]:
    """What the choice between SPUK 1 and SPUK 3 needs and is not yet known (empty when it
    can be made)."""
    nodig = {"spuk1_bedrag_per_plaats", "opgave"}
    if spuk3_wordt_uitbetaald(gegevens) is not False:
        nodig.add("spuk3_pot")
    return tuple(n for n in ontbrekende_parameters(gegevens) if n in nodig)


def _stabiele_keuze(spel: Keuzespel, s: frozenset[str]) -> StabieleKeuze:
    return StabieleKeuze(
        spuk1_gemeenten=tuple(k for k in spel.spuk1 if k in s),
        spuk1_totaal=sum(spel.spuk1[k] for k in s),
        spuk3_totaal=sum(spel.spuk3(s).values()),
    )


def _reden_onbekend(gegevens: CyclusGegevens) -> str:
    """Why the choice between SPUK 1 and SPUK 3 cannot be made yet."""
    return (
        "De keuze tussen SPUK 1 en SPUK 3 kan nog niet worden gemaakt: "
        f"{zijn_nog_niet_bekend(keuze_ontbreekt(gegevens))}. Er wordt niet met 0 gerekend."
    )


def _reden(
    gegevens: CyclusGegevens, voorstel: StabieleKeuze, beste: Beste | None, aantal: int
) -> str:
    naam = {g.cbs_code: g.naam for g in gegevens.gemeenten}
    wie = nl_opsomming([naam[k] for k in voorstel.spuk1_gemeenten])
    wat = (
        f"{wie} {'vraagt' if len(voorstel.spuk1_gemeenten) == 1 else 'vragen'} SPUK 1 aan"
        if voorstel.spuk1_gemeenten
        else "Geen gemeente vraagt SPUK 1 aan"
    )
    regels = gegevens.cyclus.regels
    if not spuk3_wordt_uitbetaald(gegevens):
        # Only reached with a known share: keuzespel() is None otherwise.
        return (
            f"De provincie heeft {opmaak.procent(spuk3_realisatie_aandeel(gegevens), 0)} van haar "
            "opgave ingevuld, minder dan de drempel van "
            f"{opmaak.procent(regels.spuk3_drempel, 0)}: "
            f"SPUK 3 wordt niet uitgekeerd. {wat}."
        )
    samen = (
        f"De gemeenten ontvangen zo samen {opmaak.bedrag(voorstel.totaal)} aan SPUK 1 en SPUK 3."
    )
    if beste is None:
        return (
            "Er is geen stabiele keuze: bij elke verdeling wil een gemeente wisselen. "
            f"Voorstel: elke gemeente met recht op SPUK 1 vraagt die aan. {wat}. {samen}"
        )
    if beste.volgende is None:
        return (
            "Dit is de enige stabiele keuze: geen gemeente krijgt meer door te wisselen. "
            f"{wat}; de andere gemeenten delen in SPUK 3. {samen}"
        )
    return (
        f"Er zijn {opmaak.getal(aantal)} stabiele keuzes; bij elk krijgt geen gemeente meer "
        f"door te wisselen. Deze levert de gemeenten samen het meest op "
        f"({opmaak.bedrag(voorstel.totaal)}, "
        f"{opmaak.bedrag(voorstel.totaal - beste.volgende)} meer dan "
        f"de volgende). {wat}; de andere gemeenten delen in SPUK 3. De PRT kiest."
    )


def _spuk_onbekende_keuze(gegevens: CyclusGegevens) -> SpukUitkomst:
    """The incentives while the choice cannot be made: SPUK 2 where its amount is known,
    each municipality's SPUK 1 were it to take it where that is known, and the rest None."""
    regels = gegevens.cyclus.regels
    pot = te_verdelen_pot(gegevens)
    spuk3 = 0 if pot == 0 else None
    gemeenten = []
    vergelijking = []
    for g in gegevens.gemeenten:
        locaties = gegevens.locaties_van(g.cbs_code)
        indicatief = indicatief_incl_amv(gegevens.cijfers[g.cbs_code])
        gemeenten.append(
            SpukGemeente(g.naam, g.cbs_code, None, spuk2_bedrag(locaties, regels), spuk3, None)
        )
        vergelijking.append(
            SpukVergelijking(
                naam=g.naam,
                cbs_code=g.cbs_code,
                duurzame_plaatsen=duurzame_plaatsen(locaties, regels, regels.spuk1_soorten),
                indicatief=indicatief,
                spuk1=spuk1_bedrag(locaties, indicatief, regels),
                spuk3=spuk3,
                keuze=None,
            )
        )
    return _uitkomst(gegevens, gemeenten, vergelijking, (), 0, None, _reden_onbekend(gegevens))


def _uitkomst(
    gegevens: CyclusGegevens,
    gemeenten: Sequence[SpukGemeente],
    vergelijking: Sequence[SpukVergelijking],
    keuzes: Sequence[StabieleKeuze],
    aantal: int,
    voorstel: StabieleKeuze | None,
    reden: str,
) -> SpukUitkomst:
    """The outcome with the province-wide figures (share, threshold, pot, what is missing)."""
    return SpukUitkomst(
        gemeenten=tuple(gemeenten),
        vergelijking=tuple(vergelijking),
        stabiele_keuzes=tuple(keuzes),
        aantal_stabiele_keuzes=aantal,
        voorstel=voorstel,
        reden=reden,
        volledig_opgesomd=len(keuzes) == aantal,
        realisatie_aandeel=spuk3_realisatie_aandeel(gegevens),
        spuk3_uitbetaald=spuk3_wordt_uitbetaald(gegevens),
        pot=gegevens.provincie_opgave.spuk3_pot,
        provincie_bedrag=gegevens.provincie_opgave.provincie_bedrag,
        ontbreekt=ontbrekende_parameters(gegevens),
    )


def bereken_spuk(gegevens: CyclusGegevens, max_genoemd: int = MAX_GENOEMD) -> SpukUitkomst:
    """The incentives of a province in a cycle with the proposed choice (module docstring);
    `stabiele_keuzes` lists at most `max_genoemd` stable sets. With a figure not yet known,
    what depends on it is None and `ontbreekt` says what is missing; nothing is computed
    with 0 in its place."""
    regels = gegevens.cyclus.regels
    spel = keuzespel(gegevens)
    if spel is None:
        return _spuk_onbekende_keuze(gegevens)
    keuzes = [_stabiele_keuze(spel, s) for s in islice(stabiele_keuzes(spel), max_genoemd)]
    aantal = aantal_stabiele_keuzes(spel)
    beste = beste_stabiele_keuze(spel)
    gekozen = frozenset(spel.gerechtigden) if beste is None else beste.spuk1_gemeenten
    voorstel = _stabiele_keuze(spel, gekozen)
    spuk3 = spel.spuk3(gekozen)
    gemeenten = []
    vergelijking = []
    for g in gegevens.gemeenten:
        code = g.cbs_code
        locaties = gegevens.locaties_van(code)
        keuze = Keuze.SPUK1 if code in gekozen else Keuze.SPUK3
        gemeenten.append(
            SpukGemeente(
                naam=g.naam,
                cbs_code=code,
                spuk1=spel.spuk1[code] if keuze is Keuze.SPUK1 else 0,
                spuk2=spuk2_bedrag(locaties, regels),
                spuk3=spuk3.get(code, 0),
                keuze=keuze,
            )
        )
        als_deelnemer = spuk3 if code not in gekozen else spel.spuk3(gekozen - {code})
        vergelijking.append(
            SpukVergelijking(
                naam=g.naam,
                cbs_code=code,
                duurzame_plaatsen=duurzame_plaatsen(locaties, regels, regels.spuk1_soorten),
                indicatief=indicatief_incl_amv(gegevens.cijfers[code]),
                spuk1=spel.spuk1[code],
                spuk3=als_deelnemer.get(code, 0),
                keuze=keuze,
            )
        )
    reden = _reden(gegevens, voorstel, beste, aantal)
    return _uitkomst(gegevens, gemeenten, vergelijking, keuzes, aantal, voorstel, reden)
