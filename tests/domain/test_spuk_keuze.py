"""The stable SPUK 1 / SPUK 3 choices found without enumeration, against brute force: every
subset tried with the definition (`Keuzespel.is_stabiel`, nobody gains by switching)."""

from itertools import combinations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regietafel.domain.spuk import bereken_spuk, keuzespel
from regietafel.domain.spuk_keuze import (
    Keuzespel,
    aantal_stabiele_keuzes,
    beste_stabiele_keuze,
    stabiele_keuzes,
)


def alle_stabiele(spel: Keuzespel) -> list[frozenset[str]]:
    """Brute force: every subset of the entitled, fewest first, then in listed order."""
    codes = spel.gerechtigden
    return [
        frozenset(deel)
        for n in range(len(codes) + 1)
        for deel in combinations(codes, n)
        if spel.is_stabiel(frozenset(deel))
    ]


@st.composite
def spellen(draw: st.DrawFn) -> Keuzespel:
    """Small games, often degenerate: equal SPUK 1 per place (many stable sets), weight 0,
    SPUK 1 of 0, an empty pot."""
    n = draw(st.integers(min_value=1, max_value=8))
    codes = [f"g{i}" for i in range(n)]
    gewicht = {k: draw(st.integers(min_value=0, max_value=30)) for k in codes}
    if draw(st.booleans()):
        per_plaats = draw(st.integers(min_value=1, max_value=6))
        spuk1 = {k: per_plaats * w + draw(st.sampled_from([0, 0, 1])) for k, w in gewicht.items()}
    else:
        spuk1 = {k: draw(st.sampled_from([0, draw(st.integers(1, 200))])) for k in codes}
    pot = draw(st.one_of(st.just(0), st.integers(min_value=1, max_value=600)))
    return Keuzespel(spuk1=spuk1, gewicht=gewicht, pot=pot)


@settings(max_examples=400, deadline=None)
@given(spel=spellen())
def test_stabiele_keuzes_zijn_precies_die_van_de_brute_kracht(spel):
    verwacht = alle_stabiele(spel)
    assert list(stabiele_keuzes(spel)) == verwacht
    assert aantal_stabiele_keuzes(spel) == len(verwacht)


@settings(max_examples=400, deadline=None)
@given(spel=spellen())
def test_voorstel_en_volgende_zijn_die_van_de_brute_kracht(spel):
    verwacht = alle_stabiele(spel)
    beste = beste_stabiele_keuze(spel)
    if not verwacht:
        assert beste is None
        return
    totalen = [spel.opbrengst(s) for s in verwacht]
    # the highest total; on a tie the first listed (fewest takers, then listed order)
    i = max(range(len(verwacht)), key=lambda i: totalen[i])
    assert (beste.spuk1_gemeenten, beste.totaal) == (verwacht[i], totalen[i])
    anderen = totalen[:i] + totalen[i + 1 :]
    assert beste.volgende == (max(anderen) if anderen else None)


# `bouw` and `loc` are stateless builders: sharing them between examples is safe.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rijen=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=60),  # durable regular places
            st.integers(min_value=0, max_value=40),  # indicative number
            st.integers(min_value=0, max_value=20),  # other listed places
        ),
        min_size=1,
        max_size=7,
    ),
    pot=st.integers(min_value=0, max_value=400_000),
)
def test_kleine_provincies_geven_de_keuzes_van_de_brute_kracht(bouw, loc, rijen, pot):
    """A random small province through `bereken_spuk`: the listed sets, their count, the
    proposal and what it is paid agree with trying every subset."""
    codes = [f"G{i}" for i in range(len(rijen))]
    locaties = [loc(c, d) for c, (d, _, _) in zip(codes, rijen, strict=True) if d]
    locaties += [
        loc(c, n, van=None) for c, (_, _, n) in zip(codes, rijen, strict=True) if n
    ]  # no start date: listed, in the pot key, not durable
    gemeenten = [(c, a, 0) for c, (_, a, _) in zip(codes, rijen, strict=True)]
    # every listed place is filled, so whether the pot is paid depends on the task only
    gegevens = bouw(gemeenten, locaties, pot=pot)
    u = bereken_spuk(gegevens)
    spel = keuzespel(gegevens)
    verwacht = alle_stabiele(spel)
    assert [frozenset(k.spuk1_gemeenten) for k in u.stabiele_keuzes] == verwacht
    assert u.aantal_stabiele_keuzes == len(verwacht) and u.volledig_opgesomd
    if verwacht:
        totalen = [spel.opbrengst(s) for s in verwacht]
        i = max(range(len(verwacht)), key=lambda i: totalen[i])
        assert frozenset(u.voorstel.spuk1_gemeenten) == verwacht[i]
        assert (
            u.voorstel.totaal
            == totalen[i]
            == sum((g.spuk1 or 0) + (g.spuk3 or 0) for g in u.gemeenten)
        )
    else:
        assert frozenset(u.voorstel.spuk1_gemeenten) == frozenset(spel.gerechtigden)
        assert "geen stabiele keuze" in u.reden


def test_zestien_gelijke_gerechtigden_geven_alle_12870_keuzes_zonder_ze_te_proberen():
    # 16 municipalities, 10 places, SPUK 1 € 100 each, pot € 800: with k in the pot each
    # gets 800 / k; 8 in the pot is 100 each (stay), a taker joining would get 800/9 < 100.
    # With 7 in the pot a taker joining gets exactly 100: 9 takers is stable too.
    spel = Keuzespel(spuk1={f"g{i:02}": 100 for i in range(16)}, gewicht={
        f"g{i:02}": 10 for i in range(16)}, pot=800)  # fmt: skip
    assert aantal_stabiele_keuzes(spel) == 12_870 + 11_440  # C(16, 8) + C(16, 9)
    eerste = next(stabiele_keuzes(spel))
    assert eerste == frozenset(f"g{i:02}" for i in range(8))
    beste = beste_stabiele_keuze(spel)
    assert beste.spuk1_gemeenten == frozenset(f"g{i:02}" for i in range(9))
    assert (beste.totaal, beste.volgende) == (1700, 1700)


def test_zonder_pot_neemt_iedereen_met_recht_spuk1():
    spel = Keuzespel(spuk1={"a": 5, "b": 0, "c": 7}, gewicht={"a": 3, "b": 4, "c": 0}, pot=0)
    assert list(stabiele_keuzes(spel)) == [frozenset({"a", "c"})]


def test_lege_pot_bij_nul_plaatsen_is_stabiel_als_iedereen_spuk1_neemt():
    # Every place belongs to a taker: the pot has no weight left, nobody is in it.
    spel = Keuzespel(spuk1={"a": 5, "b": 9}, gewicht={"a": 3, "b": 4}, pot=20)
    assert list(stabiele_keuzes(spel)) == alle_stabiele(spel)
