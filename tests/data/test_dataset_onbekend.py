"""The data-file reader: an amount or national figure that is "" or left out is unknown
(None), never 0, and the written form of the rules keeps it as null."""

import json

import pytest

from regietafel.cycli.volgende_cyclus import CYCLUS2, lees_cyclusbestand
from regietafel.data import (
    DRENTHE,
    DatasetFout,
    bedrag,
    gegevens_uit_dict,
    lees_dataset,
    regels_naar_dict,
    regels_uit_dict,
)


def _drenthe_dict():
    import tomllib

    with DRENTHE.open("rb") as f:
        return tomllib.load(f)


def test_bedrag_leeg_of_ontbrekend_is_onbekend_en_een_getal_blijft_een_getal():
    assert bedrag("", "x") is None
    assert bedrag(None, "x") is None
    assert bedrag(0, "x") == 0
    assert bedrag(2000, "x") == 2000
    with pytest.raises(DatasetFout, match="x: 'twee' is geen aantal"):
        bedrag("twee", "x")
    with pytest.raises(DatasetFout, match="negatief"):
        bedrag(-1, "x")


def test_onbekende_bedragen_in_het_gegevensbestand_worden_none():
    data = _drenthe_dict()
    data["cyclus"]["amv_landelijk"] = ""
    data["cyclus"]["regels"]["spuk1_bedrag_per_plaats"] = ""
    del data["cyclus"]["regels"]["spuk2_bedrag_per_plaats"]
    data["provincie_opgave"]["spuk3_pot"] = ""
    del data["provincie_opgave"]["provincie_bedrag"]
    g = gegevens_uit_dict(data)
    assert g.cyclus.amv_landelijk is None
    assert g.cyclus.regels.spuk1_bedrag_per_plaats is None
    assert g.cyclus.regels.spuk2_bedrag_per_plaats is None
    assert g.provincie_opgave.spuk3_pot is None and g.provincie_opgave.provincie_bedrag is None
    assert g.provincie_opgave.oekraine_opgave == 5722


def test_regels_met_onbekend_bedrag_gaan_heen_en_terug_als_null():
    regels = regels_uit_dict(
        {**regels_naar_dict(lees_dataset().cyclus.regels), "spuk1_bedrag_per_plaats": None}
    )
    assert regels.spuk1_bedrag_per_plaats is None
    geschreven = json.loads(json.dumps(regels_naar_dict(regels)))
    assert geschreven["spuk1_bedrag_per_plaats"] is None
    assert geschreven["spuk2_bedrag_per_plaats"] == 2000
    assert regels_uit_dict(geschreven) == regels


def test_cyclus_2_bestand_zegt_onbekend_en_niet_nul():
    data = lees_cyclusbestand(CYCLUS2)
    assert data["cyclus"]["amv_landelijk"] == ""
    assert data["cyclus"]["regels"]["spuk1_bedrag_per_plaats"] == ""
    assert data["cyclus"]["regels"]["spuk2_bedrag_per_plaats"] == ""
    assert data["provincie"]["drenthe"]["spuk3_pot"] == ""
    assert data["provincie"]["drenthe"]["provincie_bedrag"] == ""


def test_cyclus_1_bedragen_blijven_exact():
    g = lees_dataset()
    assert g.cyclus.amv_landelijk == 8140
    assert (g.cyclus.regels.spuk1_bedrag_per_plaats, g.cyclus.regels.spuk2_bedrag_per_plaats) == (
        2000,
        2000,
    )
    assert (g.provincie_opgave.spuk3_pot, g.provincie_opgave.provincie_bedrag) == (983686, 408653)
