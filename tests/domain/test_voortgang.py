"""Progress in named steps (domain.voortgang): whatever the parts report, the percentage
only rises, stays below 100 until the job is done, and each part stays in its band."""

from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.voortgang import Voortgang, totaal_van_delen

fracties = st.lists(st.floats(min_value=-1, max_value=2, allow_nan=False), max_size=30)


def _voortgang():
    gemeld = []
    return Voortgang(lambda p, s: gemeld.append((p, s))), gemeld


@given(fracties, fracties)
def test_de_voortgang_stijgt_en_blijft_onder_100_tot_klaar(eerste, tweede):
    v, gemeld = _voortgang()
    a, b = v.deel(0, 40, "Drenthe"), v.deel(40, 100, "Groningen")
    for f in eerste:
        a.meld(f, "stap")
    for f in tweede:
        b.meld(f, "stap")
    v.klaar()
    procenten = [p for p, _ in gemeld]
    assert procenten == sorted(procenten)
    assert all(0 <= p <= 99 for p in procenten[:-1]) and gemeld[-1] == (100, "Klaar")
    assert all(p <= 40 for p, s in gemeld if s.startswith("Drenthe"))
    assert all(p >= 40 for p, s in gemeld if s.startswith("Groningen"))


@given(st.floats(min_value=0, max_value=1), st.floats(min_value=0, max_value=1))
def test_een_deel_van_een_deel_ligt_binnen_beide(van, tot):
    v, gemeld = _voortgang()
    binnen = v.deel(20, 60, "Drenthe").deel(min(van, tot), max(van, tot), "PDF")
    binnen.meld(0.5, "pagina 3 opmaken")
    ((procent, stap),) = gemeld
    assert 20 <= procent <= 60 and stap == "Drenthe: PDF: pagina 3 opmaken"


def test_dezelfde_stap_op_hetzelfde_percentage_wordt_een_keer_gemeld():
    v, gemeld = _voortgang()
    v.meld(10, "a")
    v.meld(10, "a")
    v.meld(5, "b")  # lower: stays at 10, with the new step
    assert gemeld == [(10, "a"), (10, "b")]


@given(st.lists(st.integers(min_value=0, max_value=100), min_size=1, max_size=20))
def test_delen_naast_elkaar_zijn_pas_klaar_na_het_samenstellen(delen):
    totaal = totaal_van_delen(delen)
    assert 0 <= totaal <= 95
    assert totaal_van_delen([100] * len(delen)) == 95
    hoger = [min(100, d + 10) for d in delen]
    assert totaal_van_delen(hoger) >= totaal
