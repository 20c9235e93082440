"""The puzzle as an Excel workbook (openpyxl, imported inside the function).

Sheets: "Overzicht" (the totals per category, as formulas that point at the category
sheets), "Puzzel" (the whole table as in the report), and one sheet per category
("Oekraïne", "Asiel regulier", "AMV") with a saldo column per year. Totals are real
``=SUM(...)`` formulas, saldi are ``=D3-B3``; header rows are frozen, figures carry the
number format ``#,##0`` (Excel shows 4.155 in a Dutch locale). An unknown figure is an empty
cell, which SUM skips, as the puzzle does.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from regietafel.domain.puzzel import AsielRegel, Puzzel

GETAL = "#,##0"
SALDO = "+#,##0;-#,##0;0"
KOPKLEUR = "DCE6F0"
CATEGORIEEN = (("asiel_regulier", "Asiel regulier"), ("amv", "AMV"))


def xlsx_bytes(p: Puzzel, provincie: str, cyclus: str, auteur: str = "") -> bytes:
    """The workbook for the puzzle `p` of `provincie` (its name) in `cyclus`."""
    from openpyxl import Workbook

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
    uit = io.BytesIO()
    wb.save(uit)
    return uit.getvalue()


def _stijl(ws: Any, titel: str, koppen: list[str], breedtes: list[int], kop_rij: int = 2) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

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
    if waarde is None:
        return
    cel = ws.cell(row=rij, column=kolom, value=waarde)
    cel.number_format = fmt


def _totaalrij(ws: Any, rij: int, kolommen: range, eerste: int, laatste: int) -> None:
    from openpyxl.styles import Border, Font, Side
    from openpyxl.utils import get_column_letter

    ws.cell(row=rij, column=1, value="Totaal").font = Font(bold=True)
    for k in kolommen:
        letter = get_column_letter(k)
        cel = ws.cell(row=rij, column=k, value=f"=SUM({letter}{eerste}:{letter}{laatste})")
        cel.number_format = GETAL
        cel.font = Font(bold=True)
    for k in range(1, max(kolommen) + 1):
        ws.cell(row=rij, column=k).border = Border(top=Side(style="thin"))


def _saldo(ws: Any, rij: int, kolom: int, aanbod_kolom: int, opgave_kolom: int) -> None:
    from openpyxl.utils import get_column_letter

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
    _totaalrij(ws, rij, range(2, 7), 3, rij - 1)
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
    _totaalrij(ws, rij, range(2, 4 + 2 * len(jaren)), 3, rij - 1)
    return rij


def _puzzel(ws: Any, p: Puzzel, provincie: str, cyclus: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

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
    from openpyxl.styles import Font

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
