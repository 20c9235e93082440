"""Which reminder is due, months ahead, and who an action's owner names."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.berichten import (
    Herinnering,
    genoemde,
    horizon_dagen,
    noemt,
    plus_maanden,
    verschuldigde_herinnering,
)

TERMIJN = date(2026, 4, 1)


@pytest.mark.parametrize(
    ("vandaag", "verwacht"),
    [
        (date(2026, 3, 24), None),  # eight days before: too early
        (date(2026, 3, 25), Herinnering.VOORAF),  # seven days before
        (date(2026, 3, 31), Herinnering.VOORAF),  # the last day to answer in time
        (date(2026, 4, 1), Herinnering.TE_LAAT),  # received on the deadline is late
        (date(2026, 6, 1), Herinnering.TE_LAAT),
    ],
)
def test_herinnering_zeven_dagen_voor_de_termijn_en_daarna_te_laat(vandaag, verwacht):
    assert verschuldigde_herinnering(TERMIJN, vandaag, 7, beantwoord=False) is verwacht


def test_wie_heeft_geantwoord_krijgt_geen_herinnering():
    assert verschuldigde_herinnering(TERMIJN, date(2026, 3, 30), 7, beantwoord=True) is None
    assert verschuldigde_herinnering(TERMIJN, date(2026, 5, 1), 7, beantwoord=True) is None


def test_negatieve_dagen_zijn_een_fout():
    with pytest.raises(ValueError):
        verschuldigde_herinnering(TERMIJN, TERMIJN, -1, beantwoord=False)


dagen = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@given(termijn=dagen, vandaag=dagen, vooraf=st.integers(0, 60))
def test_een_herinnering_valt_alleen_in_haar_venster(termijn, vandaag, vooraf):
    h = verschuldigde_herinnering(termijn, vandaag, vooraf, beantwoord=False)
    if h is Herinnering.TE_LAAT:
        assert vandaag >= termijn
    elif h is Herinnering.VOORAF:
        assert termijn - timedelta(days=vooraf) <= vandaag < termijn
    else:
        assert vandaag < termijn - timedelta(days=vooraf)


@pytest.mark.parametrize(
    ("dag", "maanden", "verwacht"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 12, 1), 1, date(2027, 1, 1)),
        (date(2026, 5, 15), 12, date(2027, 5, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
    ],
)
def test_plus_maanden(dag, maanden, verwacht):
    assert plus_maanden(dag, maanden) == verwacht


@given(dag=dagen, maanden=st.integers(0, 240))
def test_plus_maanden_komt_in_de_goede_maand_en_nooit_voorbij_de_dag(dag, maanden):
    uit = plus_maanden(dag, maanden)
    assert (uit.year * 12 + uit.month) - (dag.year * 12 + dag.month) == maanden
    assert uit.day <= dag.day
    assert horizon_dagen(dag, maanden) == (uit - dag).days >= 0


def test_twaalf_maanden_horizon_is_een_jaar():
    assert horizon_dagen(date(2026, 12, 1), 12) == 365
    assert horizon_dagen(date(2027, 12, 1), 12) == 366  # over 29 February 2028


@pytest.mark.parametrize(
    ("eigenaar", "naam", "verwacht"),
    [
        ("Gemeente Assen", "Assen", True),
        ("assen en Tynaarlo", "Assen", True),
        ("Tynaarlo, Assen", "Tynaarlo", True),
        ("Gemeente Midden-Drenthe", "Drenthe", False),  # part of another name
        ("Aa en Hunze", "Hunze", True),
        ("Asserwijk", "Assen", False),
        ("COA", "Assen", False),
        ("Gemeente Assen", "", False),
    ],
)
def test_noemt_een_organisatie_als_heel_woord(eigenaar, naam, verwacht):
    assert noemt(eigenaar, naam) is verwacht


def test_genoemde_houdt_de_volgorde_van_de_namen():
    namen = ["Assen", "Emmen", "Tynaarlo"]
    assert genoemde(["COA", "gemeente Tynaarlo", "Gemeente Assen"], namen) == ("Assen", "Tynaarlo")
