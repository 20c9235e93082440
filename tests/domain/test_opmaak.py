"""The one formatter module: one rounding rule (half up, exact) whatever type a figure comes
in, numbers that read back, and the balance's sign and class from one rule. No database."""

from datetime import date
from decimal import Decimal
from fractions import Fraction
from math import floor

from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain import opmaak

breuken = st.fractions(min_value=0, max_value=20, max_denominator=10_000)


def _oude_solvertekst(q: Fraction) -> str:
    """How the solver wrote a figure with one decimal before opmaak (the CLI's rule)."""
    tiende = floor(q * 10 + Fraction(1, 2))
    heel = opmaak.getal(tiende // 10)
    return heel if tiende % 10 == 0 else f"{heel},{tiende % 10}"


def test_twaalf_en_een_kwart_procent_leest_overal_12_3():
    # The case of issue 20: f"{x:.1f}" rounds 12.25 half to even (12,2), the solver's
    # Fraction rounds it half up (12,3). Now every type gives the same text.
    assert f"{0.1225 * 100:.1f}" == "12.2"
    assert f"{49 * 100 / 400:.1f}" == "12.2"
    teksten = {
        opmaak.procent(Fraction(49, 400)),
        opmaak.procent(Decimal("0.1225")),
        opmaak.procent(0.1225),
    }
    assert teksten == {"12,3%"}


@given(st.integers(min_value=0, max_value=10**7))
def test_procent_van_de_pagina_is_die_van_het_verslag(k):
    # The solver page gets the figure as a float rounded to 6 decimals (its JSON), the
    # report and the solver's explanation as the exact Fraction: the same text.
    exact = Fraction(k, 10**6)
    als_json = round(float(exact), 6)
    assert opmaak.procent(als_json) == opmaak.procent(exact) == opmaak.procent(Decimal(k) / 10**6)


@given(breuken)
def test_procent_rondt_half_naar_boven(q):
    tekst = opmaak.procent(q).removesuffix("%")
    verwacht = Decimal(floor(q * 1000 + Fraction(1, 2))) / 10  # tenths of a percent, half up
    assert Decimal(tekst.replace(".", "").replace(",", ".")) == verwacht


@given(breuken)
def test_een_decimaal_zoals_de_solver_het_al_schreef(q):
    assert opmaak.decimaal(q) == _oude_solvertekst(q)
    assert opmaak.procent(q) == f"{_oude_solvertekst(q * 100)}%"


@given(breuken)
def test_hele_procenten_zoals_voorheen(q):
    assert opmaak.procent(q, 0) == f"{opmaak.getal(floor(q * 100 + Fraction(1, 2)))}%"


@given(st.integers())
def test_getal_leest_terug(n):
    tekst = opmaak.getal(n)
    assert int(tekst.replace(".", "")) == n
    assert all(len(groep) == 3 for groep in tekst.lstrip("-").split(".")[1:])


@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_saldo_en_klasse_volgen_een_regel(n):
    tekst, klasse = opmaak.saldo(n), opmaak.saldo_klasse(n)
    teken = {1: "+", -1: "\u2212", 0: ""}[(n > 0) - (n < 0)]
    assert tekst == f"{teken}{opmaak.getal(abs(n))}"
    assert (
        klasse == {"+": "saldo--overschot", "\u2212": "saldo--tekort", "": "saldo--sluitend"}[teken]
    )


def test_onbekend_en_voorbeelden():
    assert (opmaak.getal(None), opmaak.bedrag(None), opmaak.procent(None)) == (
        (opmaak.NOG_NIET_BEKEND,) * 3
    )
    assert (opmaak.saldo(None), opmaak.saldo_klasse(None)) == ("", "")
    assert opmaak.getal(3814) == "3.814" and opmaak.bedrag(1_234_567) == "€ 1.234.567"
    assert opmaak.datum(date(2026, 12, 1)) == "1-12-2026"
    assert opmaak.datum_lang(date(2026, 12, 1)) == "1 december 2026"
    assert opmaak.procent(Fraction(3, 4)) == "75%" and opmaak.procent(Fraction(1, 8)) == "12,5%"
    assert opmaak.decimaal(Decimal("5722.04")) == "5.722"
    assert opmaak.afgerond(Fraction(-5, 2)) == opmaak.afgerond(Decimal("-2.5")) == -3
    assert opmaak.decimaal(-0.04) == "0"
