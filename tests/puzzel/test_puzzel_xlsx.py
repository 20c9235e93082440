import io
import re

import pytest
from openpyxl import load_workbook

from tests.seed import PUZZEL, TOTAAL

REF = re.compile(r"(?:'([^']+)'!)?\$?([A-Z]+)\$?(\d+)")


def waarde(wb, blad: str, cel: str):
    """A cell's value, with its formula evaluated: SUM over a range, + and - of cell
    references (optionally on another sheet). Empty cells count as 0 in a formula."""
    v = wb[blad][cel].value
    if not (isinstance(v, str) and v.startswith("=")):
        return v
    formule = v[1:]
    if m := re.fullmatch(r"SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", formule):
        kol, van, kol2, tot = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        assert kol == kol2
        return sum(waarde(wb, blad, f"{kol}{r}") or 0 for r in range(van, tot + 1))
    totaal = 0
    for teken, deel in re.findall(r"([+-]?)([^+-]+)", formule):
        m = REF.fullmatch(deel)
        assert m, f"onbekende formule {v}"
        getal = waarde(wb, m.group(1) or blad, f"{m.group(2)}{m.group(3)}") or 0
        totaal += -getal if teken == "-" else getal
    return totaal


@pytest.fixture
def wb(documenten):
    return load_workbook(io.BytesIO(documenten("xlsx")))


def test_xlsx_heeft_overzicht_puzzel_en_een_blad_per_categorie(wb):
    assert wb.sheetnames == ["Overzicht", "Puzzel", "Oekraïne", "Asiel regulier", "AMV"]
    for naam in wb.sheetnames[1:]:
        assert wb[naam].freeze_panes in ("B3", "B4")
    assert wb.properties.creator == "Provincie Drenthe"


def test_xlsx_puzzel_rijen_en_totaalformules_kloppen(wb):
    ws = wb["Puzzel"]
    rijen = {}
    for r in range(4, 16):
        rijen[ws.cell(r, 1).value] = tuple(ws.cell(r, k).value for k in range(2, 14))
    assert rijen == PUZZEL
    assert ws.cell(16, 1).value == "Totaal"
    formules = [ws.cell(16, k).value for k in range(2, 14)]
    assert formules[0] == "=SUM(B4:B15)"
    totalen = tuple(waarde(wb, "Puzzel", ws.cell(16, k).coordinate) for k in range(2, 14))
    # The Oekraïne target rows add up to 5,720; the published total is 5,722 (signalering).
    assert totalen == (TOTAAL[0], 5720, *TOTAAL[2:])
    assert ws.cell(5, 2).number_format == "#,##0"


def test_xlsx_categoriebladen_en_overzicht_rekenen_door(wb):
    ws = wb["Asiel regulier"]
    assert [c.value for c in ws[2]][:5] == ["Gemeente", "Opgave", "Realisatie", "Aanbod 2025",
                                             "Aanbod 2026"]  # fmt: skip
    assert ws["A15"].value == "Totaal" and ws["B15"].value == "=SUM(B3:B14)"
    assert waarde(wb, "Asiel regulier", "B15") == 2462
    assert waarde(wb, "Asiel regulier", "D15") == 3814
    assert waarde(wb, "AMV", "B15") == 229
    assert waarde(wb, "AMV", "D15") == 341
    # Assen's saldo 2025 is offer − target: 1000 − 329
    assert ws["F4"].value == "=D4-B4" and waarde(wb, "Asiel regulier", "F4") == 671
    # Overzicht points at the category sheets; asylum total = regular + AMV = 2,691 / 4,155
    ov = wb["Overzicht"]
    assert ov["B3"].value == "='Asiel regulier'!B15"
    assert waarde(wb, "Overzicht", "B5") == 2691
    assert waarde(wb, "Overzicht", "D5") == 4155
    assert waarde(wb, "Oekraïne", "C16") == 5722 and waarde(wb, "Oekraïne", "C17") == -2
