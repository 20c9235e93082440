"""A copy of the test database as `django_db_setup` left it (Drenthe loaded through the
services), made once per test process. After a transactional test the database is set
back to it (the root conftest's `drenthe_na_een_transactietest`), instead of Django's
emptying the database and the next test's loading Drenthe again. On PostgreSQL emptying
took 0,6 s and loading Drenthe through the services (`richt_in()`) 0,8 s, in each of some
120 transactional tests; copying the rows back takes 0,1 s (SQLite: 0,06 s and 0,3 s,
against 0,01 s). The copy holds the same rows, with the same keys, as the database the
other tests run on.

PostgreSQL keeps the copy in a schema of its own in the test database; SQLite in a file
beside it, attached while the rows are copied back."""

from __future__ import annotations

import os

from django.apps import apps
from django.core.cache import cache
from django.core.management.color import no_style
from django.db import connection, transaction

KOPIE = "drenthe_kopie"
# The columns of every table, as copied: a table whose columns changed since (a migration
# test) makes the copying back fail loudly rather than fill the wrong columns.
_kolommen: dict[str, list[str]] = {}


def _q(naam: str) -> str:
    return connection.ops.quote_name(naam)


def _bestand() -> str:
    return f"{connection.settings_dict['NAME']}-{KOPIE}"


def maak_kopie() -> None:
    """Copy every table of the project's models as it is now."""
    with connection.cursor() as cursor:
        tabellen = sorted(connection.introspection.django_table_names(only_existing=True))
        for tabel in tabellen:
            beschrijving = connection.introspection.get_table_description(cursor, tabel)
            _kolommen[tabel] = [kolom.name for kolom in beschrijving]
        if connection.vendor == "sqlite":
            if os.path.exists(_bestand()):
                os.remove(_bestand())
            cursor.execute("VACUUM INTO %s", [_bestand()])
            return
        cursor.execute(f"DROP SCHEMA IF EXISTS {KOPIE} CASCADE")
        cursor.execute(f"CREATE SCHEMA {KOPIE}")
        for tabel in tabellen:
            cursor.execute(f"CREATE TABLE {KOPIE}.{_q(tabel)} AS TABLE {_q(tabel)}")


def _zet_rijen_terug(cursor) -> None:
    # Django's foreign keys are deferred to the end of the transaction, so the order of the
    # tables does not matter.
    for tabel in _kolommen:
        cursor.execute(f"DELETE FROM {_q(tabel)}")  # noqa: S608 - our own table names
    for tabel, kolommen in _kolommen.items():
        lijst = ", ".join(_q(k) for k in kolommen)
        cursor.execute(
            f"INSERT INTO {_q(tabel)} ({lijst}) SELECT {lijst} FROM {KOPIE}.{_q(tabel)}"  # noqa: S608
        )


def zet_terug() -> None:
    """Replace every row of the project's tables by the copy's, and set the key sequences
    after the copy's keys (on SQLite, AUTOINCREMENT follows the inserted keys itself). The
    cache is emptied too: a test may have changed rows without moving the data version
    (services.stand), and what was computed from them must not outlive them."""
    assert _kolommen, "maak_kopie() is niet aangeroepen"
    cache.clear()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # SQLite attaches a database only outside a transaction.
            cursor.execute(f"ATTACH DATABASE %s AS {KOPIE}", [_bestand()])
            try:
                with transaction.atomic():
                    _zet_rijen_terug(cursor)
            finally:
                cursor.execute(f"DETACH DATABASE {KOPIE}")
            return
        with transaction.atomic():
            _zet_rijen_terug(cursor)
            modellen = apps.get_models(include_auto_created=True)
            for sql in connection.ops.sequence_reset_sql(no_style(), modellen):
                cursor.execute(sql)


def zorg_voor_drenthe() -> None:
    """Drenthe, as `django_db_setup` loaded it: set back from the copy only if a
    transactional test has emptied the database. (Not `richt_in()` each time: its check for
    open migrations reads every migration file, 25 ms in each of some 3,000 tests.)"""
    from regietafel.provincies.models import Provincie

    if not Provincie.objects.exists():
        zet_terug()
