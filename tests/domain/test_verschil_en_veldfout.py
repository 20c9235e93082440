"""The shared rule for a difference with an unknown figure, and the shared field error."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.fouten import RegietafelFout, Veldfout
from regietafel.domain.onbekend import verschil_of_onbekend
from regietafel.domain.pijplijn import Fasefout
from regietafel.domain.routekaart import Invoerfout
from regietafel.domain.uitruil import UitruilFout

aantal = st.integers(min_value=0, max_value=10**6)


@given(aantal, aantal)
def test_het_verschil_van_bekende_getallen(a: int, b: int) -> None:
    assert verschil_of_onbekend(a, b) == a - b


@given(st.one_of(st.none(), aantal), st.one_of(st.none(), aantal))
def test_een_onbekend_getal_maakt_het_verschil_onbekend(a: int | None, b: int | None) -> None:
    if a is None or b is None:
        assert verschil_of_onbekend(a, b) is None


@pytest.mark.parametrize("fout", [Fasefout, UitruilFout, Invoerfout])
def test_de_veldfouten_delen_veld_waarde_en_code(fout: type[Veldfout]) -> None:
    f = fout("veld", "x", "code")
    assert isinstance(f, RegietafelFout)
    assert (f.veld, f.waarde, f.code) == ("veld", "x", "code")
    assert f.sleutel == f"{fout.thema}.code"
