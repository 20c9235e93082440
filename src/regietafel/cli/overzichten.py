"""Readable tables for `regietafel capaciteit` and `regietafel statushouders`."""

from __future__ import annotations

from regietafel.domain import opmaak
from regietafel.domain.statushouders import procent
from regietafel.locaties.capaciteit import CapaciteitOverzicht, mutatie_zinnen
from regietafel.statushouders.services import StatushoudersOverzicht


def _g(waarde: int | None) -> str:
    return "" if waarde is None else opmaak.getal(waarde)


def capaciteit_tabel(o: CapaciteitOverzicht) -> str:
    """Per month the province's places (and the lowest level within the month) and each
    municipality's; then the changes and the contract warnings."""
    c, namen = o.capaciteit, o.namen
    codes = list(c.opgave_per_gemeente)
    kort = [namen[code][:9] for code in codes]
    regels = [
        f"Capaciteit {o.gegevens.provincie.naam}, cyclus {o.gegevens.cyclus.naam}: "
        f"opgave {opmaak.getal(c.opgave)}"
        + (" plaatsen" if c.opgave is not None else "")
        + " (regulier + AMV)",
        "",
        f"{'maand':<8} {'provincie':>9} {'laagste':>8} " + " ".join(f"{k:>9}" for k in kort),
        f"{'opgave':<8} {opmaak.getal(c.opgave):>9} {'':>8} "
        + " ".join(f"{_g(c.opgave_per_gemeente[code]):>9}" for code in codes),
    ]
    for m in c.maanden:
        teken = "!" if c.opgave is not None and m.laagste_totaal < c.opgave else " "
        regels.append(
            f"{m.maand:%m-%Y}  {opmaak.getal(m.totaal):>9} "
            f"{opmaak.getal(m.laagste_totaal):>7}{teken} "
            + " ".join(f"{opmaak.getal(m.per_gemeente[code]):>9}" for code in codes)
        )
    regels += ["", "Wijzigingen:"] + [f"  {z}" for z in mutatie_zinnen(o)]
    if (tekort := c.tekort_vanaf()) is not None:
        regels.append(f"Onder de opgave vanaf {opmaak.datum(tekort)}.")
    w = o.waarschuwingen
    regels += ["", f"Aflopende contracten ({opmaak.datum(w.peildatum)} + {w.horizon_dagen} dagen):"]
    regels += [
        f"  {opmaak.datum(loc.beschikbaar_tot)}  {namen[loc.cbs_code]}: "
        f"{opmaak.getal(loc.plaatsen)} "
        f"plaatsen ({loc.soort.value})"
        for loc in w.aflopend
        if loc.beschikbaar_tot is not None
    ] or ["  geen"]
    if c.gepland_zonder_datum:
        regels.append(
            "Gepland zonder datum (telt niet mee): "
            + ", ".join(f"{namen[loc.cbs_code]} {loc.plaatsen}" for loc in c.gepland_zonder_datum)
        )
    return "\n".join(regels)


def statushouders_tabel(o: StatushoudersOverzicht) -> str:
    """Per municipality the task, carried balance, realisation and percentage."""
    regels = [f"Huisvesting statushouders, {o.periode.label}", ""]
    kop = ["gemeente", "taak", "vooraf", "te real.", "gehuisvest", "saldo", "%"]
    regels.append(f"{kop[0]:<16}" + "".join(f"{k:>11}" for k in kop[1:]))
    h = o.halfjaar
    for g in h.gemeenten if h else ():
        p = procent(g.aandeel)
        waarden = [g.taakstelling, g.achterstand_vooraf, g.te_realiseren, g.realisatie, g.saldo]
        regels.append(
            f"{o.namen.get(g.cbs_code, g.cbs_code):<16}"
            + "".join(f"{_g(w):>11}" for w in waarden)
            + f"{'' if p is None else f'{p}%':>11}"
        )
    if h is not None and h.aantal:
        regels += [
            "",
            f"Provincie: {procent(h.aandeel)}% "
            f"({opmaak.getal(h.realisatie)} van {opmaak.getal(h.te_realiseren)}); "
            f"{h.op_koers} van {h.aantal} gemeenten op koers.",
        ]
    else:
        regels += ["", "De cijfers per gemeente zijn nog niet ingevoerd."]
    if o.gerapporteerd is not None:
        r = o.gerapporteerd
        koers = f", {r.op_koers} van {r.aantal} gemeenten op koers" if r.op_koers else ""
        regels.append(f"Gerapporteerd: {r.percentage}%{koers} ({r.bron}).")
    return "\n".join(regels)
