"""The solver's answer as plain text for the terminal: per category and year the two
methods side by side, with the optimiser's explanation per municipality and the legal
rule's explanation (which names a tie of equal remainders that decided a place)."""

from __future__ import annotations

from regietafel.domain import opmaak
from regietafel.domain.solver_invoer import CATEGORIE_NAAM, Deel


def oplossing_tekst(delen: list[Deel], provincie: str, cyclus: str) -> str:
    """Both methods for each category and year, one block each."""
    uit = [f"De puzzel oplossen: {provincie.capitalize()}, cyclus {cyclus}"]
    for d in delen:
        o, w = d.optimalisatie, d.wettelijk
        uit += ["", f"{CATEGORIE_NAAM[d.categorie]} {d.jaar}", o.uitleg]
        if not w.al_gedekt:
            uit.append(f"Wettelijke regel: {w.uitleg}")
        koppen = ["Gemeente", "opgave", "aanbod", "wettelijk", "optimaal", "uitleg (optimaal)"]
        rijen = [
            [
                t.naam,
                opmaak.getal(t.opgave),
                opmaak.getal(t.aanbod),
                f"+{wt.extra}",
                f"+{t.extra}",
                t.uitleg,
            ]
            for t, wt in zip(o.toewijzingen, w.toewijzingen, strict=True)
        ]
        breedtes = [max(len(r[i]) for r in [koppen, *rijen]) for i in range(5)]
        for r in [koppen, *rijen]:
            cellen = [r[0].ljust(breedtes[0])]
            cellen += [c.rjust(b) for c, b in zip(r[1:5], breedtes[1:], strict=True)]
            uit.append("  ".join([*cellen, r[5]]))
        uit.append(
            f"Totaal extra: wettelijk {opmaak.getal(w.geplaatst)}, optimaal "
            f"{opmaak.getal(o.geplaatst)}"
        )
        uit += [f"  {regel}" for regel in o.ontbrekend]
    return "\n".join(uit)
