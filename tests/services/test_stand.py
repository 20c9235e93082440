"""The data version (services.stand) and the puzzle's reuse of its computations."""

import pytest
from django.db import transaction
from django.db.models import Sum

from regietafel.opgaven.models import Aanbod
from regietafel.puzzel.services import puzzel
from regietafel.services.stand import hergebruik, huidige_stand
from tests.factories import AanbodFactory


def _meppel_amv_2026():
    return Aanbod.objects.get(gemeente__naam="Meppel", categorie="amv", jaar=2026)


def test_elke_opgeslagen_wijziging_geeft_een_nieuwe_stand(db):
    a = AanbodFactory()
    voor = huidige_stand()
    a.plaatsen += 1
    a.save()
    na = huidige_stand()
    assert na != voor
    a.delete()
    assert huidige_stand() not in {voor, na}


def test_de_puzzel_ziet_een_wijziging_direct(ongepubliceerd):
    assert puzzel("drenthe", "2025-2026").totaal.amv.aanbod[2026] == 341
    a = _meppel_amv_2026()
    a.plaatsen = 16
    a.save()
    assert puzzel("drenthe", "2025-2026").totaal.amv.aanbod[2026] == 357


def test_hergebruik_rekent_eenmaal_per_stand(db):
    a = AanbodFactory()
    berekend = []

    def bereken():
        berekend.append(1)
        return len(berekend)

    assert hergebruik(("test",), bereken) == hergebruik(("test",), bereken) == 1
    a.save()
    assert hergebruik(("test",), bereken) == 2


@pytest.mark.django_db(transaction=True)
def test_een_teruggedraaide_wijziging_brengt_geen_oude_stand_terug(drenthe):
    voor = huidige_stand()
    with pytest.raises(RuntimeError), transaction.atomic():
        _meppel_amv_2026().save()
        binnen = huidige_stand()
        raise RuntimeError
    assert huidige_stand() == voor
    _meppel_amv_2026().save()
    assert huidige_stand() not in {voor, binnen}


def test_een_verzoek_leest_de_stand_een_keer_en_opnieuw_na_een_eigen_wijziging(drenthe):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from regietafel.services.stand import een_stand_per_verzoek, huidige_stand, markeer_wijziging

    with een_stand_per_verzoek():
        with CaptureQueriesContext(connection) as ctx:
            eerste = huidige_stand()
            assert huidige_stand() == eerste
        assert len(ctx.captured_queries) == 1
        markeer_wijziging()
        assert huidige_stand() != eerste
    with CaptureQueriesContext(connection) as ctx:
        huidige_stand()
        huidige_stand()
    assert len(ctx.captured_queries) == 2


def test_samenvoegen_laat_de_stand_gelijk_en_houdt_een_rij_over(drenthe):
    from regietafel.cycli.models import Gegevensstand
    from regietafel.services.stand import markeer_wijziging, voeg_samen

    for _ in range(5):
        markeer_wijziging()
    voor = huidige_stand()
    assert Gegevensstand.objects.count() >= 5
    assert voeg_samen() >= 5
    assert Gegevensstand.objects.count() == 1
    assert huidige_stand() == voor
    markeer_wijziging()
    assert huidige_stand() not in {voor, "leeg"}


@pytest.mark.django_db(transaction=True)
def test_na_elke_zoveelste_wijziging_worden_de_rijen_samengevoegd(drenthe, monkeypatch):
    from regietafel.cycli.models import Gegevensstand
    from regietafel.services import stand

    monkeypatch.setattr(stand, "SAMENVOEGEN_ELKE", 3)
    for _ in range(7):
        stand.markeer_wijziging()
    # merged after the 3rd and 6th row (ids depend on what the dataset wrote): few rows remain
    assert Gegevensstand.objects.count() <= 4
    assert huidige_stand().startswith(f"{Gegevensstand.objects.aggregate(n=Sum('aantal'))['n']}-")


@pytest.mark.django_db(transaction=True)
def test_een_later_vastgelegde_wijziging_met_een_lager_nummer_geeft_een_nieuwe_stand(drenthe):
    """Two transactions commit in the opposite order of their rows: the second does not
    wait for the first's lock (one shared row would make it wait), and the stand is not
    "the latest row", which would miss the change committed last."""
    import threading

    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("SQLite lets one write transaction run at a time (IMMEDIATE)")
    from regietafel.services.stand import markeer_wijziging

    eerste_schreef, tweede_klaar = threading.Event(), threading.Event()

    def eerste():
        try:
            with transaction.atomic():
                markeer_wijziging()  # the lower row number
                eerste_schreef.set()
                assert tweede_klaar.wait(10)
        finally:
            connections.close_all()

    draad = threading.Thread(target=eerste)
    draad.start()
    assert eerste_schreef.wait(10)
    with transaction.atomic():
        markeer_wijziging()  # the higher row number, committed first
    tussen = huidige_stand()
    tweede_klaar.set()
    draad.join(10)
    assert huidige_stand() != tussen
