"""Housing of status holders (*huisvesting vergunninghouders / statushouders*).

Every half year the government sets a national number of status holders to be housed. Each
municipality's *taakstelling* (task) is that number times its share of the national
population, rounded with a chosen method; a published per-municipality number, when
entered, takes precedence. What a municipality houses is its *realisatie*.

Carry-over: what is still to be housed in a half year (*te realiseren*) is the task plus
the balance carried from the half year before: a backlog (*achterstand*, positive) adds to
it, a surplus (*voorsprong*, negative) is subtracted. The balance after the half year is
*te realiseren − realisatie*, and it is carried into the next one.

The percentage achieved is realisatie / te realiseren; a municipality is on target when it
housed at least what was due. The province's percentage is the sum of the realisations over
the sum of what was due (municipalities with unknown figures are left out and counted).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from regietafel.domain import opmaak
from regietafel.domain.fouten import RegietafelFout
from regietafel.domain.model import Afronding
from regietafel.domain.onbekend import som_of_onbekend, verschil_of_onbekend
from regietafel.domain.verdeelsleutel import verdeel


class PeriodeFout(RegietafelFout, ValueError):
    """A half year that cannot be read; the message is Dutch."""


@dataclass(frozen=True, order=True)
class Periode:
    """A half year: (2025, 2) is the second half of 2025, written ``2025-2``."""

    jaar: int
    helft: int

    def __post_init__(self) -> None:
        if self.helft not in (1, 2):
            raise PeriodeFout(f"Een halfjaar is 1 of 2, niet {self.helft}.")

    def __str__(self) -> str:
        return f"{self.jaar}-{self.helft}"

    @property
    def label(self) -> str:
        """``2e helft 2025``."""
        return f"{self.helft}e helft {self.jaar}"

    def volgende(self) -> Periode:
        return Periode(self.jaar, 2) if self.helft == 1 else Periode(self.jaar + 1, 1)


_PERIODE = re.compile(r"^\s*(\d{4})\s*-\s*(?:H|h)?([12])\s*$")


def lees_periode(tekst: str) -> Periode:
    """``2025-2`` (or ``2025-H2``) as a Periode; anything else raises PeriodeFout."""
    m = _PERIODE.match(tekst)
    if not m:
        raise PeriodeFout(f"'{tekst}' is geen halfjaar; schrijf bijvoorbeeld 2025-2.")
    return Periode(int(m.group(1)), int(m.group(2)))


_REST = "__rest_van_nederland__"


def taakstelling_per_gemeente(
    landelijk: int, landelijke_inwoners: int, inwoners: Mapping[str, int], methode: Afronding
) -> dict[str, int]:
    """Each municipality's task: `landelijk` × inhabitants / `landelijke_inwoners`, rounded.

    The rest of the country is one extra unit in the apportionment, so a method that
    corrects the sum (largest remainder) works on the national total; it is dropped after.
    """
    rest = landelijke_inwoners - sum(inwoners.values())
    if rest < 0:
        raise ValueError("De landelijke inwoners zijn minder dan de som van de gemeenten.")
    uit = verdeel(landelijk, {**inwoners, _REST: rest}, methode)
    del uit[_REST]
    return uit


@dataclass(frozen=True)
class HalfjaarInvoer:
    """The inputs of one half year.

    `landelijk` and `landelijke_inwoners` may be unknown (None); then only the entered
    `vastgestelde_taakstelling` per municipality is known. `realisatie` None is not entered.
    `afronding` is the rounding method chosen for this half year's apportionment.
    """

    periode: Periode
    landelijk: int | None
    landelijke_inwoners: int | None
    realisatie: Mapping[str, int | None]
    vastgestelde_taakstelling: Mapping[str, int | None] = field(default_factory=dict)
    afronding: Afronding = Afronding.HALF_UP


@dataclass(frozen=True)
class GemeenteHalfjaar:
    """One municipality in one half year. `achterstand_vooraf` is the balance carried in
    (positive: backlog; negative: surplus); `saldo` is the balance carried out. None means
    unknown: an unknown task or realisation makes the balance, and all that follows,
    unknown."""

    cbs_code: str
    taakstelling: int | None
    achterstand_vooraf: int | None
    realisatie: int | None

    @property
    def te_realiseren(self) -> int | None:
        return som_of_onbekend((self.taakstelling, self.achterstand_vooraf))

    @property
    def saldo(self) -> int | None:
        return verschil_of_onbekend(self.te_realiseren, self.realisatie)

    @property
    def aandeel(self) -> Fraction | None:
        """Realisation over what was due; None when unknown or nothing was due."""
        te = self.te_realiseren
        if te is None or self.realisatie is None or te <= 0:
            return None
        return Fraction(self.realisatie, te)

    @property
    def op_koers(self) -> bool | None:
        """Housed at least what was due (the task plus any backlog)."""
        saldo = self.saldo
        return None if saldo is None else saldo <= 0


@dataclass(frozen=True)
class ProvincieHalfjaar:
    """A province in one half year: the municipalities and the totals over those known."""

    periode: Periode
    gemeenten: tuple[GemeenteHalfjaar, ...]

    @property
    def bekend(self) -> tuple[GemeenteHalfjaar, ...]:
        return tuple(g for g in self.gemeenten if g.saldo is not None)

    @property
    def taakstelling(self) -> int | None:
        return som_of_onbekend(g.taakstelling for g in self.gemeenten)

    @property
    def te_realiseren(self) -> int:
        return sum(g.te_realiseren or 0 for g in self.bekend)

    @property
    def realisatie(self) -> int:
        return sum(g.realisatie or 0 for g in self.bekend)

    @property
    def aandeel(self) -> Fraction | None:
        """The province's percentage (as a fraction): Σ realisatie / Σ te realiseren over the
        municipalities whose figures are known."""
        te = self.te_realiseren
        return Fraction(self.realisatie, te) if self.bekend and te > 0 else None

    @property
    def op_koers(self) -> int:
        """N in "N of M municipalities on target"."""
        return sum(1 for g in self.bekend if g.op_koers)

    @property
    def aantal(self) -> int:
        """M: the municipalities whose figures are known."""
        return len(self.bekend)


def bereken_halfjaren(
    inwoners: Mapping[str, int],
    invoer: Sequence[HalfjaarInvoer],
    beginstand: Mapping[str, int] | None = None,
) -> tuple[ProvincieHalfjaar, ...]:
    """The half years in order, each with the balance carried from the one before.

    `beginstand` is the balance carried into the first half year (0 when not given).
    Half years must be consecutive; a gap would lose a balance, so it raises PeriodeFout.
    """
    reeks = sorted(invoer, key=lambda h: h.periode)
    for vorige, huidige in zip(reeks, reeks[1:], strict=False):
        if vorige.periode.volgende() != huidige.periode:
            raise PeriodeFout(
                f"Na {vorige.periode} volgt {vorige.periode.volgende()}, niet {huidige.periode}."
            )
    vooraf: dict[str, int | None] = {c: (beginstand or {}).get(c, 0) for c in inwoners}
    uit = []
    for h in reeks:
        berekend: Mapping[str, int] = {}
        if h.landelijk is not None and h.landelijke_inwoners is not None:
            berekend = taakstelling_per_gemeente(
                h.landelijk, h.landelijke_inwoners, inwoners, h.afronding
            )
        regels = []
        for code in inwoners:
            vast = h.vastgestelde_taakstelling.get(code)
            regel = GemeenteHalfjaar(
                cbs_code=code,
                taakstelling=vast if vast is not None else berekend.get(code),
                achterstand_vooraf=vooraf[code],
                realisatie=h.realisatie.get(code),
            )
            regels.append(regel)
            vooraf[code] = regel.saldo
        uit.append(ProvincieHalfjaar(periode=h.periode, gemeenten=tuple(regels)))
    return tuple(uit)


def taakstelling_na_uitruil(taakstelling: int | None, verschil: int | None) -> int | None:
    """A municipality's status-holder task after the exchanges (*uitruil*) that count:
    its task plus the change they make. None when the task is unknown or no exchange
    changes it (then there is no "after" to show).

    >>> taakstelling_na_uitruil(40, -5), taakstelling_na_uitruil(40, None)
    (35, None)
    """
    if taakstelling is None or verschil is None:
        return None
    return taakstelling + verschil


def procent(aandeel: Fraction | None) -> int | None:
    """A fraction as a whole percentage, rounded half up: 116/120 -> 97."""
    return None if aandeel is None else int(opmaak.afgerond(aandeel * 100))
