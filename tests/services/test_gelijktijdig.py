"""Concurrent writers of mixed kinds, through the services the web uses, on the configured
database (a file on SQLite, see settings): none fails on a lock or deadlock, and every
accepted write is in the history. benchmarks/gelijktijdig runs a heavier load."""

import threading
from contextlib import suppress

import pytest
from django.db import connection, connections

from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from regietafel.services.stand import huidige_stand
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import Conflict
from regietafel.verdelingen.models import Verdelingsversie
from tests.factories import gemeentegebruiker, provinciegebruiker
from tests.gelijktijdig_hulp import GEMEENTEN, SOORTEN, schrijf_eenmaal

SCHRIJVERS = 12
PER_SCHRIJVER = 4


def _schrijf(nummer, gebruiker, cbs, start, uitkomsten, fouten):
    """One writer: offers, new locations and concept versions in turn, each in its own
    transaction; refused saves (a conflict) are fine, a database error is not."""
    try:
        start.wait()
        t = toegang(gebruiker)
        for ronde in range(PER_SCHRIJVER):
            with suppress(Conflict):
                uitkomsten.extend(
                    schrijf_eenmaal(t, gebruiker, nummer, ronde, cbs, "gelijktijdig") or []
                )
    except Exception as fout:  # noqa: BLE001 - every failure is reported by the test
        fouten.append(f"schrijver {nummer}: {type(fout).__name__}: {fout}")
    finally:
        connections.close_all()


@pytest.mark.django_db(transaction=True)
def test_gelijktijdige_schrijvers_van_verschillende_soort(drenthe):
    if connection.vendor == "sqlite":
        assert not connection.is_in_memory_db(), "threads need a file database"
    provincie = [provinciegebruiker() for _ in range(2)]
    gemeenten = [gemeentegebruiker(cbs) for cbs in GEMEENTEN]
    voor = huidige_stand()
    start = threading.Barrier(SCHRIJVERS)
    uitkomsten: list[tuple] = []
    fouten: list[str] = []
    draden = []
    for nummer in range(SCHRIJVERS):
        if nummer % 3 == 2:
            gebruiker, cbs = provincie[nummer % 2], GEMEENTEN[nummer % len(GEMEENTEN)]
        else:
            gebruiker = gemeenten[nummer % len(GEMEENTEN)]
            cbs = GEMEENTEN[nummer % len(GEMEENTEN)]
        draden.append(
            threading.Thread(
                target=_schrijf, args=(nummer, gebruiker, cbs, start, uitkomsten, fouten)
            )
        )
    for d in draden:
        d.start()
    for d in draden:
        d.join(timeout=60)
    assert not any(d.is_alive() for d in draden), "a writer hangs"
    assert fouten == []
    # New locations and concepts cannot conflict: each one is accepted. Offers and
    # imports may meet a newer version (a refusal the user sees), but not all of them.
    soorten = [(n + r) % SOORTEN for n in range(SCHRIJVERS) for r in range(PER_SCHRIJVER)]
    provincie_soorten = [
        (n + r) % SOORTEN for n in range(SCHRIJVERS) if n % 3 == 2 for r in range(PER_SCHRIJVER)
    ]
    geaccepteerd = [s for s, _, _, _ in uitkomsten]
    assert geaccepteerd.count("locatie") == soorten.count(1)
    assert geaccepteerd.count("concept") == provincie_soorten.count(2)
    assert "aanbod" in geaccepteerd
    for soort, pk, waarde, door in uitkomsten:
        if soort == "aanbod":
            historie = Aanbod.objects.get(pk=pk).history
            assert historie.filter(plaatsen=waarde, history_user_id=door).exists()
        elif soort == "locatie":
            loc = Locatie.objects.get(pk=pk)
            assert loc.naam == waarde
            assert loc.history.filter(history_user_id=door, history_type="+").exists()
        else:
            v = Verdelingsversie.objects.get(pk=pk)
            assert v.nummer == waarde
            assert v.history.filter(history_user_id=door).exists()
    nummers = [w for s, _, w, _ in uitkomsten if s == "concept"]
    assert len(nummers) == len(set(nummers))
    assert huidige_stand() != voor
