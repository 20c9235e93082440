from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.tegelkaart import TegelPlek, klasse, ontbrekend, op_alfabet, tegels

DREMPELS = (Fraction(3, 4), Fraction(1))


def test_kleurklasse_naar_de_drempels_van_de_cyclus():
    assert klasse(None, DREMPELS) == "onbekend"
    assert klasse(Fraction(1, 2), DREMPELS) == "laag"
    assert klasse(Fraction(3, 4), DREMPELS) == "bijna"
    assert klasse(Fraction(1), DREMPELS) == "gehaald"


def test_tegels_in_leesvolgorde_en_ontbrekende_gemeenten():
    plekken = [TegelPlek("B", 1, 2, "Bee"), TegelPlek("A", 2, 1, "Aa")]
    uit = tegels(plekken, {"A": "Gemeente A"}, {"A": Fraction(6, 5)}, {}, DREMPELS)
    assert [(t.plek.cbs_code, t.naam, t.klasse, t.procent) for t in uit] == [
        ("A", "Gemeente A", "gehaald", 120),
        ("B", "Bee", "onbekend", None),
    ]
    assert ontbrekend(plekken, ["A", "B", "C"]) == ["C"]


@given(st.sets(st.text(min_size=1, max_size=4), max_size=40))
def test_op_alfabet_zet_elke_gemeente_eenmaal_in_een_bijna_vierkant_rooster(namen):
    gemeenten = {f"GM{i:04}": naam for i, naam in enumerate(sorted(namen))}
    kolommen, rijen, plekken = op_alfabet(gemeenten)
    assert sorted(p.cbs_code for p in plekken) == sorted(gemeenten)
    assert len({(p.kolom, p.rij) for p in plekken}) == len(plekken)
    assert all(1 <= p.kolom <= kolommen and 1 <= p.rij <= rijen for p in plekken)
    assert kolommen * rijen >= len(gemeenten) and rijen in (kolommen - 1, kolommen)
    in_leesvolgorde = [p.label for p in sorted(plekken, key=lambda p: (p.rij, p.kolom))]
    assert in_leesvolgorde == sorted(gemeenten.values(), key=str.casefold)


def test_zeven_gemeenten_op_alfabet_in_drie_kolommen():
    kolommen, rijen, plekken = op_alfabet({"GM2": "broekveen", "GM1": "Aldam", "GM3": "Coldewold",
                                           "GM4": "Dalmarke", "GM5": "Eemhorst", "GM6": "Fennewijk",
                                           "GM7": "Gaasterwold"})  # fmt: skip
    assert (kolommen, rijen) == (3, 3)
    assert [(p.label, p.kolom, p.rij) for p in plekken[:4]] == [
        ("Aldam", 1, 1), ("broekveen", 2, 1), ("Coldewold", 3, 1), ("Dalmarke", 1, 2),
    ]  # fmt: skip
