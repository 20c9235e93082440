"""The seed's Bijlage 1 location list (report of 31 October 2024) as the spreadsheet a
province would receive, with Tynaarlo's "28" in the date column, or corrected."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import Workbook

from regietafel.data import DRENTHE, lees_dataset

SOORT = {"regulier": "regulier", "amv": "AMV", "tgo": "bijzonder TGO", "no": "bijzonder NO"}
KOP = [
    "Gemeente",
    "Plaatsen",
    "Soort",
    "Status",
    "Beschikbaar van",
    "Beschikbaar tot",
    "Bijzonderheden",
]
TYNAARLO_RIJ = 18  # the header is row 1


def rijen(gecorrigeerd: bool = False) -> list[list[object]]:
    """The rows of Bijlage 1 as the report writes them: dates as d-m-jjjj text or as date
    cells, "onbepaalde tijd", a dash for nothing, and Tynaarlo's 28 as a number."""
    gegevens = lees_dataset(DRENTHE)
    namen = {g.cbs_code: g.naam for g in gegevens.gemeenten}
    uit: list[list[object]] = [list(KOP)]
    for i, loc in enumerate(gegevens.locaties):
        van: object = "—"
        if loc.beschikbaar_van is not None:
            # alternate text and real date cells, as hand-made sheets do
            d = loc.beschikbaar_van
            van = d if i % 2 else f"{d.day}-{d.month}-{d.year}"
        if loc.onleesbaar:
            van = "" if gecorrigeerd else 28
        tot: object = "onbepaalde tijd" if loc.onbepaalde_tijd else "—"
        if loc.beschikbaar_tot is not None:
            tot = loc.beschikbaar_tot.isoformat() if i % 3 == 0 else loc.beschikbaar_tot
        uit.append(
            [
                namen[loc.cbs_code],
                loc.plaatsen,
                SOORT[loc.soort.value],
                loc.status.value,
                van,
                tot,
                loc.opmerking,
            ]
        )
    return uit


def xlsx(tabel: list[list[object]]) -> bytes:
    boek = Workbook()
    blad = boek.active
    for rij in tabel:
        blad.append(rij)
    for rij in blad.iter_rows():
        for cel in rij:
            if isinstance(cel.value, date):
                cel.number_format = "d-m-yyyy"
    buffer = io.BytesIO()
    boek.save(buffer)
    return buffer.getvalue()


def csv(tabel: list[list[object]], scheiding: str = ";") -> bytes:
    regels = [scheiding.join("" if c is None else str(c) for c in rij) for rij in tabel]
    return ("\r\n".join(regels) + "\r\n").encode("utf-8-sig")
