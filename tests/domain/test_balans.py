from fractions import Fraction

from regietafel.domain.balans import bereken_balans
from regietafel.domain.model import Categorie

REGULIER, AMV = Categorie.ASIEL_REGULIER, Categorie.AMV


def test_tekort_en_overschot_per_gemeente_categorie_en_jaar(drenthe_gegevens):
    b = bereken_balans(drenthe_gegevens)
    emmen_amv = b.van_gemeente("GM0114", AMV, 2025)
    assert (emmen_amv.opgave, emmen_amv.aanbod, emmen_amv.realisatie) == (42, 50, 0)
    assert (emmen_amv.tekort, emmen_amv.overschot) == (0, 8)
    hoogeveen_amv = b.van_gemeente("GM0118", AMV, 2026)
    assert (hoogeveen_amv.saldo, hoogeveen_amv.tekort, hoogeveen_amv.overschot) == (-24, 24, 0)


def test_onbekend_aanbod_geeft_onbekend_saldo(drenthe_gegevens):
    noordenveld = bereken_balans(drenthe_gegevens).van_gemeente("GM1699", REGULIER, 2025)
    assert noordenveld.aanbod is None
    assert (noordenveld.saldo, noordenveld.tekort, noordenveld.overschot) == (None, None, None)


def test_drenthe_is_sluitend_in_beide_categorieen_en_jaren(drenthe_gegevens):
    b = bereken_balans(drenthe_gegevens)
    for cat in (REGULIER, AMV):
        for jaar in drenthe_gegevens.cyclus.jaren:
            assert b.van_provincie(cat, jaar).sluitend is True
    regulier = b.van_provincie(REGULIER, 2025)
    assert (regulier.opgave, regulier.aanbod, regulier.onbekend_aanbod) == (2462, 3814, 1)
    assert (b.van_provincie(AMV, 2025).opgave, b.van_provincie(AMV, 2025).aanbod) == (229, 341)


def test_realisatiegraad_met_de_drempels_van_75_en_100_procent(drenthe_gegevens):
    b = bereken_balans(drenthe_gegevens)
    amv = b.realisatiegraad(AMV)
    assert amv.aandeel == Fraction(141, 229)
    assert [(d.drempel, d.gehaald) for d in amv.drempels] == [
        (Fraction(3, 4), False),
        (Fraction(1), False),
    ]
    samen = b.realisatiegraad()
    assert (samen.opgave, samen.realisatie) == (2691, 4934)
    assert all(d.gehaald for d in samen.drempels)


def test_niet_sluitend_bij_tekort_en_bekend_aanbod(bouw, loc):
    b = bereken_balans(bouw([("A", 50, 0), ("B", 50, 0)], [loc("A", 60)]))
    p = b.van_provincie(REGULIER, 2025)
    assert (p.opgave, p.aanbod, p.tekort, p.overschot, p.sluitend) == (100, 60, 50, 10, False)


def test_tekort_met_onbekend_aanbod_is_onbeslist(bouw, loc):
    b = bereken_balans(bouw([("A", 50, 0), ("B", 50, 0)], aanbod={("B", REGULIER): None}))
    assert b.van_provincie(REGULIER, 2025).sluitend is None


def test_zonder_opgave_geen_realisatieaandeel(bouw):
    b = bereken_balans(bouw([("A", 0, 0)]))
    assert b.realisatiegraad().aandeel is None
    assert not any(d.gehaald for d in b.realisatiegraad().drempels)
