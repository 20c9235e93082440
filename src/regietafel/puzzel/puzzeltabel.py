"""The rows of the puzzle table as HTML, written in Python.

The puzzle is the most visited page, and a province has up to ~60 municipalities × 15
cells; Django's template engine (an include per row, a tag per cell) and even
`format_html` spend most of the request on those cells. This writes the same markup with
plain string building, escaping every value that is not a formatted number, so the page
stays within its latency budget (benchmarks/puzzelpagina).
"""

from __future__ import annotations

from html import escape
from typing import Any

from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from regietafel.domain import opmaak


def _getal(waarde: int | None) -> str:
    return "" if waarde is None else opmaak.getal(waarde)


class _Teksten:
    """The translated fixed texts, looked up once per table instead of once per cell."""

    def __init__(self, bronnen: dict[str, Any] | None) -> None:
        self.bron = escape(_("Bron"))
        self.bron_verouderd = escape(_("Bron (verouderd cijfer)"))
        self.peildatum = escape(_("Peildatum"))
        self.sluitend = escape(_("sluitend"))
        self.verouderd = ""
        if bronnen:
            dagen = bronnen["overzicht"].norm.max_dagen
            self.verouderd = (
                f"<br><strong>{escape(_('Verouderd'))}:</strong> "
                f"{escape(_('ouder dan %(n)s dagen') % {'n': dagen})}"
            )


def _bron(bronnen: dict[str, Any] | None, t: _Teksten, cbs_code: str | None, veld: str) -> str:
    """The focusable source marker of one figure, with its tooltip (aria-describedby)."""
    if not bronnen or not cbs_code:
        return ""
    cel = bronnen["cellen"].get(f"{cbs_code} {veld}")
    if cel is None:
        return ""
    oud = cel["verouderd"]
    tip_id = escape(cel["id"])
    return (
        f'<button type="button" class="bron{" bron--verouderd" if oud else ""}" '
        f'aria-label="{t.bron_verouderd if oud else t.bron}" aria-describedby="{tip_id}">'
        f'<span role="tooltip" id="{tip_id}" class="bron__tip"><strong>{t.bron}:</strong> '
        f"{escape(str(cel['bron']))}<br><strong>{t.peildatum}:</strong> "
        f"{escape(str(cel['peildatum']))}{t.verouderd if oud else ''}</span></button>"
    )


def _saldo(cel: dict[str, Any], t: _Teksten) -> str:
    status = cel["status"]
    if status == "tekort":
        tekst = escape(_("tekort %(n)s") % {"n": opmaak.getal(abs(cel["saldo"]))})
    elif status == "overschot":
        tekst = escape(_("overschot %(n)s") % {"n": opmaak.getal(cel["saldo"])})
    elif status == "sluitend":
        tekst = t.sluitend
    else:
        return ""
    return f'<span class="saldo saldo--{escape(status)}">{tekst}</span>'


def _cel(cel: dict[str, Any], cbs_code: str | None, bronnen: Any, t: _Teksten) -> str:
    status = cel.get("status")
    waarde = _getal(cel["waarde"])
    if status:
        inhoud = f'<span class="waarde">{waarde}</span> {_saldo(cel, t)}'
        klasse = f" aanbod aanbod--{escape(status)}"
    else:
        inhoud, klasse = waarde, ""
    return (
        f'<td class="utrecht-table__cell getal{klasse}" data-veld="{escape(cel["veld"])}">'
        f"{inhoud}{_bron(bronnen, t, cbs_code, cel['veld'])}</td>"
    )


def _rij(
    rij: dict[str, Any],
    bronnen: Any,
    t: _Teksten,
    met_links: bool,
    totaal: bool = False,
    query: str = "",
) -> str:
    r = rij["regel"]
    naam = escape(r.naam)
    if met_links and r.cbs_code:
        url = escape(reverse("gemeente", args=[r.cbs_code]) + query)
        naam = f'<a class="utrecht-link" href="{url}">{naam}</a>'
    cellen = "".join(_cel(c, r.cbs_code, bronnen, t) for c in rij["cellen"])
    return (
        f'<tr class="utrecht-table__row{" totaal" if totaal else ""}" '
        f'data-gemeente="{escape(r.naam)}">'
        f'<th scope="row" class="utrecht-table__header-cell">{naam}</th>'
        f'<td class="utrecht-table__cell getal" data-veld="inwoners">{_getal(r.inwoners)}'
        f"{_bron(bronnen, t, r.cbs_code, 'inwoners')}</td>{cellen}</tr>\n"
    )


def puzzel_rijen(
    rijen: list[dict[str, Any]], bronnen: Any, met_links: bool, query: str = ""
) -> SafeString:
    """Every municipality's row of the puzzle table; the links to the municipality pages
    carry `query` (the chosen province and cycle)."""
    t = _Teksten(bronnen)
    rij_html = (_rij(r, bronnen, t, met_links, query=query) for r in rijen)
    return mark_safe("".join(rij_html))  # noqa: S308


def puzzel_totaalrij(rij: dict[str, Any], bronnen: Any) -> SafeString:
    """The totals row (no link, marked as totals)."""
    return mark_safe(_rij(rij, bronnen, _Teksten(bronnen), met_links=False, totaal=True))  # noqa: S308
