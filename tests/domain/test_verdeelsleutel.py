from fractions import Fraction
from math import floor

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.model import Afronding, Categorie
from regietafel.domain.verdeelsleutel import (
    amv_aantal,
    gewicht,
    indicatieve_aantallen,
    quota,
    splits_amv,
    verdeel,
    verdeel_dhondt,
    verdeel_grootste_rest,
    verdeel_sainte_lague,
    vergelijk,
    verschillen,
)

gewichtlijsten = st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=15)
totalen = st.integers(min_value=0, max_value=20_000)


def als_eenheden(waarden: list[int]) -> dict[str, int]:
    return {f"e{i}": w for i, w in enumerate(waarden)}


def inwoners(gegevens):
    return {g.cbs_code: g.inwoners for g in gegevens.gemeenten}


def namen(gegevens):
    return {g.cbs_code: g.naam for g in gegevens.gemeenten}


def test_oekraine_half_up_geeft_de_gepubliceerde_rijen_met_som_5720(drenthe_gegevens):
    uit = verdeel(5722, inwoners(drenthe_gegevens), Afronding.HALF_UP)
    per_naam = {namen(drenthe_gegevens)[k]: v for k, v in uit.items()}
    assert per_naam == {
        "Aa en Hunze": 293,
        "Assen": 791,
        "Borger-Odoorn": 295,
        "Coevorden": 407,
        "De Wolden": 280,
        "Emmen": 1240,
        "Hoogeveen": 643,
        "Meppel": 404,
        "Midden-Drenthe": 387,
        "Noordenveld": 360,
        "Tynaarlo": 394,
        "Westerveld": 226,
    }
    assert sum(uit.values()) == 5720


def test_grootste_rest_telt_op_tot_5722_met_borger_odoorn_296_en_de_wolden_281(drenthe_gegevens):
    half_up = verdeel(5722, inwoners(drenthe_gegevens), Afronding.HALF_UP)
    rest = verdeel(5722, inwoners(drenthe_gegevens), Afronding.GROOTSTE_REST)
    assert sum(rest.values()) == 5722
    verschil = verschillen(rest, half_up)
    assert {namen(drenthe_gegevens)[v.eenheid]: (v.berekend, v.gepubliceerd) for v in verschil} == {
        "Borger-Odoorn": (296, 295),
        "De Wolden": (281, 280),
    }


def test_vergelijking_geeft_verschillen_en_somverschil(drenthe_gegevens):
    half_up = verdeel(5722, inwoners(drenthe_gegevens), Afronding.HALF_UP)
    rest = verdeel(5722, inwoners(drenthe_gegevens), Afronding.GROOTSTE_REST)
    v = vergelijk(rest, half_up, 5722)
    assert [x.verschil for x in v.verschillen] == [1, 1]
    assert v.somverschil_berekend == 0
    assert v.somverschil_gepubliceerd == -2
    assert not v.gelijk


def test_verschillen_noemt_eenheden_die_aan_een_kant_ontbreken():
    uit = verschillen({"a": 1, "b": 2}, {"b": 2, "c": 3})
    assert [(v.eenheid, v.verschil) for v in uit] == [("a", 1), ("c", -3)]


def test_amv_afsplitsing_reproduceert_de_amv_opgave_van_drenthe(drenthe_gegevens):
    cyclus = drenthe_gegevens.cyclus
    for c in drenthe_gegevens.cijfers.values():
        regulier, amv = c.opgave[Categorie.ASIEL_REGULIER], c.opgave[Categorie.AMV]
        totaal = regulier + amv
        assert splits_amv(totaal, cyclus.amv_landelijk, cyclus.landelijke_behoefte) == (
            regulier,
            amv,
        )


def test_amv_aantal_rondt_half_naar_boven():
    assert amv_aantal(1, 1, 2) == 1
    assert amv_aantal(360, 8140, 96000) == 31


def test_dhondt_bevoordeelt_de_grootste():
    assert verdeel_dhondt(5, {"a": 100, "b": 80, "c": 30}) == {"a": 3, "b": 2, "c": 0}


def test_sainte_lague_geeft_de_kleinste_een_plaats():
    assert verdeel_sainte_lague(5, {"a": 100, "b": 80, "c": 30}) == {"a": 2, "b": 2, "c": 1}


def test_sainte_lague_haalt_plaatsen_weg_als_afronden_te_veel_geeft():
    # Each quota is 2/3 and rounds to 1: three units, one more than the total of 2.
    assert verdeel_sainte_lague(2, {"a": 1, "b": 1, "c": 1}) == {"a": 1, "b": 1, "c": 0}


def test_gelijke_stand_gaat_naar_de_eerst_genoemde():
    for methode in (Afronding.GROOTSTE_REST, Afronding.DHONDT, Afronding.SAINTE_LAGUE):
        assert verdeel(1, {"b": 1, "a": 1}, methode) == {"b": 1, "a": 0}


def test_gemeente_met_nul_inwoners_krijgt_niets():
    for methode in Afronding:
        uit = verdeel(10, {"a": 0, "b": 3, "c": 7}, methode)
        assert uit["a"] == 0
        assert sum(uit.values()) == 10


def test_alle_gewichten_nul_geeft_iedereen_nul():
    for methode in Afronding:
        assert verdeel(10, {"a": 0, "b": 0}, methode) == {"a": 0, "b": 0}


def test_geen_eenheden_geeft_lege_verdeling():
    for methode in Afronding:
        assert verdeel(10, {}, methode) == {}


def test_gewicht_is_inwoners_maal_een_plus_score():
    assert gewicht(1000, Fraction(1, 10)) == 1100
    assert gewicht(1000, None) == 1000
    assert isinstance(gewicht(1000, Fraction(-1, 4)), Fraction)


def test_indicatief_aantal_gebruikt_het_landelijke_totaalgewicht():
    uit = indicatieve_aantallen(100, {"a": Fraction(30), "b": Fraction(20)}, Fraction(1000))
    assert uit == {"a": 3, "b": 2}


@given(gewichtlijsten, totalen)
def test_grootste_rest_telt_altijd_op_tot_het_totaal(waarden, totaal):
    uit = verdeel_grootste_rest(totaal, als_eenheden(waarden))
    assert sum(uit.values()) == (totaal if any(waarden) else 0)


@given(gewichtlijsten, totalen)
def test_grootste_rest_wijkt_minder_dan_een_af_van_het_quotum(waarden, totaal):
    eenheden = als_eenheden(waarden)
    uit = verdeel_grootste_rest(totaal, eenheden)
    for k, q in quota(totaal, eenheden).items():
        assert floor(q) <= uit[k] <= floor(q) + 1
        assert abs(uit[k] - q) < 1


@given(gewichtlijsten, totalen)
def test_grotere_gewicht_krijgt_nooit_minder(waarden, totaal):
    eenheden = als_eenheden(waarden)
    for methode in (Afronding.GROOTSTE_REST, Afronding.DHONDT, Afronding.SAINTE_LAGUE):
        uit = verdeel(totaal, eenheden, methode)
        for a in eenheden:
            for b in eenheden:
                if eenheden[a] > eenheden[b]:
                    assert uit[a] >= uit[b]


@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=15), totalen)
def test_ses_gewichten_met_score_nul_zijn_inwonersaandelen(inw, totaal):
    eenheden = als_eenheden(inw)
    ses = {k: gewicht(v, Fraction(0)) for k, v in eenheden.items()}
    assert quota(totaal, ses) == quota(totaal, eenheden)
    assert verdeel_grootste_rest(totaal, ses) == verdeel_grootste_rest(totaal, eenheden)


@pytest.mark.parametrize("methode", [Afronding.DHONDT, Afronding.SAINTE_LAGUE])
@given(waarden=gewichtlijsten, totaal=totalen)
def test_delermethoden_tellen_exact_op(methode, waarden, totaal):
    uit = verdeel(totaal, als_eenheden(waarden), methode)
    assert sum(uit.values()) == (totaal if any(waarden) else 0)
    assert all(v >= 0 for v in uit.values())


@given(waarden=gewichtlijsten, totaal=st.integers(min_value=0, max_value=300))
def test_delermethoden_gelijk_aan_zetel_voor_zetel(waarden, totaal):
    eenheden = als_eenheden(waarden)
    for methode, deler in ((Afronding.DHONDT, 1), (Afronding.SAINTE_LAGUE, 2)):
        zetels = dict.fromkeys(eenheden, 0)
        if any(waarden):
            for _ in range(totaal):
                beste = max(
                    (k for k in eenheden if eenheden[k] > 0),
                    key=lambda k: (
                        Fraction(eenheden[k], deler * zetels[k] + 1),
                        -list(eenheden).index(k),
                    ),
                )
                zetels[beste] += 1
        assert verdeel(totaal, eenheden, methode) == zetels
