"""How every screen, document, CLI table and domain sentence writes a figure: the one home
of the formatters (issue 20). Pure Python, so the web's template filters, the report
writers, the CLI and the domain's own sentences all call the same functions and a figure
reads the same everywhere.

One rule per kind:

- **Numbers** (`getal`): whole numbers with a dot as thousands separator and a hyphen for a
  negative number, as Python's ``,`` format writes them: ``3814`` -> ``3.814``. A fraction
  written with decimals (`decimaal`) uses a decimal comma and the rounding rule below.
- **Rounding** (`afgerond`): exact, on the value as given (a `Fraction`, `Decimal` or `int`;
  a `float` by its shortest ``repr``, so ``0.1225`` is 0.1225 and not the binary float
  just below it), *half up* (`decimal.ROUND_HALF_UP`: a half goes away from zero). This
  replaces three rules that disagreed: ``f"{x:.1f}"`` on a binary float, which writes 12.25
  as ``12,2`` (0.1225 * 100 is 12.249999...), a floor of ``x + 1/2`` on a Fraction, which
  writes it as ``12,3``, and Python's ``round``, which rounds half to even.
- **Percentages** (`procent`): a share (3/4) times 100, rounded half up to at most
  `decimalen` decimals; a decimal that rounds to zero is left out: ``75%``, ``12,3%``,
  ``12%`` (not ``12,0%``).
- **Money** (`bedrag`): whole euros (an `int`, never a float) as ``€ 3.084.000``. No amount
  in the app has cents.
- **Dates** (`datum`, `datum_lang`): short as Dutch officials write them, ``1-3-2017``; in a
  letter or document written out, ``1 december 2026``.
- **Balance** (`saldo`, `saldo_klasse`): a shortage or surplus with its sign, ``+12``,
  ``−1.234`` (a real minus sign, U+2212) or ``0``; its CSS class ``saldo--tekort``
  (negative), ``saldo--overschot`` (positive) or ``saldo--sluitend`` (zero).
- **Unknown** (None): ``nog niet bekend`` (`NOG_NIET_BEKEND`), never ``0`` or ``€ 0``.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

NOG_NIET_BEKEND = "nog niet bekend"
"""How every screen, document and API text writes a figure that is not yet known (None)."""

MINTEKEN = "\u2212"
"""The minus sign of a balance (``−12``), not the hyphen of a plain number (``-12``)."""

MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

Getal = Fraction | Decimal | int | float
"""A value to round: exact types as they are, a float by its shortest decimal repr."""


def afgerond(waarde: Getal, decimalen: int = 0) -> Decimal:
    """`waarde` rounded half up (a half away from zero) to `decimalen` decimals, exactly:
    ``afgerond(Fraction(49, 4), 1) == Decimal("12.3")``."""
    if isinstance(waarde, Fraction):
        schaal = 10**decimalen
        teller, noemer = abs(waarde.numerator) * schaal, waarde.denominator
        heel, rest = divmod(teller, noemer)
        if 2 * rest >= noemer:
            heel += 1
        return Decimal(-heel if waarde < 0 else heel).scaleb(-decimalen)
    exact = Decimal(repr(waarde)) if isinstance(waarde, float) else Decimal(waarde)
    # + 0 turns a -0.0 (a small negative rounded to zero) into 0.0
    return exact.quantize(Decimal(1).scaleb(-decimalen), rounding=ROUND_HALF_UP) + 0


def getal(n: int | None) -> str:
    """An integer with a dot as thousands separator: 5722 -> ``5.722``; unknown (None) ->
    ``nog niet bekend``."""
    return NOG_NIET_BEKEND if n is None else f"{n:,}".replace(",", ".")


def decimaal(waarde: Getal, decimalen: int = 1) -> str:
    """A number rounded half up to at most `decimalen` decimals, Dutch style: 12.36 ->
    ``12,4``, 5722.04 -> ``5.722``."""
    tekst = f"{afgerond(waarde, decimalen):,.{decimalen}f}"
    if "." in tekst:
        tekst = tekst.rstrip("0").rstrip(".")
    return tekst.replace(",", " ").replace(".", ",").replace(" ", ".")


def procent(aandeel: Fraction | Decimal | int | float | None, decimalen: int = 1) -> str:
    """A share as a percentage rounded half up to at most `decimalen` decimals: 49/400 ->
    ``12,3%``, 3/4 -> ``75%``; unknown (None) -> ``nog niet bekend``."""
    if aandeel is None:
        return NOG_NIET_BEKEND
    honderd = aandeel * 100 if not isinstance(aandeel, float) else Decimal(repr(aandeel)) * 100
    return f"{decimaal(honderd, decimalen)}%"


def bedrag(euro: int | None) -> str:
    """Whole euros as ``€ 3.084.000``; an unknown amount (None) as ``nog niet bekend``,
    never as ``€ 0``."""
    return NOG_NIET_BEKEND if euro is None else f"€ {getal(euro)}"


def datum(dag: date) -> str:
    """A date as Dutch officials write it: ``1-3-2017``."""
    return f"{dag.day}-{dag.month}-{dag.year}"


def datum_lang(dag: date) -> str:
    """A date written out, as in a letter: ``1 december 2026``."""
    return f"{dag.day} {MAANDEN[dag.month - 1]} {dag.year}"


def saldo(n: int | None) -> str:
    """A shortage or surplus with its sign: ``+12``, ``−1.234`` (U+2212), ``0``; unknown
    (None) -> empty."""
    if n is None:
        return ""
    if n < 0:
        return f"{MINTEKEN}{getal(-n)}"
    return f"+{getal(n)}" if n > 0 else "0"


def saldo_klasse(n: int | None) -> str:
    """The CSS class of a balance: ``saldo--tekort`` below zero, ``saldo--overschot`` above,
    ``saldo--sluitend`` at zero; unknown (None) -> empty."""
    if n is None:
        return ""
    if n < 0:
        return "saldo--tekort"
    return "saldo--overschot" if n > 0 else "saldo--sluitend"
