from fractions import Fraction

from regietafel.domain.tegelkaart import TegelPlek, klasse, ontbrekend, tegels

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
