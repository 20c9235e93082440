"""The puzzle as an Excel workbook (openpyxl, imported inside the function).

Sheets: "Overzicht" (the totals per category, as formulas that point at the category
sheets), "Puzzel" (the whole table as in the report), and one sheet per category
("Oekraïne", "Asiel regulier", "AMV") with a saldo column per year. Totals are real
``=SUM(...)`` formulas, saldi are ``=D3-B3``; header rows are frozen, figures carry the
number format ``#,##0`` (Excel shows 4.155 in a Dutch locale). An unknown figure is an empty
cell, which SUM skips, as the puzzle does.

The saldo of a totals row is the total offer minus the total task (``=D15-B15``), the same
computation as the puzzle page's totals row; it is not the sum of the municipalities'
saldi, which would leave out a municipality whose offer is unknown but keep its task.
Every formula is written with its computed value as the cached result (openpyxl writes
none), so Excel and LibreOffice show the figures without recalculating; a formula whose
value is unknown (every cell it adds up is empty) is left out, as the page shows no figure.
Each sheet prints landscape, fitted to the page width, with its header rows repeated.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from typing import Any

from regietafel.domain.puzzel import AsielRegel, Puzzel

GETAL = "#,##0"
SALDO = "+#,##0;-#,##0;0"
KOPKLEUR = "DCE6F0"
CATEGORIEEN = (("asiel_regulier", "Asiel regulier"), ("amv", "AMV"))


def xlsx_bytes(p: Puzzel, provincie: str, cyclus: str, auteur: str = "") -> bytes:
    """The workbook for the puzzle `p` of `provincie` (its name) in `cyclus`."""
    from openpyxl import Workbook  # lazy: openpyxl, only for XLSX

    wb = Workbook()
    overzicht = wb.active
    overzicht.title = "Overzicht"
    totaalrijen = {
        "oekraine": _oekraine(wb.create_sheet("Oekraïne"), p, provincie, cyclus),
        **{
            sleutel: _asiel(wb.create_sheet(titel), p, sleutel, titel, provincie, cyclus)
            for sleutel, titel in CATEGORIEEN
        },
    }
    _puzzel(wb.create_sheet("Puzzel", 1), p, provincie, cyclus)
    _overzicht(overzicht, p, provincie, cyclus, totaalrijen)
    wb.properties.title = f"De puzzel van {provincie}, cyclus {cyclus}"
    wb.properties.creator = auteur or provincie
    wb.properties.subject = f"Spreidingswet cyclus {cyclus}"
    wb.properties.created = datetime(2000, 1, 1)  # fixed: the same input gives the same file
    wb.properties.modified = wb.properties.created
    for ws in wb.worksheets:
        _afdrukken(ws)
    uit = io.BytesIO()
    wb.save(uit)
    return _met_uitkomsten(uit.getvalue(), [_UITKOMSTEN.pop(id(ws), {}) for ws in wb.worksheets])


# The computed value of every formula written, per sheet (by id) and cell, until the
# workbook is saved and the values are written into it as cached results.
_UITKOMSTEN: dict[int, dict[str, int]] = {}
_VERWIJZING = re.compile(r"(?:'([^']+)'!)?([A-Z]+\d+)")
_SOM = re.compile(r"SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)")


def _uitkomst(ws: Any, formule: str) -> int | None:
    """The value of one of the workbook's own formulas over the cells written so far, with
    the puzzle's rules for unknowns: a SUM of empty cells only is unknown (None); a + or -
    with an unknown part is unknown."""

    def cel(blad: str | None, ref: str) -> int | None:
        doel = ws.parent[blad] if blad else ws
        v = doel[ref].value
        if isinstance(v, str) and v.startswith("="):
            return _UITKOMSTEN.get(id(doel), {}).get(ref)
        return v if isinstance(v, int) else None

    tekst = formule[1:]
    if m := _SOM.fullmatch(tekst):
        kolom, van, tot = m.group(1), int(m.group(2)), int(m.group(4))
        waarden = [cel(None, f"{kolom}{r}") for r in range(van, tot + 1)]
        bekend = [w for w in waarden if w is not None]
        return sum(bekend) if bekend else None
    totaal, teken = 0, 1
    for deel in re.split(r"([+-])", tekst):
        if deel in "+-":
            teken = 1 if deel == "+" else -1
            continue
        m = _VERWIJZING.fullmatch(deel)
        if m is None:
            raise ValueError(f"Onbekende formule: {formule}")
        w = cel(m.group(1), m.group(2))
        if w is None:
            return None
        totaal += teken * w
    return totaal


def _met_uitkomsten(inhoud: bytes, uitkomsten: list[dict[str, int]]) -> bytes:
    """The saved workbook with each formula's value written as its cached result."""
    bron = zipfile.ZipFile(io.BytesIO(inhoud))
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            data = bron.read(item.filename)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
            if m and (waarden := uitkomsten[int(m.group(1)) - 1]):

                def vul(g: re.Match[str], waarden: dict[str, int] = waarden) -> str:
                    waarde = waarden.get(g.group(2))
                    return g.group(0) if waarde is None else f"{g.group(1)}<v>{waarde}</v></c>"

                data = re.sub(
                    r'(?s)(<c r="([A-Z]+\d+)"[^>]*>(?:(?!</c>).)*?</f>)<v\s*/?>(?:</v>)?</c>',
                    vul,
                    data.decode(),
                ).encode()
            doel.writestr(item, data)
    return uit.getvalue()


def _afdrukken(ws: Any) -> None:
    """Landscape, fitted to the page width, header rows repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    kop = 3 if ws.title == "Puzzel" else 2
    ws.print_title_rows = f"1:{kop}"


def _stijl(ws: Any, titel: str, koppen: list[str], breedtes: list[int], kop_rij: int = 2) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill  # lazy: openpyxl, only for XLSX
    from openpyxl.utils import get_column_letter  # lazy: openpyxl, only for XLSX

    _UITKOMSTEN[id(ws)] = {}
    ws["A1"] = titel
    ws["A1"].font = Font(bold=True, size=12, color="154273")
    for k, kop in enumerate(koppen, start=1):
        cel = ws.cell(row=kop_rij, column=k, value=kop)
        cel.font = Font(bold=True)
        cel.fill = PatternFill("solid", fgColor=KOPKLEUR)
        cel.alignment = Alignment(wrap_text=True, vertical="top",
                                  horizontal="left" if k == 1 else "right")  # fmt: skip
    for k, breedte in enumerate(breedtes, start=1):
        ws.column_dimensions[get_column_letter(k)].width = breedte
    ws.freeze_panes = f"B{kop_rij + 1}"


def _getal(ws: Any, rij: int, kolom: int, waarde: int | str | None, fmt: str = GETAL) -> None:
    """A figure, or a formula with its value remembered; an unknown one stays empty."""
    if isinstance(waarde, str) and waarde.startswith("="):
        uitkomst = _uitkomst(ws, waarde)
        if uitkomst is None:
            return
        _UITKOMSTEN.setdefault(id(ws), {})[ws.cell(row=rij, column=kolom).coordinate] = uitkomst
    if waarde is None:
        return
    cel = ws.cell(row=rij, column=kolom, value=waarde)
    cel.number_format = fmt


def _totaalrij(
    ws: Any,
    rij: int,
    kolommen: range,
    eerste: int,
    laatste: int,
    saldi: dict[int, tuple[int, int]] | None = None,
) -> None:
    """The totals row: a SUM per column, and for a saldo column (key of `saldi`, with its
    offer and task columns) the total offer minus the total task, as the puzzle page."""
    from openpyxl.styles import Border, Font, Side  # lazy: openpyxl, only for XLSX
    from openpyxl.utils import get_column_letter  # lazy: openpyxl, only for XLSX

    saldi = saldi or {}
    ws.cell(row=rij, column=1, value="Totaal").font = Font(bold=True)
    for k in kolommen:
        letter = get_column_letter(k)
        if k in saldi:
            a, o = (get_column_letter(c) for c in saldi[k])
            _getal(ws, rij, k, f"={a}{rij}-{o}{rij}", SALDO)
        else:
            _getal(ws, rij, k, f"=SUM({letter}{eerste}:{letter}{laatste})")
        ws.cell(row=rij, column=k).font = Font(bold=True)
    for k in range(1, max(kolommen) + 1):
        ws.cell(row=rij, column=k).border = Border(top=Side(style="thin"))


def _saldo(ws: Any, rij: int, kolom: int, aanbod_kolom: int, opgave_kolom: int) -> None:
    from openpyxl.utils import get_column_letter  # lazy: openpyxl, only for XLSX

    a, o = get_column_letter(aanbod_kolom), get_column_letter(opgave_kolom)
    if ws.cell(row=rij, column=aanbod_kolom).value is None:
        return
    if ws.cell(row=rij, column=opgave_kolom).value is None:
        return
    _getal(ws, rij, kolom, f"={a}{rij}-{o}{rij}", SALDO)


def _oekraine(ws: Any, p: Puzzel, provincie: str, cyclus: str) -> int:
    _stijl(
        ws,
        f"Oekraïense ontheemden: opgave, realisatie en ambitie — {provincie}, cyclus {cyclus}",
        ["Gemeente", "Inwoners", "Opgave", "Realisatie", "Ambitie", "Ambitie − opgave"],
        [22, 12, 12, 12, 12, 16],
    )
    rij = 3
    for r in p.regels:
        ws.cell(row=rij, column=1, value=r.naam)
        for k, w in enumerate((r.inwoners, r.oekraine.opgave, r.oekraine.realisatie,
                               r.oekraine.ambitie), start=2):  # fmt: skip
            _getal(ws, rij, k, w)
        _saldo(ws, rij, 6, 5, 3)
        rij += 1
    _totaalrij(ws, rij, range(2, 7), 3, rij - 1, {6: (5, 3)})
    ws.cell(row=rij + 1, column=1, value="Provinciale opgave (vastgesteld)")
    _getal(ws, rij + 1, 3, p.totaal.oekraine.opgave)
    ws.cell(row=rij + 2, column=1, value="Verschil door afronding per gemeente")
    _getal(ws, rij + 2, 3, f"=C{rij}-C{rij + 1}", SALDO)
    return rij


def _asiel(ws: Any, p: Puzzel, sleutel: str, titel: str, provincie: str, cyclus: str) -> int:
    jaren = p.jaren
    koppen = ["Gemeente", "Opgave", "Realisatie"]
    koppen += [f"Aanbod {j}" for j in jaren] + [f"Saldo {j}" for j in jaren]
    _stijl(ws, f"Asielopvang ({titel}): opgave, realisatie en aanbod — {provincie}, "
               f"cyclus {cyclus}", koppen, [22] + [12] * (len(koppen) - 1))  # fmt: skip
    rij = 3
    for r in p.regels:
        a: AsielRegel = getattr(r, sleutel)
        ws.cell(row=rij, column=1, value=r.naam)
        _getal(ws, rij, 2, a.opgave)
        _getal(ws, rij, 3, a.realisatie)
        for i, j in enumerate(jaren):
            _getal(ws, rij, 4 + i, a.aanbod[j])
        for i in range(len(jaren)):
            _saldo(ws, rij, 4 + len(jaren) + i, 4 + i, 2)
        rij += 1
    n = len(jaren)
    _totaalrij(ws, rij, range(2, 4 + 2 * n), 3, rij - 1, {4 + n + i: (4 + i, 2) for i in range(n)})
    return rij


def _puzzel(ws: Any, p: Puzzel, provincie: str, cyclus: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill  # lazy: openpyxl, only for XLSX

    jaren = p.jaren
    aanbod = [f"aanbod {j}" for j in jaren]
    groepen = [("", 2), ("Oekraïne", 3), ("Asielopvang (regulier)", 2 + len(jaren)),
               ("Asielopvang (AMV)", 2 + len(jaren))]  # fmt: skip
    koppen = ["Gemeente", "Inwoners", "opgave", "realisatie", "ambitie"]
    koppen += ["opgave", "realisatie", *aanbod, "opgave", "realisatie", *aanbod]
    _stijl(ws, f"De puzzel van {provincie}, cyclus {cyclus}", koppen,
           [22, 11] + [10] * (len(koppen) - 2), kop_rij=3)  # fmt: skip
    # A group row above the column headers, as in the report.
    kolom = 1
    for naam, breedte in groepen:
        if naam:
            cel = ws.cell(row=2, column=kolom, value=naam)
            cel.font = Font(bold=True)
            cel.fill = PatternFill("solid", fgColor=KOPKLEUR)
            cel.alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=2, start_column=kolom, end_row=2,
                           end_column=kolom + breedte - 1)  # fmt: skip
        kolom += breedte
    rij = 4
    for r in p.regels:
        waarden: list[int | None] = [r.inwoners, r.oekraine.opgave, r.oekraine.realisatie,
                                     r.oekraine.ambitie]  # fmt: skip
        for a in (r.asiel_regulier, r.amv):
            waarden += [a.opgave, a.realisatie, *(a.aanbod[j] for j in jaren)]
        ws.cell(row=rij, column=1, value=r.naam)
        for k, w in enumerate(waarden, start=2):
            _getal(ws, rij, k, w)
        rij += 1
    _totaalrij(ws, rij, range(2, len(koppen) + 1), 4, rij - 1)


def _overzicht(ws: Any, p: Puzzel, provincie: str, cyclus: str, totaal: dict[str, int]) -> None:
    from openpyxl.styles import Font  # lazy: openpyxl, only for XLSX

    jaren = p.jaren
    koppen = ["Categorie", "Opgave", "Realisatie", *(f"Aanbod {j}" for j in jaren),
              *(f"Saldo {j}" for j in jaren)]  # fmt: skip
    _stijl(ws, f"Overzicht: de puzzel van {provincie}, cyclus {cyclus}", koppen,
           [34] + [12] * (len(koppen) - 1))  # fmt: skip
    rij = 3
    for sleutel, titel in CATEGORIEEN:
        t = totaal[sleutel]
        ws.cell(row=rij, column=1, value=f"Asielopvang ({titel.lower()})"
                if sleutel == "asiel_regulier" else "Asielopvang (AMV)")  # fmt: skip
        for k in range(2, len(koppen) + 1):
            letter = ws.cell(row=1, column=k).column_letter
            _getal(ws, rij, k, f"='{titel}'!{letter}{t}",
                   SALDO if k >= 4 + len(jaren) else GETAL)  # fmt: skip
        rij += 1
    ws.cell(row=rij, column=1, value="Asielopvang totaal (regulier + AMV)").font = Font(bold=True)
    for k in range(2, len(koppen) + 1):
        letter = ws.cell(row=1, column=k).column_letter
        _getal(ws, rij, k, f"={letter}3+{letter}4", SALDO if k >= 4 + len(jaren) else GETAL)
        ws.cell(row=rij, column=k).font = Font(bold=True)
    rij += 2
    o = totaal["oekraine"]
    ws.cell(row=rij, column=1, value="Oekraïne: opgave (som gemeenten)")
    _getal(ws, rij, 2, f"='Oekraïne'!C{o}")
    ws.cell(row=rij + 1, column=1, value="Oekraïne: realisatie")
    _getal(ws, rij + 1, 2, f"='Oekraïne'!D{o}")
    ws.cell(row=rij + 2, column=1, value="Oekraïne: ambitie")
    _getal(ws, rij + 2, 2, f"='Oekraïne'!E{o}")
    rij += 4
    if p.signaleringen:
        ws.cell(row=rij, column=1, value="Signaleringen").font = Font(bold=True)
        for s in p.signaleringen:
            rij += 1
            ws.cell(row=rij, column=1, value=s.melding)
