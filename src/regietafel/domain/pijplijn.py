"""The location pipeline (*pijplijn*): the phases (*fasen*) a reception location goes
through, from the first idea to the end of its use, each reached on a date and known from
a source (*bron*).

The rules:

- The first phase recorded for a location may be any phase: a location that is already in
  use when it is entered starts at `in gebruik`. After that a location moves forward
  exactly one phase at a time; going back, skipping or repeating a phase is refused.
- `beëindigd` (ended) may follow any phase that is not ended: it is the end of use of a
  location in use, and the abandonment of a plan in an earlier phase. Nothing follows it.
- A move is dated on or after the previous move, and not in the future: a phase is
  recorded when it has been reached.
- A phase counts as *vast* (firm) from the cycle's first firm phase on (a parameter, by
  default `raadsbesluit`), as long as the location has not ended; earlier phases are
  *zacht* (soft).

Pure: no Django, no clock; "today" is always an argument.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from regietafel.domain import opmaak
from regietafel.domain.fouten import Veldfout


class Fase(StrEnum):
    """A phase of a location in the pipeline, in the order a location goes through them."""

    IDEE = "idee"
    COLLEGEBESLUIT = "collegebesluit"
    RAADSBESLUIT = "raadsbesluit"
    VERGUNNING = "vergunning"
    SCHOUW_COA = "schouw_coa"  # inspection by COA
    IN_GEBRUIK = "in_gebruik"
    BEEINDIGD = "beeindigd"

    @property
    def label(self) -> str:
        """The phase as users write it: ``schouw COA``, ``in gebruik``, ``beëindigd``."""
        return _LABELS[self]

    @property
    def rang(self) -> int:
        """The position of the phase in the pipeline, from 0 (idee)."""
        return FASEN.index(self)


FASEN: tuple[Fase, ...] = tuple(Fase)
_LABELS = {
    **{f: f.value for f in Fase},
    Fase.SCHOUW_COA: "schouw COA",
    Fase.IN_GEBRUIK: "in gebruik",
    Fase.BEEINDIGD: "beëindigd",
}


class Zekerheid(StrEnum):
    """How firm a location's places are: *vast* (firm), *zacht* (soft), or ended."""

    VAST = "vast"
    ZACHT = "zacht"
    BEEINDIGD = "beeindigd"


@dataclass(frozen=True)
class Faseovergang:
    """A location reaching `fase` on `datum`, known from `bron` (a decision, a document or
    the person who reported it)."""

    fase: Fase
    datum: date
    bron: str


@dataclass(frozen=True)
class Fasefout(Veldfout):
    """A phase move that is refused; `huidige`, `volgende` and `vorige` name the phases
    its message is about."""

    thema = "pijplijn"
    huidige: str = ""
    volgende: str = ""
    vorige: str = ""

    def parameters(self) -> dict[str, object]:
        return {
            "waarde": self.waarde,
            "huidige": self.huidige,
            "volgende": self.volgende,
            "vorige": self.vorige,
            "fasen": ", ".join(f.label for f in FASEN),
        }


def lees_fase(tekst: str) -> Fase:
    """The phase named by `tekst`, as value (``schouw_coa``) or label (``schouw COA``)."""
    sleutel = tekst.strip().lower().replace(" ", "_").replace("ë", "e")
    for f in FASEN:
        if sleutel == f.value:
            return f
    raise Fasefout("fase", tekst, "onbekende_fase")


def huidige(historie: Sequence[Faseovergang]) -> Fase | None:
    """The phase a location is in now: the last one recorded (None: none recorded)."""
    return historie[-1].fase if historie else None


def volgende_fasen(historie: Sequence[Faseovergang]) -> tuple[Fase, ...]:
    """The phases a location may move to next: any at first, then the next one and
    `beëindigd`, and none after `beëindigd`."""
    nu = huidige(historie)
    if nu is None:
        return FASEN
    if nu is Fase.BEEINDIGD:
        return ()
    return tuple(dict.fromkeys((FASEN[nu.rang + 1], Fase.BEEINDIGD)))


def na_overgang(
    historie: Sequence[Faseovergang], nieuw: Faseovergang, vandaag: date
) -> tuple[Faseovergang, ...]:
    """The history with `nieuw` added; a `Fasefout` when the move breaks a rule."""
    if not nieuw.bron.strip():
        raise Fasefout("bron", nieuw.bron, "bron_verplicht")
    if nieuw.datum > vandaag:
        raise Fasefout("datum", opmaak.datum(nieuw.datum), "datum_in_toekomst")
    if historie:
        vorige = historie[-1]
        _controleer_volgorde(vorige.fase, nieuw.fase)
        if nieuw.datum < vorige.datum:
            raise Fasefout(
                "datum",
                opmaak.datum(nieuw.datum),
                "datum_voor_vorige",
                huidige=vorige.fase.label,
                vorige=opmaak.datum(vorige.datum),
            )
    schoon = Faseovergang(nieuw.fase, nieuw.datum, nieuw.bron.strip())
    return (*historie, schoon)


def _controleer_volgorde(nu: Fase, nieuw: Fase) -> None:
    fout = {"huidige": nu.label}
    if nu is Fase.BEEINDIGD:
        raise Fasefout("fase", nieuw.label, "beeindigd", **fout)
    if nieuw is nu:
        raise Fasefout("fase", nieuw.label, "herhaald", **fout)
    if nieuw.rang < nu.rang:
        raise Fasefout("fase", nieuw.label, "terug", **fout)
    if nieuw is not Fase.BEEINDIGD and nieuw.rang > nu.rang + 1:
        raise Fasefout(
            "fase", nieuw.label, "overgeslagen", volgende=FASEN[nu.rang + 1].label, **fout
        )


def fase_op(historie: Sequence[Faseovergang], dag: date) -> Fase | None:
    """The phase a location was in on `dag` (None: not yet in the pipeline then)."""
    bereikt = [o.fase for o in historie if o.datum <= dag]
    return bereikt[-1] if bereikt else None


def datum_van(historie: Sequence[Faseovergang], fase: Fase) -> date | None:
    """The date on which the location reached `fase` (None: not reached)."""
    return next((o.datum for o in historie if o.fase is fase), None)


def zekerheid(fase: Fase, eerste_vaste_fase: Fase = Fase.RAADSBESLUIT) -> Zekerheid:
    """Whether a location in `fase` counts as firm (from `eerste_vaste_fase` on) or soft."""
    if fase is Fase.BEEINDIGD:
        return Zekerheid.BEEINDIGD
    return Zekerheid.VAST if fase.rang >= eerste_vaste_fase.rang else Zekerheid.ZACHT
