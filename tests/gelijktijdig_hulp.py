"""The mixed writer shared by tests/services/test_gelijktijdig.py (a bounded load in the
suite) and benchmarks/gelijktijdig (a heavier one): one write through the services the web
uses, of the kind the writer's turn gives. And `tegelijk`, for a test that does one thing
in several threads at once."""

import threading
from collections.abc import Callable
from datetime import date

from django.db import connection

from regietafel.importen.services import importeer
from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from regietafel.provincies.models import Gemeente
from regietafel.services.wijzigingen import bewaar_locatie, wijzig_aanbod
from regietafel.verdelingen.services import maak_concept


def tegelijk(doe: Callable[[], object], aantal: int) -> None:
    """`doe()` in `aantal` threads at once, each closing its own database connection when
    done; returns when all have finished."""

    def draad() -> None:
        try:
            doe()
        finally:
            connection.close()

    draden = [threading.Thread(target=draad) for _ in range(aantal)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()


# Municipalities whose users write at the same time as the province's users.
GEMEENTEN = ["GM0106", "GM0114", "GM0109", "GM0118"]
# The kinds of write, in turn: an offer, a new location, a concept version, an import.
SOORTEN = 4


def _amv_aanbod():
    """The offers the writers change. Every import changes them in the same order: two
    imports that changed shared rows in opposite orders would deadlock on those rows."""
    return (
        Aanbod.objects.select_related("gemeente__provincie")
        .filter(gemeente__cbs_code__in=GEMEENTEN, categorie="amv", jaar=2026)
        .order_by("gemeente__cbs_code")
    )


def schrijf_eenmaal(t, gebruiker, nummer, ronde, cbs, label):
    """Write `ronde` of writer `nummer` (a user of municipality `cbs` or of the province),
    each in its own transaction. Returns the accepted writes as (kind, pk, value, user pk):
    [] when the import was refused, None when the kind is the province's and the writer is
    not. Raises `Conflict` when the offer had a newer version than the one read."""
    soort = (nummer + ronde) % SOORTEN
    if soort == 0:
        aanbod = _amv_aanbod().get(gemeente__cbs_code=cbs)
        waarde = 1000 + nummer * 100 + ronde
        wijzig_aanbod(t, gebruiker, aanbod, waarde, aanbod.versie, label)
        return [("aanbod", aanbod.pk, waarde, gebruiker.pk)]
    if soort == 1:
        loc = Locatie(
            gemeente=Gemeente.objects.get(cbs_code=cbs),
            naam=f"{label} {nummer}-{ronde}",
            plaatsen=10 + ronde,
            soort="regulier",
            status="gepland",
            beschikbaar_van=date(2026, 1, 1),
        )
        bewaar_locatie(t, gebruiker, loc, None, label)
        return [("locatie", loc.pk, loc.naam, gebruiker.pk)]
    if t.provincie is None:
        return None
    if soort == 2:
        v = maak_concept("drenthe", "2025-2026", None, gebruiker, label)
        return [("concept", v.pk, v.nummer, gebruiker.pk)]
    # An import changes the offers of several municipalities in one transaction, while
    # single edits change one of them.
    rijen = [(a, 2000 + nummer * 100 + ronde + i) for i, a in enumerate(_amv_aanbod())]
    tekst = "Gemeente;Categorie;Jaar;Plaatsen\n" + "".join(
        f"{a.gemeente.naam};amv;2026;{w}\n" for a, w in rijen
    )
    r = importeer(
        "aanbod",
        tekst.encode(),
        f"{label}-{nummer}.csv",
        provincie="drenthe",
        cyclus="2025-2026",
        t=t,
        gebruiker=gebruiker,
    )
    return [("aanbod", a.pk, w, gebruiker.pk) for a, w in rijen] if r.toegepast else []
