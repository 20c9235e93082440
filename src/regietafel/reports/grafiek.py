"""The chart "opgave tegenover aanbod per gemeente", one code path for the web and the reports.

Matplotlib is imported inside the function (it takes a second to load), with the Agg
backend: no display needed. The chart comes out as SVG text (vector, for the web page and
the PDF) or PNG bytes (for the DOCX); `grafiek_tekst` gives the same figures as text, the
alternative for screen readers and for anyone who cannot see the chart.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from regietafel.domain import opmaak
from regietafel.domain.onbekend import som_of_onbekend
from regietafel.domain.puzzel import Puzzel

OPGAVE_KLEUR = "#154273"  # rijkshuisstijl donkerblauw
AANBOD_KLEUR = "#e17000"  # oranje


@dataclass(frozen=True)
class GrafiekRij:
    """One municipality in the chart: its asylum target and its offer (regular + AMV);
    None when a part is not known."""

    naam: str
    opgave: int | None
    aanbod: int | None


def grafiekrijen(p: Puzzel, jaar: int | None = None) -> list[GrafiekRij]:
    """The chart's rows from the puzzle: asylum target (regular + AMV) against the offer in
    `jaar` (default: the cycle's first year). An unknown part makes the sum unknown: the
    chart draws no bar for it and the text says "nog niet bekend"."""
    jaar = p.jaren[0] if jaar is None else jaar
    return [
        GrafiekRij(
            naam=r.naam,
            opgave=som_of_onbekend((r.asiel_regulier.opgave, r.amv.opgave)),
            aanbod=som_of_onbekend((r.asiel_regulier.aanbod.get(jaar), r.amv.aanbod.get(jaar))),
        )
        for r in p.regels
    ]


def grafiek_titel(jaar: int) -> str:
    return f"Asielopvang: opgave tegenover aanbod {jaar} per gemeente"


def grafiek_tekst(rijen: Sequence[GrafiekRij], jaar: int) -> str:
    """The chart as a sentence per municipality: the text alternative."""
    delen = []
    for r in rijen:
        zin = f"{r.naam}: opgave {opmaak.getal(r.opgave)}, aanbod {opmaak.getal(r.aanbod)}"
        if r.opgave is not None and r.aanbod is not None:
            saldo = r.aanbod - r.opgave
            teken = "overschot" if saldo > 0 else "tekort"
            zin += f" ({teken} {opmaak.getal(abs(saldo))})" if saldo else " (sluitend)"
        delen.append(zin)
    return f"{grafiek_titel(jaar)}. " + "; ".join(delen) + "."


def opgave_aanbod_grafiek(
    rijen: Sequence[GrafiekRij], jaar: int, formaat: str = "svg"
) -> str | bytes:
    """Horizontal grouped bars per municipality: target and offer.

    `formaat` "svg" returns SVG text with real text elements (searchable, scalable);
    "png" returns PNG bytes at 200 dpi. The drawing is the same.
    """
    import matplotlib  # lazy: matplotlib, only for charts

    matplotlib.use("Agg")
    from matplotlib import rcParams  # lazy: matplotlib, only for charts
    from matplotlib.figure import Figure  # lazy: matplotlib, only for charts
    from matplotlib.ticker import FuncFormatter  # lazy: matplotlib, only for charts

    rcParams["svg.fonttype"] = "none"  # keep text as text
    rcParams["svg.hashsalt"] = "regietafel"  # stable ids: the same input gives the same SVG
    rcParams["font.family"] = "DejaVu Sans"

    namen = [r.naam for r in rijen][::-1]
    # An unknown figure gets no bar (width 0); the text alternative names it.
    opgave = [r.opgave or 0 for r in rijen][::-1]
    aanbod = [r.aanbod or 0 for r in rijen][::-1]
    hoogte = max(3.0, 0.38 * len(rijen) + 1.2)
    fig = Figure(figsize=(7.0, hoogte))
    ax = fig.add_subplot()
    posities = range(len(rijen))
    breedte = 0.4
    ax.barh([p + breedte / 2 for p in posities], opgave, height=breedte, color=OPGAVE_KLEUR,
            label="Opgave (regulier + AMV)")  # fmt: skip
    ax.barh([p - breedte / 2 for p in posities], aanbod, height=breedte, color=AANBOD_KLEUR,
            label=f"Aanbod {jaar} (regulier + AMV)")  # fmt: skip
    ax.set_yticks(list(posities), namen, fontsize=8)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: opmaak.getal(int(x))))
    ax.tick_params(axis="x", labelsize=8)
    ax.set_xlabel("Aantal opvangplekken", fontsize=8)
    ax.set_title(grafiek_titel(jaar), fontsize=10, loc="left")
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for zijde in ("top", "right"):
        ax.spines[zijde].set_visible(False)
    ax.legend(fontsize=8, loc="lower right", frameon=False)
    return _uitvoer(fig, formaat)


# ---------------------------------------------------------------------------------------
# Dashboard charts (issue 9): bars per municipality against a target, the capacity line
# over time and the locations as a Gantt-like chart. Same rules as above: matplotlib with
# Agg imported inside the function, SVG text (or PNG bytes), and a text alternative made
# from the same figures. `met_tekstalternatief` puts that text inside the SVG itself
# (role="img", <title> and <desc>), so the web page and a report carry it alike.
# ---------------------------------------------------------------------------------------

STAAF_KLEUR = "#e17000"  # oranje: what is there
DOEL_KLEUR = "#154273"  # donkerblauw: the target
TEKORT_KLEUR = "#a90061"


@dataclass(frozen=True)
class Staaf:
    """One municipality in a bar chart: its value and its target (None: unknown)."""

    naam: str
    waarde: int
    doel: int | None


@dataclass(frozen=True)
class GanttBalk:
    """One location as a bar from `van` to `tot` (None: open-ended at that side)."""

    label: str
    van: date | None
    tot: date | None
    plaatsen: int
    soort: str


def _matplotlib_figuur(breedte: float, hoogte: float) -> Any:
    import matplotlib  # lazy: matplotlib, only for charts

    matplotlib.use("Agg")
    from matplotlib import rcParams  # lazy: matplotlib, only for charts
    from matplotlib.figure import Figure  # lazy: matplotlib, only for charts

    rcParams["svg.fonttype"] = "none"
    rcParams["svg.hashsalt"] = "regietafel"
    rcParams["font.family"] = "DejaVu Sans"
    return Figure(figsize=(breedte, hoogte))


def _uitvoer(fig: Any, formaat: str) -> str | bytes:
    fig.tight_layout()
    uit = io.BytesIO()
    if formaat == "png":
        fig.savefig(uit, format="png", dpi=200)
        return uit.getvalue()
    fig.savefig(uit, format="svg", metadata={"Date": None})
    svg = uit.getvalue().decode("utf-8")
    # Drop the XML prolog and DOCTYPE so the SVG can be embedded inline in HTML.
    return zonder_inline_stijl(svg[svg.index("<svg") :])


# What matplotlib writes in style attributes, all of which SVG also takes as attributes.
_PRESENTATIE = {
    "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
    "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset",
    "stroke-miterlimit", "opacity", "font-family", "font-size", "font-style", "font-weight",
    "text-anchor", "clip-path",
}  # fmt: skip
_STIJL = re.compile(r' style="([^"]*)"')
_STIJLBLAD = re.compile(r"<style[^>]*>\*\{([^}]*)\}</style>")


def zonder_inline_stijl(svg: str) -> str:
    """matplotlib's SVG with its style attributes and its one <style> rule (``*{…}``) written
    as presentation attributes, which draw the same: inline in a page, a strict Content
    Security Policy ignores style attributes and <style> elements (issue 22).

    Raises on a property that is no presentation attribute, so that a new matplotlib that
    writes one fails the tests instead of drawing black shapes."""

    def attributen(verklaringen: str) -> str:
        delen = []
        for verklaring in filter(None, (v.strip() for v in verklaringen.split(";"))):
            naam, _, waarde = (d.strip() for d in verklaring.partition(":"))
            if naam not in _PRESENTATIE:
                raise ValueError(f"SVG style property without an attribute: {naam}")
            delen.append(f' {naam}="{waarde}"')
        return "".join(delen)

    blad = _STIJLBLAD.search(svg)
    if blad is not None:
        svg = svg[: blad.start()] + svg[blad.end() :]
        # On the root, inherited by every shape that does not set its own: as `*{…}` did.
        svg = svg.replace("<svg", "<svg" + attributen(blad.group(1)), 1)
    return _STIJL.sub(lambda m: attributen(m.group(1)), svg)


def _as_opmaak(ax: Any, as_naam: str = "x") -> None:
    from matplotlib.ticker import FuncFormatter  # lazy: matplotlib, only for charts

    getal_as = ax.xaxis if as_naam == "x" else ax.yaxis
    getal_as.set_major_formatter(FuncFormatter(lambda x, _pos: opmaak.getal(int(x))))
    ax.tick_params(labelsize=8)
    ax.grid(axis=as_naam, color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for zijde in ("top", "right"):
        ax.spines[zijde].set_visible(False)


def met_tekstalternatief(svg: str, titel: str, tekst: str) -> str:
    """The SVG with role="img", an accessible name and its text alternative inside it."""
    kop_einde = svg.index(">", svg.index("<svg")) + 1
    kop = svg[:kop_einde].replace("<svg", f'<svg role="img" aria-label="{escape(titel)}"', 1)
    binnen = f"<title>{escape(titel)}</title><desc>{escape(tekst)}</desc>"
    return kop + binnen + svg[kop_einde:]


def staven_tekst(titel: str, rijen: Sequence[Staaf], waarde_label: str, doel_label: str) -> str:
    """The bar chart as text: per municipality its value against the target, and the total."""
    delen = []
    for r in rijen:
        if r.doel is None:
            delen.append(
                f"{r.naam}: {waarde_label} {opmaak.getal(r.waarde)}, {doel_label} onbekend"
            )
            continue
        saldo = r.waarde - r.doel
        teken = "overschot" if saldo > 0 else "tekort" if saldo < 0 else "sluitend"
        delen.append(
            f"{r.naam}: {waarde_label} {opmaak.getal(r.waarde)}, {doel_label} "
            f"{opmaak.getal(r.doel)}"
            + (f" ({teken} {opmaak.getal(abs(saldo))})" if saldo else " (sluitend)")
        )
    totaal = sum(r.waarde for r in rijen)
    doel = som_of_onbekend(r.doel for r in rijen)  # unknown as soon as one is
    return (
        f"{titel}. "
        + "; ".join(delen)
        + f". Totaal: {waarde_label} {opmaak.getal(totaal)}, {doel_label} {opmaak.getal(doel)}."
    )


def staven_per_gemeente(
    titel: str,
    rijen: Sequence[Staaf],
    waarde_label: str,
    doel_label: str,
    formaat: str = "svg",
) -> str | bytes:
    """Horizontal bars per municipality with the target as a dark tick on each bar."""
    fig = _matplotlib_figuur(7.0, max(3.0, 0.36 * len(rijen) + 1.3))
    ax = fig.add_subplot()
    omgekeerd = list(rijen)[::-1]
    posities = list(range(len(omgekeerd)))
    ax.barh(posities, [r.waarde for r in omgekeerd], height=0.6, color=STAAF_KLEUR,
            label=waarde_label.capitalize())  # fmt: skip
    doelen = [(p, r.doel) for p, r in zip(posities, omgekeerd, strict=True) if r.doel is not None]
    if doelen:
        ax.scatter(
            [d for _p, d in doelen],
            [p for p, _d in doelen],
            marker="|",
            s=260,
            linewidths=2.5,
            color=DOEL_KLEUR,
            label=doel_label.capitalize(),
            zorder=3,
        )
    ax.set_yticks(posities, [r.naam for r in omgekeerd], fontsize=8)
    _as_opmaak(ax)
    ax.set_xlabel("Aantal plaatsen", fontsize=8)
    ax.set_title(titel, fontsize=10, loc="left")
    ax.legend(fontsize=8, loc="lower right", frameon=False)
    return _uitvoer(fig, formaat)


def capaciteitslijn_tekst(
    titel: str,
    punten: Sequence[tuple[date, int]],
    opgave: int | None,
    wijzigingen: Sequence[str] = (),
) -> str:
    """The capacity line as text: where it starts and ends, its lowest point, the task and
    every change (given as ready sentences, e.g. ``1-4-2026: −1.000 (Assen), 2.620``)."""
    if not punten:
        return f"{titel}. Geen gegevens."
    laagste = min(punten, key=lambda p: p[1])
    delen = [
        f"{titel}.",
        f"Opgave: {opmaak.NOG_NIET_BEKEND}."
        if opgave is None
        else f"Opgave: {opmaak.getal(opgave)} plaatsen.",
        f"Op {opmaak.datum(punten[0][0])}: {opmaak.getal(punten[0][1])} plaatsen.",
    ]
    if wijzigingen:
        delen.append("Wijzigingen: " + "; ".join(wijzigingen) + ".")
    delen.append(
        f"Laagste stand: {opmaak.getal(laagste[1])} plaatsen vanaf {opmaak.datum(laagste[0])}."
    )
    delen.append(f"Op {opmaak.datum(punten[-1][0])}: {opmaak.getal(punten[-1][1])} plaatsen.")
    return " ".join(delen)


def capaciteitslijn(
    titel: str, punten: Sequence[tuple[date, int]], opgave: int | None, formaat: str = "svg"
) -> str | bytes:
    """The province's available places as a step line over time, with the task as a line;
    while the task is not known (None) there is no line and nothing below it, and the
    legend says "nog niet bekend".

    `punten` are (day, places from that day on), in date order; the last point closes it.
    """
    from matplotlib.dates import DateFormatter, MonthLocator  # lazy: matplotlib, only for charts

    fig = _matplotlib_figuur(7.0, 3.2)
    ax = fig.add_subplot()
    x = [p[0] for p in punten]
    y = [p[1] for p in punten]
    ax.step(x, y, where="post", color=STAAF_KLEUR, linewidth=2, label="Beschikbare plaatsen")
    if opgave is None:
        ax.plot([], [], color=DOEL_KLEUR, linestyle="--", linewidth=1.2,
                label=f"Opgave ({opmaak.NOG_NIET_BEKEND})")  # fmt: skip
    else:
        ax.axhline(opgave, color=DOEL_KLEUR, linestyle="--", linewidth=1.2,
                   label=f"Opgave ({opmaak.getal(opgave)})")  # fmt: skip
        onder = [(a, b) for a, b in zip(x, y, strict=True) if b < opgave]
        if onder:
            ax.scatter([a for a, _b in onder], [b for _a, b in onder], color=TEKORT_KLEUR, s=14,
                       zorder=3, label="Onder de opgave")  # fmt: skip
    lijnen = [*y] if opgave is None else [*y, opgave]
    ax.set_ylim(bottom=0, top=max(lijnen) * 1.1 or 1)
    ax.xaxis.set_major_locator(MonthLocator(bymonth=(1, 4, 7, 10)))
    ax.xaxis.set_major_formatter(DateFormatter("%m-%Y"))
    _as_opmaak(ax, "y")
    ax.set_ylabel("Plaatsen", fontsize=8)
    ax.set_title(titel, fontsize=10, loc="left")
    ax.legend(fontsize=8, loc="lower left", frameon=False)
    return _uitvoer(fig, formaat)


def gantt_tekst(titel: str, balken: Sequence[GanttBalk]) -> str:
    """The locations as text: per location its places and its window."""
    delen = [
        f"{b.label}: {opmaak.getal(b.plaatsen)} plaatsen, "
        f"van {opmaak.datum(b.van) if b.van else 'onbekend'} "
        f"tot {opmaak.datum(b.tot) if b.tot else 'onbepaald'}"
        for b in balken
    ]
    return f"{titel}. " + "; ".join(delen) + "."


def locaties_gantt(
    titel: str, balken: Sequence[GanttBalk], van: date, tot: date, formaat: str = "svg"
) -> str | bytes:
    """One bar per location over the window [`van`, `tot`); an unknown start or an open end
    runs to the edge. Bars ending inside the window are marked in the shortage colour."""
    from matplotlib.dates import DateFormatter, MonthLocator, date2num  # lazy: heavy library

    fig = _matplotlib_figuur(7.0, max(2.5, 0.3 * len(balken) + 1.2))
    ax = fig.add_subplot()
    omgekeerd = list(balken)[::-1]
    for i, b in enumerate(omgekeerd):
        begin = max(b.van or van, van)
        einde = min(b.tot or tot, tot)
        if einde <= begin:
            continue
        kleur = TEKORT_KLEUR if b.tot and b.tot < tot else DOEL_KLEUR
        ax.barh(i, date2num(einde) - date2num(begin), left=date2num(begin), height=0.6,
                color=kleur)  # fmt: skip
    ax.set_yticks(range(len(omgekeerd)), [b.label for b in omgekeerd], fontsize=7)
    ax.set_xlim(date2num(van), date2num(tot))
    ax.xaxis.set_major_locator(MonthLocator(bymonth=(1, 7)))
    ax.xaxis.set_major_formatter(DateFormatter("%m-%Y"))
    ax.tick_params(labelsize=8)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_title(titel, fontsize=10, loc="left")
    return _uitvoer(fig, formaat)
