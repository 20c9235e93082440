"""Reading the cells of an imported table: Dutch counts, amounts, decimals, dates, years,
CBS codes, half years and yes/no, as a spreadsheet or CSV gives them. A reader returns the
value (None for an empty cell) or raises `_CelFout` with the code of the problem, which the
table's reader (`domain.invoer`, `domain.puzzelblad`) turns into an `InvoerFout` for its
row and column.

Pure: no Django, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from regietafel.domain.datums import lees_datum
from regietafel.domain.statushouders import Periode

Cel = str | int | float | bool | date | None
"""A cell as a reader gives it: text (CSV), or a number, date or bool (XLSX); None is empty."""


class _CelFout(ValueError):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


def normaliseer_naam(tekst: str) -> str:
    """A column or municipality name without case, accents, spaces or punctuation:
    ``'CBS-code '`` -> ``'cbscode'``, ``'Oekraïne'`` -> ``'oekraine'``."""
    zonder = unicodedata.normalize("NFKD", tekst)
    zonder = "".join(c for c in zonder if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]", "", zonder.casefold())


def cel_tekst(cel: Cel) -> str:
    """A cell as the user would read it, for messages."""
    if cel is None:
        return ""
    if isinstance(cel, bool):
        return "WAAR" if cel else "ONWAAR"
    if isinstance(cel, datetime):
        if cel.time() == datetime.min.time():
            return f"{cel.day}-{cel.month}-{cel.year}"
        return cel.isoformat(sep=" ")
    if isinstance(cel, date):
        return f"{cel.day}-{cel.month}-{cel.year}"
    if isinstance(cel, float) and cel.is_integer():
        return str(int(cel))
    return str(cel).strip()


_LEEG = {"", "—", "–"}
_GEEN = {"-"}
_GROOT = 10_000_000
_GETAL = re.compile(r"^\d{1,3}(\.\d{3})+$|^\d+$")
_DECIMAAL_KOMMA = re.compile(r"^[+-]?\d{1,3}(\.\d{3})*(,\d+)?$|^[+-]?\d+(,\d+)?$")
_DECIMAAL_PUNT = re.compile(r"^[+-]?\d+(\.\d+)?$")
_CBS = re.compile(r"^(?:gm)?\s*(\d{1,4})$")


def _is_leeg(cel: Cel) -> bool:
    return cel is None or (isinstance(cel, str) and cel.strip() in _LEEG)


def _heel_of_tekst(cel: Cel, code: str) -> int | str | None:
    """A cell that must hold a whole number, as an int (a whole float becomes one) or as its
    text; None when empty. A bool, a date or a fraction raises `code`."""
    if _is_leeg(cel):
        return None
    if isinstance(cel, bool | date):
        raise _CelFout(code)
    if isinstance(cel, float):
        if not cel.is_integer():
            raise _CelFout(code)
        return int(cel)
    return cel


def lees_aantal(cel: Cel, *, streep_is_nul: bool = True, grens: int = _GROOT) -> int | None:
    """A count: ``1000``, ``1.000`` or ``1 000``; ``-`` is 0 (none) and an empty cell None
    (unknown); `grens` and more is too large. Raises on anything else."""
    heel = _heel_of_tekst(cel, "geen_getal")
    if heel is None:
        return None
    if isinstance(heel, int):
        waarde = heel
    else:
        tekst = re.sub(r"[\s\u00a0\u202f]", "", heel)
        if streep_is_nul and tekst in _GEEN:
            return 0
        if tekst.startswith("-") and _GETAL.match(tekst[1:]):
            raise _CelFout("negatief")
        if not _GETAL.match(tekst):
            raise _CelFout("geen_getal")
        waarde = int(tekst.replace(".", ""))
    if waarde < 0:
        raise _CelFout("negatief")
    if waarde >= grens:
        raise _CelFout("te_groot")
    return waarde


GROOTSTE_BEDRAG = 2_000_000_000  # what the database stores as a whole number


def lees_bedrag(cel: Cel) -> int | None:
    """A whole amount in euro or a count: as `lees_aantal`, with a leading ``€`` allowed
    and up to GROOTSTE_BEDRAG, as the form takes it (a province's SPUK budget can be more
    than any count)."""
    if isinstance(cel, str):
        cel = re.sub(r"^\s*(?:€|eur\b)\s*", "", cel, flags=re.IGNORECASE)
    return lees_aantal(cel, grens=GROOTSTE_BEDRAG + 1)


def lees_decimaal(cel: Cel) -> Decimal | None:
    """A score such as the SES-WOA score: ``0,25``, ``-0,1`` or ``0.25``; rounded to four
    decimals. An empty cell is None."""
    if _is_leeg(cel):
        return None
    if isinstance(cel, bool | date):
        raise _CelFout("geen_decimaal")
    if isinstance(cel, int | float):
        tekst = repr(cel)
    else:
        tekst = re.sub(r"[\s\u00a0\u202f]", "", str(cel))
        if _DECIMAAL_KOMMA.match(tekst) and ("," in tekst or "." not in tekst):
            tekst = tekst.replace(".", "").replace(",", ".")
        elif not _DECIMAAL_PUNT.match(tekst):
            raise _CelFout("geen_decimaal")
    try:
        waarde = Decimal(tekst)
    except InvalidOperation:
        raise _CelFout("geen_decimaal") from None
    if not waarde.is_finite():
        raise _CelFout("geen_decimaal")
    if abs(waarde) >= 10_000:
        raise _CelFout("decimaal_buiten_bereik")
    return waarde.quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)


def lees_datumcel(cel: Cel) -> date | None:
    """A date: a date cell, ``d-m-yyyy`` or ISO; empty (or a dash) is None. A number is
    refused with its own code: it is usually a count that slipped into the date column."""
    if _is_leeg(cel) or (isinstance(cel, str) and cel.strip() in _GEEN):
        return None
    if isinstance(cel, datetime):
        return cel.date()
    if isinstance(cel, date):
        return cel
    if isinstance(cel, bool):
        raise _CelFout("geen_datum")
    if isinstance(cel, int | float):
        raise _CelFout("datum_is_getal")
    tekst = str(cel).strip()
    datum = lees_datum(tekst)
    if datum is None:
        if re.fullmatch(r"[\d.,\s]+", tekst):
            raise _CelFout("datum_is_getal")
        if re.search(r"[^\W\d_]", tekst):  # a word: 'indefinite', 'permanent', 'n.v.t.'
            raise _CelFout("datum_is_woord")
        raise _CelFout("geen_datum")
    return datum


ONBEPAALD = {"onbepaald", "onbepaaldetijd", "vooronbepaaldetijd", "geeneinddatum"}


def lees_einddatum(cel: Cel) -> tuple[date | None, bool]:
    """An end date, or (None, True) for ``onbepaalde tijd``."""
    if isinstance(cel, str) and normaliseer_naam(cel) in ONBEPAALD:
        return None, True
    return lees_datumcel(cel), False


def lees_jaar(cel: Cel) -> int | None:
    try:
        jaar = lees_aantal(cel, streep_is_nul=False)
    except _CelFout:
        raise _CelFout("geen_jaar") from None
    if jaar is not None and not 1900 <= jaar <= 2200:
        raise _CelFout("geen_jaar")
    return jaar


def lees_cbs_code(cel: Cel) -> str | None:
    """A CBS municipality code: ``GM0106``, ``gm0106``, ``0106`` or ``106`` -> ``GM0106``."""
    heel = _heel_of_tekst(cel, "geen_cbs_code")
    if heel is None:
        return None
    tekst = str(heel).strip().casefold()
    m = _CBS.match(tekst)
    if m is None:
        raise _CelFout("geen_cbs_code")
    return f"GM{int(m.group(1)):04d}"


def lees_geheel_getal(cel: Cel) -> int | None:
    """A whole number that may be negative: ``12``, ``-5``, ``−5`` or ``+3``; empty is None."""
    if _is_leeg(cel):
        return None
    if isinstance(cel, bool | date):
        raise _CelFout("geen_geheel_getal")
    tekst = re.sub(r"[\s\u00a0\u202f]", "", cel_tekst(cel)).replace("\u2212", "-")
    teken = -1 if tekst[:1] == "-" else 1
    tekst = tekst[1:] if tekst[:1] in "+-" else tekst
    if not _GETAL.match(tekst):
        raise _CelFout("geen_geheel_getal")
    waarde = int(tekst.replace(".", ""))
    if waarde >= _GROOT:
        raise _CelFout("te_groot")
    return teken * waarde


_HALFJAAR = (
    re.compile(r"^(\d{4})[-/ ]?h?([12])$"),  # 2025-2, 2025-H2, 2025 h2
    re.compile(r"^h([12])[-/ ]?(\d{4})$"),  # H2 2025
    re.compile(r"^([12])e?(?:helft|halfjaar)(\d{4})$"),  # 2e helft 2025, 2 halfjaar 2025
    re.compile(r"^(eerste|tweede)(?:helft|halfjaar)(\d{4})$"),
)


def lees_halfjaar(cel: Cel) -> Periode | None:
    """A half year: ``2025-2``, ``2025-H2``, ``H2 2025`` or ``2e helft 2025``."""
    if _is_leeg(cel):
        return None
    if isinstance(cel, bool | date | float):
        raise _CelFout("geen_halfjaar")
    tekst = cel_tekst(cel).strip().casefold()
    compact = re.sub(r"\s+", "", tekst)
    for i, patroon in enumerate(_HALFJAAR):
        m = patroon.match(tekst if i < 2 else compact)
        if m is None:
            continue
        a, b = m.groups()
        if i == 0:
            jaar, helft = int(a), int(b)
        else:
            helft = {"eerste": 1, "tweede": 2}.get(a) or int(a)
            jaar = int(b)
        if 1900 <= jaar <= 2200:
            return Periode(jaar, helft)
    raise _CelFout("geen_halfjaar")


JA_NEE = {"ja": True, "j": True, "waar": True, "nee": False, "n": False, "onwaar": False}


def lees_ja_nee(cel: Cel) -> bool | None:
    """``ja`` or ``nee`` (or an Excel TRUE/FALSE); empty or ``onbekend`` is None."""
    if isinstance(cel, bool):
        return cel
    if _is_leeg(cel) or normaliseer_naam(cel_tekst(cel)) == "onbekend":
        return None
    waarde = JA_NEE.get(normaliseer_naam(cel_tekst(cel)))
    if waarde is None:
        raise _CelFout("geen_ja_nee")
    return waarde
