from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain import opmaak
from regietafel.domain.model import Categorie, LocatieSoort
from regietafel.domain.puzzel import bereken_puzzel
from regietafel.domain.signaleringen import (
    SAMENVOEGEN_VANAF,
    Signalering,
    controleer,
    in_groepen,
    som_wijkt_af,
)


def codes(signaleringen):
    return [s.code for s in signaleringen]


def test_drenthe_geeft_oekraine_tynaarlo_en_bijlage1_signaleringen(drenthe_gegevens):
    assert codes(controleer(drenthe_gegevens)) == [
        "oekraine_som",
        "onleesbare_waarde",
        "bijlage1_amv_nog_in_te_vullen",
    ]


def test_tynaarlo_28_is_geen_datum_maar_mogelijk_het_amv_aantal(drenthe_gegevens):
    s = next(s for s in controleer(drenthe_gegevens) if s.code == "onleesbare_waarde")
    assert s.melding == (
        "Tynaarlo: bij 'beschikbaar van' staat '28', dat is geen datum (mogelijk het AMV-aantal)."
    )
    assert (s.gemeente, s.veld, s.waarde) == ("GM1730", "beschikbaar_van", "28")


def test_bijlage1_amv_200_is_gepland_en_niet_opgave_min_ingevuld(drenthe_gegevens):
    s = next(s for s in controleer(drenthe_gegevens) if s.code.startswith("bijlage1"))
    assert "200" in s.melding and "88" in s.melding and "geplande" in s.melding


def test_oekraine_rijen_tellen_niet_op_tot_het_totaal(drenthe_gegevens):
    s = controleer(drenthe_gegevens)[0]
    assert "5.720" in s.melding and "5.722" in s.melding


def test_puzzel_bevat_alle_signaleringen_met_oekraine_voorop(drenthe_gegevens):
    p = bereken_puzzel(drenthe_gegevens)
    assert p.signaleringen == controleer(drenthe_gegevens)
    assert p.signaleringen[0].code == "oekraine_som"


def test_einde_voor_begin_wordt_gesignaleerd(bouw, loc):
    fout = loc("A", 10, van=date(2025, 6, 1), tot=date(2024, 6, 1))
    s = [x for x in controleer(bouw([("A", 5, 0)], [fout])) if x.code == "einde_voor_begin"]
    assert len(s) == 1
    assert s[0].melding == (
        "Gemeente A: de locatie met 10 plaatsen is beschikbaar tot 1-6-2024, vóór de "
        "begindatum 1-6-2025."
    )


def test_locaties_die_niet_kloppen_met_het_aanbod(bouw, loc):
    gegevens = bouw(
        [("A", 5, 5)],
        [loc("A", 1200), loc("A", 30, LocatieSoort.AMV)],
        aanbod={("A", Categorie.ASIEL_REGULIER): 1000, ("A", Categorie.AMV): None},
    )
    s = [x for x in controleer(gegevens) if x.code == "locaties_aanbod"]
    assert [x.melding for x in s] == [
        "Gemeente A: de locaties tellen op tot 1.200 plaatsen asielopvang regulier, maar het "
        "aanbod voor 2025 is 1.000.",
        "Gemeente A: de locaties tellen op tot 30 plaatsen AMV, maar het aanbod voor 2025 is leeg.",
    ]


def test_onbekend_aanbod_zonder_locaties_is_geen_signalering(bouw):
    gegevens = bouw([("A", 5, 5)], aanbod={("A", Categorie.ASIEL_REGULIER): None})
    assert "locaties_aanbod" not in codes(controleer(gegevens))


def test_onleesbare_tekst_zonder_getal_krijgt_geen_hint(bouw, loc):
    fout = replace(loc("A", 10), onleesbaar=(("beschikbaar_tot", "binnenkort"),))
    (s,) = [x for x in controleer(bouw([("A", 5, 0)], [fout])) if x.code == "onleesbare_waarde"]
    assert s.melding == "Gemeente A: bij 'beschikbaar tot' staat 'binnenkort', dat is geen datum."


def test_schone_gegevens_geven_geen_signaleringen(bouw, loc):
    gegevens = bouw([("A", 5, 0, 100)], [loc("A", 5)], amv_realisatie={"A": 0}, oekraine_opgave=7)
    assert controleer(gegevens) == ()


def test_locaties_die_niet_meetellen_worden_genoemd_bij_het_aanbod(bouw, loc):
    afgelopen = loc("A", 1000, van=date(2017, 3, 1), tot=date(2024, 4, 1))
    g = bouw(
        [("A", 300, 10)],
        [afgelopen],
        aanbod={("A", Categorie.ASIEL_REGULIER): 1000},
        beschikbaar_in_cyclusjaren=True,
    )
    assert [s.melding for s in controleer(g) if s.code == "locaties_aanbod"] == [
        "Gemeente A: de locaties tellen op tot 0 plaatsen asielopvang regulier (1.000 genoemde "
        "plaatsen tellen niet mee in cyclus 2025-2026), maar het aanbod voor 2025 is 1.000."
    ]


@given(som=st.integers(0, 10**6), verwacht=st.integers(0, 10**6))
def test_het_verschil_van_een_som_heeft_het_teken_van_elk_saldo(som, verwacht):
    """The difference reads as every shortage or surplus does (opmaak.saldo: a real minus
    sign, U+2212), not with a hyphen; equal sums give no signalering."""
    s = som_wijkt_af("x", "Opgave", som, verwacht)
    if som == verwacht:
        assert s is None
    else:
        assert s.melding.endswith(f"(verschil {opmaak.saldo(som - verwacht)}).")
        assert "-" not in s.melding.split("verschil")[1]


def test_de_oekraine_som_van_drenthe_leest_verschil_min_twee():
    s = som_wijkt_af("x", "Oekraïne-opgave", 5720, 5722)
    assert s.melding.endswith("(verschil \u22122).")


_SOORT = st.sampled_from(["locaties_aanbod", "oekraine_som", "onleesbare_waarde"])
_SIGNALERING = st.builds(
    Signalering,
    code=_SOORT,
    melding=st.text(max_size=5),
    gemeente=st.sampled_from(["GM0106", "GM0114", None]),
)


@given(st.lists(_SIGNALERING, max_size=12))
def test_in_groepen_laat_geen_signalering_weg_en_houdt_de_volgorde_per_soort(lijst):
    groepen = in_groepen(lijst)
    samen = [s for g in groepen for s in g.signaleringen]
    assert sorted(samen, key=repr) == sorted(lijst, key=repr)
    for code in {s.code for s in lijst}:
        assert [s for s in samen if s.code == code] == [s for s in lijst if s.code == code]
    for g in groepen:
        samengevoegd = g.kop is not None
        assert samengevoegd == (len(g.signaleringen) >= SAMENVOEGEN_VANAF)
        assert samengevoegd or len(g.signaleringen) == 1


def test_veel_locatiemeldingen_worden_een_regel_met_aantal_en_gemeenten():
    def melding(gemeente, code="locaties_aanbod"):
        return Signalering(code=code, melding=f"{gemeente}: …", gemeente=gemeente)

    lijst = [melding("GM0106"), melding("GM0106"), melding("GM0114"), melding("GM1680")]
    lijst.insert(1, melding(None, "oekraine_som"))
    groepen = in_groepen(lijst)
    assert [g.kop for g in groepen] == [
        "Locaties en aanbod lopen uiteen: 4 meldingen bij 3 gemeenten",
        None,
    ]
    assert in_groepen(lijst[:3])[0].kop is None  # two of a kind stay apart
