"""Export the whole database as one JSON file, and restore it into an empty database.

The export is generic: every model of every ``regietafel.*`` app (their simple-history
tables and many-to-many tables included), the users, groups and their memberships, the
role profiles and the API tokens, ordered by model label and primary key. A model added
later is exported without a change here. The format is described in docs/export.md; the
same database gives the same bytes, so export → restore → export is byte-identical.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from regietafel.services.stand import markeer_wijziging

FORMAAT = "regietafel-export"
SCHEMAVERSIE = 1
# Models outside the regietafel apps that belong to the data. Permissions and content types
# are made by `migrate` itself; user and group permissions are written by natural key.
EXTRA = ["auth.group", "auth.user", "auth.user_groups", "authtoken.token"]
PERMISSIES = {"auth.user_user_permissions": "user", "auth.group_permissions": "group"}
# The data version is not data: a restore gives it a new value (services.stand).
NIET_GEEXPORTEERD = {"cycli.gegevensstand"}


class HerstelFout(ValueError):
    """The file cannot be restored here; the message is Dutch."""


def modellen() -> list[type[models.Model]]:
    """Every exported model (without the permission tables), sorted by label."""
    gekozen: dict[str, type[models.Model]] = {}
    for config in apps.get_app_configs():
        if config.name.startswith("regietafel."):
            for model in config.get_models(include_auto_created=True):
                if model._meta.label_lower not in NIET_GEEXPORTEERD:
                    gekozen[model._meta.label_lower] = model
    for label in EXTRA:
        model = _model(label)
        if model is not None:
            gekozen[label] = model
    return [gekozen[label] for label in sorted(gekozen)]


def _model(label: str) -> type[models.Model] | None:
    app, naam = label.split(".")
    try:
        return apps.get_model(app, naam)
    except LookupError:
        return _tussentabel(label)


def _tussentabel(label: str) -> type[models.Model] | None:
    for model in apps.get_models(include_auto_created=True):
        if model._meta.label_lower == label:
            return model
    return None


def _velden(model: type[models.Model]) -> list[models.Field[Any, Any]]:
    return [f for f in model._meta.concrete_fields]


def _waarde(veld: models.Field[Any, Any], waarde: Any) -> Any:
    """A stored value in its JSON form."""
    if waarde is None or isinstance(waarde, bool | int | str):
        return waarde
    if isinstance(veld, models.JSONField):
        return waarde
    if isinstance(waarde, float):
        return waarde
    if isinstance(waarde, Decimal):
        return str(waarde)
    if isinstance(waarde, datetime | date | time):
        return waarde.isoformat()
    if isinstance(waarde, uuid.UUID):
        return str(waarde)
    if isinstance(waarde, bytes | memoryview | bytearray):
        return base64.b64encode(bytes(waarde)).decode("ascii")
    return veld.value_to_string(waarde)


def _uit_json(veld: models.Field[Any, Any], waarde: Any) -> Any:
    """A JSON value back as the field's Python value."""
    if waarde is None or isinstance(veld, models.JSONField):
        return waarde
    if isinstance(veld, models.BinaryField):
        return base64.b64decode(waarde)
    return veld.to_python(waarde)


def _json(waarde: Any) -> str:
    return json.dumps(waarde, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _rijen(model: type[models.Model], velden: list[models.Field[Any, Any]]) -> Iterator[list[Any]]:
    namen = [f.attname for f in velden]
    qs = model._base_manager.order_by(model._meta.pk.attname).values_list(*namen)
    for rij in qs.iterator(chunk_size=2000):
        yield [_waarde(f, w) for f, w in zip(velden, rij, strict=True)]


def _permissies(label: str) -> tuple[list[str], Iterator[list[Any]]]:
    model = _model(label)
    assert model is not None
    eigenaar = PERMISSIES[label]
    qs = model._base_manager.order_by("pk").values_list(
        f"{eigenaar}_id",
        "permission__content_type__app_label",
        "permission__content_type__model",
        "permission__codename",
    )
    return [eigenaar, "permissie"], ([e, [a, m, c]] for e, a, m, c in qs.iterator())


def _migraties() -> dict[str, str]:
    """Per app, the last applied migration (to tell whether a file fits this database)."""
    laatste: dict[str, str] = {}
    for app, naam in sorted(MigrationRecorder(connection).applied_migrations()):
        laatste[app] = max(naam, laatste.get(app, ""))
    return laatste


def exporteer() -> Iterator[str]:
    """The export as pieces of text (write them one after the other)."""
    with transaction.atomic():
        yield "{\n"
        yield f'"formaat":{_json(FORMAAT)},\n"schemaversie":{SCHEMAVERSIE},\n'
        yield f'"migraties":{_json(_migraties())},\n'
        yield '"modellen":['
        blokken: list[tuple[str, list[str], Iterable[list[Any]]]] = []
        for model in modellen():
            velden = _velden(model)
            blokken.append(
                (model._meta.label_lower, [f.attname for f in velden], _rijen(model, velden))
            )
        for label in sorted(PERMISSIES):
            blokken.append((label, *_permissies(label)))
        blokken.sort(key=lambda b: b[0])
        for i, (label, namen, rijen) in enumerate(blokken):
            yield (
                "," if i else ""
            ) + f'\n{{"model":{_json(label)},"velden":{_json(namen)},"rijen":['
            for j, rij in enumerate(rijen):
                yield ("," if j else "") + "\n" + _json(rij)
            yield "\n]}"
        yield "\n]\n}\n"


def exporteer_bytes() -> bytes:
    return "".join(exporteer()).encode("utf-8")


def is_leeg() -> bool:
    return not any(m._base_manager.exists() for m in modellen())


def migreer() -> None:
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", verbosity=0, interactive=False)


@transaction.atomic
def herstel(inhoud: bytes) -> dict[str, int]:
    """Restore an export into an empty database (migrated first); rows per model."""
    try:
        data = json.loads(inhoud)
    except (UnicodeDecodeError, json.JSONDecodeError) as fout:
        raise HerstelFout(f"Het bestand is geen geldige JSON ({fout}).") from None
    if not isinstance(data, dict) or data.get("formaat") != FORMAAT:
        raise HerstelFout("Het bestand is geen export van Regietafel.")
    if data.get("schemaversie") != SCHEMAVERSIE:
        raise HerstelFout(
            f"Schemaversie {data.get('schemaversie')} wordt niet ondersteund "
            f"(deze versie van Regietafel leest versie {SCHEMAVERSIE})."
        )
    if not is_leeg():
        raise HerstelFout(
            "De database is niet leeg. Herstel alleen in een lege database "
            "(bijvoorbeeld een nieuwe: zet REGIETAFEL_DATA_DIR of DATABASE_URL)."
        )
    geteld: dict[str, int] = {}
    hersteld: list[type[models.Model]] = []
    for blok in data.get("modellen", []):
        label = blok["model"]
        if label in PERMISSIES:
            geteld[label] = _herstel_permissies(label, blok["rijen"])
            continue
        model = _model(label)
        if model is None:
            raise HerstelFout(f"Het model '{label}' bestaat niet in deze versie van Regietafel.")
        geteld[label] = _herstel_model(model, blok["velden"], blok["rijen"])
        hersteld.append(model)
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), hersteld):
            cursor.execute(sql)
    markeer_wijziging()
    return geteld


def _herstel_model(model: type[models.Model], namen: list[str], rijen: list[list[Any]]) -> int:
    per_naam = {f.attname: f for f in _velden(model)}
    onbekend = [n for n in namen if n not in per_naam]
    if onbekend:
        raise HerstelFout(
            f"Het model '{model._meta.label_lower}' heeft geen veld(en) {', '.join(onbekend)}."
        )
    velden = [per_naam[n] for n in namen]
    ontbrekend = [f for f in per_naam.values() if f.attname not in namen]
    objecten = []
    for rij in rijen:
        obj = model(**{f.attname: _uit_json(f, w) for f, w in zip(velden, rij, strict=True)})
        for f in ontbrekend:
            setattr(obj, f.attname, f.get_default())
        objecten.append(obj)
    alle = velden + ontbrekend
    grootte = max(1, connection.ops.bulk_batch_size(alle, objecten) or 500)
    for i in range(0, len(objecten), grootte):
        # A raw insert: the stored values exactly, without auto_now or custom save().
        model._base_manager._insert(objecten[i : i + grootte], fields=alle, raw=True)  # type: ignore[attr-defined]
    return len(objecten)


def _herstel_permissies(label: str, rijen: list[list[Any]]) -> int:
    from django.contrib.auth.models import Permission

    model = _model(label)
    assert model is not None
    eigenaar = PERMISSIES[label]
    objecten = []
    for eigenaar_id, (app, naam, codename) in rijen:
        permissie = Permission.objects.get(
            content_type__app_label=app, content_type__model=naam, codename=codename
        )
        objecten.append(model(**{f"{eigenaar}_id": eigenaar_id, "permission": permissie}))
    model._base_manager.bulk_create(objecten)
    return len(objecten)
