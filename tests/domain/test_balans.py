from regietafel.domain.balans import bereken_balans
from regietafel.domain.model import Categorie

REGULIER, AMV = Categorie.ASIEL_REGULIER, Categorie.AMV


def van_gemeente(balans, cbs_code, categorie, jaar):
    return next(
        b
        for b in balans.gemeenten
        if (b.cbs_code, b.categorie, b.jaar) == (cbs_code, categorie, jaar)
    )


def test_tekort_en_overschot_per_gemeente_categorie_en_jaar(drenthe_gegevens):
    b = bereken_balans(drenthe_gegevens)
    emmen_amv = van_gemeente(b, "GM0114", AMV, 2025)
    assert (emmen_amv.opgave, emmen_amv.aanbod, emmen_amv.realisatie) == (42, 50, 0)
    assert (emmen_amv.tekort, emmen_amv.overschot) == (0, 8)
    hoogeveen_amv = van_gemeente(b, "GM0118", AMV, 2026)
    assert (hoogeveen_amv.saldo, hoogeveen_amv.tekort, hoogeveen_amv.overschot) == (-24, 24, 0)


def test_onbekend_aanbod_geeft_onbekend_saldo(drenthe_gegevens):
    noordenveld = van_gemeente(bereken_balans(drenthe_gegevens), "GM1699", REGULIER, 2025)
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


def test_niet_sluitend_bij_tekort_en_bekend_aanbod(bouw, loc):
    b = bereken_balans(bouw([("A", 50, 0), ("B", 50, 0)], [loc("A", 60)]))
    p = b.van_provincie(REGULIER, 2025)
    assert (p.opgave, p.aanbod, p.tekort, p.overschot, p.sluitend) == (100, 60, 50, 10, False)


def test_tekort_met_onbekend_aanbod_is_onbeslist(bouw, loc):
    b = bereken_balans(bouw([("A", 50, 0), ("B", 50, 0)], aanbod={("B", REGULIER): None}))
    assert b.van_provincie(REGULIER, 2025).sluitend is None
