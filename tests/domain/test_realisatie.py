"""Realisation timing and the count by phase, on the Drenthe record and on arbitrary
locations."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.model import LocatieSoort, LocatieStatus
from regietafel.domain.pijplijn import FASEN, Fase, Faseovergang, Zekerheid
from regietafel.domain.realisatie import fase_van, realisatie, telling_per_fase
from tests.domain.conftest import locatie

VERSLAG = date(2024, 10, 31)
REALISATIEDATUM = date(2025, 7, 1)


def test_drenthe_200_amv_plaatsen_niet_in_gebruik_en_westerveld_loopt_af(drenthe_gegevens):
    g = drenthe_gegevens
    assert g.cyclus.regels.realisatiedatum == REALISATIEDATUM
    r = realisatie(g.locaties, g.cyclus.regels.realisatiedatum, VERSLAG)
    assert [(x.cbs_code, x.soort, x.plaatsen) for x in r.niet_in_gebruik] == [
        ("GM1681", LocatieSoort.AMV, 50), ("GM1690", LocatieSoort.AMV, 50),
        ("GM0114", LocatieSoort.AMV, 50), ("GM1731", LocatieSoort.AMV, 50),
    ]  # fmt: skip
    assert [(x.cbs_code, x.soort, x.plaatsen, x.beschikbaar_tot)
            for x in r.aflopend_voor_realisatiedatum] == [
        ("GM1701", LocatieSoort.NO, 75, date(2024, 12, 31)),
        ("GM1701", LocatieSoort.TGO, 25, date(2024, 12, 31)),
    ]  # fmt: skip


def test_zonder_realisatiedatum_is_het_aandeel_onbekend(drenthe_gegevens):
    r = realisatie(drenthe_gegevens.locaties, None, VERSLAG)
    assert r.aandeel is None and r.aflopend_voor_realisatiedatum == ()
    assert r.plaatsen_niet_in_gebruik == 200


def test_locatie_zonder_fasen_telt_naar_haar_status():
    assert fase_van(locatie("GM1", 10)) is Fase.IN_GEBRUIK
    assert fase_van(locatie("GM1", 10, status=LocatieStatus.GEPLAND)) is Fase.IDEE


def test_gepland_tegen_werkelijk_en_te_laat():
    loc = locatie("GM1", 30, fasen=(Faseovergang(Fase.IN_GEBRUIK, date(2025, 8, 1), "COA"),),
                  gepland_in_gebruik=date(2025, 6, 1))  # fmt: skip
    r = realisatie([loc], REALISATIEDATUM, date(2025, 9, 1))
    (rij,) = r.locaties
    assert (rij.gepland, rij.werkelijk, rij.dagen_later) == (date(2025, 6, 1), date(2025, 8, 1), 61)
    assert not rij.in_gebruik_op_realisatiedatum and rij.bron == "COA"
    assert r.aandeel == 0


_locaties = st.lists(
    st.builds(
        lambda code, plaatsen, fase, dagen, tot: locatie(
            code,
            plaatsen,
            fasen=(Faseovergang(fase, date(2025, 1, 1) + timedelta(dagen), "b"),),
            tot=tot,
            onbepaald=tot is None,
        ),  # fmt: skip
        st.sampled_from(["GM1", "GM2"]),
        st.integers(0, 500),
        st.sampled_from(FASEN),
        st.integers(-400, 400),
        st.none() | st.dates(date(2024, 1, 1), date(2027, 1, 1)),
    ),
    max_size=12,
)


@given(_locaties, st.dates(date(2024, 6, 1), date(2026, 6, 1)))
def test_in_gebruik_en_niet_in_gebruik_sluiten_elkaar_uit_en_het_aandeel_is_een_deel(locs, dag):
    r = realisatie(locs, REALISATIEDATUM, dag)
    in_gebruik = sum(x.locatie.plaatsen for x in r.locaties if x.fase is Fase.IN_GEBRUIK)
    assert in_gebruik + r.plaatsen_niet_in_gebruik == r.plaatsen
    assert r.in_gebruik_op_realisatiedatum <= r.plaatsen
    assert r.aandeel is None or 0 <= r.aandeel <= 1
    assert all(x.beschikbaar_tot < REALISATIEDATUM for x in r.aflopend_voor_realisatiedatum)


@given(_locaties, st.sampled_from(FASEN[:-1]))
def test_vast_zacht_en_beeindigd_tellen_op_tot_alle_plaatsen(locs, eerste_vaste):
    tellingen = telling_per_fase(locs, ["GM1", "GM2"], eerste_vaste)
    for t in tellingen:
        eigen = sum(x.plaatsen for x in locs if x.cbs_code == t.cbs_code)
        assert sum(t.plaatsen(z) for z in Zekerheid) == eigen == sum(t.per_fase.values())
