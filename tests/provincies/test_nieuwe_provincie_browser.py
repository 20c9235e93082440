"""A new province entered through the web app only, in a real browser: the administrator
adds the fictional Veenmarken (seven municipalities) to cycle 2025-2026; the province
imports its municipalities, fills in the downloaded puzzle template and imports it, imports
its locations, and enters its Ukrainian target and pots on Invoer provincie. The puzzle
then shows, figure by figure, what `regietafel laad` makes of Veenmarken's data file
(tests/cli/test_cli_laad.py)."""

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.factories import GebruikerFactory, provinciegebruiker
from tests.importen.bijlage1 import csv
from tests.veenmarken_hulp import (
    gegevens,
    gemeenten_tabel,
    locaties_tabel,
    verwachte_puzzel,
    zelfde_puzzel,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _getal(n):
    return f"{n:,}".replace(",", ".")


def _importeer(page, url, soort, naam, inhoud, soort_mime="text/csv"):
    page.goto(f"{url}/importeren/")
    page.get_by_label("Soort bestand").select_option(soort)
    page.get_by_label("Cyclus").select_option("2025-2026")
    page.get_by_label("Bestand (CSV of Excel .xlsx)").set_input_files(
        {"name": naam, "mimeType": soort_mime, "buffer": inhoud}
    )
    page.get_by_role("button", name="Voorbeeld bekijken").click()
    page.get_by_role("button", name="Bevestigen en opslaan").click()
    page.get_by_text(f"'{naam}' is geïmporteerd").wait_for()


def _ingevulde_puzzel(pad):
    """The downloaded puzzle template with a row per municipality, written from the inputs
    of Veenmarken's data file; the computed columns stay empty."""
    from regietafel.domain.invoerregels import ImportSoort
    from regietafel.reports.sjablonen import kolommen

    boek = load_workbook(io.BytesIO(Path(pad).read_bytes()))  # the download has no extension
    blad = boek["Invoer"]
    p = verwachte_puzzel()
    sleutels = [s for _, s, _ in kolommen(ImportSoort.PUZZEL, list(p.jaren))]
    assert [c.value for c in blad[1]] == [t for _, _, t in kolommen(ImportSoort.PUZZEL, p.jaren)]
    for i, r in enumerate(p.regels, start=2):
        waarden = {"gemeente": r.naam, "inwoners": r.inwoners,
                   "oekraine.realisatie": r.oekraine.realisatie,
                   "oekraine.ambitie": r.oekraine.ambitie}  # fmt: skip
        for sleutel, a in (("asiel_regulier", r.asiel_regulier), ("amv", r.amv)):
            waarden[f"{sleutel}.opgave"] = a.opgave
            waarden[f"{sleutel}.realisatie"] = a.realisatie
            for j in p.jaren:
                waarden[f"{sleutel}.aanbod.{j}"] = a.aanbod[j]
        for k, sleutel in enumerate(sleutels, start=1):
            blad.cell(i, k).value = waarden.get(sleutel)
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def test_een_nieuwe_provincie_via_de_webapplicatie_geeft_dezelfde_puzzel(
    drenthe_live, inloggen, page
):
    from regietafel.puzzel.regels import bonus
    from regietafel.puzzel.services import puzzel

    url = drenthe_live.url
    page.set_viewport_size({"width": 1400, "height": 1000})
    # The administrator adds the province to the cycle (a preliminary Ukrainian target).
    inloggen(page, GebruikerFactory(is_superuser=True, is_staff=True))
    page.goto(f"{url}/importeren/")
    page.get_by_role("link", name="Provincie toevoegen").click()
    page.get_by_label("Code (kleine letters, bijvoorbeeld noord-brabant)").fill("veenmarken")
    page.get_by_label("Naam").fill("Veenmarken")
    page.get_by_label("Cyclus").select_option("2025-2026")
    page.get_by_label("Provinciale Oekraïne-opgave").fill("650")
    page.get_by_role("button", name="Toevoegen").click()
    page.get_by_text("Veenmarken doet mee aan cyclus 2025-2026.").wait_for()
    page.get_by_role("button", name="Uitloggen").click()

    # The province imports its municipalities, its puzzle and its locations.
    inloggen(page, provinciegebruiker("veenmarken"))
    _importeer(page, url, "gemeenten", "gemeenten.csv", csv(gemeenten_tabel()))
    page.goto(f"{url}/importeren/?cyclus=2025-2026")
    with page.expect_download() as download:
        page.locator('[data-sjabloon="puzzel"]').click()
    assert download.value.suggested_filename == "sjabloon-puzzel-veenmarken-2025-2026.xlsx"
    sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    _importeer(page, url, "puzzel", "puzzel.xlsx", _ingevulde_puzzel(download.value.path()), sheet)
    _importeer(page, url, "locaties", "locaties.csv", csv(locaties_tabel()))

    # Its own figures on Invoer provincie.
    page.goto(f"{url}/cyclus/invoer/?provincie=veenmarken&cyclus=2025-2026")
    po = gegevens().provincie_opgave
    page.get_by_label("Provinciale Oekraïne-opgave").fill(str(po.oekraine_opgave))
    page.get_by_label("SPUK 3-budget (euro)").fill(str(po.spuk3_pot))
    page.get_by_label("Bedrag provincie (euro)").fill(str(po.provincie_bedrag))
    page.locator("[data-formulier=provincie]").get_by_role("button", name="Opslaan").click()
    page.get_by_text("De cijfers van de provincie zijn opgeslagen.").wait_for()

    # The puzzle page shows the totals of the data file's puzzle.
    page.goto(f"{url}/?provincie=veenmarken&cyclus=2025-2026")
    kop = page.get_by_role("heading", level=1).inner_text()
    assert kop == "De puzzel van Veenmarken, cyclus 2025-2026"
    verwacht = verwachte_puzzel()
    t = verwacht.totaal
    totaal = page.get_by_role("table").locator("tr.totaal")
    cellen = {"inwoners": t.inwoners, "oekraine.opgave": t.oekraine.opgave,
              "oekraine.realisatie": t.oekraine.realisatie, "oekraine.ambitie": t.oekraine.ambitie,
              "amv.realisatie": t.amv.realisatie}  # fmt: skip
    for veld, waarde in cellen.items():
        assert totaal.locator(f'[data-veld="{veld}"]').inner_text() == _getal(waarde), veld
    page.screenshot(path="/tmp/invoer-veenmarken-puzzel.png", full_page=True)
    # And every figure behind it, row by row, and the bonuses that follow from them.
    zelfde_puzzel(puzzel("veenmarken", "2025-2026"), verwacht)
    from regietafel.domain.spuk import bereken_spuk

    assert bonus("veenmarken", "2025-2026") == bereken_spuk(gegevens())
