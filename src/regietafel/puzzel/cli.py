"""The puzzle as a plain-text table for the terminal, with the seed table's columns."""

from __future__ import annotations

from regietafel.domain import opmaak
from regietafel.domain.puzzel import Puzzel, PuzzelRegel


def _cel(waarde: int | None) -> str:
    return "" if waarde is None else opmaak.getal(waarde)


def _cellen(r: PuzzelRegel, jaren: tuple[int, ...]) -> list[str]:
    cellen = [r.naam, _cel(r.inwoners)]
    cellen += [_cel(r.oekraine.opgave), _cel(r.oekraine.realisatie), _cel(r.oekraine.ambitie)]
    for cat in (r.asiel_regulier, r.amv):
        cellen += [_cel(cat.opgave), _cel(cat.realisatie)]
        cellen += [_cel(cat.aanbod[j]) for j in jaren]
    return cellen


def puzzel_tabel(p: Puzzel, provincie: str, cyclus: str) -> str:
    """The puzzle, one row per municipality plus totals, aligned in columns."""
    jaar = [str(j) for j in p.jaren]
    groepen = ["", "", "Oekraïne", "", "", "Asielopvang (regulier)", "", *[""] * len(jaar)]
    groepen += ["Asielopvang (AMV)", "", *[""] * len(jaar)]
    koppen = ["Gemeente", "Inwoners", "opgave", "realisatie", "ambitie"]
    for _ in range(2):
        koppen += ["opgave", "realisatie", *[f"aanbod {j}" for j in jaar]]
    rijen = [_cellen(r, p.jaren) for r in p.regels]
    totaal = _cellen(p.totaal, p.jaren)
    breedtes = [max(len(x) for x in kolom) for kolom in zip(koppen, *rijen, totaal, strict=True)]

    def regel(cellen: list[str]) -> str:
        eerste = cellen[0].ljust(breedtes[0])
        rest = (c.rjust(b) for c, b in zip(cellen[1:], breedtes[1:], strict=True))
        return "  ".join([eerste, *rest]).rstrip()

    def groepregel() -> str:
        # Each group label starts above the first column of its group.
        tekst, positie = "", 0
        for label, breedte in zip(groepen, breedtes, strict=True):
            if label:
                tekst = tekst.ljust(positie) + label
            positie += breedte + 2
        return tekst

    streep = "-" * len(regel(koppen))
    uit = [f"De puzzel van {provincie.capitalize()}, cyclus {cyclus}", ""]
    uit += [groepregel(), regel(koppen), streep, *(regel(r) for r in rijen), streep, regel(totaal)]
    uit += ["", "Lege cel: onbekend."]
    if p.signaleringen:
        uit += ["", "Signaleringen:"] + [f"- {s.melding}" for s in p.signaleringen]
    return "\n".join(uit)
