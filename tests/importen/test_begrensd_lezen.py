"""Bounded reading of imported files (issue 22): an XLSX zip bomb is refused before it is
unpacked, a cell is at most what Excel allows, a formula without a stored result is refused
instead of read as empty, and a message quotes at most 80 characters of a value."""

import io
import re
import zipfile

import pytest

from regietafel.importen import services as importeren
from regietafel.importen.services import (
    MAX_CEL_TEKENS,
    MAX_KOLOMMEN,
    MAX_UITGEPAKT,
    importeer,
    lees_cellen,
)
from regietafel.opgaven.models import Aanbod
from tests.importen.bijlage1 import csv, xlsx

pytestmark = pytest.mark.django_db

AANBOD = [
    ["CBS-code", "Categorie", "Jaar", "Plaatsen"],
    ["GM0114", "amv", 2026, 60],
    ["GM0106", "regulier", 2025, 1000],
]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006"


def _bom(tekens: int, tekst_in_cel: str = "A") -> bytes:
    """A minimal XLSX written with zipfile itself: one sheet whose cell A2 refers to one
    shared string of `tekens` characters, streamed into the zip so that neither the test
    nor the file holds it (400 MB of one letter deflates to about 400 KB)."""
    bestand = io.BytesIO()
    with zipfile.ZipFile(bestand, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(
            "[Content_Types].xml",
            f'<Types xmlns="{PKG}/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{PKG}/relationships"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Aanbod" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{PKG}/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{MAIN}"><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Gemeente</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>Plaatsen</t></is></c></row>'
            '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>5</v></c></row>'
            "</sheetData></worksheet>",
        )
        with z.open("xl/sharedStrings.xml", "w") as strings:
            strings.write(f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>'.encode())
            blok = (tekst_in_cel * 1024 * 1024).encode()
            for _ in range(tekens // len(blok)):
                strings.write(blok)
            strings.write((tekst_in_cel * (tekens % len(blok))).encode())
            strings.write(b"</t></si></sst>")
    return bestand.getvalue()


def _emmen_amv_2026() -> int | None:
    return Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026).plaatsen


def _vervang_in_blad(inhoud: bytes, oud: str, nieuw: str) -> bytes:
    """The XLSX with `oud` replaced by `nieuw` in its first sheet's XML."""
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(inhoud)) as bron, zipfile.ZipFile(uit, "w") as doel:
        for lid in bron.infolist():
            data = bron.read(lid)
            if lid.filename == "xl/worksheets/sheet1.xml":
                tekst = data.decode()
                assert oud in tekst
                data = tekst.replace(oud, nieuw).encode()
            doel.writestr(lid, data)
    return uit.getvalue()


def test_een_zipbom_wordt_geweigerd_voordat_hij_wordt_uitgepakt(drenthe, monkeypatch):
    bom = _bom(400 * 1024 * 1024)
    assert len(bom) < 1024 * 1024 < MAX_UITGEPAKT < 400 * 1024 * 1024
    import openpyxl

    def niet_openen(*args, **kwargs):
        raise AssertionError("the bomb reached openpyxl")

    monkeypatch.setattr(openpyxl, "load_workbook", niet_openen)
    r = importeer("locaties", bom, "bom.xlsx", provincie="drenthe")
    assert not r.toegepast
    assert [f.code for f in r.fouten] == ["uitgepakt_te_groot"]
    assert r.fouten[0].melding.startswith("Het bestand is uitgepakt groter dan 50 MB;")


def test_dezelfde_opbouw_zonder_bom_wordt_gelezen():
    """The generator makes a real XLSX: with a short name openpyxl reads it as written."""
    rijen = lees_cellen(_bom(6, "Assen"), "klein.xlsx")
    assert [[c for c in r if c is not None] for r in rijen] == [
        ["Gemeente", "Plaatsen"],
        ["Assen" * 6, 5],
    ]


def test_een_cel_langer_dan_excel_toelaat_wordt_geweigerd_met_zijn_plek(drenthe):
    inhoud = _bom(MAX_CEL_TEKENS + 1)
    assert len(inhoud) < 10_000
    r = importeer("locaties", inhoud, "lang.xlsx", provincie="drenthe")
    assert [f.code for f in r.fouten] == ["cel_te_lang"]
    assert r.fouten[0].melding == (
        "Cel A2 bevat meer dan 32.767 tekens (het grootste dat Excel in één cel toelaat)."
    )
    assert lees_cellen(_bom(MAX_CEL_TEKENS), "net.xlsx")[1][0] == "A" * MAX_CEL_TEKENS


@pytest.mark.parametrize(("lengte", "plek"), [(40_000, "Cel D2"), (200_000, "Een cel op regel 2")])
def test_een_te_lange_cel_in_een_csv_wordt_geweigerd(drenthe, lengte, plek):
    tabel = [list(r) for r in AANBOD]
    tabel[1][3] = "9" * lengte
    r = importeer("aanbod", csv(tabel), "a.csv", provincie="drenthe", cyclus="2025-2026")
    assert [f.code for f in r.fouten] == ["cel_te_lang"]
    assert r.fouten[0].melding.startswith(f"{plek} bevat meer dan 32.767 tekens")


def test_een_blad_dat_zich_16384_kolommen_breed_noemt_wordt_200_breed_gelezen():
    inhoud = _vervang_in_blad(xlsx(AANBOD), '<dimension ref="A1:D3"/>',
                              '<dimension ref="A1:XFD1048576"/>')  # fmt: skip
    rijen = lees_cellen(inhoud, "breed.xlsx")
    assert len(rijen) == 3
    assert {len(r) for r in rijen} == {MAX_KOLOMMEN}
    assert rijen[1][:4] == ["GM0114", "amv", 2026, 60]


def test_een_formule_zonder_opgeslagen_uitkomst_wordt_geweigerd(drenthe):
    tabel = [list(r) for r in AANBOD]
    tabel[1][3] = "=10*6"  # openpyxl writes a formula and no result, as such programs do
    r = importeer("aanbod", xlsx(tabel), "f.xlsx", provincie="drenthe", cyclus="2025-2026")
    assert not r.toegepast
    assert [(f.code, f.waarde) for f in r.fouten] == [("formule_zonder_waarde", "D2")]
    assert r.fouten[0].melding.startswith(
        "Cel D2 bevat een formule zonder opgeslagen uitkomst. Open het bestand in Excel"
    )
    assert (
        Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026).plaatsen == 50
    )


def test_veel_formules_noemen_de_eerste_vijf_en_het_aantal():
    tabel = [["Gemeente", "Plaatsen"], *[["Assen", f"={i}+1"] for i in range(8)]]
    with pytest.raises(importeren.BestandFout) as fout:
        lees_cellen(xlsx(tabel), "f.xlsx")
    assert fout.value.fout.melding.startswith(
        "De cellen B2, B3, B4, B5, B6 en nog 3 andere bevatten een formule zonder"
    )


def test_een_formule_met_opgeslagen_uitkomst_wordt_gewoon_geimporteerd(drenthe):
    """What Excel or LibreOffice saves: the formula and its result; the result counts."""
    tabel = [list(r) for r in AANBOD]
    tabel[1][3] = "=10*6"
    inhoud = _vervang_in_blad(xlsx(tabel), "<f>10*6</f><v></v>", "<f>10*6</f><v>60</v>")
    r = importeer("aanbod", inhoud, "f.xlsx", provincie="drenthe", cyclus="2025-2026")
    assert r.toegepast, [f.melding for f in r.fouten]
    assert (
        Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026).plaatsen == 60
    )


def test_een_lange_waarde_wordt_in_de_melding_ingekort(drenthe):
    tabel = [list(r) for r in AANBOD]
    tabel[1][3] = "x" * 5000
    tabel[0].append("Opmerking " * 50)  # an unknown column with a long name
    r = importeer("aanbod", csv(tabel), "a.csv", provincie="drenthe", cyclus="2025-2026")
    assert [f.code for f in r.fouten] == ["geen_getal"]
    melding = r.fouten[0].melding
    geciteerd = re.search(r"'([^']*)' is geen geheel getal", melding).group(1)
    assert geciteerd == "x" * 79 + "…"
    assert len(melding) < 200
    assert r.fouten[0].als_dict()["waarde"] == "x" * 79 + "…"
    assert [len(k) for k in r.genegeerde_kolommen] == [80]
