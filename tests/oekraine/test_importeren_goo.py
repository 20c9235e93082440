"""The `goo` import: the complete list of GOO locations of each municipality in the file,
matched by name; optional columns the file lacks keep their values; the source and the
history; bad input writes nothing."""

from datetime import date

import pytest

from regietafel.bronnen.models import Cijferbron
from regietafel.importen.services import importeer
from regietafel.oekraine.models import GooLocatie
from regietafel.oekraine.services import oekraine
from regietafel.services.toegang import toegang
from tests.factories import gemeentegebruiker, provinciegebruiker
from tests.importen.bijlage1 import csv, xlsx

pytestmark = pytest.mark.django_db

KOP = ["Gemeente", "Naam", "Plaatsen", "Beschikbaar van", "Geplande einddatum",
       "Om te zetten naar huisvesting", "Opmerking"]  # fmt: skip


def _als(gebruiker, tabel, bestand=csv):
    return importeer(
        "goo",
        bestand(tabel),
        "goo.xlsx" if bestand is xlsx else "goo.csv",
        provincie="drenthe",
        t=toegang(gebruiker),
        gebruiker=gebruiker,
    )


def _namen(cbs_code):
    return list(
        GooLocatie.objects.filter(gemeente__cbs_code=cbs_code)
        .order_by("naam")
        .values_list("naam", "plaatsen", "versie")
    )


def test_provincie_importeert_goo_locaties_en_de_oekraine_pagina_telt_ze(drenthe):
    provincie = provinciegebruiker()
    r = _als(
        provincie,
        [
            KOP,
            ["Assen", "De Kaap", "120", date(2022, 4, 1), "1-7-2027", "ja", ""],
            ["Assen", "Hotel Noord", "40", "", "", "nee", "wordt afgebouwd"],
            ["Emmen", "Paviljoen", "60", "1-5-2022", "", "", ""],
        ],
        bestand=xlsx,
    )
    assert r.toegepast, [f.melding for f in r.fouten]
    kaap = GooLocatie.objects.get(naam="De Kaap")
    assert (kaap.plaatsen, kaap.beschikbaar_van, kaap.geplande_einde, kaap.transformeerbaar) == (
        120,
        date(2022, 4, 1),
        date(2027, 7, 1),
        True,
    )
    assert GooLocatie.objects.get(naam="Paviljoen").transformeerbaar is None  # not known
    o = oekraine("drenthe", "2025-2026")
    assert o.goo_plaatsen == 220
    assert next(g for g in o.gemeenten if g.cbs_code == "GM0106").goo_plaatsen == 160
    bron = Cijferbron.objects.get(model="oekraine.goolocatie", object_id=kaap.pk, veld="plaatsen")
    assert bron.bron.bestandsnaam == "goo.xlsx"
    assert kaap.history.first().history_user == provincie


def test_het_bestand_is_de_volledige_lijst_per_gemeente(drenthe):
    provincie = provinciegebruiker()
    _als(provincie, [KOP, ["Assen", "De Kaap", "120", "", "", "ja", "x"],
                     ["Assen", "Hotel Noord", "40", "", "", "", ""],
                     ["Emmen", "Paviljoen", "60", "", "", "", ""]])  # fmt: skip
    # Without the optional columns: De Kaap (matched without case) keeps its 'ja' and
    # remark; Hotel Noord, not in the file, is removed; Emmen, not in the file, stays.
    r = _als(provincie, [["Gemeente", "Naam", "Plaatsen"], ["Assen", "DE KAAP", "100"]])
    assert r.toegepast
    assert sorted((w.soort, w.wat) for w in r.wijzigingen) == [
        ("gewijzigd", "GOO-locatie Assen: DE KAAP"),
        ("verwijderd", "GOO-locatie Assen: Hotel Noord"),
    ]
    assert _namen("GM0106") == [("DE KAAP", 100, 2)]  # the file's spelling counts
    kaap = GooLocatie.objects.get(gemeente__cbs_code="GM0106")
    assert (kaap.transformeerbaar, kaap.opmerking) == (True, "x")
    assert _namen("GM0114") == [("Paviljoen", 60, 1)]
    # The removed location's history stays.
    assert GooLocatie.history.filter(naam="Hotel Noord", history_type="-").exists()


def test_gemeente_importeert_alleen_eigen_goo_locaties(drenthe):
    emmen = gemeentegebruiker("GM0114")
    r = _als(emmen, [KOP, ["Emmen", "Paviljoen", "60", "", "", "", ""],
                     ["Assen", "De Kaap", "1", "", "", "", ""]])  # fmt: skip
    assert [(f.rij, f.code) for f in r.fouten] == [(3, "geen_toegang")]
    assert not GooLocatie.objects.exists()
    assert _als(emmen, [KOP, ["Emmen", "Paviljoen", "60", "", "", "", ""]]).toegepast


def test_foute_invoer_schrijft_niets(drenthe):
    r = _als(
        provinciegebruiker(),
        [
            KOP,
            ["Assen", "", "120", "", "", "", ""],
            ["Assen", "B", "-1", "", "", "misschien", ""],
            ["Assen", "C", "5", "1-1-2025", "1-1-2024", "", ""],
            ["Assen", "D", "5", "", "permanent", "", ""],
            ["Assen", "E", "5", "", "", "", ""],
            ["assen", "e", "6", "", "", "", ""],
        ],
    )
    assert [(f.rij, f.kolom, f.code) for f in r.fouten] == [
        (2, "Naam", "verplicht"),
        (3, "Om te zetten naar huisvesting", "geen_ja_nee"),
        (3, "Plaatsen", "negatief"),
        (4, "Geplande einddatum", "tot_voor_van"),
        (5, "Geplande einddatum", "datum_is_woord"),
        (7, "Gemeente", "dubbele_rij"),
    ]
    assert r.fouten[1].melding == (
        "Rij 3, kolom 'Om te zetten naar huisvesting': 'misschien' is geen ja of nee. Schrijf ja "
        "of nee, of laat de cel leeg (nog niet bekend)."
    )
    assert not GooLocatie.objects.exists()
