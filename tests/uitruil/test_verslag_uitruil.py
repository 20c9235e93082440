"""A confirmed exchange appears in the report's distribution section, in DOCX and PDF (of a
cycle not yet published; a published report keeps the exchanges it was published with)."""

import io
import subprocess

import pytest
from docx import Document

from regietafel.domain.uitruil import Voorstel
from regietafel.uitruil.services import bevestig, stel_voor
from regietafel.verslagen.services import rapport
from tests.conftest import ASSEN, EMMEN
from tests.documenten_hulp import DATUM
from tests.factories import gemeentegebruiker

pytestmark = pytest.mark.django_db
ZIN = "Assen neemt 20 plaatsen AMV over van Emmen (de hele cyclus)"


@pytest.fixture
def uitruil(ongepubliceerd):
    voorstel = Voorstel(ASSEN, "amv", 20, EMMEN, "asiel_regulier", 60)
    u = stel_voor("drenthe", "2025-2026", voorstel, gemeentegebruiker(ASSEN))
    return u, gemeentegebruiker(EMMEN)


def _sectie(paragrafen, kop):
    """The paragraphs from heading `kop` to the next heading of the same level."""
    start = next(
        i for i, p in enumerate(paragrafen) if p.text == kop and p.style.name.startswith("Heading")
    )
    niveau = paragrafen[start].style.name
    einde = next(
        (i for i in range(start + 1, len(paragrafen)) if paragrafen[i].style.name == niveau),
        len(paragrafen),
    )
    return [p.text for p in paragrafen[start + 1 : einde]]


def test_alleen_een_bevestigde_uitruil_staat_in_de_verdeling_van_het_docx(uitruil):
    u, emmen = uitruil
    voorgesteld = Document(io.BytesIO(rapport("drenthe", "2025-2026", "docx", datum=DATUM).inhoud))
    assert not any(ZIN in p.text for p in voorgesteld.paragraphs)
    bevestig(u, emmen, u.versie)
    doc = Document(io.BytesIO(rapport("drenthe", "2025-2026", "docx", datum=DATUM).inhoud))
    verdeling = _sectie(doc.paragraphs, "Verdeling opvangopgaven")
    assert any(t.startswith("Uitruil tussen gemeenten.") for t in verdeling)
    (zin,) = [t for t in verdeling if ZIN in t]
    assert "Emmen neemt in ruil 60 plaatsen asielopvang regulier over van Assen" in zin
    assert zin.endswith("Status: bevestigd door beide gemeenten.")


def test_de_uitruil_staat_ook_in_de_pdf(uitruil, tmp_path):
    u, emmen = uitruil
    bevestig(u, emmen, u.versie)
    pad = tmp_path / "verslag.pdf"
    pad.write_bytes(rapport("drenthe", "2025-2026", "pdf", datum=DATUM).inhoud)
    tekst = subprocess.run(
        ["pdftotext", str(pad), "-"], check=True, capture_output=True, text=True
    ).stdout
    tekst = " ".join(tekst.split())
    # Below the distribution table, before the next section (Conclusie).
    positie = tekst.index("Uitruil tussen gemeenten.")
    assert tekst.index("De verdeling over 2025 en 2026:") < positie
    assert positie < tekst.index("De opgave tegenover het aanbod van de gemeenten")
    assert ZIN in tekst
