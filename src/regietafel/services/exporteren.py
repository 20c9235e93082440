"""Export the whole database as one JSON file, and restore it into an empty database.

The export is generic: every model of every ``regietafel.*`` app (their simple-history
tables and many-to-many tables included), the users, groups and their memberships, the
role profiles and the API tokens, ordered by model label and primary key. A model added
later is exported without a change here. The format is described in docs/export.md; the
same database gives the same bytes, so export → restore → export is byte-identical.

The file ends with the SHA-256 of everything before that line; `herstel` refuses a file
whose content no longer matches it, and checks every row (references, missing values,
types) before it writes anything.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.contrib.auth.models import Permission
from django.core import validators
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.db import DatabaseError, connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils.translation import ngettext

from regietafel.domain.fouten import RegietafelFout
from regietafel.services.stand import markeer_wijziging

FORMAAT = "regietafel-export"
SCHEMAVERSIE = 1
# Models outside the regietafel apps that belong to the data. Permissions and content types
# are made by `migrate` itself; user and group permissions are written by natural key.
EXTRA = ["auth.group", "auth.user", "auth.user_groups"]
PERMISSIES = {"auth.user_user_permissions": "user", "auth.group_permissions": "group"}
# Not data: the data version (a restore gives it a new value, services.stand) and the
# heartbeats of the background workers.
NIET_GEEXPORTEERD = {"cycli.gegevensstand", "werkers.werker", "gebruikers.mislukttokengebruik"}
# The last line before the closing brace: the SHA-256 of every byte before it.
CONTROLEREGEL = re.compile(rb'"sha256":"([0-9a-f]{64})"\n\}\n\Z')
GEWIJZIGD = (
    "Het controlegetal (SHA-256) klopt niet: het bestand is na het exporteren gewijzigd of "
    "beschadigd. Er is niets hersteld."
)
ZONDER_CONTROLEGETAL = (
    "Dit bestand heeft geen controlegetal (SHA-256): het komt van een oudere versie van "
    "Regietafel, of het is eruit gehaald. Of het sinds het exporteren is veranderd, valt "
    "niet na te gaan; elke rij is wel gecontroleerd."
)


class HerstelFout(RegietafelFout, ValueError):
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
    """The export as pieces of text (write them one after the other); the last piece is the
    SHA-256 of all the others."""
    controle = hashlib.sha256()
    for stuk in _inhoud():
        controle.update(stuk.encode("utf-8"))
        yield stuk
    yield f'"sha256":"{controle.hexdigest()}"\n}}\n'


def _inhoud() -> Iterator[str]:
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
        yield "\n],\n"


def exporteer_bytes() -> bytes:
    return "".join(exporteer()).encode("utf-8")


def is_leeg() -> bool:
    return not any(m._base_manager.exists() for m in modellen())


@dataclass(frozen=True)
class Export:
    """An export read and checked against its SHA-256, not yet restored."""

    data: dict[str, Any]
    waarschuwingen: list[str]


def lees_export(inhoud: bytes) -> Export:
    """Read an export and check its SHA-256, without touching the database. An export
    without one (made before it was added) is read with a warning."""
    controle = CONTROLEREGEL.search(inhoud)
    romp = inhoud[: controle.start()] if controle else b""
    if controle is not None and hashlib.sha256(romp).hexdigest() != controle[1].decode():
        raise HerstelFout(GEWIJZIGD)
    try:
        data = json.loads(inhoud)
    except UnicodeDecodeError:
        raise HerstelFout("Het bestand is beschadigd: het is geen UTF-8-tekst.") from None
    except json.JSONDecodeError as fout:
        raise HerstelFout(
            "Het bestand is afgebroken of beschadigd: het is geen geldige JSON "
            f"(regel {fout.lineno}, kolom {fout.colno})."
        ) from None
    if not isinstance(data, dict) or data.get("formaat") != FORMAAT:
        raise HerstelFout("Het bestand is geen export van Regietafel.")
    if data.get("schemaversie") != SCHEMAVERSIE:
        raise HerstelFout(
            f"Schemaversie {data.get('schemaversie')} wordt niet ondersteund "
            f"(deze versie van Regietafel leest versie {SCHEMAVERSIE})."
        )
    if controle is None:
        if "sha256" in data:  # the bytes were rewritten (an editor reformatted the file)
            raise HerstelFout(GEWIJZIGD)
        return Export(data, [ZONDER_CONTROLEGETAL])
    return Export(data, [])


def herstel(inhoud: bytes | Export) -> dict[str, int]:
    """Restore an export into an empty database (migrated first); rows per model. Every
    row is checked first: a problem raises HerstelFout naming the record and the field,
    and nothing is written."""
    export = inhoud if isinstance(inhoud, Export) else lees_export(inhoud)
    if not is_leeg():
        raise HerstelFout(
            "De database is niet leeg. Herstel alleen in een lege database "
            "(bijvoorbeeld een nieuwe: zet REGIETAFEL_DATA_DIR of DATABASE_URL)."
        )
    plan = _Plan(export.data)
    try:
        with transaction.atomic():
            return plan.schrijf()
    except DatabaseError as fout:  # what the checks did not foresee; rolled back
        raise HerstelFout(
            f"De database weigerde het bestand ({str(fout).strip()}). Er is niets hersteld."
        ) from None


MEESTE_FOUTEN = 30
BEREIK = (validators.MinValueValidator, validators.MaxValueValidator, validators.MaxLengthValidator)


def _verwacht(veld: models.Field[Any, Any]) -> str:
    try:
        tekst = str(veld.description) % veld.__dict__
    except (KeyError, TypeError, ValueError):
        tekst = str(veld.description)
    return tekst[:1].lower() + tekst[1:]


class _Plan:
    """Every row of an export as model objects, checked before anything is written."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.fouten: list[str] = []
        # label -> (model, the fields in the insert, the objects)
        self.blokken: dict[str, tuple[type[models.Model], list[Any], list[models.Model]]] = {}
        self.permissies: dict[str, list[models.Model]] = {}
        self.ongeldig: dict[str, set[Any]] = {}  # per model, the ids of rows with an error
        blokken = data.get("modellen", [])
        if not isinstance(blokken, list):
            raise HerstelFout("Het bestand is beschadigd: 'modellen' is geen lijst.")
        permissieblokken = []
        for nr, blok in enumerate(blokken, 1):
            if not (
                isinstance(blok, dict)
                and isinstance(blok.get("model"), str)
                and isinstance(blok.get("velden"), list)
                and isinstance(blok.get("rijen"), list)
            ):
                self.fouten.append(f"Blok {nr} van 'modellen' mist 'model', 'velden' of 'rijen'.")
            elif blok["model"] in PERMISSIES:
                permissieblokken.append(blok)
            elif (model := _model(blok["model"])) is None:
                self.fouten.append(
                    f"Het model '{blok['model']}' bestaat niet in deze versie van Regietafel."
                )
            else:
                self._lees(model, blok["velden"], blok["rijen"])
        self._controleer_verwijzingen()
        for blok in permissieblokken:
            self._lees_permissies(blok["model"], blok["rijen"])
        if self.fouten:
            meer = len(self.fouten) - MEESTE_FOUTEN
            regels = self.fouten[:MEESTE_FOUTEN] + (
                [ngettext("… en nog %(n)s fout.", "… en nog %(n)s fouten.", meer) % {"n": meer}]
                if meer > 0
                else []
            )
            raise HerstelFout(
                ngettext(
                    "Het bestand is niet hersteld: %(n)s fout; er is niets geschreven.",
                    "Het bestand is niet hersteld: %(n)s fouten; er is niets geschreven.",
                    len(self.fouten),
                )
                % {"n": len(self.fouten)}
                + "\n"
                + "\n".join(f"  {r}" for r in regels)
            )

    def _lees(self, model: type[models.Model], namen: list[Any], rijen: list[Any]) -> None:
        label = model._meta.label_lower
        per_naam = {f.attname: f for f in _velden(model)}
        onbekend = [str(n) for n in namen if n not in per_naam]
        if onbekend:
            self.fouten.append(
                ngettext(
                    "Het model '%(model)s' heeft geen veld %(velden)s.",
                    "Het model '%(model)s' heeft geen velden %(velden)s.",
                    len(onbekend),
                )
                % {"model": label, "velden": ", ".join(onbekend)}
            )
            return
        velden = [per_naam[n] for n in namen]
        ontbrekend = [f for f in per_naam.values() if f.attname not in namen]
        zonder_standaard = [f.attname for f in ontbrekend if f.get_default() is None and not f.null]
        if zonder_standaard:
            self.fouten.append(
                f"{label}: het veld {', '.join(repr(n) for n in zonder_standaard)} ontbreekt in "
                "het bestand en heeft geen standaardwaarde."
            )
            return
        pk = model._meta.pk.attname
        pk_plek = namen.index(pk) if pk in namen else None
        objecten, gezien = [], set()
        for nr, rij in enumerate(rijen, 1):
            plek = f"{label}, rij {nr}"
            if not isinstance(rij, list) or len(rij) != len(velden):
                aantal = f"{len(rij)} waarde(n)" if isinstance(rij, list) else "geen lijst"
                self.fouten.append(f"{plek}: {aantal}, maar er zijn {len(velden)} velden.")
                continue
            if pk_plek is not None:
                plek += f" (id {rij[pk_plek]})"
            waarden, goed = self._waarden(plek, velden, rij)
            if not goed:  # reported; rows that refer to it are not reported again
                self.ongeldig.setdefault(label, set()).add(waarden.get(pk))
                continue
            if pk in waarden and waarden[pk] in gezien:
                self.fouten.append(f"{plek}: deze id komt twee keer voor.")
                continue
            gezien.add(waarden.get(pk))
            obj = model(**waarden)
            for f in ontbrekend:
                setattr(obj, f.attname, f.get_default())
            objecten.append(obj)
        self.blokken[label] = (model, velden + ontbrekend, objecten)

    def _waarden(self, plek: str, velden: list[Any], rij: list[Any]) -> tuple[dict[str, Any], bool]:
        waarden: dict[str, Any] = {}
        goed = True
        for f, w in zip(velden, rij, strict=True):
            try:
                waarde = _uit_json(f, w)
                if waarde is not None:
                    for v in f.validators:
                        if isinstance(v, BEREIK):
                            v(waarde)
            except (ValidationError, ValueError, TypeError, OverflowError, binascii.Error) as fout:
                reden = "; ".join(fout.messages) if isinstance(fout, ValidationError) else ""
                tekst = _json(w)
                tekst = tekst if len(tekst) <= 60 else tekst[:57] + "…"
                self.fouten.append(
                    f"{plek}, veld '{f.attname}': ongeldige waarde {tekst} "
                    f"(verwacht: {_verwacht(f)}{'; ' + reden if reden else ''})."
                )
                goed = False
                continue
            if waarde is None and not f.null:
                self.fouten.append(f"{plek}, veld '{f.attname}': de waarde ontbreekt (null).")
                goed = False
            waarden[f.attname] = waarde
        return waarden, goed

    def _aanwezig(self, model: type[models.Model], attname: str, waarden: set[Any]) -> set[Any]:
        """Which of `waarden` the restored database will have in `model`.`attname`."""
        label = model._meta.label_lower
        if label in self.blokken:
            ongeldig = (
                self.ongeldig.get(label, set()) if attname == model._meta.pk.attname else set()
            )
            return ({getattr(o, attname) for o in self.blokken[label][2]} | ongeldig) & waarden
        if label in {m._meta.label_lower for m in modellen()}:  # exported, but not in the file
            return set()
        return set(  # made by `migrate` (content types, permissions)
            model._base_manager.filter(**{f"{attname}__in": waarden}).values_list(
                attname, flat=True
            )
        )

    def _controleer_verwijzingen(self) -> None:
        """Every reference the database checks (history tables have none) points to a row."""
        for label, (model, _, objecten) in self.blokken.items():
            for f in model._meta.concrete_fields:
                if not (f.is_relation and getattr(f, "db_constraint", False)):
                    continue
                doel = f.related_model
                assert isinstance(doel, type)
                waarden = {getattr(o, f.attname) for o in objecten} - {None}
                ontbreekt = waarden - self._aanwezig(doel, f.target_field.attname, waarden)
                for o in objecten:
                    if getattr(o, f.attname) in ontbreekt:
                        self.fouten.append(
                            f"{label} (id {o.pk}), veld '{f.attname}': verwijst naar "
                            f"{doel._meta.label_lower} {getattr(o, f.attname)}, maar die staat "
                            "niet in het bestand."
                        )

    def _lees_permissies(self, label: str, rijen: list[Any]) -> None:
        model = _model(label)
        assert model is not None
        eigenaar = PERMISSIES[label]
        bestaand = {
            (a, m, c): pk
            for a, m, c, pk in Permission.objects.values_list(
                "content_type__app_label", "content_type__model", "codename", "pk"
            )
        }
        eigenaren = self._aanwezig(
            _model(f"auth.{eigenaar}"),  # type: ignore[arg-type]
            "id",
            {r[0] for r in rijen if isinstance(r, list) and r and isinstance(r[0], int)},
        )
        objecten = []
        for nr, rij in enumerate(rijen, 1):
            plek = f"{label}, rij {nr}"
            if not (
                isinstance(rij, list)
                and len(rij) == 2
                and isinstance(rij[1], list)
                and len(rij[1]) == 3
            ):
                self.fouten.append(f"{plek}: verwacht [{eigenaar}, [app, model, codename]].")
            elif rij[0] not in eigenaren:
                self.fouten.append(
                    f"{plek}, veld '{eigenaar}': verwijst naar auth.{eigenaar} {_json(rij[0])}, "
                    "maar die staat niet in het bestand."
                )
            elif tuple(rij[1]) not in bestaand:
                self.fouten.append(
                    f"{plek}, veld 'permissie': de permissie {'.'.join(map(str, rij[1]))} "
                    "bestaat niet in deze versie van Regietafel."
                )
            else:
                objecten.append(
                    model(**{f"{eigenaar}_id": rij[0], "permission_id": bestaand[tuple(rij[1])]})
                )
        self.permissies[label] = objecten

    def schrijf(self) -> dict[str, int]:
        geteld: dict[str, int] = {}
        for label in sorted([*self.blokken, *self.permissies]):
            if label in self.permissies:
                model = _model(label)
                assert model is not None
                model._base_manager.bulk_create(self.permissies[label])
                geteld[label] = len(self.permissies[label])
                continue
            model, velden, objecten = self.blokken[label]
            grootte = max(1, connection.ops.bulk_batch_size(velden, objecten) or 500)
            for i in range(0, len(objecten), grootte):
                # A raw insert: the stored values exactly, without auto_now or custom save().
                model._base_manager._insert(objecten[i : i + grootte], fields=velden, raw=True)  # type: ignore[attr-defined]
            geteld[label] = len(objecten)
        with connection.cursor() as cursor:
            hersteld = [model for model, _, _ in self.blokken.values()]
            for sql in connection.ops.sequence_reset_sql(no_style(), hersteld):
                cursor.execute(sql)
        markeer_wijziging()
        return geteld
