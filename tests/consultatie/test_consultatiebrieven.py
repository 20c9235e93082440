import io
import zipfile

from docx import Document

from tests.documenten_hulp import GEMEENTEN


def test_een_brief_per_gemeente_in_een_zip(documenten):
    with zipfile.ZipFile(io.BytesIO(documenten("brieven"))) as z:
        namen = z.namelist()
        assert len(namen) == len(GEMEENTEN) == 12
        assert "consultatiebrief-2027-2028-assen.docx" in namen
        brief = Document(io.BytesIO(z.read("consultatiebrief-2027-2028-assen.docx")))
    tekst = "\n".join(p.text for p in brief.paragraphs)
    tabellen = ["|".join(c.text for c in r.cells) for t in brief.tables for r in t.rows]
    assert "gemeente Assen" in tekst
    assert "cyclus 2027-2028 voortzetten" in tekst
    assert "In het provinciaal verslag over de cyclus 2025-2026" in tekst
    # No consultation opened: the route map's deadline, 1 April of the preparation year.
    assert "uiterlijk 1 april 2026" in tekst
    # The indicative numbers of 2027-2028 are not yet in; the commitments are 2025-2026's.
    ontbrekend = {
        "Opgave|Indicatieve opgave 2027-2028|Realisatie|Aanbod 2026",
        "Asielopvang (regulier)|nog niet bekend|1.645|1.000",
        "Asielopvang (AMV)|nog niet bekend|0|0",
        "Oekraïense ontheemden (ambitie)|791|792|792",
    } - set(tabellen)
    assert not ontbrekend
    assert any(r.startswith("regulier|1.000|1-3-2017|1-4-2026") for r in tabellen)
    assert brief.core_properties.author == "Provincie Drenthe"
