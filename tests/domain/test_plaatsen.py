from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.model import (
    Categorie,
    LocatieSoort,
    LocatieStatus,
    NietMeetellend,
    Uitsluiting,
)
from regietafel.domain.plaatsen import (
    Kolom,
    aflopende_contracten,
    categorie_van,
    cyclusgegevens,
    duurzame_plaatsen,
    is_duurzaam,
    kolom_van,
    locaties_in_jaar,
    plaatsen,
    plaatsen_per_categorie,
    plus_jaren,
    telt_mee_in_jaar,
    uitsluiting,
    uitsluiting_tekst,
)
from tests.domain.conftest import locatie

WESTERVELD, ASSEN = "GM1701", "GM0106"


def test_locatie_zonder_begindatum_is_niet_duurzaam(loc, drenthe_gegevens):
    regels = drenthe_gegevens.cyclus.regels
    assert not is_duurzaam(loc("X", 10, van=None), regels)


def test_westerveld_heeft_geen_duurzame_reguliere_plaatsen(drenthe_gegevens):
    regels = drenthe_gegevens.cyclus.regels
    locaties = drenthe_gegevens.locaties_van(WESTERVELD)
    regulier = [x for x in locaties if x.soort is LocatieSoort.REGULIER]
    assert [x.plaatsen for x in regulier] == [140]
    assert duurzame_plaatsen(locaties, regels, regels.spuk1_soorten) == 0


def test_assen_van_2017_tot_2026_is_duurzaam(drenthe_gegevens):
    (assen,) = drenthe_gegevens.locaties_van(ASSEN)
    assert is_duurzaam(assen, drenthe_gegevens.cyclus.regels)


def test_duurzaam_vanaf_precies_het_minimum_aantal_jaren(loc, drenthe_gegevens):
    regels = drenthe_gegevens.cyclus.regels
    jaren = regels.duurzaam_minimaal_jaren
    van = date(2020, 3, 1)
    precies = loc("X", 1, van=van, tot=plus_jaren(van, jaren))
    een_dag_korter = loc("X", 1, van=van, tot=plus_jaren(van, jaren) - timedelta(days=1))
    assert is_duurzaam(precies, regels)
    assert not is_duurzaam(een_dag_korter, regels)


def test_onbepaalde_tijd_met_begin_is_duurzaam_onbekend_einde_niet(loc, drenthe_gegevens):
    regels = drenthe_gegevens.cyclus.regels
    assert is_duurzaam(loc("X", 1, onbepaald=True), regels)
    assert not is_duurzaam(loc("X", 1, onbepaald=False), regels)


def test_29_februari_plus_een_jaar_is_1_maart():
    assert plus_jaren(date(2024, 2, 29), 1) == date(2025, 3, 1)


def test_locatie_telt_mee_in_een_jaar_bij_minstens_een_dag_beschikbaarheid(loc):
    tot_nieuwjaar = loc("X", 1, van=date(2020, 1, 1), tot=date(2025, 1, 1))
    tot_2_januari = loc("X", 1, van=date(2020, 1, 1), tot=date(2025, 1, 2))
    vanaf_oudjaar = loc("X", 1, van=date(2025, 12, 31))
    assert not telt_mee_in_jaar(tot_nieuwjaar, 2025)
    assert telt_mee_in_jaar(tot_2_januari, 2025)
    assert telt_mee_in_jaar(vanaf_oudjaar, 2025)
    assert not telt_mee_in_jaar(vanaf_oudjaar, 2024)


def test_geplande_locatie_zonder_datums_telt_in_elk_jaar(loc):
    gepland = loc("X", 50, LocatieSoort.AMV, LocatieStatus.GEPLAND, van=None, onbepaald=False)
    assert telt_mee_in_jaar(gepland, 2025) and telt_mee_in_jaar(gepland, 2026)


def test_westervelds_noodopvang_tot_eind_2024_telt_niet_in_2025(drenthe_gegevens):
    in_2025 = locaties_in_jaar(drenthe_gegevens.locaties_van(WESTERVELD), 2025)
    assert sorted(x.plaatsen for x in in_2025) == [50, 140]


def test_plaatsen_per_jaar_in_drenthe(drenthe_gegevens):
    locaties = drenthe_gegevens.locaties
    per_jaar = {j: plaatsen(locaties_in_jaar(locaties, j)) for j in drenthe_gegevens.cyclus.jaren}
    # 4155 listed; Westerveld's NO (75) and TGO (25) ended on 31-12-2024.
    assert per_jaar == {2025: 4055, 2026: 4055}


def test_soorten_vallen_in_de_kolommen_van_bijlage_1():
    assert kolom_van(LocatieSoort.GEZINSLOCATIE) is Kolom.REGULIER
    assert kolom_van(LocatieSoort.HTL) is Kolom.REGULIER
    assert kolom_van(LocatieSoort.TGO) is Kolom.BIJZONDER
    assert kolom_van(LocatieSoort.NO) is Kolom.BIJZONDER
    assert kolom_van(LocatieSoort.AMV) is Kolom.AMV
    assert categorie_van(LocatieSoort.AMV) is Categorie.AMV
    assert categorie_van(LocatieSoort.NO) is Categorie.ASIEL_REGULIER


def test_indeling_per_kolom_en_categorie_in_drenthe(drenthe_gegevens):
    locaties = drenthe_gegevens.locaties
    per_kolom = {k: plaatsen(x for x in locaties if kolom_van(x.soort) is k) for k in Kolom}
    assert per_kolom == {Kolom.REGULIER: 3185, Kolom.BIJZONDER: 629, Kolom.AMV: 341}
    assert plaatsen_per_categorie(locaties) == {
        Categorie.ASIEL_REGULIER: 3814,
        Categorie.AMV: 341,
    }
    assert sum(1 for x in locaties if kolom_van(x.soort) is Kolom.BIJZONDER) == 5


def test_geen_locaties_geeft_nul_plaatsen():
    assert plaatsen_per_categorie([]) == {Categorie.ASIEL_REGULIER: 0, Categorie.AMV: 0}
    assert aflopende_contracten([], date(2025, 1, 1), 365) == ()


def test_aflopende_contracten_binnen_de_horizon(drenthe_gegevens):
    aflopend = aflopende_contracten(drenthe_gegevens.locaties, date(2026, 1, 1), 100)
    assert [(a.locatie.cbs_code, a.einddatum, a.dagen) for a in aflopend] == [
        ("GM1699", date(2026, 3, 1), 59),
        ("GM0119", date(2026, 3, 31), 89),
        ("GM0106", date(2026, 4, 1), 90),
    ]


def test_onbepaalde_tijd_loopt_nooit_af(loc):
    assert aflopende_contracten([loc("X", 1)], date(2025, 1, 1), 10_000) == ()


# -- counting toward a cycle -----------------------------------------------------------------

CYCLUS2_REGELS = {"alleen_duurzaam": True, "beschikbaar_in_cyclusjaren": True}


def cyclus2(gegevens, **regels):
    """`gegevens`' inputs read as cycle 2027-2028 with cycle 2's counting rules."""
    r = replace(gegevens.cyclus.regels, **{**CYCLUS2_REGELS, **regels})
    cyclus = replace(gegevens.cyclus, naam="2027-2028", jaren=(2027, 2028), regels=r)
    return cyclusgegevens(
        gegevens.provincie,
        cyclus,
        gegevens.provincie_opgave,
        gegevens.gemeenten,
        gegevens.cijfers,
        gegevens.alle_locaties,
    )


def test_cyclus_1_telt_elke_genoemde_locatie(drenthe_gegevens):
    assert drenthe_gegevens.niet_meetellend == ()
    assert plaatsen(drenthe_gegevens.locaties) == 4155


def test_locatie_die_na_de_cyclus_begint_telt_niet_mee(loc, drenthe_gegevens):
    nieuw = loc(ASSEN, 600, van=date(2027, 1, 1), tot=date(2036, 12, 31))
    assert uitsluiting(nieuw, drenthe_gegevens.cyclus) is Uitsluiting.NA_CYCLUS
    assert uitsluiting(nieuw, cyclus2(drenthe_gegevens).cyclus) is None


def test_cyclus_2_telt_alleen_duurzame_plaatsen_die_in_de_cyclus_beschikbaar_zijn(
    drenthe_gegevens,
):
    g = cyclus2(drenthe_gegevens)
    redenen = {(nm.locatie.cbs_code, nm.locatie.plaatsen): nm.reden for nm in g.niet_meetellend}
    # Assen's contract ended 1-4-2026, Meppel's noodopvang 31-3-2026, Westerveld's 2024.
    assert redenen[(ASSEN, 1000)] is Uitsluiting.VOOR_CYCLUS
    assert redenen[("GM0119", 192)] is Uitsluiting.VOOR_CYCLUS
    assert redenen[(WESTERVELD, 75)] is Uitsluiting.VOOR_CYCLUS
    assert redenen[(WESTERVELD, 25)] is Uitsluiting.VOOR_CYCLUS
    # No known start: cannot be shown durable.
    assert redenen[(WESTERVELD, 140)] is Uitsluiting.NIET_DUURZAAM
    assert {(loc.cbs_code, loc.plaatsen) for loc in g.locaties} == {
        ("GM0109", 430),
        ("GM0114", 675),
        ("GM0118", 940),
    }


def test_kortdurende_noodopvang_in_2027_telt_niet_in_cyclus_2(loc, drenthe_gegevens):
    no = loc(ASSEN, 100, soort=LocatieSoort.NO, van=date(2027, 1, 1), tot=date(2027, 12, 31))
    assert uitsluiting(no, cyclus2(drenthe_gegevens).cyclus) is Uitsluiting.NIET_DUURZAAM
    tekst = uitsluiting_tekst(
        NietMeetellend(no, Uitsluiting.NIET_DUURZAAM), drenthe_gegevens.cyclus.regels
    )
    assert tekst == "niet duurzaam: korter dan 5 jaar beschikbaar"


def test_zonder_de_regel_telt_ook_een_afgelopen_locatie(loc, drenthe_gegevens):
    oud = loc(WESTERVELD, 75, van=date(2015, 1, 1), tot=date(2024, 12, 31))
    assert (
        uitsluiting(oud, cyclus2(drenthe_gegevens, beschikbaar_in_cyclusjaren=False).cyclus) is None
    )
    assert uitsluiting(oud, cyclus2(drenthe_gegevens).cyclus) is Uitsluiting.VOOR_CYCLUS


_datums = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))


@given(
    van=_datums,
    tot=_datums,
    onbepaald=st.booleans(),
    duurzaam=st.booleans(),
    in_jaren=st.booleans(),
)
def test_elke_locatie_telt_mee_of_staat_apart_met_een_reden(
    drenthe_gegevens, van, tot, onbepaald, duurzaam, in_jaren
):
    nieuw = locatie(ASSEN, 10, van=van, tot=tot, onbepaald=onbepaald)
    gegevens = replace(drenthe_gegevens, locaties=(*drenthe_gegevens.locaties, nieuw))
    g = cyclus2(gegevens, alleen_duurzaam=duurzaam, beschikbaar_in_cyclusjaren=in_jaren)
    geteld = nieuw in g.locaties
    apart = [nm for nm in g.niet_meetellend if nm.locatie is nieuw]
    assert geteld != bool(apart)
    strenger = cyclus2(gegevens)
    # Cycle 2's full rule never counts a location that a looser rule leaves out.
    if nieuw in strenger.locaties:
        assert geteld


def test_een_cyclus_zonder_de_nieuwe_regel_volgt_zijn_regel_van_duurzaamheid(drenthe_gegevens):
    from regietafel.data import regels_naar_dict, regels_uit_dict

    oud = regels_naar_dict(drenthe_gegevens.cyclus.regels)
    del oud["beschikbaar_in_cyclusjaren"]
    assert not regels_uit_dict(oud).beschikbaar_in_cyclusjaren
    assert regels_uit_dict({**oud, "alleen_duurzaam": True}).beschikbaar_in_cyclusjaren
