"""Column widths of a table from its content, for the Word writer.

Word and LibreOffice set a table in the widths its grid gives, and break a word that does
not fit its column ("Gemeent" / "e"). Here each column gets at least the width of its
longest word, and what is left of the page width goes to the columns whose text is longer
than that, in proportion to how much longer. The widths of text are estimated per
character from the metrics of DejaVu Sans, the widest font that LibreOffice falls back to
for Calibri, so the estimate is on the safe side for Calibri and Carlito.
"""

from __future__ import annotations

from collections.abc import Sequence

PUNT_CM = 2.54 / 72
# Advance widths in em, DejaVu Sans (Book); bold is about 10% wider.
SMAL = set("fijlrtI.,:;!'|()[]-/ ")
BREED = set("mwMW%@")
CIJFERS = set("0123456789")
VET = 1.1


def tekstbreedte(tekst: str, punt: float, vet: bool = False) -> float:
    """The estimated width in cm of `tekst` set in `punt` points."""
    em = 0.0
    for teken in tekst:
        if teken in SMAL:
            em += 0.34
        elif teken in BREED:
            em += 0.95
        elif teken in CIJFERS:
            em += 0.64
        elif teken.isupper():
            em += 0.72
        else:
            em += 0.61
    return em * punt * PUNT_CM * (VET if vet else 1.0)


def kolombreedtes(
    kolommen: Sequence[Sequence[tuple[str, bool]]],
    beschikbaar: float,
    punt: float,
    opvulling: float = 0.45,
) -> tuple[float, ...] | None:
    """Widths in cm, adding up to `beschikbaar`, for columns whose cells are given as (text,
    bold) pairs: each at least as wide as its longest word plus `opvulling` (the cell's
    margins). None when the longest words alone do not fit in `beschikbaar`."""
    if not kolommen:
        return ()
    minimum, voorkeur = [], []
    for cellen in kolommen:
        woorden = [tekstbreedte(w, punt, vet) for tekst, vet in cellen for w in tekst.split()]
        regels = [tekstbreedte(tekst, punt, vet) for tekst, vet in cellen]
        minimum.append(max(woorden, default=0.0) + opvulling)
        voorkeur.append(max(regels, default=0.0) + opvulling)
    if sum(minimum) > beschikbaar:
        return None
    if sum(voorkeur) <= beschikbaar:
        # Everything fits on one line: share the rest in proportion to the widths.
        factor = beschikbaar / sum(voorkeur)
        return tuple(w * factor for w in voorkeur)
    rest = beschikbaar - sum(minimum)
    meer = [v - m for v, m in zip(voorkeur, minimum, strict=True)]
    return tuple(m + rest * x / sum(meer) for m, x in zip(minimum, meer, strict=True))
