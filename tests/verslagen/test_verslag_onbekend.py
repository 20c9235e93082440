"""The report of cycle 2027-2028, whose SPUK amounts and pots are not yet known, says
"nog niet bekend" and never "€ 0"; cycle 1's report keeps its amounts."""

import io

import pytest
from docx import Document

from tests.documenten_hulp import DATUM, SPUK
from tests.verslagen.test_verslag_docx import alle_tekst

pytestmark = pytest.mark.django_db


@pytest.fixture
def tekst_cyclus_2(drenthe):
    from regietafel.verslagen.services import rapport

    inhoud = rapport("drenthe", "2027-2028", "docx", datum=DATUM).inhoud
    return alle_tekst(Document(io.BytesIO(inhoud)))


def test_verslag_van_cyclus_2_noemt_onbekende_bedragen_nog_niet_bekend(tekst_cyclus_2):
    assert "€ 0" not in tekst_cyclus_2
    assert "Nog niet bekend: het SPUK 1-bedrag per plaats" in tekst_cyclus_2
    assert (
        "Wat de gemeenten van Drenthe met elkaar voor 2 jaar kunnen aanvragen, is nog niet "
        "bekend. Het bedrag voor de provincie is nog niet bekend." in tekst_cyclus_2
    )
    assert "Hoeveel via SPUK 1 aangevraagd kan worden, is nog niet bekend." in tekst_cyclus_2
    assert "Of en hoeveel SPUK 3 wordt uitgekeerd, is nog niet bekend" in tekst_cyclus_2
    assert "(nog niet bekend)" not in tekst_cyclus_2
    assert "De keuze tussen SPUK 1 en SPUK 3 kan nog niet worden gemaakt" in tekst_cyclus_2
    # The signalering that says so is an internal remark for the secretary (the screens show
    # it); the report to the minister does not print it.
    assert "SPUK-bedragen van cyclus 2027-2028 zijn nog niet bekend" not in tekst_cyclus_2
    for bedrag in SPUK:
        assert bedrag not in tekst_cyclus_2


def test_verslag_van_cyclus_1_houdt_zijn_bedragen(documenten):
    tekst = alle_tekst(Document(io.BytesIO(documenten("docx"))))
    for bedrag in SPUK:
        assert bedrag in tekst
    assert "nog niet bekend" not in tekst
