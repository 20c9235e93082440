"""The `statushouders` import: the province imports the task and the number housed per half
year (a new half year is created), a municipality only its own number housed; every figure
gets the file as its source and a history record; bad input writes nothing."""

import pytest

from regietafel.bronnen.models import Cijferbron
from regietafel.importen.models import Import
from regietafel.importen.services import importeer
from regietafel.services.toegang import toegang
from regietafel.statushouders.models import Halfjaar, Huisvesting
from regietafel.statushouders.services import statushouders
from tests.factories import gemeentegebruiker, provinciegebruiker
from tests.importen.bijlage1 import csv, xlsx

pytestmark = pytest.mark.django_db

KOP = ["CBS-code", "Gemeente", "Halfjaar", "Taakstelling", "Gehuisvest"]


def _als(gebruiker, tabel, bestand=csv, **kw):
    return importeer(
        "statushouders",
        bestand(tabel),
        "statushouders.csv",
        provincie="drenthe",
        t=toegang(gebruiker),
        gebruiker=gebruiker,
        **kw,
    )


def test_provincie_importeert_taak_en_gehuisvest_in_een_nieuw_halfjaar(drenthe):
    provincie = provinciegebruiker()
    r = _als(
        provincie,
        [KOP, ["GM0106", "Assen", "2026-1", "40", "38"], ["", "Emmen", "1e helft 2026", "52", ""]],
        bestand=xlsx,
    )
    assert r.toegepast, [f.melding for f in r.fouten]
    assert Halfjaar.objects.filter(provincie__code="drenthe", jaar=2026, helft=1).exists()
    assen = Huisvesting.objects.get(gemeente__cbs_code="GM0106", halfjaar__jaar=2026)
    assert (assen.taakstelling, assen.realisatie) == (40, 38)
    emmen = Huisvesting.objects.get(gemeente__cbs_code="GM0114", halfjaar__jaar=2026)
    assert (emmen.taakstelling, emmen.realisatie) == (52, None)
    # The page computes with it: Assen housed 38 of its 40.
    o = statushouders("drenthe", "2026-1")
    rij = next(g for g in o.halfjaar.gemeenten if g.cbs_code == "GM0106")
    assert (rij.taakstelling, rij.realisatie) == (40, 38)
    # Source: the file; history: the user and the import as the reason.
    bron = Cijferbron.objects.get(model="statushouders.huisvesting", object_id=assen.pk,
                                  veld="realisatie")  # fmt: skip
    assert bron.bron.bestandsnaam == "statushouders.csv"
    laatste = assen.history.first()
    assert laatste.history_user == provincie
    assert laatste.history_change_reason.startswith(f"Import {r.import_id}: statushouders.csv")
    assert Import.objects.get(pk=r.import_id).soort == "statushouders"


def test_een_ontbrekende_kolom_laat_het_opgeslagen_cijfer_staan(drenthe):
    provincie = provinciegebruiker()
    _als(provincie, [KOP, ["GM0106", "Assen", "2026-1", "40", "38"]])
    r = _als(provincie, [["Gemeente", "Halfjaar", "Gehuisvest"], ["Assen", "2026-1", "41"]])
    assert r.toegepast
    assen = Huisvesting.objects.get(gemeente__cbs_code="GM0106", halfjaar__jaar=2026)
    assert (assen.taakstelling, assen.realisatie) == (40, 41)
    assert [w.velden for w in r.wijzigingen] == [(("realisatie", "38", "41"),)]


def test_gemeente_importeert_alleen_het_eigen_aantal_gehuisvest(drenthe):
    _als(provinciegebruiker(), [KOP, ["GM0114", "Emmen", "2026-1", "52", "10"]])
    emmen = gemeentegebruiker("GM0114")
    # The task as the province set it may stay in the file; only Gehuisvest changes.
    r = _als(emmen, [KOP, ["GM0114", "Emmen", "2026-1", "52", "30"]])
    assert r.toegepast, [f.melding for f in r.fouten]
    rij = Huisvesting.objects.get(gemeente__cbs_code="GM0114", halfjaar__jaar=2026)
    assert (rij.taakstelling, rij.realisatie) == (52, 30)


def test_gemeente_mag_taakstelling_en_andere_gemeente_niet_wijzigen(drenthe):
    _als(provinciegebruiker(), [KOP, ["GM0114", "Emmen", "2026-1", "52", "10"]])
    r = _als(
        gemeentegebruiker("GM0114"),
        [
            KOP + ["Achterstand vooraf"],
            ["GM0114", "Emmen", "2026-1", "40", "30", ""],
            ["GM0106", "Assen", "2026-1", "", "5", ""],
        ],
    )
    assert not r.toegepast
    assert [(f.rij, f.kolom, f.code) for f in r.fouten] == [
        (2, "Taakstelling", "alleen_provincie"),
        (3, "CBS-code", "geen_toegang"),
    ]
    assert r.fouten[0].melding == (
        "Rij 2, kolom 'Taakstelling': u mag de taakstelling niet wijzigen ('40'); dat doet de "
        "provincie."
    )
    rij = Huisvesting.objects.get(gemeente__cbs_code="GM0114", halfjaar__jaar=2026)
    assert (rij.taakstelling, rij.realisatie) == (52, 10)


def test_foute_invoer_geeft_nederlandse_meldingen_en_schrijft_niets(drenthe):
    halfjaren, imports = Halfjaar.objects.count(), Import.objects.count()
    r = _als(
        provinciegebruiker(),
        [
            KOP + ["Achterstand vooraf"],
            ["GM0106", "Assen", "2026-3", "40", "38", ""],
            ["GM0114", "Emmen", "2026-1", "-4", "veel", "-3"],
            ["GM0109", "Coevorden", "2026-1", "1", "1", "twee"],
            ["", "Asen", "2026-1", "1", "1", ""],
            ["GM0114", "Emmen", "2026-1", "1", "1", ""],
        ],
    )
    assert not r.toegepast
    assert [(f.rij, f.kolom, f.code) for f in r.fouten] == [
        (2, "Halfjaar", "geen_halfjaar"),
        (3, "Gehuisvest", "geen_getal"),
        (3, "Taakstelling", "negatief"),
        (4, "Achterstand vooraf", "geen_geheel_getal"),
        (5, "Gemeente", "onbekende_gemeente_bedoelt"),
    ]
    assert r.fouten[0].melding == (
        "Rij 2, kolom 'Halfjaar': '2026-3' is geen halfjaar. Schrijf jjjj-1 of jjjj-2, "
        "bijvoorbeeld 2025-2 voor de tweede helft van 2025."
    )
    assert "Bedoelt u Assen?" in r.fouten[4].melding
    assert (Halfjaar.objects.count(), Import.objects.count()) == (halfjaren, imports)
    assert not Huisvesting.objects.exists()


def test_dubbele_rij_en_bestand_zonder_cijferkolom(drenthe):
    r = _als(
        provinciegebruiker(),
        [KOP, ["GM0106", "Assen", "2026-1", "1", "1"], ["GM0106", "Assen", "2026-H1", "2", "2"]],
    )
    assert [(f.rij, f.code) for f in r.fouten] == [(3, "dubbele_rij")]
    leeg = _als(provinciegebruiker(), [["Gemeente", "Halfjaar"], ["Assen", "2026-1"]])
    assert [f.code for f in leeg.fouten] == ["statushouders_kolom_ontbreekt"]


def test_ministerie_mag_niet_importeren(drenthe):
    from tests.factories import ministeriegebruiker

    r = _als(ministeriegebruiker(), [KOP, ["GM0106", "Assen", "2026-1", "1", "1"]])
    assert [f.code for f in r.fouten] == ["soort_niet_toegestaan"]
