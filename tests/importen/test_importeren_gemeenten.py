"""The `gemeenten` import: municipalities created and updated, other provinces' rows skipped
for a province user, every error naming its row and column, and nothing written on error."""

import pytest

from regietafel.bronnen.models import Cijferbron
from regietafel.importen.models import Import
from regietafel.importen.services import importeer
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.services.toegang import toegang
from tests.factories import GebruikerFactory, provinciegebruiker
from tests.importen.bijlage1 import csv, xlsx

pytestmark = pytest.mark.django_db

KOP = ["CBS-code", "Gemeente", "Provincie", "Inwoners", "Peiljaar"]


@pytest.fixture
def groningen(drenthe):
    return Provincie.objects.get_or_create(code="groningen", defaults={"naam": "Groningen"})[0]


def _als(gebruiker, rijen, provincie="drenthe", **kw):
    return importeer(
        "gemeenten",
        csv([KOP, *rijen]),
        "gemeenten.csv",
        provincie=provincie,
        t=toegang(gebruiker),
        gebruiker=gebruiker,
        **kw,
    )


def test_superuser_maakt_en_wijzigt_gemeenten_in_elke_provincie(groningen):
    beheerder = GebruikerFactory(is_superuser=True)
    r = _als(
        beheerder,
        [
            ["GM0106", "Assen", "Drenthe", "70.000", "2024"],
            ["GM0014", "Groningen", "groningen", "238147", "2024"],
        ],
    )
    assert r.toegepast, [f.melding for f in r.fouten]
    assen = Gemeente.objects.get(cbs_code="GM0106")
    assert (assen.inwoners, assen.inwoners_peiljaar) == (70000, 2024)
    stad = Gemeente.objects.get(cbs_code="GM0014")
    assert (stad.naam, stad.provincie, stad.inwoners) == ("Groningen", groningen, 238147)
    assert r.overgeslagen == ()
    soorten = {w.wat: w.soort for w in r.wijzigingen}
    assert soorten == {"Gemeente Assen": "gewijzigd", "Gemeente Groningen (GM0014)": "nieuw"}
    # The new municipality's inhabitants come from the imported file.
    bron = Cijferbron.objects.get(model="provincies.gemeente", object_id=stad.pk, veld="inwoners")
    assert bron.bron.bestandsnaam == "gemeenten.csv"


def test_provincie_slaat_rijen_van_andere_provincies_over_en_noemt_ze(groningen):
    drenthe = provinciegebruiker("drenthe")
    r = _als(
        drenthe,
        [
            ["GM0014", "Groningen", "Groningen", "238147", "2024"],
            ["GM9999", "Nieuwdorp", "Drenthe", "1.234", "2024"],
        ],
    )
    assert r.toegepast, [f.melding for f in r.fouten]
    assert r.overgeslagen == ("rij 2: Groningen (Groningen)",)
    assert not Gemeente.objects.filter(cbs_code="GM0014").exists()
    nieuw = Gemeente.objects.get(cbs_code="GM9999")
    assert (nieuw.naam, nieuw.provincie.code, nieuw.inwoners) == ("Nieuwdorp", "drenthe", 1234)


def test_provincie_mag_geen_gemeente_van_een_andere_provincie_overnemen(groningen):
    Gemeente.objects.create(
        cbs_code="GM0014", naam="Groningen", provincie=groningen, inwoners=1, inwoners_peiljaar=2023
    )
    r = _als(provinciegebruiker("drenthe"), [["GM0014", "Groningen", "Drenthe", "5", "2024"]])
    assert [(f.rij, f.kolom, f.code) for f in r.fouten] == [(2, "Provincie", "andere_provincie")]
    assert Gemeente.objects.get(cbs_code="GM0014").provincie == groningen


def test_gemeente_en_ministerie_mogen_geen_gemeenten_importeren(drenthe):
    from tests.factories import gemeentegebruiker, ministeriegebruiker

    for gebruiker in (gemeentegebruiker("GM0106"), ministeriegebruiker()):
        r = _als(gebruiker, [["GM9999", "Nieuwdorp", "Drenthe", "1", "2024"]])
        assert [f.code for f in r.fouten] == ["soort_niet_toegestaan"]
    assert not Gemeente.objects.filter(cbs_code="GM9999").exists()


def test_fouten_noemen_rij_en_kolom_en_er_wordt_niets_geschreven(drenthe):
    voor = list(Gemeente.objects.order_by("cbs_code").values_list("cbs_code", "inwoners"))
    imports = Import.objects.count()
    r = _als(
        provinciegebruiker("drenthe"),
        [
            ["GM9999", "Nieuwdorp", "Drenthe", "1.234", "2024"],  # fine, but not written
            ["GM0106", "Assen", "Drenthe", "-5", "2024"],
            ["XX12", "Ergens", "Drenthe", "10", "2024"],
            ["GM0114", "Emmen", "Atlantis", "10", "2024"],
            ["GM0106", "Assen", "Drenthe", "10", "2024"],
            ["GM0109", "Coevorden", "Drenthe", "tien", "2024"],
        ],
    )
    assert not r.toegepast
    gevonden = [(f.rij, f.kolom, f.code) for f in r.fouten]
    assert gevonden == [
        (3, "Inwoners", "negatief"),
        (4, "CBS-code", "geen_cbs_code"),
        (5, "Provincie", "onbekende_provincie"),
        (7, "Inwoners", "geen_getal"),
    ]
    assert r.fouten[2].melding == "Rij 5, kolom 'Provincie': 'Atlantis' is geen bekende provincie."
    assert list(Gemeente.objects.order_by("cbs_code").values_list("cbs_code", "inwoners")) == voor
    assert Import.objects.count() == imports


def test_dubbele_cbs_code_is_een_fout(drenthe):
    r = _als(
        provinciegebruiker("drenthe"),
        [
            ["GM9999", "Nieuwdorp", "Drenthe", "1", "2024"],
            ["gm9999", "Nieuw", "drenthe", "2", "2024"],
        ],
    )
    assert [(f.rij, f.kolom, f.code) for f in r.fouten] == [(3, "CBS-code", "dubbele_rij")]
    assert "deze gegevens staan al in rij 2" in r.fouten[0].melding
    assert not Gemeente.objects.filter(cbs_code="GM9999").exists()


def test_ontbrekende_provinciekolom_wordt_genoemd(drenthe):
    tabel = [["CBS-code", "Gemeente", "Inwoners", "Peiljaar"], ["GM9999", "Nieuwdorp", "1", "2024"]]
    r = importeer("gemeenten", xlsx(tabel), "g.xlsx", provincie="drenthe")
    assert [(f.code, f.kolom) for f in r.fouten] == [("kolom_ontbreekt", "Provincie")]


def test_ongewijzigde_gemeente_geeft_geen_wijziging(drenthe):
    assen = Gemeente.objects.get(cbs_code="GM0106")
    rij = ["GM0106", "Assen", "Drenthe", str(assen.inwoners), str(assen.inwoners_peiljaar)]
    r = _als(provinciegebruiker("drenthe"), [rij], droog=True)
    assert r.geldig and r.wijzigingen == ()
