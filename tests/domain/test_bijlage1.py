from dataclasses import astuple, replace
from datetime import date

from regietafel.domain.bijlage1 import bereken_bijlage1, bijlage1_cijfers
from regietafel.domain.model import Categorie, LocatieSoort, LocatieStatus


def test_bijlage1_reproduceert_de_zes_cijfers_van_drenthe(drenthe_gegevens):
    # The six in the order of the page: regular (task, filled, to fill), then AMV.
    assert astuple(bijlage1_cijfers(drenthe_gegevens)) == (2691, 4155, 0, 229, 141, 200)


def test_nog_in_te_vullen_amv_is_gepland_en_niet_opgave_min_ingevuld(drenthe_gegevens):
    c = bijlage1_cijfers(drenthe_gegevens)
    assert c.opgave_amv - c.ingevuld_amv == 88 == c.amv_tekort
    assert c.nog_in_te_vullen_amv == 200


def test_nog_in_te_vullen_regulier_is_opgave_min_ingevuld_als_dat_positief_is(bouw, loc):
    gegevens = bouw([("A", 90, 10)], [loc("A", 40)])
    assert bijlage1_cijfers(gegevens).nog_in_te_vullen_regulier == 60


def test_locatielijst_per_gemeente_met_totaal_op_de_eerste_regel(drenthe_gegevens):
    rijen = bereken_bijlage1(drenthe_gegevens).locaties
    assert len(rijen) == len(drenthe_gegevens.locaties)
    westerveld = [r for r in rijen if r.gemeente == "Westerveld"]
    assert [r.gemeente_totaal for r in westerveld] == [290, None, None, None]
    assert [(r.regulier, r.bijzonder, r.bijzonder_soort, r.amv) for r in westerveld] == [
        (140, None, "", None),
        (None, None, "", 50),
        (None, 75, "NO", None),
        (None, 25, "TGO", None),
    ]
    totalen = {r.gemeente: r.gemeente_totaal for r in rijen if r.gemeente_totaal is not None}
    assert totalen["Emmen"] == 725 and totalen["Tynaarlo"] == 278
    assert sum(totalen.values()) == 4155


def test_locatielijst_toont_datums_en_de_onleesbare_cel_zoals_gepubliceerd(drenthe_gegevens):
    rijen = bereken_bijlage1(drenthe_gegevens).locaties
    coevorden = next(r for r in rijen if r.gemeente == "Coevorden")
    assert (coevorden.van, coevorden.van_tekst, coevorden.tot_tekst) == (
        date(1993, 9, 1),
        "1-9-1993",
        "onbep. tijd",
    )
    tynaarlo = next(r for r in rijen if r.gemeente == "Tynaarlo")
    assert (tynaarlo.van, tynaarlo.van_tekst, tynaarlo.tot_tekst) == (None, "28", "31-12-2026")


def test_zonder_locaties_is_niets_ingevuld(bouw):
    gegevens = bouw([("A", 90, 10)])
    b = bereken_bijlage1(gegevens)
    assert b.locaties == ()
    assert b.cijfers.ingevuld_regulier == 0
    assert b.cijfers.nog_in_te_vullen_regulier == 100
    assert b.cijfers.realisatie_aandeel == 0


def test_geplande_amv_telt_als_ingevuld_regulier_en_als_nog_in_te_vullen_amv(bouw, loc):
    gepland = loc("A", 30, LocatieSoort.AMV, LocatieStatus.GEPLAND, van=None, onbepaald=False)
    gegevens = bouw([("A", 10, 5)], [gepland], amv_realisatie={"A": 0})
    c = bijlage1_cijfers(gegevens)
    assert (c.ingevuld_regulier, c.ingevuld_amv, c.nog_in_te_vullen_amv) == (30, 0, 30)
    assert gegevens.cijfers["A"].opgave[Categorie.AMV] == 5


def test_onbekende_indicatieve_aantallen_maken_de_opgave_onbekend_niet_nul(bouw, loc):
    g = bouw([("A", None, None), ("B", 100, 10)], [loc("B", 80)])
    c = bijlage1_cijfers(g)
    assert (c.opgave_regulier, c.nog_in_te_vullen_regulier, c.opgave_amv) == (None, None, None)
    assert c.ingevuld_regulier == 80
    assert c.realisatie_aandeel is None and c.amv_tekort is None


def test_ingevuld_amv_telt_een_lege_cel_als_niets_en_is_onbekend_zonder_enige_realisatie(
    drenthe_gegevens,
):
    zonder = {
        code: replace(c, realisatie={**c.realisatie, Categorie.AMV: None})
        for code, c in drenthe_gegevens.cijfers.items()
    }
    assert bijlage1_cijfers(drenthe_gegevens).ingevuld_amv == 141  # De Wolden's cell is blank
    assert bijlage1_cijfers(replace(drenthe_gegevens, cijfers=zonder)).ingevuld_amv is None
