"""The puzzle sheet read in its three layouts (the exported sheet "Puzzel" with group
headings, the seed's Drentse puzzel with a year row, one flat header row), every problem
named by row and column, and the checks of the computed columns."""

from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.invoer import lees_tabel
from regietafel.domain.invoerregels import ImportSoort
from regietafel.domain.puzzelblad import (
    berekende_cijfers,
    is_controle,
    lees_puzzelblad,
    totalen,
    waarschuwingen,
)

GROEPEN = [None, None, "Oekraïne", None, None, "Asielopvang (regulier)", None, None, None,
           "Asielopvang (AMV)", None, None, None]  # fmt: skip
VELDEN = ["Gemeente", "Inwoners", "opgave", "realisatie", "ambitie", "opgave", "realisatie",
          "aanbod 2025", "aanbod 2026", "opgave", "realisatie", "aanbod 2025",
          "aanbod 2026"]  # fmt: skip
SLEUTELS = [
    "inwoners", "oekraine.opgave", "oekraine.realisatie", "oekraine.ambitie",
    "asiel_regulier.opgave", "asiel_regulier.realisatie", "asiel_regulier.aanbod.2025",
    "asiel_regulier.aanbod.2026", "amv.opgave", "amv.realisatie", "amv.aanbod.2025",
    "amv.aanbod.2026",
]  # fmt: skip
AA_EN_HUNZE = [25724, 293, 403, 430, 143, 66, 87, 87, 13, 0, 0, 0]  # seed 002


def test_het_geexporteerde_blad_met_groepskoppen():
    rijen = [
        ["De puzzel van Drenthe, cyclus 2025-2026"],
        GROEPEN,
        VELDEN,
        ["Aa en Hunze", *AA_EN_HUNZE],
        ["Borger-Odoorn", 25919, 295, 246, 385, 128, 69, 0, "-", 12, 0, 50, 50],
        ["Totaal", 51643, 588, 649, 815, 271, 135, 87, 87, 25, 0, 50, 50],
        ["Na de totaalrij wordt niets meer gelezen", "x"],
    ]
    g = lees_puzzelblad(rijen)
    assert g.fouten == () and g.genegeerde_kolommen == ()
    assert list(g.kolomnamen) == ["gemeente", *SLEUTELS]
    assert g.kolomnamen["amv.aanbod.2026"] == "Asielopvang (AMV) aanbod 2026"
    assert g.kolomnamen["gemeente"] == "Gemeente"  # the title in A1 heads no column
    assert [(r.rij, r.gemeente.naam) for r in g.regels] == [
        (4, "Aa en Hunze"),
        (5, "Borger-Odoorn"),
    ]
    assert list(g.regels[0].cijfers.values()) == AA_EN_HUNZE
    assert g.regels[1].cijfers["asiel_regulier.aanbod.2026"] == 0  # '-' is none
    assert g.totaal.rij == 6 and g.totaal.gemeente is None
    assert g.totaal.cijfers["inwoners"] == 51643
    assert (g.aantal_rijen, g.jaren, g.koprij) == (2, (2025, 2026), 3)


def test_de_drentse_puzzel_met_een_rij_jaartallen_en_een_naamloze_totaalrij():
    rijen = [
        ["de Drentse PUZZEL voor Nieuwkomers."],
        ["25-10-2024", None, "Oekraïne opgave", None, None, "opgave spreidingswet"],
        [None, None, None, None, None, "Asielopvang (regulier)", None, None, None,
         "Asielopvang (AMV)"],
        [None, "inwoners", "opgave", "realisatie", "ambitie", "opgave", "realisatie",
         "aanbod gemeenten", None, "opgave", "realisatie", "aanbod gemeenten", None],
        [None, "2023", "2025", "2024", "2025", "2025/2026", "2025", "2025", "2026", None, "2024",
         "2025", "2026"],
        ["Aa en Hunze", "25.724", "293", "403", "430", "143", "66", "87", "87", "13", "0", "0",
         "0"],
        ["Midden Drenthe", "33.987", "387", "264", "537", "181", "", "0", "-", "17", "0", "50",
         "50"],
        [None, "502.051", "5.722", "4603", "5648", "2.462", "4793", "3814", "3814", "229", "141",
         "341", "341"],
    ]  # fmt: skip
    g = lees_puzzelblad(rijen)
    assert g.fouten == ()
    assert list(g.kolomnamen) == ["gemeente", *SLEUTELS]
    # 'aanbod gemeenten' heads the columns 2025 and 2026 below it.
    assert g.kolomnamen["asiel_regulier.aanbod.2026"].endswith("aanbod gemeenten 2026")
    assert list(g.regels[0].cijfers.values()) == AA_EN_HUNZE
    assert g.regels[1].cijfers["asiel_regulier.realisatie"] is None  # empty: unknown
    assert g.totaal.cijfers["oekraine.opgave"] == 5722


def test_een_platte_kopregel_met_cbs_code_en_saldo():
    rijen = [
        ["CBS-code", "Gemeente", "Regulier opgave", "Regulier aanbod 2026", "Regulier saldo 2026",
         "Oekraïne ambitie", "AMV aanbod 2026", "Opmerking"],
        ["106", "Assen", "360", "1.000", "+640", "792", "", "ja"],
    ]  # fmt: skip
    g = lees_puzzelblad(rijen)
    assert g.fouten == () and g.genegeerde_kolommen == ("Opmerking",)
    r = g.regels[0]
    assert (r.gemeente.cbs_code, r.gemeente.naam) == ("GM0106", "Assen")
    assert r.cijfers == {
        "asiel_regulier.opgave": 360,
        "asiel_regulier.aanbod.2026": 1000,
        "asiel_regulier.saldo.2026": 640,
        "oekraine.ambitie": 792,
        "amv.aanbod.2026": None,
    }
    assert g.totaal is None


def test_elke_fout_met_rij_en_kolom():
    rijen = [
        ["Gemeente", "Inwoners", "Regulier opgave", "AMV aanbod", "Regulier saldo 2025"],
        ["Assen", "-5", "veel", "3", "12,5"],
        ["", "", "", "", ""],
        ["Emmen", "", "10", "1", "-2"],
    ]
    g = lees_puzzelblad(rijen)
    gevonden = [(f.rij, f.kolom, f.code) for f in g.fouten]
    assert gevonden == [
        (1, "AMV aanbod", "puzzel_geen_jaar"),
        (2, "Inwoners", "negatief"),
        (2, "Regulier opgave", "geen_getal"),
        (2, "Regulier saldo 2025", "geen_geheel_getal"),
        (4, "Inwoners", "verplicht"),
    ]
    assert g.fouten[0].melding == (
        "Rij 1, kolom 'AMV aanbod': de kolom noemt geen jaar (of meer dan één); schrijf het jaar "
        "in de kop, bijvoorbeeld 'aanbod 2026'."
    )
    # The rows with a problem still name their municipality, to be checked as well.
    assert [o.gemeente.naam for o in g.onvolledig] == ["Assen", "Emmen"]


def test_zonder_kopregel_of_dubbele_kolom():
    assert [f.code for f in lees_puzzelblad([["Gemeente", "Plaatsen"], ["Assen", 3]]).fouten] == [
        "puzzel_geen_kop"
    ]
    dubbel = lees_puzzelblad([["Gemeente", "AMV opgave", "opgave AMV"], ["Assen", 1, 2]])
    assert [(f.code, f.kolom) for f in dubbel.fouten] == [("kolom_dubbel", "opgave AMV")]


def test_lees_tabel_leest_het_puzzelblad():
    g = lees_tabel(
        ImportSoort.PUZZEL, [["Gemeente", "AMV opgave", "AMV realisatie"], ["Assen", 3, 1]]
    )
    assert g.regels[0].cijfers == {"amv.opgave": 3, "amv.realisatie": 1}


def test_berekende_kolommen_en_de_waarschuwing():
    assert is_controle("oekraine.opgave") and is_controle("amv.saldo.2026")
    assert not is_controle("amv.aanbod.2026") and not is_controle("oekraine.realisatie")
    na = {"asiel_regulier.opgave": 100, "asiel_regulier.aanbod.2026": 90, "amv.opgave": None}
    berekend = berekende_cijfers(na, [2026], 42)
    assert berekend == {
        "oekraine.opgave": 42,
        "asiel_regulier.saldo.2026": -10,
        "amv.saldo.2026": None,  # no target: no saldo
    }
    g = lees_puzzelblad(
        [
            ["Gemeente", "Oekraïne opgave", "Regulier saldo 2026", "Regulier opgave"],
            ["Assen", "42", "-12", "100"],
        ]  # fmt: skip
    )
    w = waarschuwingen(g.regels[0], berekend, g.kolomnamen)
    assert [(x.rij, x.kolom, x.code) for x in w] == [
        (2, "Regulier saldo 2026", "berekend_wijkt_af")
    ]
    assert w[0].melding == (
        "Rij 2, kolom 'Regulier saldo 2026': '-12' wijkt af van het berekende -10; dit cijfer "
        "wordt berekend, niet ingelezen."
    )


def test_de_totaalrij_tegen_de_som_van_de_gemeenten():
    rijen = [{"amv.opgave": 3, "amv.aanbod.2026": None}, {"amv.opgave": 4, "amv.aanbod.2026": 2}]
    som = totalen(rijen, [2026], 700)
    assert som == {
        "amv.opgave": 7,
        "amv.aanbod.2026": 2,
        "oekraine.opgave": 700,
        "amv.saldo.2026": -5,
        "asiel_regulier.saldo.2026": None,
    }
    g = lees_puzzelblad(
        [["Gemeente", "AMV opgave", "AMV aanbod 2026", "Oekraïne opgave"], ["Totaal", 8, 2, 698]]
    )
    w = waarschuwingen(g.totaal, som, g.kolomnamen, {"oekraine.opgave": 698})
    assert [(x.kolom, x.code, x.waarde, x.detail) for x in w] == [
        ("AMV opgave", "totaal_wijkt_af", "8", "7")
    ]


getal = st.one_of(st.none(), st.integers(0, 20_000))


@given(st.lists(st.tuples(st.integers(1, 500_000), getal, getal, getal), min_size=1, max_size=8))
def test_een_geschreven_blad_leest_dezelfde_cijfers_terug(gemeenten):
    """Whatever the figures, a sheet written in the exported layout (numbers with Dutch
    thousands points, '-' for 0 alternating with 0) reads back the same figures."""

    def cel(w, i):
        if w is None:
            return None
        if w == 0 and i % 2:
            return "-"
        return f"{w:,}".replace(",", ".") if i % 3 == 0 else w

    kop = [GROEPEN[:2] + [None, None], ["Gemeente", "Inwoners", "AMV opgave", "aanbod 2026"]]
    kop[0][2] = "Asielopvang (AMV)"
    data = [
        [f"Gemeente {i}", cel(inw, i), cel(o, i), cel(a, i)]
        for i, (inw, o, a, _) in enumerate(gemeenten)
    ]
    g = lees_puzzelblad([*kop, *data])
    assert g.fouten == ()
    terug = [(r.cijfers["inwoners"], r.cijfers["amv.opgave"], r.cijfers["amv.aanbod.2026"])
             for r in g.regels]  # fmt: skip
    assert terug == [(inw, o, a) for inw, o, a, _ in gemeenten]
