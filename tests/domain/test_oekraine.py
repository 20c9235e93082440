"""Ukraine: the target per municipality with a chosen rounding, and the wind-down per
quarter after temporary protection ends. The GOO locations here are EXAMPLE data."""

from datetime import date
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from regietafel.data import lees_dataset
from regietafel.domain.model import Afronding
from regietafel.domain.oekraine import (
    EINDE_TIJDELIJKE_BESCHERMING,
    GooLocatie,
    aandeel_van_opgave,
    afbouw_per_kwartaal,
    einddatum,
    kwartaal,
    na_einde_bescherming,
    oekraine_opgave_per_gemeente,
)

DRENTHE = lees_dataset()
INWONERS = {g.cbs_code: g.inwoners for g in DRENTHE.gemeenten}


def test_opgave_half_naar_boven_telt_op_tot_5720_en_grootste_rest_tot_5722():
    half = oekraine_opgave_per_gemeente(5722, INWONERS, Afronding.HALF_UP)
    rest = oekraine_opgave_per_gemeente(5722, INWONERS, Afronding.GROOTSTE_REST)
    assert sum(half.values()) == 5720 and sum(rest.values()) == 5722
    assert (half["GM1681"], rest["GM1681"]) == (295, 296)  # Borger-Odoorn
    assert (half["GM1690"], rest["GM1690"]) == (280, 281)  # De Wolden
    assert half["GM0114"] == 1240  # Emmen, as in the report


LOCATIES = [
    GooLocatie("A", "Hotel", 80, geplande_einde=date(2026, 12, 31), transformeerbaar=False),
    GooLocatie("A", "Kantoor", 40, transformeerbaar=True),  # ends with the protection
    GooLocatie("B", "School", 25),  # unknown end, unknown transformation
    GooLocatie("B", "Flat", 60, geplande_einde=date(2028, 6, 1), transformeerbaar=True),
]


def test_einde_tijdelijke_bescherming_is_4_maart_2027_en_een_parameter():
    assert date(2027, 3, 4) == EINDE_TIJDELIJKE_BESCHERMING
    assert einddatum(LOCATIES[1]) == date(2027, 3, 4)
    assert einddatum(LOCATIES[1], date(2028, 3, 4)) == date(2028, 3, 4)
    assert kwartaal(date(2027, 3, 4)) == (2027, 1)


def test_afbouw_en_omzetting_per_kwartaal():
    uit = {k.label: (k.eindigt, k.omgezet, k.onbekend) for k in afbouw_per_kwartaal(LOCATIES)}
    assert uit == {"2026-K4": (80, 0, 0), "2027-K1": (0, 40, 25), "2028-K2": (0, 60, 0)}
    later = afbouw_per_kwartaal(LOCATIES, date(2027, 9, 30))
    assert [k.label for k in later] == ["2026-K4", "2027-K3", "2028-K2"]
    assert [loc.naam for loc in na_einde_bescherming(LOCATIES)] == ["Flat"]


@given(st.integers(0, 100_000), st.integers(1, 100_000))
def test_aandeel_is_realisatie_gedeeld_door_opgave_en_1_op_koers(realisatie, opgave):
    a = aandeel_van_opgave(realisatie, opgave)
    assert a == Fraction(realisatie, opgave) and (a >= 1) == (realisatie >= opgave)


@given(st.one_of(st.none(), st.integers(0, 1000)))
def test_aandeel_is_onbekend_zonder_opgave_of_zonder_realisatie(realisatie):
    assert aandeel_van_opgave(realisatie, 0) is None
    assert aandeel_van_opgave(None, 10) is None
