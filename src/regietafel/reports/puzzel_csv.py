"""The puzzle as CSV, for the public and for anyone who reads it into another program.

One row per municipality and a totals row ("Totaal", no CBS code), with the same columns
as the puzzle table plus a saldo (offer minus task) per asylum category and year, computed
by the domain as on the puzzle page. Figures are plain integers (4155, not 4.155); an
unknown figure is an empty field, never 0. Semicolon-separated and UTF-8 with a byte-order
mark, so that Excel in a Dutch locale opens it as columns with the accents intact.
"""

from __future__ import annotations

import csv
import io

from regietafel.domain.puzzel import Puzzel, PuzzelRegel


def _kop(jaren: tuple[int, ...]) -> list[str]:
    kop = ["Gemeente", "CBS-code", "Inwoners", "Oekraïne opgave", "Oekraïne realisatie",
           "Oekraïne ambitie"]  # fmt: skip
    for naam in ("Asiel regulier", "AMV"):
        kop += [f"{naam} opgave", f"{naam} realisatie"]
        kop += [f"{naam} aanbod {j}" for j in jaren]
        kop += [f"{naam} saldo {j}" for j in jaren]
    return kop


def _veld(n: int | None) -> str:
    return "" if n is None else str(n)


def _rij(r: PuzzelRegel, jaren: tuple[int, ...]) -> list[str]:
    o = r.oekraine
    rij = [r.naam, r.cbs_code or "", _veld(r.inwoners), _veld(o.opgave), _veld(o.realisatie),
           _veld(o.ambitie)]  # fmt: skip
    for a in (r.asiel_regulier, r.amv):
        rij += [_veld(a.opgave), _veld(a.realisatie)]
        rij += [_veld(a.aanbod[j]) for j in jaren]
        rij += [_veld(a.saldo(j)) for j in jaren]
    return rij


def csv_bytes(p: Puzzel) -> bytes:
    """The puzzle `p` as CSV bytes."""
    uit = io.StringIO()
    schrijver = csv.writer(uit, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(_kop(p.jaren))
    for r in p.regels:
        schrijver.writerow(_rij(r, p.jaren))
    schrijver.writerow(_rij(p.totaal, p.jaren))
    return uit.getvalue().encode("utf-8-sig")
