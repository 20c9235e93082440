"""The puzzle solver: the legal rule against a hand-computed example, the optimiser's
promises as properties (hypothesis), and its lexicographic optimum against brute force."""

from fractions import Fraction
from itertools import product
from math import ceil, floor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regietafel.domain.puzzel_solver import (
    GemeenteInvoer,
    Opties,
    SolverFout,
    als_dict,
    los_op,
    los_op_alle,
    restverdeling_naar_rato,
)

G = GemeenteInvoer


def test_wettelijke_regel_volgt_handberekend_voorbeeld():
    # Task 100+80+60+40 = 280, offers 40+80+20+70 = 210: 70 short. Below their own number:
    # A (gap 60), C (gap 40); B is on it, D above. 70 pro rata: A 42, C 28 exactly.
    # With E (gap 5) too: 75 short, gaps 60/40/5 of 105: quota 42.857, 28.571, 3.571;
    # floors 42 + 28 + 3 = 73, the two largest remainders (.857 A, .571 C/E tie -> C first:
    # the larger gap) get one each: A 43, C 29, E 3.
    gemeenten = [
        G("A", "A", 100, 40),
        G("B", "B", 80, 80),
        G("C", "C", 60, 20),
        G("D", "D", 40, 70),
        G("E", "E", 10, 5),
    ]
    o = restverdeling_naar_rato(gemeenten)
    assert o.rest == 75
    assert {t.code: t.extra for t in o.toewijzingen} == {"A": 43, "B": 0, "C": 29, "D": 0, "E": 3}
    assert o.sluitend
    assert o.toewijzingen[0].quotum == Fraction(75 * 60, 105)
    assert "naar rato van het tekort" in o.toewijzingen[0].uitleg
    assert "boven het eigen indicatieve aantal" in o.toewijzingen[3].uitleg


def test_wettelijke_regel_geeft_bij_gelijke_rest_het_grotere_gat_voorrang_en_zegt_het():
    # Gaps 1 (Aa en Hunze) and 3 (Tynaarlo); Assen offers 2 above its number, so 2 short:
    # quota 0.5 and 1.5, an equal remainder: the larger gap, Tynaarlo, goes first although
    # Aa en Hunze comes first by name.
    gemeenten = [
        G("GM1680", "Aa en Hunze", 10, 9),
        G("GM1730", "Tynaarlo", 10, 7),
        G("GM0106", "Assen", 10, 12),
    ]
    o = restverdeling_naar_rato(gemeenten)
    per_naam = {t.naam: t for t in o.toewijzingen}
    assert o.rest == 2 and per_naam["Tynaarlo"].extra == 2 and per_naam["Aa en Hunze"].extra == 0
    assert (
        "gelijke rest met Aa en Hunze: het grotere gat ging voor, dus kreeg deze gemeente de "
        "plaats bij de afronding" in per_naam["Tynaarlo"].uitleg
    )
    assert (
        "gelijke rest met Tynaarlo: het grotere gat ging voor, dus ging de plaats bij de "
        "afronding naar Tynaarlo" in per_naam["Aa en Hunze"].uitleg
    )
    assert per_naam["Assen"].gelijkspel is None and "gelijke rest" not in per_naam["Assen"].uitleg
    assert (
        "Bij de afronding hadden Tynaarlo en Aa en Hunze een gelijke rest: de laatste plaats "
        "ging naar Tynaarlo (het grotere gat ging voor)." in o.uitleg
    )
    rijen = {g["naam"]: g for g in als_dict(o)["gemeenten"]}
    assert rijen["Aa en Hunze"]["gelijke_rest"] == {
        "kreeg": False,
        "met": [{"cbs_code": "GM1730", "naam": "Tynaarlo", "beslist_door": "quotum"}],
    }
    assert rijen["Assen"]["gelijke_rest"] is None


def test_wettelijke_regel_laat_bij_gelijke_rest_en_gelijk_gat_de_naam_beslissen():
    # 2 short (Meppel offers 1 above its number) over three equal gaps of 1: quota 2/3 each;
    # the two places go by name, case-insensitive: "assen" and Emmen before Tynaarlo.
    gemeenten = [G("GM1", "Tynaarlo", 5, 4), G("GM2", "assen", 5, 4), G("GM3", "Emmen", 5, 4),
                 G("GM4", "Meppel", 5, 6)]  # fmt: skip
    o = restverdeling_naar_rato(gemeenten)
    per_naam = {t.naam: t for t in o.toewijzingen}
    assert {n: t.extra for n, t in per_naam.items()} == {
        "Tynaarlo": 0,
        "assen": 1,
        "Emmen": 1,
        "Meppel": 0,
    }
    assert (
        "gelijke rest en gelijk gat met assen en Emmen: bij gelijk gat besliste de naam, dus "
        "gingen de plaatsen bij de afronding naar assen en Emmen" in per_naam["Tynaarlo"].uitleg
    )
    assert (
        "gelijke rest en gelijk gat met Tynaarlo: bij gelijk gat besliste de naam, dus kreeg "
        "deze gemeente de plaats bij de afronding" in per_naam["Emmen"].uitleg
    )
    assert "de laatste 2 plaatsen gingen naar assen en Emmen (bij gelijk gat besliste de naam)" in (
        o.uitleg
    )


def test_wettelijke_regel_noemt_geen_gelijke_rest_als_die_niets_besliste():
    # gaps 1 and 1 with 2 short: both get one; equal remainders, but nobody misses a place
    o = restverdeling_naar_rato([G("A", "A", 5, 4), G("B", "B", 5, 4)])
    assert [t.extra for t in o.toewijzingen] == [1, 1]
    assert all(t.gelijkspel is None and "gelijke rest" not in t.uitleg for t in o.toewijzingen)
    assert "gelijke rest" not in o.uitleg


def test_wettelijke_regel_waarschuwt_voor_maximum_en_eenheid():
    o = restverdeling_naar_rato([G("A", "A", 100, 50, maximum=10, eenheid=16), G("B", "B", 10, 20)])
    assert o.toewijzingen[0].extra == 40
    assert "meer dan het opgegeven maximum van 10" in o.toewijzingen[0].uitleg
    assert "geen veelvoud van de eenheid van 16" in o.toewijzingen[0].uitleg


def test_optimalisatie_houdt_zich_aan_maximum_en_noemt_het():
    rijen = [G("A", "A", 100, 52, maximum=40), G("B", "B", 100, 60), G("C", "C", 10, 0),
             G("D", "D", 100, 130)]  # fmt: skip
    o = los_op(rijen)
    a = o.toewijzingen[0]
    assert o.sluitend and o.geplaatst == 68
    assert 0 < a.extra <= 40
    assert "onder het eigen indicatieve aantal zit" in a.uitleg
    assert "maximaal 40 opgegeven" in a.uitleg


def test_al_gedekt_geeft_geen_extra_plaatsen():
    o = los_op([G("A", "A", 100, 40), G("B", "B", 100, 200)])
    assert o.al_gedekt and o.geplaatst == 0
    assert "al gedekt" in o.uitleg
    assert "al gedekt" in o.toewijzingen[0].uitleg


def test_niet_sluitend_zegt_wat_ontbreekt():
    o = los_op(
        [
            G("A", "A", 100, 40, maximum=10),
            G("B", "B", 100, 100),
            G("C", "C", 50, 0, vrijgesteld=True),
        ]
    )
    assert not o.sluitend
    assert o.ontbreekt == 100
    assert any("ontbreken nog 100" in r for r in o.ontbrekend)
    assert any("Vrijgesteld" in r and "C" in r for r in o.ontbrekend)
    assert any("ruimere regel" in r for r in o.ontbrekend)
    ruim = los_op(o_gemeenten := [G("A", "A", 100, 40, maximum=10), G("B", "B", 100, 100)],
                  Opties(alleen_onder_eigen_aantal=False))  # fmt: skip
    assert ruim.sluitend and {t.code: t.extra for t in ruim.toewijzingen} == {"A": 10, "B": 50}
    assert "ruimere regel" in ruim.toewijzingen[1].uitleg
    assert len(o_gemeenten) == 2


def test_eenheden_kunnen_het_eigen_aantal_overschrijden_met_een_hele_eenheid():
    o = los_op([G("A", "A", 13, 0, eenheid=50), G("B", "B", 100, 110)])
    assert o.toewijzingen[0].extra == 50 and o.geplaatst == 50 and o.sluitend
    assert "1 eenheid van 50" in o.toewijzingen[0].uitleg


def test_ongeldige_invoer_geeft_getypeerde_fout():
    with pytest.raises(SolverFout) as fout:
        los_op([G("A", "Assen", 10, -1)])
    assert (fout.value.code, fout.value.veld, fout.value.waarde) == ("negatief", "aanbod", -1)
    with pytest.raises(SolverFout, match="meer dan eens"):
        los_op([G("A", "A", 1, 0), G("A", "A", 1, 0)])
    with pytest.raises(SolverFout, match="eenheid"):
        los_op([G("A", "A", 1, 0, eenheid=0)])


# --------------------------------------------------------------------------------------
# Properties


@st.composite
def gemeenten(draw, max_n=8):
    n = draw(st.integers(1, max_n))
    rijen = []
    for i in range(n):
        opgave = draw(st.integers(0, 120))
        rijen.append(
            G(
                code=f"GM{i:04d}",
                naam=f"Gemeente {i}",
                opgave=opgave,
                aanbod=draw(st.integers(0, 160)),
                maximum=draw(st.none() | st.integers(0, 80)),
                eenheid=draw(st.none() | st.sampled_from([1, 5, 16, 20, 50])),
                vrijgesteld=draw(st.booleans()) if i % 4 == 3 else False,
            )
        )
    return rijen


OPTIES = st.builds(Opties, alleen_onder_eigen_aantal=st.booleans())
SNEL = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SNEL
@given(gemeenten(), OPTIES)
def test_optimalisatie_verlaagt_geen_aanbod_en_respecteert_maxima_en_eenheden(rijen, opties):
    o = los_op(rijen, opties)
    per_code = {g.code: g for g in rijen}
    for t in o.toewijzingen:
        g = per_code[t.code]
        assert t.extra >= 0 and t.totaal >= g.aanbod
        if g.maximum is not None:
            assert t.extra <= g.maximum
        assert t.extra % (g.eenheid or 1) == 0
        if g.vrijgesteld:
            assert t.extra == 0
        if opties.alleen_onder_eigen_aantal and g.aanbod >= g.opgave:
            assert t.extra == 0


@SNEL
@given(gemeenten(), OPTIES)
def test_optimalisatie_dekt_de_opgave_als_de_maxima_het_toelaten(rijen, opties):
    o = los_op(rijen, opties)
    ruimte = 0
    for g in rijen:
        u = g.eenheid or 1
        gat = max(0, g.opgave - g.aanbod)
        if g.vrijgesteld or (opties.alleen_onder_eigen_aantal and gat == 0):
            continue
        grens = g.maximum if g.maximum is not None else 10**6
        if opties.alleen_onder_eigen_aantal:
            grens = min(grens, ceil(gat / u) * u)
        ruimte += grens // u * u
    assert o.sluitend == (ruimte >= o.rest)
    if not o.sluitend:
        assert o.geplaatst == ruimte and o.ontbrekend
    else:
        # never more than needed: one unit less would not cover it
        assert o.geplaatst - o.rest < max([g.eenheid or 1 for g in rijen])


@SNEL
@given(gemeenten(), OPTIES, st.randoms(use_true_random=False))
def test_volgorde_van_gemeenten_maakt_niet_uit(rijen, opties, rnd):
    geschud = list(rijen)
    rnd.shuffle(geschud)
    assert los_op(rijen, opties) == los_op(geschud, opties)
    assert restverdeling_naar_rato(rijen) == restverdeling_naar_rato(geschud)


@SNEL
@given(gemeenten())
def test_wettelijke_regel_verdeelt_precies_de_rest_onder_het_eigen_aantal(rijen):
    o = restverdeling_naar_rato(rijen)
    kan = [g for g in rijen if not g.vrijgesteld and g.aanbod < g.opgave]
    assert o.geplaatst == (o.rest if kan else 0)
    for t in o.toewijzingen:
        assert abs(t.extra - t.quotum) < 1


@st.composite
def gemeenten_met_gelijke_gaten(draw):
    """Small gaps and a few (repeated, differently cased) names: ties are common."""
    n = draw(st.integers(2, 7))
    namen = st.sampled_from(["Assen", "assen", "Emmen", "Ede", "Tynaarlo"])
    return [
        G(f"GM{i:04d}", draw(namen), draw(st.integers(0, 6)), draw(st.integers(0, 4)))
        for i in range(n)
    ]


@settings(max_examples=300, deadline=None)  # fast; about one case in twenty ties on gaps
@given(gemeenten_met_gelijke_gaten(), st.randoms(use_true_random=False))
def test_wettelijke_regel_meldt_elke_gelijke_rest_die_een_plaats_besliste(rijen, rnd):
    o = restverdeling_naar_rato(rijen)
    t = o.toewijzingen
    for a in t:
        assert (a.gelijkspel is None) == ("gelijke rest" not in a.uitleg)
        for b in t:
            rest_a, rest_b = a.quotum - floor(a.quotum), b.quotum - floor(b.quotum)
            if a.extra > floor(a.quotum) and b.extra == floor(b.quotum) and b.quotum > 0:
                if rest_a == rest_b:
                    assert a.gelijkspel and a.gelijkspel.kreeg
                    assert b.gelijkspel and not b.gelijkspel.kreeg
                    assert a.quotum >= b.quotum
                    assert b.naam in a.uitleg and a.naam in b.uitleg
                else:
                    assert rest_a > rest_b
    assert ("gelijke rest" in o.uitleg) == any(a.gelijkspel for a in t)
    geschud = list(rijen)
    rnd.shuffle(geschud)
    assert restverdeling_naar_rato(geschud) == o


# --------------------------------------------------------------------------------------
# The lexicographic optimum, checked by brute force on small cases


def _ruimte(g, rest, opties):
    """Stage 0 of docs/solver.md for one row: its unit, its gap and the room it may get."""
    u = g.eenheid or 1
    gat = max(0, g.opgave - g.aanbod)
    if g.vrijgesteld or (opties.alleen_onder_eigen_aantal and gat == 0):
        return u, gat, 0
    grens = g.maximum if g.maximum is not None else ceil(rest / u) * u
    if opties.alleen_onder_eigen_aantal:
        grens = min(grens, ceil(gat / u) * u)
    return u, gat, grens // u * u


def _referentie(rijen, opties):
    """Enumerate every distribution: stage 0, 1 and 2 as docs/solver.md defines them."""
    rest = max(0, sum(g.opgave for g in rijen) - sum(g.aanbod for g in rijen))
    keuzes, info = [], []
    for g in rijen:
        u, gat, ruimte = _ruimte(g, rest, opties)
        keuzes.append(range(0, ruimte + 1, u))
        info.append((g, u, gat, ruimte))
    totalen = {sum(x) for x in product(*keuzes)}
    doel = min((s for s in totalen if s >= rest), default=max(totalen))

    def niveau(x):
        # smallest level (as a fraction) such that each row is at its cap or within it
        hoogste = Fraction(0)
        for (g, _u, gat, ruimte), xi in zip(info, x, strict=True):
            if ruimte and g.opgave and xi < ruimte:
                hoogste = max(hoogste, Fraction(max(0, gat - xi), g.opgave))
        return hoogste

    kandidaten = [
        (not g.vrijgesteld and (gat > 0 or not opties.alleen_onder_eigen_aantal))
        for (g, _u, gat, _r) in info
    ]
    gewichten = [gat if k else 0 for (_g, _u, gat, _r), k in zip(info, kandidaten, strict=True)]
    if sum(gewichten) == 0:
        gewichten = [g.opgave if k else 0 for (g, *_), k in zip(info, kandidaten, strict=True)]
    w = sum(gewichten)
    quota = [Fraction(doel * gw, w) if w else Fraction(0) for gw in gewichten]
    beste = min(
        (niveau(x), sum(abs(xi - q) for xi, q in zip(x, quota, strict=True)))
        for x in product(*keuzes)
        if sum(x) == doel
    )
    return doel, beste, niveau


@settings(max_examples=40, deadline=None)
@given(gemeenten(max_n=4), OPTIES)
def test_optimum_gelijk_aan_volledige_opsomming(rijen, opties):
    # keep the enumeration small
    rijen = [
        G(
            g.code,
            g.naam,
            g.opgave % 40,
            g.aanbod % 50,
            None if g.maximum is None else g.maximum % 30,
            20 if g.eenheid == 50 else g.eenheid,
            g.vrijgesteld,
        )
        for g in rijen
    ]
    o = los_op(rijen, opties)
    doel, (niveau, afwijking), niveau_van = _referentie(
        sorted(rijen, key=lambda g: (g.naam, g.code)), opties
    )
    assert o.geplaatst == doel
    x = tuple(t.extra for t in o.toewijzingen)
    assert (niveau_van(x), o.afwijking) == (niveau, afwijking), x


def test_meerdere_problemen_tegelijk_geven_hetzelfde_als_los():
    a = [G("A", "A", 100, 40), G("B", "B", 50, 0, eenheid=20), G("C", "C", 30, 90)]
    b = [G("D", "D", 70, 10, maximum=15), G("E", "E", 70, 20)]
    samen = los_op_alle([(a, Opties()), (b, Opties())])
    assert samen == [los_op(a), los_op(b)]


def test_landelijk_synthetisch_geval_houdt_zich_aan_alle_regels():
    from regietafel.data.synthetisch import synthetische_gegevens, synthetische_solverparameters
    from regietafel.domain.solver_invoer import Instellingen, los_op_cycli

    gegevens = synthetische_gegevens()
    inst = Instellingen.van_dict(synthetische_solverparameters(gegevens))
    delen = los_op_cycli(gegevens, inst)
    assert len(delen) == 48 and sum(len(d.optimalisatie.toewijzingen) for d in delen) == 4 * 342
    assert any(d.optimalisatie.rest for d in delen)
    for d in delen:
        o = d.optimalisatie
        inst_cat = {c: g.maximum.get(d.categorie) for c, g in inst.gemeenten.items()}
        eenheid = {c: g.eenheid.get(d.categorie) for c, g in inst.gemeenten.items()}
        for t in o.toewijzingen:
            assert t.extra >= 0
            if inst_cat.get(t.code) is not None:
                assert t.extra <= inst_cat[t.code]
            assert t.extra % (eenheid.get(t.code) or 1) == 0
        assert o.sluitend == (o.geplaatst >= o.rest)
        assert d.wettelijk.geplaatst == d.wettelijk.rest
