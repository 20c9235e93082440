"""The data version (*stand*): a value that changes with every stored change, so that
computations that are asked for on every page view (the puzzle) can be reused until the
data changes, in every worker process.

Every save and delete of a model of the project's own apps gives the stand a new random
value, in the same transaction as the change: a change that is rolled back takes its stand
with it, and a value never comes back. Changes made outside the application (SQL by hand)
are not seen; the reuse is also limited to `BEWAARTIJD` seconds as a safety net.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from regietafel.cycli.models import Gegevensstand

BEWAARTIJD = 300
# Models whose changes do not affect any figure: the stand itself, generated documents.
NIET_GEVOLGD = {"cycli.gegevensstand", "verslagen.rapportopdracht"}


# Within `een_stand_per_verzoek` the stand is read once, and again only after a change made
# in the same request: one request then computes everything from one data version.
_per_verzoek: ContextVar[dict[str, str] | None] = ContextVar("stand_per_verzoek", default=None)


def huidige_stand() -> str:
    """The current stand (one query, or none when this request read it already); "leeg"
    before the first change."""
    memo = _per_verzoek.get()
    if memo is not None and "stand" in memo:
        return memo["stand"]
    stand = Gegevensstand.objects.filter(pk=1).values_list("stand", flat=True).first()
    waarde = "leeg" if stand is None else stand.hex
    if memo is not None:
        memo["stand"] = waarde
    return waarde


def markeer_wijziging() -> None:
    """Give the stand a new value: every reused computation is recomputed on next use."""
    Gegevensstand.objects.update_or_create(pk=1, defaults={"stand": uuid.uuid4()})
    memo = _per_verzoek.get()
    if memo is not None:
        memo.pop("stand", None)


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
    stand in each process."""
    tekst = "\x1f".join(str(deel) for deel in (huidige_stand(), *sleutel))
    volledig = "regietafel:" + hashlib.sha256(tekst.encode()).hexdigest()
    gevonden = cache.get(volledig)
    if gevonden is None:
        gevonden = bereken()
        cache.set(volledig, gevonden, BEWAARTIJD)
    return gevonden


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
