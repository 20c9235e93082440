"""The register of reserve emergency places: saved by who may, version-checked, and taken
along by the export and restore with its history."""

import json

import pytest

from regietafel.noodopvang.models import Reservenoodopvang
from regietafel.noodopvang.services import bewaar_reserve, totalen_per_provincie
from regietafel.services.exporteren import exporteer_bytes, herstel
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import Conflict, GeenToegang
from tests.export_hulp import leeg_maken
from tests.factories import (
    GemeenteFactory,
    ProvincieFactory,
    ReserveFactory,
    gemeentegebruiker,
    provinciegebruiker,
)


def test_een_gemeente_mag_de_reserve_van_een_andere_niet_wijzigen(db):
    a, b = GemeenteFactory.create_batch(2, provincie=ProvincieFactory())
    r = ReserveFactory(gemeente=b)
    van_a = gemeentegebruiker(a.cbs_code)
    r.plaatsen = 1
    with pytest.raises(GeenToegang):
        bewaar_reserve(toegang(van_a), van_a, r, 1)
    r.refresh_from_db()
    assert r.plaatsen == 150


def test_een_wijziging_op_een_oude_versie_is_een_conflict(db):
    r = ReserveFactory(gemeente=GemeenteFactory())
    wie = provinciegebruiker(r.gemeente.provincie.code)
    t = toegang(wie)
    r.plaatsen = 10
    bewaar_reserve(t, wie, r, 1)
    oud = Reservenoodopvang.objects.get(pk=r.pk)
    oud.plaatsen = 20
    with pytest.raises(Conflict):
        bewaar_reserve(t, wie, oud, 1)
    assert Reservenoodopvang.objects.get(pk=r.pk).plaatsen == 10


def test_de_totalen_per_provincie_en_status(db):
    a, b = GemeenteFactory.create_batch(2, provincie=ProvincieFactory())
    ReserveFactory(gemeente=a, plaatsen=100, status="toegezegd", openen_binnen_dagen=5)
    ReserveFactory(gemeente=b, plaatsen=40, status="beeindigd", openen_binnen_dagen=1)
    t = totalen_per_provincie()[a.provincie.code]
    assert (t.inzetbaar, t.aantal, t.snelste_dagen) == (100, 2, 5)


def test_de_reserve_gaat_mee_in_export_en_herstel(drenthe, rollen):
    r = ReserveFactory(voorwaarden="tijdelijk, geen dependance")
    r.status = "toegezegd"
    bewaar_reserve(toegang(rollen["provincie"]), rollen["provincie"], r, 1, "toezegging COA")
    eerste = exporteer_bytes()
    leeg_maken()
    herstel(eerste)
    assert exporteer_bytes() == eerste
    hersteld = Reservenoodopvang.objects.get()
    assert (hersteld.voorwaarden, hersteld.status, hersteld.versie) == (
        "tijdelijk, geen dependance", "toegezegd", 2,
    )  # fmt: skip
    assert hersteld.history.count() == 2
    labels = [b["model"] for b in json.loads(eerste)["modellen"]]
    assert "noodopvang.historicalreservenoodopvang" in labels
