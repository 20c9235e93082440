"""The staleness norm per kind of figure: fixed for the cycle, by age, or as published."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.actualiteit import (
    SOORTEN,
    STANDAARD_VAST,
    Stand,
    normen_naar_dict,
    normen_uit_dict,
    soort_van_kolom,
    stand,
)
from regietafel.domain.bronnen import BronFout

datums = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
leeftijden = st.one_of(st.none(), st.integers(min_value=1, max_value=3650))
CYCLUS_TOT = date(2026, 12, 31)


@pytest.mark.parametrize(
    ("kolom", "soort"),
    [
        ("amv.aanbod.2025", "amv.aanbod"),
        ("asiel_regulier.opgave", "asiel_regulier.opgave"),
        ("statushouders.realisatie.2025-1", "statushouders.realisatie"),
        ("inwoners", "inwoners"),
        ("goo", "goo"),
    ],
)
def test_de_soort_van_een_kolom(kolom, soort):
    assert soort_van_kolom(kolom) == soort
    assert soort in SOORTEN


def test_de_standaard_houdt_de_vaste_cijfers_vast_en_de_rest_op_de_provincienorm():
    normen = normen_uit_dict(None, 180)
    assert {s for s in SOORTEN if normen.max_dagen(s) is None} == STANDAARD_VAST
    assert normen.max_dagen("asiel_regulier.aanbod") == 180
    assert normen_uit_dict({}, 400).max_dagen("locaties") == 400


def test_een_cyclus_stelt_eigen_normen_per_soort():
    normen = normen_uit_dict({"amv.aanbod": 90, "locaties": "cyclus"}, 180)
    assert normen.max_dagen("amv.aanbod") == 90
    assert normen.max_dagen("locaties") is None
    assert normen.max_dagen("asiel_regulier.aanbod") == 180
    # an age asked for replaces every age, but what is fixed for the cycle stays fixed
    gevraagd = normen.met_standaard(30, overal=True)
    assert gevraagd.max_dagen("amv.aanbod") == 30
    assert gevraagd.max_dagen("locaties") is None
    assert gevraagd.max_dagen("inwoners") is None
    # the province's age only replaces the default
    assert normen.met_standaard(365).max_dagen("amv.aanbod") == 90


@pytest.mark.parametrize(
    ("geschreven", "melding"),
    [
        ({"aanbod": 90}, "actualiteit.aanbod: 'aanbod' is geen bekende groep cijfers."),
        ({"amv.aanbod": 0}, "actualiteit.amv.aanbod: '0' is geen aantal dagen"),
        ({"amv.aanbod": "vast"}, "actualiteit.amv.aanbod: 'vast' is geen aantal dagen"),
        ({"amv.aanbod": True}, "actualiteit.amv.aanbod: 'True' is geen aantal dagen"),
    ],
)
def test_een_onjuiste_norm_wordt_geweigerd_met_veld_en_waarde(geschreven, melding):
    with pytest.raises(BronFout) as fout:
        normen_uit_dict(geschreven)
    assert str(fout.value).startswith(melding)


def test_de_geschreven_vorm_leest_terug():
    normen = normen_uit_dict({"amv.aanbod": 90, "locaties": "cyclus"}, 180)
    assert normen_uit_dict(normen_naar_dict(normen), 180) == normen


def test_een_vast_cijfer_veroudert_niet_binnen_zijn_cyclus():
    oud = date(2023, 1, 1)
    assert stand(oud, date(2026, 12, 31), None, cyclus_tot=CYCLUS_TOT, vastgelegd_op=oud) == (
        Stand.VAST
    )
    assert stand(oud, date(2027, 1, 1), None, cyclus_tot=CYCLUS_TOT, vastgelegd_op=oud) == (
        Stand.VEROUDERD
    )


def test_een_wisselend_cijfer_veroudert_na_zijn_norm():
    peil = date(2026, 1, 1)
    op = dict(cyclus_tot=CYCLUS_TOT, vastgelegd_op=peil)
    assert stand(peil, peil + timedelta(days=180), 180, **op) is Stand.ACTUEEL
    assert stand(peil, peil + timedelta(days=181), 180, **op) is Stand.VEROUDERD


def test_wat_voor_de_publicatie_is_vastgelegd_staat_er_als_gepubliceerd():
    peil = date(2024, 10, 25)
    gepubliceerd = date(2025, 1, 15)
    vandaag = date(2026, 6, 1)
    op = dict(cyclus_tot=CYCLUS_TOT, vastgesteld_op=gepubliceerd)
    assert stand(peil, vandaag, 180, vastgelegd_op=date(2024, 10, 31), **op) is (Stand.GEPUBLICEERD)
    # entered after the publication: judged by its norm again
    assert stand(peil, vandaag, 180, vastgelegd_op=date(2025, 2, 1), **op) is Stand.VEROUDERD


@given(datums, datums, leeftijden, datums, datums)
def test_gepubliceerd_gaat_voor_alles(peil, vandaag, dagen, vastgelegd, vastgesteld):
    uit = stand(
        peil,
        vandaag,
        dagen,
        cyclus_tot=CYCLUS_TOT,
        vastgelegd_op=vastgelegd,
        vastgesteld_op=vastgesteld,
    )
    assert (uit is Stand.GEPUBLICEERD) == (vastgelegd <= vastgesteld)


@given(datums, datums, leeftijden, datums)
def test_alleen_wat_over_zijn_norm_is_heet_verouderd(peil, vandaag, dagen, vastgelegd):
    uit = stand(peil, vandaag, dagen, cyclus_tot=CYCLUS_TOT, vastgelegd_op=vastgelegd)
    if dagen is None:
        assert (uit is Stand.VEROUDERD) == (vandaag > CYCLUS_TOT)
    else:
        assert (uit is Stand.VEROUDERD) == ((vandaag - peil).days > dagen)
    assert uit is not Stand.GEPUBLICEERD


@given(datums, datums, st.integers(min_value=1, max_value=3650), st.integers(1, 3650))
def test_een_ruimere_norm_maakt_nooit_meer_verouderd(peil, vandaag, krap, extra):
    op = dict(cyclus_tot=CYCLUS_TOT, vastgelegd_op=peil)
    if stand(peil, vandaag, krap + extra, **op) is Stand.VEROUDERD:
        assert stand(peil, vandaag, krap, **op) is Stand.VEROUDERD
