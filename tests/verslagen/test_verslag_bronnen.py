"""The provincial report lists its sources, in DOCX and PDF, without naming people."""

import io
import re
import subprocess

from docx import Document

from regietafel.opgaven.models import Aanbod
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import wijzig_aanbod
from regietafel.verslagen.services import rapport
from tests.documenten_hulp import DATUM

BESLUIT = (
    "Capaciteitsbesluit cyclus 2025-2026 (brief van de staatssecretaris van JenV) van "
    "31-1-2024 (24 cijfers, peildatum 31-1-2024)"
)


def _bronnen_in_docx(inhoud: bytes) -> list[str]:
    alineas = [p.text for p in Document(io.BytesIO(inhoud)).paragraphs]
    kop = len(alineas) - 1 - alineas[::-1].index("Bronnen")  # the heading, not the contents
    return [a for a in alineas[kop + 2 :] if a.strip()]


def test_het_verslag_in_docx_sluit_af_met_zijn_bronnen(documenten):
    bronnen = _bronnen_in_docx(documenten("docx"))
    assert bronnen[0] == BESLUIT
    assert len(bronnen) == 4
    assert "Provinciaal verslag Drenthe, Bijlage 1 van 31-10-2024 (18 cijfers" in bronnen[2]


def test_het_verslag_in_pdf_noemt_zijn_bronnen(documenten, tmp_path):
    pad = tmp_path / "verslag.pdf"
    pad.write_bytes(documenten("pdf"))
    tekst = subprocess.run(
        ["pdftotext", str(pad), "-"], check=True, capture_output=True, text=True
    ).stdout
    laatste = re.sub(r"\s+", " ", tekst.split("\f")[-2])
    assert "Bronnen" in laatste
    assert "peildatum 1-1-2023" in laatste


def test_het_verslag_noemt_geen_namen_van_wie_invoerde(ongepubliceerd, rollen):
    emmen = rollen["gemeente_b"]
    a = Aanbod.objects.select_related("gemeente__provincie").get(
        gemeente__cbs_code="GM0114", categorie="amv", jaar=2026
    )
    wijzig_aanbod(toegang(emmen), emmen, a, 60, a.versie)
    bronnen = _bronnen_in_docx(rapport("drenthe", "2025-2026", "docx", datum=DATUM).inhoud)
    ingevoerd = [b for b in bronnen if b.startswith("Ingevoerd")]
    assert len(ingevoerd) == 1 and emmen.username not in ingevoerd[0]
    assert "(1 cijfer, peildatum " in ingevoerd[0]
