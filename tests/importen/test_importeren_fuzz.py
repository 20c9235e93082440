"""Fuzzing the import parsers with random and mutated CSV and XLSX files: the answer is
always a result with validation errors (or a valid import), never a crash, and a file that
is refused writes nothing at all."""

import hashlib
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.importen.models import Import
from regietafel.importen.services import Importresultaat, importeer
from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.provincies.models import Gemeente
from tests.importen.bijlage1 import csv, rijen, xlsx

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SOORTEN = st.sampled_from(
    ["capaciteitsbesluit", "aanbod", "locaties", "inwoners", "provinciecijfers"]
)
BASIS = {
    "locaties": rijen(gecorrigeerd=True),
    "aanbod": [
        ["CBS-code", "Categorie", "Jaar", "Plaatsen"],
        ["GM0114", "amv", "2026", "50"],
        ["GM0106", "regulier", "2025", "1.000"],
    ],
    "inwoners": [["Gemeente", "Inwoners", "Peiljaar"], ["Assen", "69.414", "2023"]],
    "capaciteitsbesluit": [
        ["CBS-code", "Gemeente", "Inwoners", "SES", "Regulier", "AMV"],
        ["GM0106", "Assen", "69414", "", "329", "31"],
    ],
    "provinciecijfers": [
        ["Gegeven", "CBS-code", "Gemeente", "Waarde", "Peildatum"],
        ["Provinciale Oekraïne-opgave", "", "", "5.800", "1-3-2026"],
        ["Realisatie AMV", "GM0106", "Assen", "12", ""],
        ["Landelijk aantal AMV", "", "", "", ""],
    ],
}
CEL = st.one_of(
    st.none(),
    st.text(max_size=15),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=False),
    st.dates(),
    st.sampled_from(["28", "1.000", "-", "", "GM9999", "31-2-2026", "onbepaald", "=1+1", '"']),
)


def _stand():
    def h(qs):
        return hashlib.sha256(repr(list(qs)).encode()).hexdigest()

    return (
        h(Locatie.objects.order_by("id").values_list()),
        h(Aanbod.objects.order_by("id").values_list()),
        h(Opgave.objects.order_by("id").values_list()),
        h(Gemeente.objects.order_by("id").values_list()),
        h(ProvincieCyclus.objects.order_by("id").values_list()),
        h(Cyclus.objects.order_by("id").values_list()),
        Locatie.history.count() + Aanbod.history.count() + Opgave.history.count(),
        Import.objects.count(),
    )


def _controleer(soort, inhoud, naam):
    voor = _stand()
    r = importeer(soort, inhoud, naam, provincie="drenthe", cyclus="2025-2026")
    assert isinstance(r, Importresultaat)
    if not r.toegepast:
        assert r.fouten, "a refused file names its errors"
        assert all(f.melding for f in r.fouten)
        assert _stand() == voor, "a refused file writes nothing"
    return r


@FUZZ
@given(soort=SOORTEN, inhoud=st.binary(max_size=600), xlsx_naam=st.booleans())
def test_willekeurige_bytes(drenthe, soort, inhoud, xlsx_naam):
    _controleer(soort, inhoud, "x.xlsx" if xlsx_naam else "x.csv")


@FUZZ
@given(soort=SOORTEN, data=st.data(), als_xlsx=st.booleans())
def test_gemuteerde_tabellen(drenthe, soort, data, als_xlsx):
    tabel = [list(r) for r in BASIS[soort]]
    for _ in range(data.draw(st.integers(0, 6))):
        i = data.draw(st.integers(0, len(tabel) - 1))
        j = data.draw(st.integers(0, len(tabel[i])))
        if j == len(tabel[i]):
            tabel[i].append(data.draw(CEL))
        else:
            tabel[i][j] = data.draw(CEL)
    if data.draw(st.booleans()) and len(tabel) > 1:
        tabel.pop(data.draw(st.integers(0, len(tabel) - 1)))
    if als_xlsx:
        inhoud = xlsx([[_xlsx_waarde(c) for c in r] for r in tabel])
    else:
        scheiding = data.draw(st.sampled_from([";", ",", "\t"]))
        inhoud = csv(tabel, scheiding)
    _controleer(soort, inhoud, "f.xlsx" if als_xlsx else "f.csv")


def _xlsx_waarde(c):
    if isinstance(c, str):
        # openpyxl refuses control characters in cells; a spreadsheet cannot hold them
        return "".join(ch for ch in c if ch >= " " or ch in "\t\n")[:100]
    if isinstance(c, int) and abs(c) > 2**53:
        return str(c)
    return c


@FUZZ
@given(
    soort=SOORTEN,
    posities=st.lists(
        st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8
    ),
)
def test_beschadigde_xlsx(drenthe, soort, posities):
    inhoud = bytearray(xlsx(BASIS[soort]))
    for positie, byte in posities:
        inhoud[positie % len(inhoud)] = byte
    _controleer(soort, bytes(inhoud), "kapot.xlsx")


def test_xlsx_van_een_zipversie_die_python_niet_kent(drenthe):
    """A damaged header can claim a zip version zipfile does not support (it raises
    NotImplementedError, not BadZipFile): refused as unreadable, not a server error."""
    inhoud = bytearray(xlsx(BASIS["aanbod"]))
    centraal = inhoud.find(b"PK\x01\x02")  # the first entry of the central directory
    inhoud[centraal + 6 : centraal + 8] = (64).to_bytes(2, "little")  # needs version 6.4
    r = _controleer("aanbod", bytes(inhoud), "x.xlsx")
    assert [f.code for f in r.fouten] == ["bestand_onleesbaar"]


def test_xlsx_met_een_ander_zipbestand(drenthe):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("iets.txt", "geen spreadsheet")
    r = _controleer("locaties", buffer.getvalue(), "x.xlsx")
    assert r.fouten[0].code == "bestand_onleesbaar"
