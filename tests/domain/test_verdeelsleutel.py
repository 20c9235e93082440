from fractions import Fraction
from math import ceil, floor

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.model import Afronding, Categorie
from regietafel.domain.verdeelsleutel import (
    Beslissing,
    Gelijkspel,
    amv_aantal,
    gewicht,
    grootste_rest,
    indicatief_aantal,
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
    assert (v.som_berekend, v.som_gepubliceerd, v.totaal) == (5722, 5720, 5722)
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


def test_gelijke_stand_gaat_bij_delermethoden_naar_de_eerst_genoemde():
    for methode in (Afronding.DHONDT, Afronding.SAINTE_LAGUE):
        assert verdeel(1, {"b": 1, "a": 1}, methode) == {"b": 1, "a": 0}


def test_gelijke_rest_zonder_namen_gaat_naar_de_eerste_sleutel_niet_de_eerst_genoemde():
    assert verdeel(1, {"b": 1, "a": 1}, Afronding.GROOTSTE_REST) == {"b": 0, "a": 1}


def test_gelijke_rest_gaat_naar_het_grotere_quotum():
    # 10 over weights 1 and 3: quota 2.5 and 7.5, an equal remainder of 1/2; the larger
    # quota (z, listed last and last by key) gets the last unit.
    r = grootste_rest(10, {"a": 1, "z": 3})
    assert r.aantallen == {"a": 2, "z": 8}
    assert r.gelijkspellen == {
        "z": Gelijkspel(True, (("a", Beslissing.QUOTUM),)),
        "a": Gelijkspel(False, (("z", Beslissing.QUOTUM),)),
    }


def test_gelijke_rest_en_gelijk_quotum_beslist_de_naam_zonder_hoofdletters():
    # Keys in the opposite order of the names: the name decides, case-insensitive.
    namen = {"GM1": "Tynaarlo", "GM2": "assen", "GM3": "Emmen"}
    r = grootste_rest(2, {"GM1": 1, "GM2": 1, "GM3": 1}, namen)
    assert r.aantallen == {"GM1": 0, "GM2": 1, "GM3": 1}
    assert r.gelijkspellen["GM1"] == Gelijkspel(
        False, (("GM2", Beslissing.NAAM), ("GM3", Beslissing.NAAM))
    )
    assert r.gelijkspellen["GM2"] == Gelijkspel(True, (("GM1", Beslissing.NAAM),))


def test_gelijke_naam_laat_de_sleutel_beslissen():
    r = grootste_rest(1, {"b": 1, "a": 1}, {"a": "Assen", "b": "ASSEN"})
    # equal when case is ignored; then as written ("ASSEN" < "Assen")
    assert r.aantallen == {"b": 1, "a": 0}
    assert r.gelijkspellen["b"] == Gelijkspel(True, (("a", Beslissing.NAAM),))
    r = grootste_rest(1, {"b": 1, "a": 1}, {"a": "Assen", "b": "Assen"})
    assert r.aantallen == {"b": 0, "a": 1}
    assert r.gelijkspellen["a"] == Gelijkspel(True, (("b", Beslissing.SLEUTEL),))


def test_geen_gelijkspel_als_een_groep_met_gelijke_rest_helemaal_wel_of_niet_krijgt():
    # 4 over weights 3, 3, 5, 5: quota 0.75, 0.75, 1.25, 1.25; floors 0 0 1 1, two over:
    # a and b (remainder 3/4) both get one, c and d (1/4) both miss: no tie decided.
    r = grootste_rest(4, {"a": 3, "b": 3, "c": 5, "d": 5})
    assert r.aantallen == {"a": 1, "b": 1, "c": 1, "d": 1}
    assert r.gelijkspellen == {}


def test_gelijke_rest_in_de_grote_groep_meldt_alleen_die_aan_de_grens():
    # 5 over weights 1, 1, 1, 1, 6 (sum 10): quota 0.5 x4 and 3; four units tie at 1/2 and
    # two go out: a and b (by key) get one, c and d miss; e has no remainder.
    r = grootste_rest(5, {"e": 6, "d": 1, "c": 1, "b": 1, "a": 1})
    assert r.aantallen == {"e": 3, "d": 0, "c": 0, "b": 1, "a": 1}
    assert set(r.gelijkspellen) == {"a", "b", "c", "d"}
    assert r.gelijkspellen["a"].kreeg and not r.gelijkspellen["d"].kreeg
    assert [k for k, _ in r.gelijkspellen["d"].tegen] == ["a", "b"]


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
    assert indicatief_aantal(100, Fraction(30), Fraction(1000)) == 3
    assert indicatief_aantal(100, Fraction(20), Fraction(1000)) == 2


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


# Largest remainder with names: small weights and few names make ties common.
_naam = st.sampled_from(["Assen", "assen", "Emmen", "Ede"])
eenheden_met_namen = st.lists(
    st.tuples(st.integers(min_value=0, max_value=6), _naam), min_size=1, max_size=9
).map(
    lambda rijen: (
        {f"k{i}": w for i, (w, _) in enumerate(rijen)},
        {f"k{i}": n for i, (_, n) in enumerate(rijen)},
    )
)


@given(eenheden_met_namen, st.integers(min_value=0, max_value=40))
def test_grootste_rest_met_namen_telt_exact_op_met_vloer_of_plafond(eenheden, totaal):
    gewichten, namen = eenheden
    r = grootste_rest(totaal, gewichten, namen)
    assert sum(r.aantallen.values()) == (totaal if any(gewichten.values()) else 0)
    assert list(r.aantallen) == list(gewichten)
    for k, q in quota(totaal, gewichten).items():
        assert floor(q) <= r.aantallen[k] <= ceil(q)


@given(
    eenheden_met_namen, st.integers(min_value=0, max_value=40), st.randoms(use_true_random=False)
)
def test_grootste_rest_hangt_niet_af_van_de_volgorde(eenheden, totaal, rnd):
    gewichten, namen = eenheden
    sleutels = list(gewichten)
    rnd.shuffle(sleutels)
    geschud = {k: gewichten[k] for k in sleutels}
    a, b = grootste_rest(totaal, gewichten, namen), grootste_rest(totaal, geschud, namen)
    assert dict(a.aantallen) == dict(b.aantallen)
    assert dict(a.gelijkspellen) == dict(b.gelijkspellen)


@given(eenheden_met_namen, st.integers(min_value=0, max_value=40))
def test_elk_besliste_gelijkspel_wordt_gemeld_met_wat_besliste(eenheden, totaal):
    gewichten, namen = eenheden
    r = grootste_rest(totaal, gewichten, namen)
    q = r.quota
    kreeg = [k for k in gewichten if r.aantallen[k] > floor(q[k])]
    miste = [k for k in gewichten if r.aantallen[k] == floor(q[k]) and q[k] > 0]
    paren = {(w, m) for w in kreeg for m in miste if q[w] - floor(q[w]) == q[m] - floor(q[m])}
    gemeld = {(w, m) for w, g in r.gelijkspellen.items() if g.kreeg for m, _ in g.tegen}
    assert paren == gemeld
    for w, m in paren:
        beslist = dict(r.gelijkspellen[w].tegen)[m]
        assert beslist == dict(r.gelijkspellen[m].tegen)[w]
        if q[w] != q[m]:
            assert beslist is Beslissing.QUOTUM and q[w] > q[m]
        elif namen[w] != namen[m]:
            assert beslist is Beslissing.NAAM
            assert (namen[w].casefold(), namen[w]) < (namen[m].casefold(), namen[m])
        else:
            assert beslist is Beslissing.SLEUTEL and w < m
