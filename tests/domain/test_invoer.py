"""The pure import parsers: Dutch numbers and dates, column variants, typed errors."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain import invoer as inv
from regietafel.domain.cellen import (
    lees_aantal,
    lees_cbs_code,
    lees_datumcel,
    lees_decimaal,
    lees_einddatum,
    normaliseer_naam,
)
from regietafel.domain.invoer import lees_tabel
from regietafel.domain.invoerregels import (
    MELDINGEN,
    GemeenteVerwijzing,
    ImportSoort,
    InvoerFout,
    LocatieRegel,
    OnvolledigeRij,
)
from regietafel.domain.model import LocatieSoort, LocatieStatus


@pytest.mark.parametrize(
    ("cel", "verwacht"),
    [
        ("1000", 1000),
        ("1.000", 1000),
        ("1 000", 1000),
        ("12.345.678", None),
        (1000, 1000),
        (1000.0, 1000),
        ("-", 0),
        ("", None),
        (None, None),
        ("—", None),
        (" 28 ", 28),
    ],
)
def test_aantallen_op_zijn_nederlands(cel, verwacht):
    if verwacht is None and cel == "12.345.678":
        with pytest.raises(ValueError, match="te_groot"):
            lees_aantal(cel)
        return
    assert lees_aantal(cel) == verwacht


@pytest.mark.parametrize(
    ("cel", "code"),
    [
        ("1,5", "geen_getal"),
        ("10.00", "geen_getal"),
        ("-3", "negatief"),
        (-3, "negatief"),
        (2.5, "geen_getal"),
        (True, "geen_getal"),
        (date(2026, 1, 1), "geen_getal"),
    ],
)
def test_geen_aantal(cel, code):
    with pytest.raises(ValueError, match=code):
        lees_aantal(cel)


@pytest.mark.parametrize(
    ("cel", "verwacht"),
    [
        ("0,25", Decimal("0.2500")),
        ("-0,1", Decimal("-0.1000")),
        ("0.25", Decimal("0.2500")),
        (0.123456, Decimal("0.1235")),
        ("1.234,5", Decimal("1234.5000")),
        ("", None),
    ],
)
def test_decimalen(cel, verwacht):
    assert lees_decimaal(cel) == verwacht


@pytest.mark.parametrize(
    ("cel", "verwacht"),
    [
        ("1-3-2017", date(2017, 3, 1)),
        ("2017-03-01", date(2017, 3, 1)),
        (datetime(2017, 3, 1), date(2017, 3, 1)),
        (date(2017, 3, 1), date(2017, 3, 1)),
        ("", None),
        ("—", None),
        ("-", None),
    ],
)
def test_datums_nl_en_iso(cel, verwacht):
    assert lees_datumcel(cel) == verwacht


@pytest.mark.parametrize(
    ("cel", "code"),
    [
        (28, "datum_is_getal"),
        ("28", "datum_is_getal"),
        (28.0, "datum_is_getal"),
        ("31-2-2026", "geen_datum"),
        ("maart", "datum_is_woord"),
        ("1/3/2017", "geen_datum"),
    ],
)
def test_geen_datum(cel, code):
    with pytest.raises(ValueError, match=code):
        lees_datumcel(cel)


def test_einddatum_onbepaald():
    assert lees_einddatum("Onbepaalde tijd") == (None, True)
    assert lees_einddatum("onbepaald") == (None, True)
    assert lees_einddatum("9-2-2028") == (date(2028, 2, 9), False)


@pytest.mark.parametrize("cel", ["GM0106", "gm0106", "0106", "106", 106, " GM 0106 "])
def test_cbs_codes(cel):
    assert lees_cbs_code(cel) == "GM0106"


def test_kolomnamen_zonder_hoofdletters_spaties_en_leestekens():
    assert normaliseer_naam(" CBS-code ") == "cbscode"
    assert normaliseer_naam("Beschikbaar_van") == "beschikbaarvan"
    assert normaliseer_naam("Oekraïne") == "oekraine"


def test_kopregel_onder_een_titel_en_rijnummers_van_het_blad():
    rijen = [
        ["Bijlage 1: locaties", None],
        [],
        ["GEMEENTE", "aantal plaatsen", "Soort opvang", "Begindatum", "Einddatum", "extra"],
        ["Assen", "1.000", "regulier", "1-3-2017", "1-4-2026", "x"],
        ["Tynaarlo", "250", "bijzonder NO", 28, "31-12-2026", ""],
    ]
    g = lees_tabel(ImportSoort.LOCATIES, rijen)
    assert g.genegeerde_kolommen == ("extra",)
    assert g.regels == (
        LocatieRegel(
            rij=4,
            gemeente=GemeenteVerwijzing(None, "Assen"),
            plaatsen=1000,
            soort=LocatieSoort.REGULIER,
            status=None,  # the file has no Status column: a stored location keeps its own
            beschikbaar_van=date(2017, 3, 1),
            beschikbaar_tot=date(2026, 4, 1),
            onbepaalde_tijd=False,
            opmerking="",
            naam="",
        ),
    )
    assert g.fouten == (InvoerFout("datum_is_getal", 5, "Begindatum", "28"),)
    assert g.fouten[0].melding.startswith("Rij 5, kolom 'Begindatum': '28' is een getal")


@pytest.mark.parametrize("woord", ["indefinite", "permanent", "n.v.t.", "nvt", "altijd"])
def test_een_woord_is_geen_datum_en_geen_einddatum(woord):
    with pytest.raises(ValueError, match="datum_is_woord"):
        lees_datumcel(woord)
    with pytest.raises(ValueError, match="datum_is_woord"):
        lees_einddatum(woord)


def test_status_gegeven_of_niet():
    kop = ["Gemeente", "Plaatsen", "Soort", "Status"]
    g = lees_tabel(
        ImportSoort.LOCATIES, [kop, ["Assen", 10, "AMV", "gepland"], ["Emmen", 5, "AMV", ""]]
    )
    assert [r.status for r in g.regels] == [LocatieStatus.GEPLAND, None]


@pytest.mark.parametrize(
    ("naam", "verwacht"),
    [
        ("Asen", "Assen"),
        ("EMEN", "Emmen"),
        ("midden drente", "Midden-Drenthe"),
        ("Tynarlo", "Tynaarlo"),
        ("Groningen", None),
        ("Aa", None),
    ],
)
def test_gelijkende_naam(naam, verwacht):
    namen = ["Assen", "Emmen", "Midden-Drenthe", "Tynaarlo", "Coevorden", "Aa en Hunze"]
    assert inv.gelijkende_naam(naam, namen) == verwacht


def test_rij_met_een_celfout_noemt_ook_de_lege_gemeente_en_blijft_te_controleren():
    g = lees_tabel(
        ImportSoort.AANBOD,
        [
            ["Gemeente", "Categorie", "Jaar", "Plaatsen"],
            ["", "amv", "x", "1"],
            ["Asen", "amv", "2026", "-1"],
        ],
    )
    assert g.fouten == (
        InvoerFout("geen_jaar", 2, "Jaar", "x"),
        InvoerFout("verplicht", 2, "Gemeente", ""),
        InvoerFout("negatief", 3, "Plaatsen", "-1"),
    )
    assert g.regels == ()
    assert g.onvolledig == (OnvolledigeRij(3, GemeenteVerwijzing(None, "Asen")),)


def test_een_ontbrekende_kolom_houdt_het_lezen_van_de_rijen_niet_tegen():
    g = lees_tabel(
        ImportSoort.INWONERS, [["Gemeente", "Inwoners"], ["Assen", "veel"], ["Emmen", 1]]
    )
    assert [(f.rij, f.kolom, f.code) for f in g.fouten] == [
        (1, "Peiljaar", "kolom_ontbreekt"),
        (2, "Inwoners", "geen_getal"),
    ]
    assert g.regels == ()
    assert [r.rij for r in g.onvolledig] == [2, 3]


def test_leeg_bestand_en_lege_cel_in_verplichte_kolom():
    assert [f.code for f in lees_tabel(ImportSoort.INWONERS, []).fouten] == ["bestand_leeg"]
    g = lees_tabel(
        ImportSoort.INWONERS, [["Gemeente", "Inwoners", "Peiljaar"], ["Assen", "", 2025]]
    )
    assert g.fouten[0].melding == "Rij 2, kolom 'Inwoners': de cel is leeg; vul hier een waarde in."


def test_elke_foutcode_heeft_een_nederlandse_melding():
    for code in MELDINGEN:
        assert InvoerFout(code, 2, "Kolom", "x", "y").melding


CELLEN = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.sampled_from(["1.000", "28", "-", "onbepaalde tijd", "GM0106", "AMV", "1-3-2017", "0,5"]),
)
KOPPEN = st.lists(
    st.sampled_from(
        [
            "Gemeente",
            "CBS-code",
            "Plaatsen",
            "Soort",
            "Status",
            "Van",
            "Tot",
            "Jaar",
            "Inwoners",
            "Peiljaar",
            "Categorie",
            "AMV",
            "Indicatief regulier",
            "SES",
            "Opmerking",
            "x",
        ]
    ),
    max_size=8,
)


@given(
    st.sampled_from(list(ImportSoort)),
    KOPPEN,
    st.lists(st.lists(CELLEN, max_size=9), max_size=8),
)
def test_lees_tabel_geeft_nooit_iets_anders_dan_regels_of_fouten(soort, kop, rijen):
    g = lees_tabel(soort, [kop, *rijen])
    for fout in g.fouten:
        assert fout.code in MELDINGEN
        assert isinstance(fout.melding, str)
    assert len(g.regels) <= len(rijen)


def test_elke_foutcode_staat_in_docs_import():
    from pathlib import Path

    tekst = (Path(__file__).parents[2] / "docs" / "import.md").read_text(encoding="utf-8")
    for code in MELDINGEN:
        assert f"`{code}`" in tekst
