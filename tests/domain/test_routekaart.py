"""The route map's dates for both cycles, its state on a day, carry-over and version diff."""

from datetime import date

import pytest

from regietafel.domain.routekaart import (
    ActieFeit,
    ConsultatieStatus,
    Invoerfout,
    RoutekaartParameters,
    StapStatus,
    afgerond_tot_en_met,
    consultatiestatus,
    over_te_nemen_acties,
    plus_maanden,
    routekaart,
    stand,
    vergelijk_versies,
)


def _deadlines(p):
    return {s.code: s.deadline for s in routekaart(p)}


def test_cyclus_1_volgt_de_wettelijke_termijnen_en_de_drentse_routekaart_van_2024():
    d = _deadlines(RoutekaartParameters(jaren=(2025, 2026)))
    assert d["consultatie"] == date(2024, 3, 31)  # answers "voor 1 april" 2024 (seed 001)
    assert d["verslag"] == date(2024, 10, 31)  # the CdK reports before 1 November
    assert d["verdeelbesluit"] == date(2024, 12, 31)
    assert d["realisatie"] == date(2025, 7, 1)  # six months after the decision


def test_cyclus_2_krijgt_eigen_datums_uit_de_memo_van_2026():
    p = RoutekaartParameters(
        jaren=(2027, 2028), antwoord_voor=date(2026, 4, 1), verslag_uiterlijk=date(2026, 10, 31)
    )
    stappen = routekaart(p)
    assert [s.nummer for s in stappen] == [1, 2, 3, 4, 6, 7, 8, 9]  # the memo has no step 5
    d = {s.code: s for s in stappen}
    assert d["capaciteitsbesluit"].deadline == date(2026, 2, 28)
    assert (d["puzzel"].begin, d["puzzel"].deadline) == (date(2026, 4, 1), date(2026, 5, 31))
    assert d["bespreking"].deadline == date(2026, 7, 31)
    assert d["instemming"].deadline == date(2026, 9, 30)
    assert d["verslag"].deadline == date(2026, 10, 31)
    assert d["verdeelbesluit"].deadline == date(2026, 12, 31)
    assert d["realisatie"].deadline == date(2027, 7, 1)
    assert [s.code for s in stappen if s.wettelijk] == ["verslag", "verdeelbesluit", "realisatie"]


def test_een_eerdere_verslagdatum_van_de_cyclus_gaat_voor_de_wettelijke():
    d = _deadlines(RoutekaartParameters(jaren=(2027, 2028), verslag_uiterlijk=date(2026, 9, 15)))
    assert d["verslag"] == date(2026, 9, 15)
    assert all(s.begin <= s.deadline for s in routekaart(RoutekaartParameters(jaren=(2027, 2028))))


def test_plus_maanden_knipt_op_de_maandlengte():
    assert plus_maanden(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert plus_maanden(date(2027, 1, 1), 6) == date(2027, 7, 1)


def test_ongeldige_parameters_worden_geweigerd():
    with pytest.raises(ValueError):
        routekaart(RoutekaartParameters(jaren=()))
    with pytest.raises(ValueError):
        routekaart(RoutekaartParameters(jaren=(2027, 2028), realisatie_maanden=0))


def test_stand_toont_waar_we_zijn_wat_te_laat_is_en_de_volgende_deadline():
    stappen = routekaart(RoutekaartParameters(jaren=(2027, 2028)))
    statussen = {"capaciteitsbesluit": StapStatus.AFGEROND, "consultatie": StapStatus.BEZIG}
    s = stand(stappen, statussen, date(2026, 4, 10))
    assert [x.code for x in s.huidige] == ["puzzel"]
    assert [x.code for x in s.te_laat] == ["consultatie"]  # deadline 31-3 passed, not done
    assert s.volgende_deadline is not None and s.volgende_deadline.code == "puzzel"


def test_afgeronde_stappen_zijn_nooit_te_laat_en_geen_volgende_deadline():
    stappen = routekaart(RoutekaartParameters(jaren=(2027, 2028)))
    alles = {st.code: StapStatus.AFGEROND for st in stappen}
    s = stand(stappen, alles, date(2026, 11, 24))
    assert s.te_laat == ()
    assert s.volgende_deadline is None
    s = stand(stappen, {}, date(2026, 11, 24))
    assert s.volgende_deadline.code == "verdeelbesluit"
    assert len(s.te_laat) == 6


def test_een_feit_rondt_zijn_stap_en_alle_eerdere_af():
    stappen = routekaart(RoutekaartParameters(jaren=(2025, 2026)))
    verslag = afgerond_tot_en_met(stappen, "verslag")
    assert verslag == ("capaciteitsbesluit", "consultatie", "puzzel", "bespreking",
                       "instemming", "verslag")  # fmt: skip
    s = stand(stappen, dict.fromkeys(verslag, StapStatus.AFGEROND), date(2026, 12, 3))
    assert [x.code for x in s.te_laat] == ["verdeelbesluit", "realisatie"]
    assert afgerond_tot_en_met(stappen, "capaciteitsbesluit") == ("capaciteitsbesluit",)
    assert afgerond_tot_en_met(stappen, "geen-stap") == ()


@pytest.mark.parametrize(
    ("antwoord_op", "peildatum", "verwacht"),
    [
        (None, date(2026, 3, 1), ConsultatieStatus.GEVRAAGD),
        (None, date(2026, 4, 1), ConsultatieStatus.VERLOPEN),
        (date(2026, 3, 31), date(2026, 5, 1), ConsultatieStatus.BEANTWOORD),
        (date(2026, 4, 1), date(2026, 5, 1), ConsultatieStatus.TE_LAAT),  # "voor 1 april"
    ],
)
def test_consultatiestatus(antwoord_op, peildatum, verwacht):
    assert consultatiestatus(antwoord_op, date(2026, 4, 1), peildatum) is verwacht


def test_open_acties_van_eerdere_overleggen_gaan_mee_naar_het_volgende():
    acties = [
        ActieFeit(1, date(2025, 11, 19), open=True),
        ActieFeit(2, date(2025, 11, 19), open=False),
        ActieFeit(3, date(2026, 2, 5), open=True),
        ActieFeit(4, date(2026, 4, 20), open=True),  # raised at the meeting itself or later
    ]
    assert over_te_nemen_acties(acties, date(2026, 4, 20)) == (1, 3)
    assert over_te_nemen_acties(acties, date(2026, 2, 5)) == (1,)


def test_versieverschil_per_gemeente_categorie_en_jaar():
    oud = {"GM0106": {"asiel_regulier": {"2027": 1000, "2028": 1000}}, "GM0114": {}}
    nieuw = {
        "GM0106": {"asiel_regulier": {"2027": 1000, "2028": 900}},
        "GM0114": {"amv": {"2027": 50}},
    }
    v = vergelijk_versies(oud, nieuw)
    assert [(x.cbs_code, x.categorie, x.jaar, x.oud, x.nieuw) for x in v] == [
        ("GM0106", "asiel_regulier", "2028", 1000, 900),
        ("GM0114", "amv", "2027", None, 50),
    ]
    assert v[0].delta == -100 and v[1].delta is None
    assert vergelijk_versies(oud, oud) == ()


def test_invoerfout_heeft_een_nederlandse_melding_uit_de_code():
    f = Invoerfout("ontvangen_op", "1-1-2030", "datum_in_toekomst")
    assert str(f) == "De datum 1-1-2030 ligt in de toekomst."
    assert (f.veld, f.code) == ("ontvangen_op", "datum_in_toekomst")
