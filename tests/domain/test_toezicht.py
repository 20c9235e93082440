"""The supervision ladder: the run of half years below target, the step it implies, and
the ladder's own validation. The municipalities and figures are EXAMPLE data."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.statushouders import HalfjaarInvoer, Periode, bereken_halfjaren
from regietafel.domain.toezicht import (
    LadderFout,
    Oordeel,
    Toezichtladder,
    Toezichtstap,
    lees_ladder,
    reeksstand,
    toezicht_per_gemeente,
)

oordelen = st.lists(st.sampled_from(list(Oordeel)), max_size=20)


@given(oordelen)
def test_telling_is_nooit_meer_dan_het_aantal_halfjaren_onder(reeks):
    stand = reeksstand(reeks)
    assert 0 <= stand.onder <= reeks.count(Oordeel.ONDER) <= len(reeks)
    assert stand.onder + stand.onbekend <= len(reeks)


@given(oordelen)
def test_halfjaar_op_koers_zet_de_telling_op_nul(reeks):
    assert reeksstand([*reeks, Oordeel.OP_KOERS]).onder == 0


@given(oordelen)
def test_halfjaar_onder_telt_een_op(reeks):
    assert reeksstand([*reeks, Oordeel.ONDER]).onder == reeksstand(reeks).onder + 1


@given(oordelen)
def test_onbekend_halfjaar_telt_niet_en_zet_niet_terug(reeks):
    voor, na = reeksstand(reeks), reeksstand([*reeks, Oordeel.ONBEKEND])
    assert na.onder == voor.onder
    assert na.onbekend == voor.onbekend + 1


def test_telling_loopt_terug_tot_het_laatste_halfjaar_op_koers():
    o, k, b = Oordeel.ONDER, Oordeel.OP_KOERS, Oordeel.ONBEKEND
    assert reeksstand([o, o, k, o, b, o]) == reeksstand([o, b, o])
    assert reeksstand([o, o, k, o, b, o]).onder == 2
    assert reeksstand([o, o, k, o, b, o]).onbekend == 1


drempels = st.lists(st.integers(1, 30), min_size=1, max_size=8, unique=True).map(sorted)


@st.composite
def ladders(draw):
    return Toezichtladder(
        tuple(Toezichtstap(f"Stap {i}", "", d) for i, d in enumerate(draw(drempels), 1))
    )


@given(ladders(), st.integers(0, 40), st.integers(0, 40))
def test_stap_stijgt_mee_met_de_telling(ladder, a, b):
    laag, hoog = sorted((a, b))
    assert ladder.niveau(ladder.stap(laag)) <= ladder.niveau(ladder.stap(hoog))


@given(ladders(), st.integers(0, 40))
def test_stap_is_de_zwaarste_die_de_telling_bereikt(ladder, aantal):
    stap = ladder.stap(aantal)
    if stap is None:
        assert aantal < ladder.stappen[0].drempel
    else:
        assert stap.drempel <= aantal
        volgende = ladder.volgende(aantal)
        assert volgende is None or volgende.drempel > aantal


def test_standaardladder_van_signaal_tot_indeplaatsstelling():
    ladder = Toezichtladder()
    assert [s.drempel for s in ladder.stappen] == [1, 2, 3, 4]
    assert ladder.stap(0) is None
    assert ladder.stap(1).naam == "Signaal"
    assert ladder.stap(3).naam == "Formele aanwijzing / instructie"
    assert ladder.stap(9).naam == "Indeplaatsstelling"
    assert ladder.volgende(9) is None


@pytest.mark.parametrize(
    ("rijen", "melding"),
    [
        ([], "De ladder heeft minstens één stap nodig."),
        ([("", "", "")], "De ladder heeft minstens één stap nodig."),
        ([("Signaal", "", "0")], "Stap 1: het aantal halfjaren '0' is geen positief heel"),
        ([("Signaal", "", "-1")], "Stap 1: het aantal halfjaren '-1' is geen positief heel"),
        ([("Signaal", "", "twee")], "Stap 1: het aantal halfjaren 'twee' is geen positief"),
        ([("Signaal", "", "1,5")], "Stap 1: het aantal halfjaren '1,5' is geen positief"),
        ([("", "uitleg", "1")], "Stap 1: vul de naam in."),
        ([("A", "", "2"), ("B", "", "2")], "Stap 2: het aantal halfjaren (2) moet hoger"),
        ([("A", "", "3"), ("B", "", "1")], "Stap 2: het aantal halfjaren (1) moet hoger"),
        ([("A", "", "1"), ("a ", "", "2")], "Stap 2: de naam 'a' komt al eerder voor."),
    ],
)
def test_foute_ladder_geeft_nederlandse_melding(rijen, melding):
    with pytest.raises(LadderFout) as fout:
        lees_ladder(rijen)
    assert str(fout.value).startswith(melding)


def test_lege_rijen_tussen_stappen_worden_overgeslagen():
    ladder = lees_ladder([("Signaal", "", "1"), ("", "", ""), (" Overleg ", " x ", " 3 ")])
    assert ladder.stappen == (Toezichtstap("Signaal", "", 1), Toezichtstap("Overleg", "x", 3))


def _halfjaar(periode, realisatie, taak):
    return HalfjaarInvoer(
        periode=periode,
        landelijk=None,
        landelijke_inwoners=None,
        realisatie=realisatie,
        vastgestelde_taakstelling=taak,
    )


def test_achterstand_telt_mee_en_historie_toont_elk_halfjaar():
    # NOORD houdt 10 per halfjaar tegen een taak van 10, maar begint met 5 achterstand:
    # altijd onder wat te realiseren was. ZUID haalt in 2025-2 zijn taak plus achterstand.
    p = [Periode(2024, 2), Periode(2025, 1), Periode(2025, 2)]
    taak = {"NOORD": 10, "ZUID": 10}
    reeks = bereken_halfjaren(
        {"NOORD": 1, "ZUID": 1},
        [
            _halfjaar(p[0], {"NOORD": 10, "ZUID": 5}, taak),
            _halfjaar(p[1], {"NOORD": 10, "ZUID": 8}, taak),
            _halfjaar(p[2], {"NOORD": 10, "ZUID": 30}, taak),
        ],
        {"NOORD": 5},
    )
    noord, zuid = toezicht_per_gemeente(reeks, Toezichtladder())
    assert noord.onder_op_rij == 3
    assert noord.stap.naam == "Formele aanwijzing / instructie"
    assert noord.volgende.naam == "Indeplaatsstelling"
    assert [h.te_realiseren for h in noord.historie] == [15, 15, 15]
    assert [h.onder_op_rij for h in zuid.historie] == [1, 2, 0]
    assert zuid.historie[-1].oordeel is Oordeel.OP_KOERS
    assert zuid.stap is None


def test_onbekende_realisatie_telt_niet_mee():
    p1, p2 = Periode(2025, 1), Periode(2025, 2)
    reeks = bereken_halfjaren(
        {"NOORD": 1},
        [_halfjaar(p1, {"NOORD": 2}, {"NOORD": 10}), _halfjaar(p2, {}, {"NOORD": 10})],
    )
    (noord,) = toezicht_per_gemeente(reeks, Toezichtladder())
    assert [h.oordeel for h in noord.historie] == [Oordeel.ONDER, Oordeel.ONBEKEND]
    assert (noord.onder_op_rij, noord.onbekend) == (1, 1)
    assert noord.stap.naam == "Signaal"
