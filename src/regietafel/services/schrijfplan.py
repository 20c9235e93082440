"""Writing many records at once: what an import or a data file creates, changes and deletes.

A `Schrijfplan` collects the writes of one import and carries them out per model in a few
statements instead of a few per row (issue 21): the rows with `bulk_create` and
`bulk_update`, their history with django-simple-history's `bulk_create_with_history` and
`bulk_update_with_history` (the same who, reason and field values as a single save, so
the audit trail shows the old and new values as before), the sources of their figures in
one upsert (`services.bronnen.leg_cijfers_vast`), and the data version moved on once
(`services.stand`). The caller has checked everything before; the plan only writes.

A change names the version it was based on: the stored versions are locked and compared
in one query, and one that moved on since is a `Conflict`, as for a single change
(`services.wijzigingen.claim_versie`). Run it inside the caller's transaction, so that a
conflict leaves nothing written.

Per model, a model after the models of the plan it refers to (else in the order each was
first named): deletions, then changes, then new rows, so a new row may take the key a
deleted or changed one gave up, and may refer to a new row of another model of the plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from django.db import models, router
from django.db.models.deletion import Collector
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from regietafel.berichten.services import meld_wijzigingen
from regietafel.bronnen.services import cijfervelden, herkomst_van_invoer, leg_cijfers_vast
from regietafel.services.stand import als_een_wijziging, markeer_wijziging
from regietafel.services.wijzigingen import HOOGSTE_VERSIE, Conflict, laatste_wijziging

# The rows per statement: below SQLite's limit on parameters for the widest model.
PER_KEER = 500


@dataclass
class _Wijziging:
    obj: models.Model
    velden: tuple[str, ...]
    versie: int | None


@dataclass
class _Model:
    """The writes to one model."""

    nieuw: list[models.Model] = field(default_factory=list)
    gewijzigd: list[_Wijziging] = field(default_factory=list)
    verwijderd: list[models.Model] = field(default_factory=list)


def heeft_historie(model: type[models.Model]) -> bool:
    """Whether `model` keeps its history with django-simple-history."""
    return hasattr(model._meta, "simple_history_manager_attribute")


@dataclass
class Schrijfplan:
    """The writes of one import, made by `gebruiker` for `reden` (the history's reason)."""

    gebruiker: Any
    reden: str
    _modellen: dict[type[models.Model], _Model] = field(default_factory=dict)
    # (row, its figure fields or None for all, the peildatum of a figure that has its own)
    _cijfers: list[tuple[models.Model, tuple[str, ...] | None, Mapping[str, date]]] = field(
        default_factory=list
    )

    def _van(self, obj: models.Model) -> _Model:
        return self._modellen.setdefault(type(obj), _Model())

    def nieuw(
        self,
        obj: models.Model,
        cijfers: Iterable[str] | None = None,
        peildata: Mapping[str, date] | None = None,
    ) -> None:
        """Create `obj`; record the source of its figure fields (all, or `cijfers`), each
        with the peildatum in `peildata` when it has one there (else the day of writing)."""
        self._van(obj).nieuw.append(obj)
        self._cijfers.append((obj, None if cijfers is None else tuple(cijfers), peildata or {}))

    def wijzig(
        self,
        obj: models.Model,
        velden: Iterable[str],
        versie: int | None = None,
        cijfers: Iterable[str] | None = None,
        peildata: Mapping[str, date] | None = None,
    ) -> None:
        """Write `velden` of `obj` as they are set on it. With `versie`, the stored row
        must still be at that version, and moves to the next one. The sources as `nieuw`."""
        self._van(obj).gewijzigd.append(_Wijziging(obj, tuple(velden), versie))
        self._cijfers.append((obj, None if cijfers is None else tuple(cijfers), peildata or {}))

    def verwijder(self, obj: models.Model) -> None:
        """Delete `obj` (with what cascades from it), recorded in its history."""
        self._van(obj).verwijderd.append(obj)

    @property
    def leeg(self) -> bool:
        return not any(m.nieuw or m.gewijzigd or m.verwijderd for m in self._modellen.values())

    def voer_uit(self) -> None:
        """Write everything; raises Conflict (and the caller rolls back) when a changed row
        is no longer at the version it was read at."""
        if self.leeg:
            return
        reden = self.reden.strip() or None
        with als_een_wijziging():
            for model in self._volgorde():
                schrijf = self._modellen[model]
                self._verwijder(model, schrijf.verwijderd, reden)
                self._wijzig(model, schrijf.gewijzigd, reden)
                self._maak(model, schrijf.nieuw, reden)
            herkomst = herkomst_van_invoer(self.gebruiker)
            per_peildatum: dict[date, list[tuple[models.Model, str]]] = {herkomst.peildatum: []}
            for o, velden, peildata in self._cijfers:
                for v in cijfervelden(o, velden):
                    dag = peildata.get(v, herkomst.peildatum)
                    per_peildatum.setdefault(dag, []).append((o, v))
            for dag, cijfers in per_peildatum.items():
                leg_cijfers_vast(cijfers, replace(herkomst, peildatum=dag))
            markeer_wijziging()  # bulk writes send no signals
        meld_wijzigingen(self.gebruiker, self._geschreven(), self.reden)

    def _geschreven(self) -> list[models.Model]:
        """Every row the plan created, changed or deleted."""
        return [
            obj
            for m in self._modellen.values()
            for obj in (*m.nieuw, *(w.obj for w in m.gewijzigd), *m.verwijderd)
        ]

    def _volgorde(self) -> list[type[models.Model]]:
        """The models of the plan, each after the models of the plan it refers to."""
        modellen = list(self._modellen)
        verwijst: dict[type[models.Model], set[Any]] = {
            m: {
                f.related_model
                for f in m._meta.concrete_fields
                if f.is_relation and f.related_model in self._modellen and f.related_model is not m
            }
            for m in modellen
        }
        volgorde: list[type[models.Model]] = []
        while modellen:
            # (models that refer to each other: in the order they were named)
            klaar = next((m for m in modellen if verwijst[m] <= set(volgorde)), modellen[0])
            volgorde.append(klaar)
            modellen.remove(klaar)
        return volgorde

    # -- per model

    def _maak(self, model: type[models.Model], objs: list[models.Model], reden: str | None) -> None:
        if not objs:
            return
        if heeft_historie(model):
            bulk_create_with_history(
                objs,
                model,
                batch_size=PER_KEER,
                default_user=self.gebruiker,
                default_change_reason=reden,
            )
        else:
            model._default_manager.bulk_create(objs, batch_size=PER_KEER)

    def _wijzig(
        self, model: type[models.Model], wijzigingen: list[_Wijziging], reden: str | None
    ) -> None:
        if not wijzigingen:
            return
        self._claim_versies(model, [w for w in wijzigingen if w.versie is not None])
        # One statement per set of fields, so that no row writes a field it did not change.
        per_velden: dict[tuple[str, ...], list[models.Model]] = {}
        for w in wijzigingen:
            velden = (*w.velden, "versie") if w.versie is not None else w.velden
            per_velden.setdefault(tuple(dict.fromkeys(velden)), []).append(w.obj)
        for velden, objs in per_velden.items():
            if heeft_historie(model):
                bulk_update_with_history(
                    objs,
                    model,
                    list(velden),
                    batch_size=PER_KEER,
                    default_user=self.gebruiker,
                    default_change_reason=reden,
                )
            else:
                model._default_manager.bulk_update(objs, list(velden), batch_size=PER_KEER)

    def _claim_versies(self, model: type[models.Model], wijzigingen: list[_Wijziging]) -> None:
        """Lock the rows and check that each is still at the version the change is based
        on; move each change's object to the next version."""
        verwacht = {w.obj.pk: w for w in wijzigingen}
        opgeslagen: dict[Any, int] = {}
        # in key order, so that two imports of overlapping rows lock them in the same order
        pks = sorted(verwacht)
        for i in range(0, len(pks), PER_KEER):
            opgeslagen.update(
                model._default_manager.select_for_update()
                .filter(pk__in=pks[i : i + PER_KEER])
                .order_by("pk")
                .values_list("pk", "versie")
            )
        for pk, w in verwacht.items():
            assert w.versie is not None
            if opgeslagen.get(pk) != w.versie or not 1 <= w.versie < HOOGSTE_VERSIE:
                huidig = model._default_manager.filter(pk=pk).first()
                if huidig is None:
                    raise Conflict("onbekend", None, {})
                door, wanneer = laatste_wijziging(huidig)
                raise Conflict(door, wanneer, {v: getattr(huidig, v) for v in w.velden})
            w.obj.versie = w.versie + 1  # type: ignore[attr-defined]

    def _verwijder(
        self, model: type[models.Model], objs: list[models.Model], reden: str | None
    ) -> None:
        """Delete through Django's collector with these very objects, so that what
        cascades is deleted too and each history record names who and why."""
        if not objs:
            return
        for obj in objs:
            obj._history_user = self.gebruiker  # type: ignore[attr-defined]
            obj._change_reason = reden  # type: ignore[attr-defined]
        verzamelaar = Collector(using=router.db_for_write(model), origin=objs)
        verzamelaar.collect(objs)
        verzamelaar.delete()
