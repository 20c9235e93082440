"""Column widths from content: they fill the width, hold every column's longest word when
those fit, and give a column more room the longer its text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regietafel.reports.kolombreedte import kolombreedtes, tekstbreedte

woord = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789.-", min_size=1,
                max_size=16)  # fmt: skip
cel = st.tuples(st.lists(woord, min_size=0, max_size=6).map(" ".join), st.booleans())
kolommen = st.lists(st.lists(cel, min_size=1, max_size=8), min_size=1, max_size=14)


def _langste_woord(cellen, punt):
    return max((tekstbreedte(w, punt, vet) for t, vet in cellen for w in t.split()), default=0)


@given(kolommen=kolommen, beschikbaar=st.floats(min_value=2, max_value=30))
def test_breedtes_vullen_de_ruimte_en_houden_elk_woord_heel(kolommen, beschikbaar):
    breedtes = kolombreedtes(kolommen, beschikbaar, 9)
    minimum = [_langste_woord(c, 9) + 0.45 for c in kolommen]
    if sum(minimum) > beschikbaar:
        assert breedtes is None
        return
    assert breedtes is not None and len(breedtes) == len(kolommen)
    assert sum(breedtes) == pytest.approx(beschikbaar)
    for b, m in zip(breedtes, minimum, strict=True):
        assert b >= m - 1e-9


def test_langere_tekst_krijgt_meer_ruimte_en_een_gemeentenaam_blijft_heel():
    kop = [("Gemeente", True), ("Noordenveld", False), ("Aa en Hunze", False)]
    opmerking = [("Bijzonderheden", True),
                 ("gezinslocatie voor uitgeprocedeerde asielzoekers", False)]  # fmt: skip
    getal = [("AMV", True), ("50", False)]
    breedtes = kolombreedtes([kop, opmerking, getal], 12, 9)
    assert breedtes is not None
    assert breedtes[1] > breedtes[0] > breedtes[2]
    assert breedtes[0] >= tekstbreedte("Noordenveld", 9) + 0.45


def test_vet_is_breder_en_grotere_letters_ook():
    assert tekstbreedte("Gemeente", 9, vet=True) > tekstbreedte("Gemeente", 9)
    assert tekstbreedte("Gemeente", 9) > tekstbreedte("Gemeente", 8) > 0
