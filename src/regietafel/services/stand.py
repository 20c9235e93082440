"""The data version (*stand*): a value that changes with every stored change, so that
computations that are asked for on every page view (the puzzle) can be reused until the
data changes, in every worker process.

Every save and delete of a model of the project's own apps adds a row to
`cycli.Gegevensstand`, in the same transaction as the change, with a random number. The
stand is the number of changes and the sum of those numbers (ADR 0005): a change that is
rolled back takes its row with it, and a committed change always raises the count. An
insert takes no lock another writer waits for, so concurrent saves neither queue on one
row nor deadlock (issue 22). A block of many writes (an import) adds one row at its end
(`als_een_wijziging`), and bulk writes, which send no signals, call `markeer_wijziging`.
After every `SAMENVOEGEN_ELKE`-th row the committed rows are merged into one with the same
sums, so the table stays small and the stand stays the same. Changes made outside the
application (SQL by hand) are not seen; the reuse is also limited to `BEWAARTIJD` seconds
as a safety net.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from regietafel.cycli.models import Gegevensstand

BEWAARTIJD = 300
# What is keyed by its own inputs (a chart) is never stale; it stays until the cache needs
# the room (the cache drops the least recently used values first).
BEWAARTIJD_INHOUD = 3600
# Each change's random number is below this bound; the sum of 2**23 rows still fits in
# SQLite's 64-bit integer. Two different data states share a stand only if their counts
# are equal and their sums agree modulo the bound: a chance of 2**-40.
GETAL_GRENS = 2**40
SAMENVOEGEN_ELKE = 200
# Models whose changes do not affect any figure: the stand itself, generated documents.
NIET_GEVOLGD = {"cycli.gegevensstand", "verslagen.rapportopdracht"}


# Within `een_stand_per_verzoek` the stand is read once, and again only after a change made
# in the same request: one request then computes everything from one data version.
_per_verzoek: ContextVar[dict[str, Any] | None] = ContextVar("stand_per_verzoek", default=None)


@functools.cache
def _sommen() -> str:
    meta, kolom = Gegevensstand._meta, connection.ops.quote_name
    aantal, getal = (kolom(meta.get_field(naam).column) for naam in ("aantal", "getal"))
    return f"SELECT SUM({aantal}), SUM({getal}) FROM {kolom(meta.db_table)}"  # noqa: S608


def huidige_stand() -> str:
    """The current stand (one query, or none when this request read it already); "leeg"
    before the first change."""
    memo = _per_verzoek.get()
    if memo is not None and "stand" in memo:
        return memo["stand"]
    # One statement, so one snapshot: a merge in progress is seen entirely or not at all.
    # Plain SQL: every request asks, and building the ORM's aggregate cost more than the
    # query itself (issue 21).
    with connection.cursor() as cursor:
        cursor.execute(_sommen())
        aantal, getal = cursor.fetchone()
    waarde = "leeg" if aantal is None else f"{int(aantal)}-{int(getal) % GETAL_GRENS:x}"
    if memo is not None:
        memo["stand"] = waarde
    return waarde


# Inside `als_een_wijziging`: whether the block changed anything yet.
_samen: ContextVar[list[bool] | None] = ContextVar("stand_samen", default=None)


def markeer_wijziging() -> None:
    """Give the stand a new value: every reused computation is recomputed on next use.
    Inside `als_een_wijziging` this only notes the change, for the block's end."""
    samen = _samen.get()
    if samen is not None:
        samen[0] = True
        return
    rij = Gegevensstand.objects.create(getal=secrets.randbelow(GETAL_GRENS))
    if rij.pk % SAMENVOEGEN_ELKE == 0:
        transaction.on_commit(voeg_samen, robust=True)
    memo = _per_verzoek.get()
    if memo is not None:
        memo.clear()


def voeg_samen() -> int:
    """Merge the committed rows into one with their sums (so the stand stays the same);
    the number of rows merged. Rows another merge holds are left to that merge, and rows
    of transactions not yet committed are not seen: they are counted when they commit."""
    with transaction.atomic():
        rijen = list(
            Gegevensstand.objects.select_for_update(skip_locked=True).values_list(
                "pk", "aantal", "getal"
            )
        )
        if len(rijen) < 2:
            return 0
        Gegevensstand.objects.filter(pk__in=[pk for pk, _, _ in rijen]).delete()
        Gegevensstand.objects.create(
            aantal=sum(aantal for _, aantal, _ in rijen),
            getal=sum(getal for _, _, getal in rijen) % GETAL_GRENS,
        )
    return len(rijen)


@contextmanager
def als_een_wijziging() -> Iterator[None]:
    """Count every change made in this block as one: the stand moves on once, when the
    block ends without an error, in the transaction it ran in (an import writes thousands
    of rows and their history; issue 21). Nested blocks count toward the outer one."""
    if _samen.get() is not None:
        yield
        return
    gewijzigd = [False]
    token = _samen.set(gewijzigd)
    try:
        yield
    finally:
        _samen.reset(token)
    # A block that ended by rolling its transaction back (an import's conflict) changed
    # nothing, and may not write any more.
    if gewijzigd[0] and not (connection.in_atomic_block and transaction.get_rollback()):
        markeer_wijziging()


@contextmanager
def een_stand_per_verzoek() -> Iterator[None]:
    """Read the stand at most once in this block, unless the block changes the data."""
    token = _per_verzoek.set({})
    try:
        yield
    finally:
        _per_verzoek.reset(token)


def hergebruik[T](sleutel: tuple[Any, ...], bereken: Callable[[], T]) -> T:
    """The value of `bereken()` for `sleutel` at the current stand, computed once per
    stand in each process. `sleutel` names everything else the value depends on: the
    computation, province, cycle, whether as published or as now, the parameters, and
    today's date when the value depends on it."""
    return _bewaard((huidige_stand(), *sleutel), bereken, BEWAARTIJD)


def hergebruik_op_inhoud[T](sleutel: tuple[Any, ...], bereken: Callable[[], T]) -> T:
    """The value of `bereken()` for `sleutel`, which holds every input of the computation
    itself (a chart's title and points): reused across data versions for as long as those
    inputs are the same, so a change elsewhere does not redraw it."""
    return _bewaard(("inhoud", *sleutel), bereken, BEWAARTIJD_INHOUD)


_GEEN = object()  # not in the cache (None is a value that is kept too)


def _bewaard[T](sleutel: tuple[Any, ...], bereken: Callable[[], T], tijd: int) -> T:
    tekst = "\x1f".join(str(deel) for deel in sleutel)
    volledig = "regietafel:" + hashlib.sha256(tekst.encode()).hexdigest()
    gevonden = cache.get(volledig, _GEEN)
    if gevonden is _GEEN:
        gevonden = bereken()
        cache.set(volledig, gevonden, tijd)
    return gevonden  # type: ignore[no-any-return]


def per_verzoek[T](sleutel: str, bereken: Callable[[], T]) -> T:
    """`bereken()` once per request (within `een_stand_per_verzoek`), and again after a
    change made in the same request; outside a request, every time."""
    memo = _per_verzoek.get()
    if memo is None:
        return bereken()
    if sleutel not in memo:
        memo[sleutel] = bereken()
    return memo[sleutel]  # type: ignore[no-any-return]


_GEVOLGD: set[str] = set()


def _bij_wijziging(sender: type, **kwargs: Any) -> None:
    meta = sender._meta  # type: ignore[attr-defined]
    # `raw` is a fixture or restore load: that writes the stand itself at the end.
    gevolgd = meta.app_label in _GEVOLGD and meta.label_lower not in NIET_GEVOLGD
    if gevolgd and not kwargs.get("raw"):
        markeer_wijziging()


def volg_wijzigingen(app_labels: set[str]) -> None:
    """Connect the stand to every save and delete of the models of `app_labels`."""
    _GEVOLGD.update(app_labels)
    for signaal in (post_save, post_delete, m2m_changed):
        signaal.connect(_bij_wijziging, dispatch_uid=f"regietafel-stand-{id(signaal)}")
