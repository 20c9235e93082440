"""A target (*opgave*) that is not yet known (None) stays unknown in every computation that
needs it: the capacity against the task, the solver and the concept verdeelbesluit never
compute with 0 instead (cycle 2027-2028 before the indicative numbers are entered)."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regietafel.domain.capaciteit import bereken_capaciteit, onder_opgave
from regietafel.domain.model import LocatieSoort, LocatieStatus
from regietafel.domain.onbekend import NietBerekenbaar
from regietafel.domain.solver_invoer import los_op_cycli
from regietafel.domain.verdeelbesluit import conceptbesluit
from tests.domain.conftest import locatie

VAN, TOT = date(2027, 1, 1), date(2029, 1, 1)

opgaven = st.dictionaries(
    st.sampled_from([f"GM{i:04d}" for i in range(1, 9)]),
    st.none() | st.integers(0, 5000),
    min_size=1,
)
plaatsen = st.lists(st.integers(1, 3000), max_size=6)


@given(opgave_per_gemeente=opgaven, plaatsen=plaatsen)
def test_de_opgave_van_de_provincie_is_onbekend_zodra_een_gemeente_onbekend_is(
    opgave_per_gemeente, plaatsen
):
    codes = sorted(opgave_per_gemeente)
    locaties = [
        locatie(codes[i % len(codes)], n, LocatieSoort.REGULIER, LocatieStatus.GEREALISEERD)
        for i, n in enumerate(plaatsen)
    ]
    c = bereken_capaciteit(locaties, opgave_per_gemeente, VAN, TOT)
    waarden = list(opgave_per_gemeente.values())
    if None in waarden:
        assert c.opgave is None  # never the sum of the known ones, never 0
        assert c.tekort_vanaf() is None  # no shortage against an unknown task
    else:
        assert c.opgave == sum(waarden)
    for code, opgave in opgave_per_gemeente.items():
        if opgave is None:
            assert not any(onder_opgave(opgave, m.laagste_per_gemeente[code]) for m in c.maanden)


def _onbekend(bouw, n, onbekend):
    """`n` municipalities with 100 asked and 20 offered; those in `onbekend` have no target."""
    return bouw(
        [(f"G{i}", None if i in onbekend else 100, 0) for i in range(n)],
        [locatie(f"G{i}", 20) for i in range(n)],
    )


# `bouw` only builds data from its arguments, so sharing it between examples is safe.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), n=st.integers(1, 6))
def test_een_onbekende_opgave_maakt_het_concept_onbekend_nooit_sluitend(bouw, data, n):
    onbekend = data.draw(st.sets(st.integers(0, n - 1), min_size=1))
    concept = conceptbesluit(_onbekend(bouw, n, onbekend))
    # With 0 for the unknown targets the offers would "cover" them: never say so.
    assert concept.sluitend is None
    assert concept.rest is None
    assert concept.ontbreekt == ("opgave",)
    for i in range(n):
        assert concept.uitleg(f"G{i}") == ()
        # the regular part has an unknown target: its concept numbers are unknown too
        assert set(concept.waarden[f"G{i}"]["asiel_regulier"].values()) == {None}


def test_met_bekende_opgaven_blijft_het_concept_zoals_het_was(bouw):
    concept = conceptbesluit(_onbekend(bouw, 3, set()))
    assert concept.sluitend is False and concept.rest == 2 * 3 * 80  # two years, three gaps
    assert concept.ontbreekt == ()


def test_de_oplosser_rekent_niet_met_een_onbekende_opgave(bouw):
    with pytest.raises(NietBerekenbaar) as fout:
        los_op_cycli([_onbekend(bouw, 3, {1})])
    assert fout.value.ontbreekt == ("opgave",)
    assert "nog niet bekend" in str(fout.value)
