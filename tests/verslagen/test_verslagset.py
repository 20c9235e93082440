"""The report set of seed 002 (Drenthe, 31 October 2024) is complete: the provincial
report with Bijlage 1 and 2, the covering letter of the CdK to the minister, and the letter
to the municipal executives. Each letter is dated with the report's own date, its outcome
is worded from the computed balance, and its texts are the province's to edit."""

import io
import re
import subprocess
import zipfile

import pytest
from docx import Document

from regietafel.domain.opmaak import datum_lang
from tests.documenten_hulp import BIJLAGE1, DATUM

pytestmark = pytest.mark.django_db

C1 = "2025-2026"
# Seed 002's sections of the report, in the order it has them.
SECTIES = ("Inleiding", "Huidige situatie", "Verdeling opvangopgaven", "Conclusie",
           "Financiële regelingen", "Verzoeken en adviezen",
           "Bijlage 1 Format provinciale verslag Drenthe",
           "Bijlage 2 Aanspraak bonusregelingen")  # fmt: skip


def _maak(document, formaat="docx", cyclus=C1, datum=DATUM):
    from regietafel.verslagen.services import rapport

    return rapport("drenthe", cyclus, formaat, datum=datum, document=document).inhoud


def _docx_tekst(inhoud: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(inhoud)).paragraphs)


def _pdf_tekst(inhoud: bytes, tmp_path) -> str:
    pad = tmp_path / "document.pdf"
    pad.write_bytes(inhoud)
    uit = subprocess.run(["pdftotext", str(pad), "-"], check=True, capture_output=True, text=True)
    return " ".join(uit.stdout.split())


def _balanszinnen():
    """The report's conclusion sentences per category and year, as the report words them."""
    from regietafel.reports.verslag import _balanszinnen
    from regietafel.verslagen.services import verslag_invoer

    return [zin for _stand, zin in _balanszinnen(verslag_invoer("drenthe", C1, DATUM))]


def test_verslag_heeft_de_onderdelen_van_seed_002_in_dezelfde_volgorde(drenthe, tmp_path):
    word = Document(io.BytesIO(_maak("verslag")))
    koppen = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert [k for k in koppen if k in SECTIES] == list(SECTIES)
    kerncijfers = next(t for t in word.tables if "asielopvangopgave regulier" in t.cell(0, 0).text)
    assert [r.cells[1].text for r in kerncijfers.rows] == list(BIJLAGE1)
    pdf = _pdf_tekst(_maak("verslag", "pdf"), tmp_path)
    posities = [pdf.rfind(s) for s in SECTIES]  # the last: the first is the contents
    assert posities == sorted(posities) and -1 not in posities


def test_aanbiedingsbrief_aan_de_minister_zoals_seed_002(drenthe, tmp_path):
    tekst = _docx_tekst(_maak("aanbiedingsbrief"))
    assert "De minister van Asiel en Migratie\nPostbus 20301\n2500 EH Den Haag" in tekst
    assert "Assen, 31 oktober 2024" in tekst
    assert "Onderwerp: Provinciaal verslag Wet gemeentelijke taak mogelijk maken" in tekst
    assert "Excellentie," in tekst and "Hoogachtend," in tekst
    assert "De commissaris van de Koning in Drenthe" in tekst
    # Seed 002: the asylum tasks of 2025 and 2026 are met; in figures, from the balance.
    assert "in Drenthe worden deze opgaven gerealiseerd" in tekst
    for zin in _balanszinnen():
        assert zin in tekst
    pdf = _pdf_tekst(_maak("aanbiedingsbrief", "pdf"), tmp_path)
    assert "Excellentie," in pdf and "Assen, 31 oktober 2024" in pdf
    assert "met 1.352 plaatsen meer dan gevraagd" in pdf and "met 112 plaatsen meer" in pdf


def test_brief_aan_de_colleges_zoals_seed_002(drenthe, tmp_path):
    tekst = _docx_tekst(_maak("collegebrief"))
    assert "De colleges van burgemeester en wethouders van de gemeenten in Drenthe" in tekst
    assert "Geacht college," in tekst
    assert "ter informatie door te zenden aan uw gemeenteraad" in tekst
    assert "Vervolg" in tekst
    # The minister's deadline comes from the cycle's route map, not from the text.
    assert "uiterlijk 31 december 2024 een verdeelbesluit te nemen" in tekst
    assert "in Drenthe worden deze opgaven gerealiseerd" in tekst
    assert "de ambitie is 5.648" in tekst
    pdf = _pdf_tekst(_maak("collegebrief", "pdf"), tmp_path)
    assert "Geacht college," in pdf and "Vervolg" in pdf


def test_brieven_dragen_de_datum_van_het_verslag_uit_de_routekaart(ongepubliceerd):
    from regietafel.routekaart.models import RoutekaartStap
    from regietafel.routekaart.services import zorg_voor_routekaart
    from regietafel.services.opslag import provincie_cyclus
    from regietafel.verslagen.teksten import verslagdatum

    pc = provincie_cyclus("drenthe", C1)
    stap = zorg_voor_routekaart(pc).stappen.get(code="verslag")
    stap.deadline = stap.deadline.replace(day=28)
    stap.save()
    assert verslagdatum("drenthe", C1) == stap.deadline
    assert RoutekaartStap.objects.filter(pk=stap.pk, deadline__day=28).exists()
    for document in ("verslag", "aanbiedingsbrief", "collegebrief"):
        word = Document(io.BytesIO(_maak(document, datum=None)))
        assert word.core_properties.created.date() == stap.deadline, document
        tekst = "\n".join(p.text for p in word.paragraphs)
        assert datum_lang(stap.deadline) in tekst, document


def test_cijfers_in_de_brieven_volgen_de_berekende_balans(ongepubliceerd):
    """No typed result: lower the offers below the task and the letters say so (in a cycle
    not yet published; a published one keeps its figures)."""
    from regietafel.opgaven.models import Aanbod

    for a in Aanbod.objects.filter(cyclus__naam=C1, categorie="amv", jaar=2026):
        a.plaatsen = 10 if a.plaatsen else a.plaatsen
        a.save()
    zinnen = _balanszinnen()
    amv_2026 = next(z for z in zinnen if z.startswith("2026, opvang van alleenstaande"))
    assert "de opgave wordt niet gehaald, er ontbreken" in amv_2026
    for document in ("aanbiedingsbrief", "collegebrief"):
        tekst = _docx_tekst(_maak(document))
        assert amv_2026 in tekst, document
        assert "bieden samen nog niet genoeg plaatsen" in tekst
        assert "worden deze opgaven gerealiseerd" not in tekst


def test_provincie_bewerkt_de_teksten_van_de_brieven(ongepubliceerd, tmp_path):
    from regietafel.verslagen.teksten import bewaar_verslagteksten, verslagteksten

    teksten = verslagteksten("drenthe", C1)
    bewaar_verslagteksten("drenthe", C1, {
        **teksten,
        "aanbiedingsbrief_kenmerk": "2024001581",
        "aanbiedingsbrief_opening": "Middels deze gezamenlijke brief bied ik u mijn verslag aan.",
        "collegebrief_kenmerk": "2024001582",
        "brief_behandeld_door": "thema Kabinet",
        "brief_ondertekening": "Hoogachtend,\n\nJetta Klijnsma\nCommissaris van de Koning",
    })  # fmt: skip
    minister = _docx_tekst(_maak("aanbiedingsbrief"))
    assert "Ons kenmerk: 2024001581" in minister and "Behandeld door: thema Kabinet" in minister
    assert "Middels deze gezamenlijke brief bied ik u mijn verslag aan." in minister
    assert "Hierbij bied ik u" not in minister  # the default opening is replaced
    assert "Jetta Klijnsma\nCommissaris van de Koning" in minister
    for zin in _balanszinnen():  # the computed outcome stays
        assert zin in minister
    pdf = _pdf_tekst(_maak("collegebrief", "pdf"), tmp_path)
    assert "Ons kenmerk: 2024001582" in pdf and "Jetta Klijnsma" in pdf


def test_set_bevat_verslag_en_beide_brieven(drenthe):
    with zipfile.ZipFile(io.BytesIO(_maak("set", "pdf"))) as z:
        namen = sorted(z.namelist())
        assert all(z.read(n)[:5] == b"%PDF-" for n in namen)
    assert namen == [
        "aanbiedingsbrief-minister-drenthe-2025-2026.pdf",
        "brief-colleges-drenthe-2025-2026.pdf",
        "verslag-drenthe-2025-2026.pdf",
    ]


def test_brief_als_puzzelformaat_is_een_nederlandse_fout(drenthe):
    from regietafel.verslagen.services import OnbekendDocument, OnbekendFormaat, rapport

    with pytest.raises(OnbekendFormaat, match="kies uit docx, pdf"):
        rapport("drenthe", C1, "xlsx", document="collegebrief")
    with pytest.raises(OnbekendDocument, match="Onbekend document 'memo'"):
        rapport("drenthe", C1, "pdf", document="memo")


@pytest.mark.parametrize("document", ["verslag", "aanbiedingsbrief", "collegebrief"])
def test_pdf_is_getagd_en_in_het_nederlands(drenthe, tmp_path, document):
    import zlib

    pad = tmp_path / f"{document}.pdf"
    pad.write_bytes(inhoud := _maak(document, "pdf"))
    info = subprocess.run(["pdfinfo", str(pad)], check=True, capture_output=True, text=True)
    assert re.search(r"^Tagged:\s+yes$", info.stdout, re.M)
    structuur = subprocess.run(["pdfinfo", "-struct", str(pad)], check=True,
                               capture_output=True, text=True).stdout  # fmt: skip
    assert "Document" in structuur and "P (block)" in structuur
    # The catalog's /Lang sits in a compressed object stream.
    talen = set()
    for m in re.finditer(rb"stream\r?\n", inhoud):
        einde = inhoud.find(b"endstream", m.end())
        try:
            stroom = zlib.decompress(inhoud[m.end() : einde])
        except zlib.error:
            continue
        talen |= set(re.findall(rb"/Lang\s*\(([^)]*)\)", stroom))
    assert talen == {b"nl"}
