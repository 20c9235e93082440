"""The report's realisation section: on the report's date, the four AMV units (200 places)
are not yet in use, and Westerveld's NO and TGO contracts end before 1 July 2025."""

import io

from docx import Document

from regietafel.reports.verslag import verslag_document
from regietafel.verslagen.services import verslag_invoer
from tests.documenten_hulp import DATUM


def test_verslag_heeft_een_realisatieparagraaf_met_de_drentse_stand(drenthe):
    doc = verslag_document(verslag_invoer("drenthe", "2025-2026", DATUM))
    sectie = next(s for s in doc.secties if s.sleutel == "realisatie")
    alinea, tabel = sectie.blokken
    assert alinea.tekst == (
        "Op de realisatiedatum van 1-7-2025 is naar verwachting 93% van de plaatsen in gebruik "
        "(3.855 van 4.155). Op 31-10-2024 zijn 200 plaatsen nog niet in gebruik; van 100 "
        "plaatsen loopt het contract af vóór de realisatiedatum."
    )
    assert [r[0] for r in tabel.rijen] == [
        "Borger-Odoorn", "De Wolden", "Emmen", "Midden-Drenthe", "Westerveld", "Westerveld",
    ]  # fmt: skip
    assert tabel.rijen[-2][1:] == ("75", "bijzonder: noodopvang", "contract tot 31-12-2024")
    assert tabel.rijen[0][3] == "nog niet in gebruik (idee)"


def test_realisatieparagraaf_staat_in_de_docx(documenten):
    tekst = "\n".join(p.text for p in Document(io.BytesIO(documenten("docx"))).paragraphs)
    assert "Realisatie" in tekst
    assert "200 plaatsen nog niet in gebruik" in tekst
