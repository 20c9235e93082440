"""The puzzle workbook shows the same totals and saldi as the puzzle page, as cached values
(read with data_only=True, as Excel and LibreOffice show them without recalculating), for
Drenthe 2025-2026 (one unknown offer) and for a 2027-2028 scenario with a shortfall."""

import io

import pytest
from openpyxl import load_workbook

from tests.verslagen.test_verslag_tekort import C2, tekort  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def werkmap(cyclus):
    from regietafel.verslagen.services import rapport

    inhoud = rapport("drenthe", cyclus, "xlsx").inhoud
    return load_workbook(io.BytesIO(inhoud), data_only=True), load_workbook(io.BytesIO(inhoud))


def pagina_totalen(cyclus):
    """The totals row of the puzzle page: per asylum category the task, the realisation,
    and per year the offer and the saldo (None where the page shows no figure)."""
    from regietafel.puzzel.services import puzzel, puzzel_weergave

    w = puzzel_weergave(puzzel("drenthe", cyclus))
    cellen = {c["veld"]: c for c in w["totaal"]["cellen"]}
    uit = {}
    for cat in ("asiel_regulier", "amv"):
        rij = [cellen[f"{cat}.opgave"]["waarde"], cellen[f"{cat}.realisatie"]["waarde"]]
        rij += [cellen[f"{cat}.aanbod.{j}"]["waarde"] for j in w["jaren"]]
        rij += [cellen[f"{cat}.aanbod.{j}"]["saldo"] for j in w["jaren"]]
        uit[cat] = rij
    return uit


def controleer(cyclus):
    wb, formules = werkmap(cyclus)
    pagina = pagina_totalen(cyclus)
    for cat, blad in (("asiel_regulier", "Asiel regulier"), ("amv", "AMV")):
        ws = wb[blad]
        totaal = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == "Totaal")
        assert [ws.cell(totaal, k).value for k in range(2, 8)] == pagina[cat], blad
        # a formula, not a typed figure: the sheet still adds up when a figure is changed
        assert formules[blad].cell(totaal, 6).value in (None, f"=D{totaal}-B{totaal}")
    ov = wb["Overzicht"]
    assert [ov.cell(3, k).value for k in range(2, 8)] == pagina["asiel_regulier"]
    assert [ov.cell(4, k).value for k in range(2, 8)] == pagina["amv"]
    som = [
        None if a is None or b is None else a + b
        for a, b in zip(pagina["asiel_regulier"], pagina["amv"], strict=True)
    ]
    assert [ov.cell(5, k).value for k in range(2, 8)] == som
    return pagina, wb


def test_xlsx_saldi_van_cyclus_1_zijn_die_van_de_puzzelpagina(drenthe):
    pagina, wb = controleer("2025-2026")
    # The figures: +1.352 and +1.464, not +1.522 and +1.634.
    assert pagina["asiel_regulier"][4:] == [1352, 1352]
    assert wb["Overzicht"]["F5"].value == 1464


def test_xlsx_saldi_van_een_cyclus_met_tekort_zijn_die_van_de_puzzelpagina(tekort):  # noqa: F811
    from regietafel.opgaven.models import Aanbod

    # One unknown offer: the page leaves it out of the offers and keeps the task.
    a = Aanbod.objects.get(
        cyclus__naam=C2, gemeente__naam="Emmen", categorie="asiel_regulier", jaar=2027
    )
    a.plaatsen = None
    a.save()
    pagina, _wb = controleer(C2)
    assert pagina["asiel_regulier"][4] < pagina["asiel_regulier"][5] < 0


def test_xlsx_van_cyclus_zonder_opgave_laat_saldo_leeg(drenthe):
    pagina, wb = controleer(C2)
    assert pagina["asiel_regulier"][0] is None and pagina["asiel_regulier"][4] is None


def test_xlsx_heeft_afdrukinstellingen_en_vaste_kopregels(drenthe):
    _wb, wb = werkmap("2025-2026")
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws.print_title_rows == ("$1:$3" if ws.title == "Puzzel" else "$1:$2")
        assert ws.freeze_panes in ("B3", "B4")
