"""The concept verdeelbesluit and the supervision of the asylum task after it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regietafel.domain.model import Categorie, LocatieSoort, LocatieStatus
from regietafel.domain.pijplijn import Fase, Faseovergang
from regietafel.domain.solver_invoer import CATEGORIEEN
from regietafel.domain.verdeelbesluit import (
    asieltoezicht,
    besluitjaar,
    conceptbesluit,
    hele_maanden,
    provinciale_waarden,
    som,
    standaardladder_asiel,
    verschillen,
)
from tests.domain.conftest import locatie

REG, AMV = Categorie.ASIEL_REGULIER.value, Categorie.AMV.value


def test_drenthe_sluit_dus_is_het_concept_de_provinciale_verdeling(drenthe_gegevens):
    concept = conceptbesluit(drenthe_gegevens)
    assert concept.sluitend
    assert concept.rest == 0
    assert concept.waarden == provinciale_waarden(drenthe_gegevens)
    assert verschillen(provinciale_waarden(drenthe_gegevens), concept.waarden) == ()
    # Assen keeps its 1000 places, far above its own number: adopted as it is.
    assert concept.waarden["GM0106"][REG]["2025"] == 1000


def test_een_tekort_gaat_alleen_naar_gemeenten_onder_hun_eigen_aantal(bouw, loc):
    # A: 100 asked, 40 offered; B: 50 asked, 80 offered; C: 60 asked, 30 offered. Rest 60.
    g = bouw(
        [("A", 100, 0), ("B", 50, 0), ("C", 60, 0)],
        [loc("A", 40), loc("B", 80), loc("C", 30)],
    )
    concept = conceptbesluit(g)
    assert not concept.sluitend
    for jaar in g.cyclus.jaren:
        j = str(jaar)
        assert som(concept.waarden, REG, j) == 210
        assert concept.waarden["B"][REG][j] == 80  # above its number: unchanged
        # the gaps 60 and 30 share the 60 places pro rata: 40 and 20
        assert concept.waarden["A"][REG][j] == 80
        assert concept.waarden["C"][REG][j] == 50
    assert concept.uitleg("B") == () or all("geen extra" in u for u in concept.uitleg("B"))
    assert any("extra" in u for u in concept.uitleg("A"))
    assert concept.uitleg("A")[0].startswith("Asielopvang (regulier)")


gemeente_rij = st.tuples(st.integers(0, 400), st.integers(0, 400))


# `bouw` only builds data from its arguments, so sharing it between examples is safe.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rijen=st.lists(gemeente_rij, min_size=1, max_size=8))
def test_het_concept_telt_op_tot_de_opgave_of_blijft_de_verdeling(bouw, rijen):
    g = bouw(
        [(f"G{i}", opgave, 0) for i, (opgave, _) in enumerate(rijen)],
        [locatie(f"G{i}", aanbod) for i, (_, aanbod) in enumerate(rijen) if aanbod],
    )
    concept = conceptbesluit(g)
    provinciaal = provinciale_waarden(g)
    opgave = sum(o for o, _ in rijen)
    aanbod = sum(a for _, a in rijen)
    for jaar in g.cyclus.jaren:
        j = str(jaar)
        assert som(concept.waarden, REG, j) == max(opgave, aanbod)
        for i, (o, a) in enumerate(rijen):
            nieuw = concept.waarden[f"G{i}"][REG][j]
            assert nieuw >= a  # never below the provincial number
            if a >= o:  # at or above its own number: nothing extra
                assert nieuw == a
            if opgave <= aanbod:
                assert nieuw == provinciaal[f"G{i}"][REG][j]


def test_het_besluitjaar_is_het_jaar_van_de_realisatiedatum():
    assert besluitjaar((2025, 2026), date(2025, 7, 1)) == 2025
    assert besluitjaar((2027, 2028), date(2028, 1, 1)) == 2028
    assert besluitjaar((2027, 2028), None) == 2027
    assert besluitjaar((2027, 2028), date(2030, 1, 1)) == 2027


def test_hele_maanden():
    assert hele_maanden(date(2025, 7, 1), date(2025, 7, 31)) == 0
    assert hele_maanden(date(2025, 7, 1), date(2025, 8, 1)) == 1
    assert hele_maanden(date(2025, 7, 15), date(2026, 7, 14)) == 11
    assert hele_maanden(date(2025, 7, 1), date(2025, 6, 1)) == 0


def _in_gebruik_op(code, plaatsen, dag, soort=LocatieSoort.REGULIER):
    return locatie(
        code,
        plaatsen,
        soort=soort,
        status=LocatieStatus.GEPLAND,
        fasen=(
            Faseovergang(Fase.IDEE, date(2024, 1, 1), "x"),
            Faseovergang(Fase.IN_GEBRUIK, dag, "y"),
        ),
    )


def test_toezicht_telt_het_tekort_vanaf_de_realisatiedatum_en_leest_de_ladder(bouw):
    rd = date(2025, 7, 1)
    g = bouw(
        [("A", 100, 0), ("B", 50, 0), ("C", 50, 0)],
        [
            _in_gebruik_op("A", 60, date(2025, 1, 1)),  # 60 of 100: short since 1 July
            _in_gebruik_op("B", 50, date(2025, 6, 1)),  # enough
            _in_gebruik_op("C", 30, date(2025, 1, 1)),
            _in_gebruik_op("C", 20, date(2025, 9, 15)),  # C catches up in September
        ],
        realisatiedatum=rd,
    )
    besluit = {
        code: {REG: {"2025": n, "2026": n}, AMV: {}}
        for code, n in [("A", 100), ("B", 50), ("C", 50)]
    }
    t = asieltoezicht(g, besluit, standaardladder_asiel(), date(2026, 1, 10))
    per = {r.cbs_code: r for r in t.gemeenten}
    assert t.jaar == 2025
    assert (per["A"].besloten, per["A"].op_realisatiedatum, per["A"].tekort) == (100, 60, 40)
    assert per["A"].tekort_sinds == rd and per["A"].maanden == 6
    assert per["A"].stap.naam == "Formele aanwijzing / instructie"
    assert per["B"].tekort_sinds is None and per["B"].stap is None
    assert per["C"].op_realisatiedatum == 30 and per["C"].tekort == 0 and per["C"].stap is None
    assert t.met_tekort == 1
    assert [s.naam for s, _ in t.per_stap()] == ["Formele aanwijzing / instructie"]


def test_een_tekort_dat_later_ontstaat_telt_vanaf_dan(bouw):
    rd = date(2025, 7, 1)
    g = bouw(
        [("A", 100, 0)],
        [
            replace(
                _in_gebruik_op("A", 100, date(2025, 1, 1)),
                beschikbaar_tot=date(2025, 11, 30),
                onbepaalde_tijd=False,
            )
        ],
        realisatiedatum=rd,
    )
    besluit = {"A": {REG: {"2025": 100}}}
    t = asieltoezicht(g, besluit, standaardladder_asiel(), date(2026, 3, 5))
    a = t.gemeenten[0]
    assert a.op_realisatiedatum == 100
    assert a.tekort_sinds == date(2025, 12, 1)
    assert a.maanden == 3 and a.stap.naam == "Bestuurlijk overleg"


def test_voor_de_realisatiedatum_is_niets_achterstallig(bouw):
    g = bouw([("A", 100, 0)], [], realisatiedatum=date(2027, 7, 1))
    t = asieltoezicht(g, {"A": {REG: {"2025": 100}}}, standaardladder_asiel(), date(2026, 1, 1))
    assert t.gemeenten[0].stap is None and t.gemeenten[0].tekort_sinds is None
    assert t.gemeenten[0].tekort == 100


def test_amv_plaatsen_tellen_mee_oekraine_niet(bouw):
    rd = date(2025, 7, 1)
    g = bouw(
        [("A", 10, 10)],
        [
            _in_gebruik_op("A", 10, date(2025, 1, 1)),
            _in_gebruik_op("A", 10, date(2025, 1, 1), LocatieSoort.AMV),
        ],
        realisatiedatum=rd,
    )
    besluit = {"A": {c.value: {"2025": 10} for c in CATEGORIEEN}}
    t = asieltoezicht(g, besluit, standaardladder_asiel(), date(2025, 8, 1))
    assert t.gemeenten[0].besloten == 20 and t.gemeenten[0].op_realisatiedatum == 20
