"""`regietafel verdeelbesluit`: the concept and the decided verdeelbesluit of a province,
with the difference from the provincial distribution and the supervision evidence."""

from __future__ import annotations

import argparse
from typing import Any

from regietafel.cli.nederlands import keuze_argumenten
from regietafel.cli.uitvoer import toon
from regietafel.domain import opmaak
from regietafel.domain.onbekend import zijn_nog_niet_bekend
from regietafel.domain.tekst import nl_aantal
from regietafel.services.toegang import Toegang
from regietafel.verdeelbesluiten.services import (
    BesluitOverzicht,
    ToezichtStand,
    overzicht,
    overzicht_als_dict,
    toezicht,
    toezicht_als_dict,
)

BEWIJS = "Dit is het bewijs voor het toezicht, niet het besluit daarover."


def _verdeelbesluit(args: argparse.Namespace) -> int:
    # The command line is the operator's: it reads as the ministry does (everything).
    o = overzicht(args.provincie, args.cyclus, Toegang(rol=None, alles=True))
    s = toezicht(args.provincie, args.cyclus)
    return toon(args, (o, s), _als_dict, _tekst)


def _als_dict(paar: tuple[BesluitOverzicht, ToezichtStand]) -> dict[str, Any]:
    o, s = paar
    return {**overzicht_als_dict(o), "toezicht": toezicht_als_dict(s)}


def _cel(p: int | None, k: int | None, b: int | None, v: int | None) -> str:
    if b is None:
        return opmaak.getal(p) if p == k else f"{opmaak.getal(p)}→{opmaak.getal(k)}"
    return f"{opmaak.getal(b)}" + (f" ({'+' if v > 0 else ''}{opmaak.getal(v)})" if v else "")


def _tekst(paar: tuple[BesluitOverzicht, ToezichtStand]) -> str:
    """The decision as a table (or the concept while none is recorded), then supervision."""
    o, s = paar
    b = o.besluit
    regels = [f"Verdeelbesluit {o.provincie_naam}, cyclus {o.cyclus}"]
    if b is None:
        regels.append("Besluit: nog niet vastgelegd. Hieronder het concept.")
        if o.sluitend is None or o.concept_rest is None:
            regels.append(
                f"Concept: {opmaak.NOG_NIET_BEKEND}; {zijn_nog_niet_bekend(('opgave',))}."
            )
        elif o.sluitend:
            regels.append("Concept: sluitend, de provinciale verdeling wordt overgenomen.")
        else:
            rest = nl_aantal(o.concept_rest, "plaats", "plaatsen")
            regels.append(f"Concept: niet sluitend; {rest} volgens de wettelijke regel erbij.")
    else:
        regels.append(f"Besluit: versie {b.nummer} van {opmaak.datum(b.datum)}, {b.bron}")
    regels.append(f"Provinciale verdeling: {o.provinciaal_bron}")
    regels.append("")
    regels.append(f"{'gemeente':<18}" + "".join(f"{k:>29}" for k in o.kop_teksten))
    for r in o.regels:
        regels.append(f"{r.naam:<18}" + "".join(f"{_cel(*c):>29}" for c in r.cellen))
        regels += [f"    {u}" for u in r.uitleg]
    regels += ["", "Toezicht op de asieltaak. " + BEWIJS]
    if s.toezicht is None:
        regels.append("Nog geen besluit vastgelegd: niets om aan te toetsen.")
        return "\n".join(regels)
    t = s.toezicht
    regels.append(f"{'gemeente':<18}{'besloten':>9}{'in gebruik':>11}{'tekort':>8}  stap")
    for g in t.gemeenten:
        regels.append(
            f"{g.naam:<18}{opmaak.getal(g.besloten):>9}{opmaak.getal(g.op_peildatum):>11}"
            f"{opmaak.getal(g.tekort):>8}  {g.stap.naam if g.stap else '-'}"
        )
    return "\n".join(regels)


def voeg_opdracht_toe(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    vb = sub.add_parser("verdeelbesluit", help="het verdeelbesluit: concept, besluit en toezicht")
    keuze_argumenten(vb)
    vb.set_defaults(func=_verdeelbesluit)
