"""Status holders: the worked example of docs/oekraine-statushouders-capaciteit.md, the
carry-over of backlog and surplus, and the province's percentage.

The municipalities and figures here are EXAMPLE data, not Drenthe's."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.model import Afronding
from regietafel.domain.statushouders import (
    HalfjaarInvoer,
    Periode,
    PeriodeFout,
    bereken_halfjaren,
    lees_periode,
    procent,
    taakstelling_na_uitruil,
    taakstelling_per_gemeente,
)

INWONERS = {"NOORD": 91_000, "MIDDEN": 45_900, "ZUID": 27_450}
NL = 18_000_000
H1 = HalfjaarInvoer(
    periode=Periode(2025, 1),
    landelijk=10_000,
    landelijke_inwoners=NL,
    realisatie={"NOORD": 40, "MIDDEN": 30, "ZUID": 15},
)
H2 = HalfjaarInvoer(
    periode=Periode(2025, 2),
    landelijk=12_000,
    landelijke_inwoners=NL,
    realisatie={"NOORD": 80, "MIDDEN": 20, "ZUID": 16},
)
BEGIN = {"NOORD": 5, "ZUID": -2}


def _rij(h, code):
    g = next(g for g in h.gemeenten if g.cbs_code == code)
    return (g.taakstelling, g.achterstand_vooraf, g.te_realiseren, g.realisatie, g.saldo)


def test_taakstelling_naar_inwoners_half_naar_boven():
    # 10.000 x 91.000 / 18.000.000 = 50,56 -> 51; 25,5 -> 26; 15,25 -> 15
    assert taakstelling_per_gemeente(10_000, NL, INWONERS, Afronding.HALF_UP) == {
        "NOORD": 51, "MIDDEN": 26, "ZUID": 15,
    }  # fmt: skip


def test_achterstand_en_voorsprong_gaan_mee_naar_het_volgende_halfjaar():
    h1, h2 = bereken_halfjaren(INWONERS, [H2, H1], BEGIN)  # order of input does not matter
    assert _rij(h1, "NOORD") == (51, 5, 56, 40, 16)  # 16 behind
    assert _rij(h1, "MIDDEN") == (26, 0, 26, 30, -4)  # 4 ahead
    assert _rij(h1, "ZUID") == (15, -2, 13, 15, -2)
    assert _rij(h2, "NOORD") == (61, 16, 77, 80, -3)
    assert _rij(h2, "MIDDEN") == (31, -4, 27, 20, 7)
    assert _rij(h2, "ZUID") == (18, -2, 16, 16, 0)


def test_percentage_van_de_provincie_en_n_van_m_op_koers():
    h1, h2 = bereken_halfjaren(INWONERS, [H1, H2], BEGIN)
    assert (h1.realisatie, h1.te_realiseren) == (85, 95)
    assert procent(h1.aandeel) == 89 and (h1.op_koers, h1.aantal) == (2, 3)
    assert (h2.realisatie, h2.te_realiseren) == (116, 120)
    assert h2.aandeel == Fraction(29, 30) and procent(h2.aandeel) == 97
    assert (h2.op_koers, h2.aantal) == (2, 3)
    noord = next(g for g in h2.gemeenten if g.cbs_code == "NOORD")
    assert procent(noord.aandeel) == 104 and noord.op_koers


def test_vastgestelde_taakstelling_gaat_voor_en_onbekende_realisatie_breekt_de_keten():
    h1 = HalfjaarInvoer(
        periode=Periode(2025, 1),
        landelijk=None,
        landelijke_inwoners=None,
        realisatie={"NOORD": 10},
        vastgestelde_taakstelling={"NOORD": 12, "MIDDEN": 7},
    )
    h2 = HalfjaarInvoer(Periode(2025, 2), None, None, {"NOORD": 3, "MIDDEN": 1},
                        {"NOORD": 4, "MIDDEN": 4})  # fmt: skip
    r1, r2 = bereken_halfjaren(INWONERS, [h1, h2])
    assert _rij(r1, "NOORD") == (12, 0, 12, 10, 2)
    assert _rij(r1, "MIDDEN") == (7, 0, 7, None, None)
    assert _rij(r2, "NOORD") == (4, 2, 6, 3, 3)
    assert _rij(r2, "MIDDEN") == (4, None, None, 1, None)  # unknown, not silently zero
    assert r2.aantal == 1 and r1.taakstelling is None  # ZUID has no task


def test_een_gat_tussen_halfjaren_wordt_geweigerd():
    h3 = HalfjaarInvoer(Periode(2026, 2), 1, NL, {})
    with pytest.raises(PeriodeFout, match="Na 2025-1 volgt 2025-2, niet 2026-2"):
        bereken_halfjaren(INWONERS, [H1, h3])


@pytest.mark.parametrize(("tekst", "periode"), [("2025-2", Periode(2025, 2)),
                                                ("2026-H1", Periode(2026, 1))])  # fmt: skip
def test_periode_lezen(tekst, periode):
    assert lees_periode(tekst) == periode
    assert Periode(2025, 2).volgende() == Periode(2026, 1)


@pytest.mark.parametrize("tekst", ["2025-3", "2025", "H2 2025", ""])
def test_foute_periode_geeft_nederlandse_melding(tekst):
    with pytest.raises(PeriodeFout, match="halfjaar"):
        lees_periode(tekst)


def test_meer_gemeenten_dan_nederland_wordt_geweigerd():
    with pytest.raises(ValueError, match="landelijke inwoners"):
        taakstelling_per_gemeente(10, 100, {"A": 60, "B": 50}, Afronding.HALF_UP)


gemeenten = st.dictionaries(st.sampled_from("ABCDEFGH"), st.integers(0, 200_000), min_size=1)


@given(gemeenten, st.integers(0, 20_000), st.integers(0, 5_000_000))
def test_grootste_rest_wijkt_per_gemeente_minder_dan_een_af(inwoners, landelijk, rest):
    nl = sum(inwoners.values()) + rest
    if nl == 0:
        return
    uit = taakstelling_per_gemeente(landelijk, nl, inwoners, Afronding.GROOTSTE_REST)
    for code, inw in inwoners.items():
        assert abs(uit[code] - Fraction(landelijk * inw, nl)) < 1


@given(
    st.lists(st.tuples(st.integers(0, 100), st.integers(0, 100)), min_size=1, max_size=6),
    st.integers(-20, 20),
)
def test_eindsaldo_is_begin_plus_taken_min_realisatie(reeks, begin):
    invoer = [
        HalfjaarInvoer(Periode(2024 + i // 2, i % 2 + 1), None, None, {"A": real}, {"A": taak})
        for i, (taak, real) in enumerate(reeks)
    ]
    uit = bereken_halfjaren({"A": 1}, invoer, {"A": begin})
    laatste = uit[-1].gemeenten[0]
    assert laatste.saldo == begin + sum(t for t, _r in reeks) - sum(r for _t, r in reeks)


@given(st.integers(0, 10_000), st.integers(-1_000, 1_000))
def test_taak_na_uitruil_is_de_taak_plus_het_verschil_en_terug_te_rekenen(taak, verschil):
    na = taakstelling_na_uitruil(taak, verschil)
    assert na == taak + verschil and na - verschil == taak


@given(st.one_of(st.none(), st.integers(0, 10_000)), st.one_of(st.none(), st.integers(-99, 99)))
def test_taak_na_uitruil_is_onbekend_zonder_taak_of_zonder_uitruil(taak, verschil):
    assert (taakstelling_na_uitruil(taak, verschil) is None) == (taak is None or verschil is None)
