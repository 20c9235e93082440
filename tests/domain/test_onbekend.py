"""Unknown is not zero: the words for a figure that is not yet known, the typed error of a
computation that needs one, and the signaleringen that say what is missing."""

from dataclasses import replace
from fractions import Fraction

import pytest

from regietafel.domain import opmaak
from regietafel.domain.onbekend import (
    NietBerekenbaar,
    onbekend_bij_provincie,
    onbekend_in_cyclus,
    ontbreekt_tekst,
    som_of_onbekend,
    zijn_nog_niet_bekend,
)
from regietafel.domain.signaleringen import controleer, nog_niet_bekend
from regietafel.domain.verdeelsleutel import amv_aantal, splits_amv


def test_onbekend_bedrag_heet_nog_niet_bekend_en_nooit_nul_euro():
    assert opmaak.NOG_NIET_BEKEND == "nog niet bekend"
    assert opmaak.bedrag(None) == "nog niet bekend"
    assert opmaak.getal(None) == "nog niet bekend"
    assert opmaak.procent(None) == "nog niet bekend"
    # Known figures are written as before, 0 included.
    assert (opmaak.bedrag(0), opmaak.bedrag(3_084_000), opmaak.getal(5722)) == (
        "€ 0",
        "€ 3.084.000",
        "5.722",
    )
    assert opmaak.procent(Fraction(3, 4)) == "75%"


def test_som_met_een_onbekend_deel_is_onbekend():
    assert som_of_onbekend([1, 2, 3]) == 6
    assert som_of_onbekend([]) == 0
    assert som_of_onbekend([1, None, 3]) is None


def test_zin_over_wat_ontbreekt_is_enkelvoud_of_meervoud():
    assert zijn_nog_niet_bekend(("spuk3_pot",)) == "de SPUK 3-pot is nog niet bekend"
    assert zijn_nog_niet_bekend(("spuk3_pot", "provincie_bedrag")) == (
        "de SPUK 3-pot en het bedrag voor de provincie zijn nog niet bekend"
    )
    assert zijn_nog_niet_bekend(("opgave",)).endswith("aantallen per gemeente zijn nog niet bekend")
    assert ontbreekt_tekst(()) == ""


def test_amv_splitsing_met_onbekend_landelijk_amv_deel_is_niet_berekenbaar():
    with pytest.raises(NietBerekenbaar) as fout:
        splits_amv(360, None, 88000)
    assert fout.value.ontbreekt == ("amv_landelijk",)
    assert fout.value.code == "niet_berekenbaar"
    assert str(fout.value) == (
        "De AMV-splitsing kan niet worden berekend: het landelijke AMV-deel is nog niet bekend."
    )
    with pytest.raises(NietBerekenbaar):
        amv_aantal(360, None, 88000)
    # Cycle 1 is unchanged: 360 × 8.140 / 96.000 = 30,5 -> 31.
    assert splits_amv(360, 8140, 96000) == (329, 31)


def test_drenthe_cyclus_1_mist_niets(drenthe_gegevens):
    assert onbekend_in_cyclus(drenthe_gegevens.cyclus) == ()
    assert onbekend_bij_provincie(drenthe_gegevens.provincie_opgave) == ()
    assert nog_niet_bekend(drenthe_gegevens) == []
    codes = {s.code for s in controleer(drenthe_gegevens)}
    assert not codes & {"spuk_bedragen_onbekend", "amv_landelijk_onbekend"}


def _onbekend(gegevens, **po):
    c = gegevens.cyclus
    return replace(
        gegevens,
        cyclus=replace(
            c,
            naam="2027-2028",
            amv_landelijk=None,
            regels=replace(c.regels, spuk1_bedrag_per_plaats=None, spuk2_bedrag_per_plaats=None),
        ),
        provincie_opgave=replace(gegevens.provincie_opgave, **po),
    )


def test_signalering_noemt_de_onbekende_spuk_bedragen_en_het_amv_deel(drenthe_gegevens):
    gegevens = _onbekend(drenthe_gegevens, spuk3_pot=None, provincie_bedrag=None)
    assert onbekend_in_cyclus(gegevens.cyclus) == (
        "amv_landelijk",
        "spuk1_bedrag_per_plaats",
        "spuk2_bedrag_per_plaats",
    )
    spuk, amv = nog_niet_bekend(gegevens)
    assert spuk.code == "spuk_bedragen_onbekend"
    assert spuk.melding.startswith(
        "SPUK-bedragen van cyclus 2027-2028 zijn nog niet bekend: het SPUK 1-bedrag per plaats, "
        "het SPUK 2-bedrag per plaats, de SPUK 3-pot en het bedrag voor de provincie."
    )
    assert spuk.veld == "spuk1_bedrag_per_plaats,spuk2_bedrag_per_plaats,spuk3_pot,provincie_bedrag"
    assert amv.code == "amv_landelijk_onbekend" and "AMV-splitsing" in amv.melding
    assert controleer(gegevens)[-2:] == (spuk, amv)


def test_alleen_de_pot_onbekend_noemt_alleen_de_pot(drenthe_gegevens):
    gegevens = replace(
        drenthe_gegevens,
        provincie_opgave=replace(drenthe_gegevens.provincie_opgave, spuk3_pot=None),
    )
    (s,) = nog_niet_bekend(gegevens)
    assert "nog niet bekend: de SPUK 3-pot." in s.melding
