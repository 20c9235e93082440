"""The public downloads the report (PDF) and the puzzle (XLSX, CSV) of a published cycle
from its pages; the figures are those published. An unpublished cycle has none."""

import csv
import io
import re
import subprocess
from datetime import date

import pytest
from django.test import Client
from openpyxl import load_workbook

from tests.factories import capaciteitsbesluit_2027
from tests.puzzel.test_puzzel_xlsx_saldi import pagina_totalen

pytestmark = pytest.mark.django_db
C1 = "2025-2026"


def _links(html: str) -> list[str]:
    return re.findall(r'href="(/gepubliceerd/[^"]+)"', html)


@pytest.mark.parametrize("pad", ["/", "/bonus/", "/bijlage1/"])
def test_publieke_paginas_van_een_gepubliceerde_cyclus_bieden_de_downloads(drenthe, pad):
    html = Client().get(pad).content.decode()
    assert _links(html) == [
        "/gepubliceerd/drenthe/2025-2026/verslag.pdf",
        "/gepubliceerd/drenthe/2025-2026/puzzel.xlsx",
        "/gepubliceerd/drenthe/2025-2026/puzzel.csv",
    ]
    assert "Provinciaal verslag (PDF)" in html and "De puzzel (CSV)" in html


def test_publiek_downloadt_het_verslag_als_getagde_pdf(drenthe, tmp_path):
    antwoord = Client().get("/gepubliceerd/drenthe/2025-2026/verslag.pdf")
    assert antwoord["Content-Type"] == "application/pdf"
    assert 'filename="verslag-drenthe-2025-2026.pdf"' in antwoord["Content-Disposition"]
    pad = tmp_path / "verslag.pdf"
    pad.write_bytes(antwoord.content)
    info = subprocess.run(["pdfinfo", str(pad)], check=True, capture_output=True, text=True)
    assert "Tagged:          yes" in info.stdout
    tekst = subprocess.run(["pdftotext", str(pad), "-"], check=True, capture_output=True,
                           text=True).stdout  # fmt: skip
    assert "Bijlage 1 Format provinciale verslag Drenthe" in tekst and "4.155" in tekst


def test_publiek_downloadt_de_puzzel_met_de_gepubliceerde_cijfers(drenthe):
    from regietafel.opgaven.models import Aanbod

    pagina = pagina_totalen(C1)
    # Entered after the publication: not in what the public downloads.
    a = Aanbod.objects.get(gemeente__naam="Meppel", categorie="amv", jaar=2026)
    a.plaatsen = 16
    a.save()
    antwoord = Client().get("/gepubliceerd/drenthe/2025-2026/puzzel.csv")
    assert antwoord["Content-Type"] == "text/csv; charset=utf-8"
    rijen = list(csv.reader(io.StringIO(antwoord.content.decode("utf-8-sig")), delimiter=";"))
    kop, totaal = rijen[0], rijen[-1]
    meppel = next(r for r in rijen if r[0] == "Meppel")
    assert meppel[kop.index("AMV aanbod 2026")] == "0"
    assert totaal[0] == "Totaal"
    for cat, naam in (("asiel_regulier", "Asiel regulier"), ("amv", "AMV")):
        velden = [f"{naam} opgave", f"{naam} realisatie", f"{naam} aanbod 2025",
                  f"{naam} aanbod 2026", f"{naam} saldo 2025", f"{naam} saldo 2026"]  # fmt: skip
        assert [int(totaal[kop.index(v)]) for v in velden] == pagina[cat]
    xlsx = Client().get("/gepubliceerd/drenthe/2025-2026/puzzel.xlsx")
    wb = load_workbook(io.BytesIO(xlsx.content), data_only=True)
    assert wb.sheetnames[0] == "Overzicht"
    assert [wb["Overzicht"].cell(4, k).value for k in range(2, 8)] == pagina["amv"]


def test_ongepubliceerde_cyclus_heeft_geen_downloads(rollen):
    c = Client()
    c.force_login(rollen["provincie"])
    html = c.get("/?provincie=drenthe&cyclus=2027-2028").content.decode()
    assert _links(html) == []
    antwoord = Client().get("/gepubliceerd/drenthe/2027-2028/verslag.pdf")
    assert antwoord.status_code == 404


def test_publicatie_maakt_de_downloads_beschikbaar(rollen):
    from regietafel.publicaties.services import publiceer

    assert Client().get("/gepubliceerd/drenthe/2027-2028/puzzel.csv").status_code == 404
    capaciteitsbesluit_2027()
    publiceer("drenthe", "2027-2028", date(2026, 11, 1), rollen["provincie"])
    antwoord = Client().get("/gepubliceerd/drenthe/2027-2028/puzzel.csv")
    assert antwoord.status_code == 200
    assert antwoord.content.decode("utf-8-sig").splitlines()[-1].startswith("Totaal;;")
