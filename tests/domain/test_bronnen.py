"""Sources and reference dates: staleness, the date range of a column, the list of sources."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.bronnen import (
    Actualiteit,
    BronFout,
    BronSoort,
    Herkomst,
    bronnen_uit_dict,
    document,
    gebruikte_bronnen,
    ingevoerd_door,
    is_verouderd,
    peilbereik,
    peildatum_per_kolom,
    uit_import,
)

HASH = "ab" * 32
datums = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
normen = st.builds(Actualiteit, st.integers(min_value=1, max_value=3650))


def test_een_document_noemt_titel_en_datum():
    bron = document("Capaciteitsbesluit", date(2024, 1, 31))
    assert bron.soort is BronSoort.DOCUMENT
    assert bron.omschrijving == "Capaciteitsbesluit van 31-1-2024"


def test_een_import_noemt_bestand_hash_en_wie():
    bron = uit_import("aanbod.csv", HASH, "provincie", datetime(2026, 2, 3, 14, 5))
    assert bron.omschrijving == (
        "Import van aanbod.csv (SHA-256 abababababab…) op 3-2-2026 om 14:05 door provincie"
    )


def test_een_invoer_noemt_persoon_en_moment():
    bron = ingevoerd_door("gemeente-emmen", datetime(2026, 2, 3, 9, 30))
    assert bron.omschrijving == "Ingevoerd door gemeente-emmen op 3-2-2026 om 09:30"
    zonder_naam = replace(bron, persoon="")
    assert zonder_naam.omschrijving == "Ingevoerd op 3-2-2026 om 09:30"


@pytest.mark.parametrize(
    ("maak", "melding"),
    [
        (lambda: document("  ", None), "Vul de titel van het document in."),
        (
            lambda: uit_import("a.csv", "xyz", "p", datetime(2026, 1, 1)),
            "sha256: 'xyz' is geen SHA-256 (64 hexadecimale tekens).",
        ),
        (lambda: uit_import("", HASH, "p", datetime(2026, 1, 1)), "Vul de bestandsnaam in."),
        (lambda: ingevoerd_door("", datetime(2026, 1, 1)), "Vul de naam van wie invoert in."),
        (
            lambda: Actualiteit(0),
            "ouder dan (dagen): '0' is geen aantal dagen; vul een heel getal van 1 of meer in.",
        ),
    ],
)
def test_onjuiste_bron_geeft_een_nederlandse_melding(maak, melding):
    with pytest.raises(BronFout) as fout:
        maak()
    assert str(fout.value) == melding


def test_verouderd_is_strikt_ouder_dan_de_norm():
    norm = Actualiteit(180)
    peil = date(2024, 10, 25)
    assert not is_verouderd(peil, peil + timedelta(days=180), norm)
    assert is_verouderd(peil, peil + timedelta(days=181), norm)


@given(datums, datums, st.integers(min_value=0, max_value=5000), normen)
def test_verouderd_blijft_verouderd_naarmate_de_tijd_verstrijkt(peil, vandaag, later, norm):
    if is_verouderd(peil, vandaag, norm):
        assert is_verouderd(peil, vandaag + timedelta(days=later), norm)


@given(datums, datums, normen, st.integers(min_value=0, max_value=3650))
def test_een_ruimere_norm_markeert_nooit_meer_cijfers(peil, vandaag, norm, extra):
    ruimer = Actualiteit(norm.max_dagen + extra)
    if is_verouderd(peil, vandaag, ruimer):
        assert is_verouderd(peil, vandaag, norm)


@given(st.lists(datums, max_size=30))
def test_het_peilbereik_omvat_alle_peildata(peildata):
    bereik = peilbereik(peildata)
    if not peildata:
        assert bereik is None
        return
    assert bereik.van == min(peildata) and bereik.tot == max(peildata)


def test_peildatum_per_kolom_neemt_oudste_en_nieuwste():
    a = document("Verslag", date(2024, 10, 31))
    b = ingevoerd_door("provincie", datetime(2026, 2, 3, 10, 0))
    kolommen = peildatum_per_kolom(
        {
            ("GM0106", "amv.aanbod.2025"): Herkomst(a, date(2024, 10, 25)),
            ("GM0114", "amv.aanbod.2025"): Herkomst(b, date(2026, 2, 3)),
            ("GM0106", "inwoners"): Herkomst(a, date(2023, 1, 1)),
        }
    )
    assert kolommen["amv.aanbod.2025"].tekst == "25-10-2024 t/m 3-2-2026"
    assert kolommen["inwoners"].tekst == "1-1-2023"


@given(
    st.lists(
        st.tuples(st.sampled_from(["Verslag", "Capaciteitsbesluit", "Bijlage 1"]), datums),
        max_size=40,
    )
)
def test_de_bronnenlijst_telt_elk_cijfer_bij_precies_een_bron(cijfers):
    herkomsten = [Herkomst(document(t, date(2024, 10, 31)), d) for t, d in cijfers]
    lijst = gebruikte_bronnen(herkomsten)
    assert sum(v.aantal for v in lijst) == len(cijfers)
    assert len({v.bron for v in lijst}) == len(lijst) == len({t for t, _ in cijfers})


def test_de_bronnenlijst_zet_documenten_voor_importen_en_personen():
    persoon = ingevoerd_door("provincie", datetime(2026, 2, 3, 10, 0))
    imp = uit_import("a.csv", HASH, "provincie", datetime(2026, 1, 1, 8, 0))
    besluit = document("Capaciteitsbesluit", date(2024, 1, 31))
    verslag = document("Provinciaal verslag", date(2024, 10, 31))
    lijst = gebruikte_bronnen(
        [
            Herkomst(persoon, date(2026, 2, 3)),
            Herkomst(verslag, date(2024, 10, 25)),
            Herkomst(imp, date(2026, 1, 1)),
            Herkomst(besluit, date(2024, 1, 31)),
            Herkomst(verslag, date(2024, 10, 25)),
        ]
    )
    assert [v.bron for v in lijst] == [besluit, verslag, imp, persoon]
    assert lijst[1].tekst == "Provinciaal verslag van 31-10-2024 (2 cijfers, peildatum 25-10-2024)"


def test_bronnen_uit_een_gegevensbestand():
    (opgave,) = bronnen_uit_dict(
        [
            {
                "document": "Capaciteitsbesluit",
                "datum": "31-1-2024",
                "cijfers": ["asiel_regulier.opgave", "amv.opgave"],
            }
        ]
    )
    assert opgave.peildatum == date(2024, 1, 31)  # no peildatum: the document's date
    assert opgave.groepen == ("asiel_regulier.opgave", "amv.opgave")


@pytest.mark.parametrize(
    ("rij", "melding"),
    [
        ({"datum": "1-1-2024", "cijfers": ["inwoners"]}, "Vul de titel van het document in."),
        (
            {"document": "X", "datum": "28", "cijfers": ["inwoners"]},
            "bron 1, datum: '28' is geen datum; schrijf d-m-jjjj.",
        ),
        ({"document": "X", "cijfers": ["inwoners"]}, "Vul bron 1, peildatum in."),
        ({"document": "X", "datum": "1-1-2024", "cijfers": []}, "Vul bron 1, cijfers in."),
        (
            {"document": "X", "datum": "1-1-2024", "cijfers": ["puzzel"]},
            "bron 1, cijfers: 'puzzel' is geen bekende groep cijfers.",
        ),
        (
            {
                "document": "X",
                "datum": "1-1-2024",
                "peildatum": "2-1-2024",
                "cijfers": ["amv.opgave"],
            },
            "bron 1, peildatum: de peildatum 2-1-2024 ligt na de datum van het document.",
        ),
    ],
)
def test_een_onjuiste_bronopgave_wordt_geweigerd(rij, melding):
    with pytest.raises(BronFout) as fout:
        bronnen_uit_dict([rij])
    assert str(fout.value) == melding


def test_een_groep_cijfers_heeft_maar_een_bron():
    rij = {"document": "X", "datum": "1-1-2024", "cijfers": ["inwoners"]}
    with pytest.raises(BronFout) as fout:
        bronnen_uit_dict([rij, {**rij, "document": "Y"}])
    assert str(fout.value) == "bron 2, cijfers: de cijfers 'inwoners' staan al bij een andere bron."
