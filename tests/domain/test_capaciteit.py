"""Capacity over time on the Drenthe record, and its invariants."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from regietafel.data import lees_dataset
from regietafel.domain.capaciteit import (
    bereken_capaciteit,
    beschikbare_plaatsen,
    cyclusperiode,
    in_venster,
    onder_opgave,
)
from regietafel.domain.model import Categorie, Locatie, LocatieSoort, LocatieStatus
from regietafel.domain.plaatsen import aflopende_contracten

DRENTHE = lees_dataset()
ASSEN, MEPPEL, NOORDENVELD, TYNAARLO = "GM0106", "GM0119", "GM1699", "GM1730"


def _opgave():
    return {
        code: (c.opgave[Categorie.ASIEL_REGULIER] or 0) + (c.opgave[Categorie.AMV] or 0)
        for code, c in DRENTHE.cijfers.items()
    }


def _drenthe():
    van, tot = cyclusperiode(DRENTHE.cyclus.jaren)
    return bereken_capaciteit(DRENTHE.locaties, _opgave(), van, tot)


def test_drenthe_valt_terug_op_1_maart_31_maart_en_1_april_2026():
    c = _drenthe()
    assert c.opgave == 2691
    assert [(m.datum, m.cbs_code, m.verschil, m.totaal_na) for m in c.mutaties] == [
        (date(2026, 3, 1), NOORDENVELD, -43, 3812),
        (date(2026, 3, 31), MEPPEL, -192, 3620),
        (date(2026, 4, 1), ASSEN, -1000, 2620),
        (date(2026, 12, 31), TYNAARLO, -250, 2370),
    ]
    per_maand = {m.maand: (m.totaal, m.laagste_totaal) for m in c.maanden}
    assert per_maand[date(2025, 1, 1)] == (3855, 3855)  # Westerveld's NO and TGO ended 31-12-2024
    assert per_maand[date(2026, 2, 1)] == (3855, 3855)
    assert per_maand[date(2026, 3, 1)] == (3812, 3620)  # Meppel gone on the 31st
    assert per_maand[date(2026, 4, 1)] == (2620, 2620)
    assert per_maand[date(2026, 12, 1)] == (2620, 2370)
    assert c.tekort_vanaf() == date(2026, 4, 1)  # 2.620 < 2.691


def test_per_gemeente_en_geplande_locaties_zonder_datum():
    c = _drenthe()
    maart = next(m for m in c.maanden if m.maand == date(2026, 3, 1))
    assert maart.per_gemeente[NOORDENVELD] == 0 and maart.per_gemeente[MEPPEL] == 192
    assert maart.laagste_per_gemeente[MEPPEL] == 0
    assert sorted(loc.cbs_code for loc in c.gepland_zonder_datum) == [
        "GM0114", "GM1681", "GM1690", "GM1731",
    ]  # fmt: skip
    assert sum(loc.plaatsen for loc in c.gepland_zonder_datum) == 200


def test_contract_tot_een_datum_is_die_dag_niet_meer_beschikbaar():
    meppel = next(loc for loc in DRENTHE.locaties if loc.cbs_code == MEPPEL)
    assert in_venster(meppel, date(2026, 3, 30))
    assert not in_venster(meppel, date(2026, 3, 31))


def test_waarschuwingen_noemen_de_aflopende_contracten():
    # The rules engine's warning (domain.plaatsen), on the drop dates of the capacity view.
    aflopend = aflopende_contracten(DRENTHE.locaties, date(2026, 1, 1), 180)
    assert [(a.locatie.cbs_code, a.einddatum) for a in aflopend] == [
        (NOORDENVELD, date(2026, 3, 1)),
        (MEPPEL, date(2026, 3, 31)),
        (ASSEN, date(2026, 4, 1)),
    ]
    dalingen = {m.datum for m in _drenthe().mutaties if m.verschil < 0}
    assert {a.einddatum for a in aflopend} <= dalingen


datums = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def locaties(draw):
    uit = []
    for _ in range(draw(st.integers(0, 8))):
        van = draw(st.none() | datums)
        tot = draw(st.none() | datums)
        uit.append(
            Locatie(
                cbs_code=draw(st.sampled_from(["A", "B", "C"])),
                plaatsen=draw(st.integers(0, 500)),
                soort=LocatieSoort.REGULIER,
                status=draw(st.sampled_from(list(LocatieStatus))),
                beschikbaar_van=van,
                beschikbaar_tot=tot,
                onbepaalde_tijd=draw(st.booleans()),
            )
        )
    return uit


@given(locaties(), datums, st.integers(1, 40))
def test_lopende_stand_klopt_met_een_telling_op_elke_wijzigingsdag(locs, van, maanden):
    tot = van + timedelta(days=31 * maanden)
    c = bereken_capaciteit(locs, {"A": 10, "B": 0, "C": None}, van, tot)
    laatste_per_dag = {m.datum: m.totaal_na for m in c.mutaties}  # several changes on one day
    for dag, totaal in laatste_per_dag.items():
        assert totaal == sum(beschikbare_plaatsen(locs, dag).values())
    for m in c.maanden:
        assert m.totaal == sum(m.per_gemeente.values())
        assert m.laagste_totaal <= m.totaal
        assert all(m.laagste_per_gemeente[k] <= m.per_gemeente[k] for k in m.per_gemeente)


@given(st.one_of(st.none(), st.integers(0, 5000)), st.integers(0, 5000))
def test_onder_de_opgave_precies_als_de_laagste_stand_kleiner_is_dan_de_taak(opgave, laagste):
    assert onder_opgave(opgave, laagste) == (laagste < (opgave or 0))
    assert not onder_opgave(opgave, (opgave or 0) + laagste)
