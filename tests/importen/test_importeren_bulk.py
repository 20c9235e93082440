"""An import writes in bulk (issues 21 and 22): a number of statements that does not grow
with the rows, one new data version and one source per import, and a history that still
names who, why, and the old and new values; locations are matched by key, in order."""

import pytest
from django.db import connection
from django.db.models import Sum
from django.test.utils import CaptureQueriesContext

from regietafel.bronnen.models import Bron, Cijferbron
from regietafel.cycli.models import Gegevensstand
from regietafel.importen.services import importeer
from regietafel.locaties.models import Locatie
from regietafel.opgaven.historie import historie
from regietafel.opgaven.models import Aanbod
from regietafel.provincies.models import Gemeente
from tests.importen.bijlage1 import csv

pytestmark = pytest.mark.django_db

KOP = ["Gemeente", "Naam", "Plaatsen", "Soort"]


def _locaties(aantal, plaatsen=10, gemeente="Aa en Hunze"):
    rijen = [[gemeente, f"Locatie {i}", str(plaatsen + i), "regulier"] for i in range(aantal)]
    return [KOP, *rijen]


def _importeer(tabel, **kw):
    return importeer("locaties", csv(tabel), "l.csv", provincie="drenthe", **kw)


def _aantal_statements(tabel, **kw):
    with CaptureQueriesContext(connection) as q:
        r = _importeer(tabel, **kw)
    assert r.toegepast, r.fouten
    return len(q.captured_queries)


def _standtelling():
    return Gegevensstand.objects.aggregate(n=Sum("aantal"))["n"] or 0


def test_het_aantal_statements_groeit_niet_met_het_aantal_rijen(drenthe):
    # New locations in two municipalities, then every one of them changed.
    klein = _aantal_statements(_locaties(5, gemeente="Aa en Hunze"))
    groot = _aantal_statements(_locaties(80, gemeente="Assen"))
    assert groot == klein
    klein = _aantal_statements(_locaties(5, plaatsen=50, gemeente="Aa en Hunze"))
    groot = _aantal_statements(_locaties(80, plaatsen=50, gemeente="Assen"))
    assert groot == klein


def test_een_import_geeft_een_nieuwe_gegevensstand_en_een_bron(drenthe, rollen):
    stand, bronnen = _standtelling(), Bron.objects.count()
    r = _importeer(_locaties(30), gebruiker=rollen["provincie"])
    assert r.toegepast and len(r.wijzigingen) > 30  # 30 new, the stored ones deleted
    assert _standtelling() == stand + 1
    assert Bron.objects.count() == bronnen + 1
    bron = Bron.objects.get(sha256=r.sha256)
    nieuw = Locatie.objects.filter(gemeente__naam="Aa en Hunze")
    assert nieuw.count() == 30
    assert set(
        Cijferbron.objects.filter(
            model="locaties.locatie", object_id__in=nieuw.values("pk"), veld="plaatsen"
        ).values_list("bron", flat=True)
    ) == {bron.pk}


def test_een_afgewezen_import_verandert_de_gegevensstand_niet(drenthe):
    stand = _standtelling()
    tabel = _locaties(3) + [["Xyzzy", "X", "1", "regulier"]]
    r = _importeer(tabel)
    assert not r.toegepast and _standtelling() == stand


def test_de_historie_noemt_wie_waarom_en_de_oude_en_nieuwe_waarde(drenthe, rollen):
    gebruiker = rollen["provincie"]
    _importeer(_locaties(2, plaatsen=10), gebruiker=gebruiker)
    tabel = [KOP, ["Aa en Hunze", "Locatie 0", "15", "regulier"]]  # Locatie 1 is left out
    r = _importeer(tabel, gebruiker=gebruiker)
    assert r.toegepast
    reden = f"Import {r.import_id}: l.csv sha256:{r.sha256[:16]}"
    regels = [
        regel
        for regel in historie(Gemeente.objects.get(naam="Aa en Hunze"))
        if regel.reden == reden
    ]
    assert {(regel.soort, regel.wat) for regel in regels} == {
        ("gewijzigd", "Locatie Locatie 0 (15 plaatsen)"),
        ("verwijderd", "Locatie Locatie 1 (11 plaatsen)"),
    }
    assert {regel.wie for regel in regels} == {gebruiker.get_username()}
    gewijzigd = next(regel for regel in regels if regel.soort == "gewijzigd")
    assert [(v.veld, v.oud, v.nieuw) for v in gewijzigd.veranderingen] == [("plaatsen", 10, 15)]
    loc = Locatie.objects.get(gemeente__naam="Aa en Hunze", naam="Locatie 0")
    assert loc.versie == 2


def test_aanbod_uit_een_import_heeft_historie_en_een_nieuwe_versie(drenthe, rollen):
    aanbod = Aanbod.objects.get(gemeente__naam="Emmen", categorie="amv", jaar=2026)
    tabel = [
        ["Gemeente", "Categorie", "Jaar", "Plaatsen"],
        ["Emmen", "amv", "2026", str((aanbod.plaatsen or 0) + 7)],
    ]
    r = importeer(
        "aanbod",
        csv(tabel),
        "a.csv",
        provincie="drenthe",
        cyclus="2025-2026",
        gebruiker=rollen["provincie"],
    )
    assert r.toegepast
    na = Aanbod.objects.get(pk=aanbod.pk)
    assert (na.plaatsen, na.versie) == ((aanbod.plaatsen or 0) + 7, aanbod.versie + 1)
    laatste = na.history.first()
    assert laatste.history_type == "~" and laatste.history_user == rollen["provincie"]
    assert laatste.history_change_reason.startswith(f"Import {r.import_id}: a.csv")
    assert laatste.prev_record.plaatsen == aanbod.plaatsen


def test_locaties_met_dezelfde_soort_en_naam_worden_op_volgorde_gekoppeld(drenthe):
    tabel = [KOP, *[["Aa en Hunze", "Hotel", str(p), "regulier"] for p in (10, 20, 30)]]
    _importeer(tabel)
    eerst = list(Locatie.objects.filter(gemeente__naam="Aa en Hunze").order_by("volgorde", "id"))
    # The same name in another spelling: matched in stored order, the third one is left out.
    r = _importeer([KOP, ["Aa en Hunze", " HOTEL", "10", "regulier"],
                    ["Aa en Hunze", "hotel", "25", "regulier"]])  # fmt: skip
    assert [(w.soort, w.velden) for w in r.wijzigingen] == [
        ("gewijzigd", (("naam", "Hotel", "HOTEL"),)),
        ("gewijzigd", (("naam", "Hotel", "hotel"), ("plaatsen", "20", "25"))),
        ("verwijderd", (("plaatsen", "30", ""),)),
    ]
    na = Locatie.objects.filter(gemeente__naam="Aa en Hunze").order_by("volgorde", "id")
    assert [(x.pk, x.plaatsen) for x in na] == [(eerst[0].pk, 10), (eerst[1].pk, 25)]


def test_zonder_naamkolom_worden_locaties_op_soort_en_volgorde_gekoppeld(drenthe):
    _importeer(_locaties(3))
    eerst = list(Locatie.objects.filter(gemeente__naam="Aa en Hunze").order_by("volgorde", "id"))
    tabel = [["Gemeente", "Plaatsen", "Soort"], *[["Aa en Hunze", "99", "regulier"]] * 2]
    r = _importeer(tabel)
    assert [w.soort for w in r.wijzigingen] == ["gewijzigd", "gewijzigd", "verwijderd"]
    na = Locatie.objects.filter(gemeente__naam="Aa en Hunze").order_by("volgorde", "id")
    assert [(x.pk, x.naam, x.plaatsen) for x in na] == [
        (eerst[0].pk, "Locatie 0", 99),
        (eerst[1].pk, "Locatie 1", 99),
    ]


def test_een_locatie_die_na_het_voorbeeld_is_gewijzigd_maakt_de_import_een_conflict(
    drenthe, rollen, monkeypatch
):
    from regietafel.importen import services as importeren
    from regietafel.importen.models import Import

    _importeer(_locaties(2))
    maak = importeren._Plan.maak

    def en_intussen_gewijzigd(plan):
        maak(plan)  # the plan has read the stored versions; someone else saves one now
        Locatie.objects.filter(naam="Locatie 1").update(versie=5, plaatsen=99)

    monkeypatch.setattr(importeren._Plan, "maak", en_intussen_gewijzigd)
    stand, logs, historie = _standtelling(), Import.objects.count(), Locatie.history.count()
    tabel = [KOP, ["Aa en Hunze", "Locatie 0", "20", "regulier"],
             ["Aa en Hunze", "Locatie 1", "21", "regulier"]]  # fmt: skip
    r = _importeer(tabel, gebruiker=rollen["provincie"])
    assert not r.toegepast and [f.code for f in r.fouten] == ["conflict"]
    assert (_standtelling(), Import.objects.count(), Locatie.history.count()) == (
        stand,
        logs,
        historie,
    )
    assert Locatie.objects.get(naam="Locatie 0").plaatsen == 10
