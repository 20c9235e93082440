"""A 2027-2028 report with a shortfall: every sentence of the conclusion is worded from the
same balance as the puzzle's totals row, per category and per year, in the DOCX and the PDF
alike, and so are the outcomes in the two covering letters (to the minister and to the
municipal executives); an unknown figure reads "nog niet bekend", never "€ 0" or an empty
slot."""

import io
import re
import subprocess

import pytest
from docx import Document

from tests.documenten_hulp import DATUM

pytestmark = pytest.mark.django_db

C2 = "2027-2028"
# Per municipality: regular task, AMV task; the offers below are these minus a shortfall
# that differs per year, except Assen, which offers more than its task.
OPGAVE = {"asiel_regulier": 150, "amv": 20}
TEKORT = {("asiel_regulier", 2027): 30, ("asiel_regulier", 2028): 10, ("amv", 2027): 5,
          ("amv", 2028): 0}  # fmt: skip


@pytest.fixture
def tekort(drenthe):
    from regietafel.opgaven.models import Aanbod, Opgave

    for o in Opgave.objects.filter(cyclus__naam=C2, categorie__in=OPGAVE):
        o.opgave = OPGAVE[o.categorie]
        o.save()
    for a in Aanbod.objects.filter(cyclus__naam=C2, categorie__in=OPGAVE).select_related(
        "gemeente"
    ):
        meer = 40 if a.gemeente.naam == "Assen" else -TEKORT[(a.categorie, a.jaar)]
        a.plaatsen = OPGAVE[a.categorie] + meer
        a.save()


def verwacht_saldi():
    """The puzzle page's totals: offers minus tasks per category and year."""
    from regietafel.puzzel.services import puzzel

    p = puzzel("drenthe", C2)
    return {(cat, jaar): getattr(p.totaal, cat).saldo(jaar) for cat in OPGAVE for jaar in p.jaren}


NAAM = {"asiel_regulier": "asielopvang regulier", "amv": "(AMV)"}


def zinnen_kloppen(tekst: str) -> None:
    from regietafel.domain import opmaak

    tekst = " ".join(tekst.split())
    saldi = verwacht_saldi()
    assert saldi[("asiel_regulier", 2027)] < saldi[("asiel_regulier", 2028)] < 0, saldi
    assert saldi[("amv", 2027)] < 0 < saldi[("amv", 2028)]
    for (cat, jaar), saldo in saldi.items():
        zin = re.search(rf"{jaar}, [^:]*{re.escape(NAAM[cat])}[^:]*: .*?\.(?!\d)", tekst)
        assert zin, (cat, jaar)
        if saldo < 0:
            assert (
                f"de opgave wordt niet gehaald, er ontbreken {opmaak.getal(-saldo)} plaatsen"
                in (zin.group(0))
            )
        else:
            assert f"de opgave wordt gehaald, met {opmaak.getal(saldo)} plaatsen meer" in zin.group(
                0
            )
    assert "€ 0" not in tekst


def geen_lege_plek(regels) -> None:
    for regel in regels:
        assert not re.search(r"\w[^\S\n]{2,}\w", regel), regel


DOCUMENTEN = ["verslag", "aanbiedingsbrief", "collegebrief"]


@pytest.mark.parametrize("document", DOCUMENTEN)
def test_docx_noemt_het_tekort_per_categorie_en_jaar_als_de_puzzel(tekort, document):
    from regietafel.verslagen.services import rapport

    inhoud = rapport("drenthe", C2, "docx", datum=DATUM, document=document).inhoud
    word = Document(io.BytesIO(inhoud))
    alineas = [p.text for p in word.paragraphs]
    zinnen_kloppen("\n".join(alineas))
    geen_lege_plek(alineas)
    # Bijlage 1's count of listed places is not the balance: no "de opgave wordt gehaald"
    # for a category and year that falls short.
    assert "gerealiseerd zijn  plaatsen" not in "\n".join(alineas)
    if document != "verslag":
        tekst = " ".join(alineas)
        assert "De gemeenten in Drenthe bieden samen nog niet genoeg plaatsen" in tekst
        assert "worden deze opgaven gerealiseerd" not in tekst


@pytest.mark.parametrize("document", DOCUMENTEN)
def test_pdf_noemt_hetzelfde_tekort(tekort, tmp_path, document):
    from regietafel.verslagen.services import rapport

    pad = tmp_path / "verslag.pdf"
    pad.write_bytes(rapport("drenthe", C2, "pdf", datum=DATUM, document=document).inhoud)
    tekst = subprocess.run(
        ["pdftotext", str(pad), "-"], check=True, capture_output=True, text=True
    ).stdout
    zinnen_kloppen(tekst)
    geen_lege_plek(tekst.splitlines())
    # The chart's text alternative is for screen readers, not printed under the chart.
    assert "Aa en Hunze: opgave" not in " ".join(tekst.split())


@pytest.mark.parametrize("document", DOCUMENTEN)
def test_onbekende_opgave_heet_nog_niet_bekend(drenthe, document):
    from regietafel.verslagen.services import rapport

    inhoud = rapport("drenthe", C2, "docx", datum=DATUM, document=document).inhoud
    word = Document(io.BytesIO(inhoud))
    tekst = " ".join(p.text for p in word.paragraphs)
    assert (
        "2027, asielopvang regulier (inclusief bijzondere opvangvormen): de opgave is nog "
        "niet bekend" in tekst
    )
    assert "de opgave wordt gehaald" not in tekst
    assert "€ 0" not in tekst
    geen_lege_plek(p.text for p in word.paragraphs)
    if document != "verslag":
        assert (
            "Of de gemeenten in Drenthe samen genoeg plaatsen bieden voor de wettelijke "
            "asielopgaven voor 2027 en 2028, is nog niet bekend." in tekst
        )


def test_geen_bekend_aanbod_heet_nog_niet_bekend_en_niet_nul(tekort):
    from regietafel.opgaven.models import Aanbod
    from regietafel.verslagen.services import rapport

    for a in Aanbod.objects.filter(cyclus__naam=C2, categorie="amv", jaar=2028):
        a.plaatsen = None
        a.save()
    word = Document(io.BytesIO(rapport("drenthe", C2, "docx", datum=DATUM).inhoud))
    tekst = " ".join(p.text for p in word.paragraphs)
    assert (
        "2028, opvang van alleenstaande minderjarige vreemdelingen (AMV): het aanbod van de "
        "gemeenten is nog niet bekend." in tekst
    )
    assert "bieden samen 0 plaatsen" not in tekst
