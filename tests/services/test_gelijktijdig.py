"""Concurrent writers of mixed kinds, through the services the web uses, on the configured
database (a file on SQLite, see settings): none fails on a lock or deadlock, and every
accepted write is in the history. benchmarks/gelijktijdig runs a heavier load."""

import threading
from datetime import date

import pytest
from django.db import connection, connections

from regietafel.importen.services import importeer
from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from regietafel.services.stand import huidige_stand
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import Conflict, bewaar_locatie, wijzig_aanbod
from regietafel.verdelingen.models import Verdelingsversie
from regietafel.verdelingen.services import maak_concept
from tests.factories import gemeentegebruiker, provinciegebruiker

SCHRIJVERS = 12
PER_SCHRIJVER = 4
# Municipalities whose users write at the same time as the province's users.
GEMEENTEN = ["GM0106", "GM0114", "GM0109", "GM0118"]


def _volgorde():
    """The offers an import changes (every import in the same order: two imports that
    changed shared rows in opposite orders would deadlock on those rows themselves)."""
    rijen = list(
        Aanbod.objects.select_related("gemeente")
        .filter(gemeente__cbs_code__in=GEMEENTEN, categorie="amv", jaar=2026)
        .order_by("gemeente__cbs_code")
    )
    return rijen


def _schrijf(nummer, gebruiker, cbs, start, uitkomsten, fouten):
    """One writer: offers, new locations and concept versions in turn, each in its own
    transaction; refused saves (a conflict) are fine, a database error is not."""
    try:
        start.wait()
        t = toegang(gebruiker)
        for ronde in range(PER_SCHRIJVER):
            soort = (nummer + ronde) % 4
            if soort == 0:
                aanbod = Aanbod.objects.select_related("gemeente__provincie").get(
                    gemeente__cbs_code=cbs, categorie="amv", jaar=2026
                )
                waarde = 1000 + nummer * 10 + ronde
                try:
                    wijzig_aanbod(t, gebruiker, aanbod, waarde, aanbod.versie, "gelijktijdig")
                except Conflict:
                    continue
                uitkomsten.append(("aanbod", aanbod.pk, waarde, gebruiker.pk))
            elif soort == 1:
                gemeente = Aanbod.objects.get(
                    gemeente__cbs_code=cbs, categorie="amv", jaar=2026
                ).gemeente
                loc = Locatie(
                    gemeente=gemeente,
                    naam=f"Gelijktijdig {nummer}-{ronde}",
                    plaatsen=10 + ronde,
                    soort="regulier",
                    status="gepland",
                    beschikbaar_van=date(2026, 1, 1),
                )
                bewaar_locatie(t, gebruiker, loc, None, "gelijktijdig")
                uitkomsten.append(("locatie", loc.pk, loc.naam, gebruiker.pk))
            elif t.provincie is None:
                continue
            elif soort == 2:
                v = maak_concept("drenthe", "2025-2026", None, gebruiker, "gelijktijdig")
                uitkomsten.append(("concept", v.pk, v.nummer, gebruiker.pk))
            else:
                # An import changes the offers of several municipalities in one
                # transaction, while single edits change one of them.
                rijen = [(a, 2000 + nummer * 10 + ronde + i) for i, a in enumerate(_volgorde())]
                tekst = "Gemeente;Categorie;Jaar;Plaatsen\n" + "".join(
                    f"{a.gemeente.naam};amv;2026;{w}\n" for a, w in rijen
                )
                r = importeer(
                    "aanbod",
                    tekst.encode(),
                    f"gelijktijdig-{nummer}.csv",
                    provincie="drenthe",
                    cyclus="2025-2026",
                    t=t,
                    gebruiker=gebruiker,
                )
                if r.toegepast:
                    uitkomsten.extend(("aanbod", a.pk, w, gebruiker.pk) for a, w in rijen)
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
    soorten = [(n + r) % 4 for n in range(SCHRIJVERS) for r in range(PER_SCHRIJVER)]
    provincie_soorten = [
        (n + r) % 4 for n in range(SCHRIJVERS) if n % 3 == 2 for r in range(PER_SCHRIJVER)
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
