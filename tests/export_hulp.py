"""Helpers for the tests of export and restore: an empty database, and an export with one
row changed (and signed again, as a buggy exporter or a careful hand would)."""

import hashlib
import json
from collections.abc import Callable

from django.db import connection

from regietafel.services import exporteren


def leeg_maken() -> None:
    """Delete every exported row (the foreign keys are checked at commit, which a test's
    transaction never reaches)."""
    tabellen = [m._meta.db_table for m in exporteren.modellen()]
    tabellen += ["auth_user_user_permissions", "auth_group_permissions"]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        for tabel in tabellen:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(tabel)}")
    assert exporteren.is_leeg()


def zonder_controlegetal(inhoud: bytes) -> bytes:
    """The export as it was before it carried a SHA-256 (schema version 1 all the same)."""
    controle = exporteren.CONTROLEREGEL.search(inhoud)
    assert controle is not None
    assert inhoud[: controle.start()].endswith(b"\n],\n")
    return inhoud[: controle.start() - 2] + b"\n}\n"


def ondertekend(inhoud: bytes) -> bytes:
    """`inhoud` (without its SHA-256 line) with the SHA-256 line made again."""
    controle = exporteren.CONTROLEREGEL.search(inhoud)
    romp = inhoud[: controle.start()] if controle else inhoud
    return romp + f'"sha256":"{hashlib.sha256(romp).hexdigest()}"\n}}\n'.encode()


Wijziging = Callable[[list[str], list[list]], tuple[list[str], list[list]]]


def met_wijziging(inhoud: bytes, model: str, wijzig: Wijziging) -> bytes:
    """The export with the block of `model` changed by `wijzig(velden, rijen)`, one row a
    line as the exporter writes them, and signed again."""
    regels = inhoud.decode().split("\n")
    kop = next(i for i, r in enumerate(regels) if r.startswith(f'{{"model":"{model}",'))
    einde = next(i for i in range(kop + 1, len(regels)) if regels[i].startswith("]}"))
    velden = json.loads(regels[kop] + "]}")["velden"]
    rijen = [json.loads(r.rstrip(",")) for r in regels[kop + 1 : einde]]
    velden, rijen = wijzig(velden, rijen)

    def compact(waarde: object) -> str:
        return json.dumps(waarde, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    nieuw = [f'{{"model":{compact(model)},"velden":{compact(velden)},"rijen":[']
    nieuw += [compact(r) + ("," if i < len(rijen) - 1 else "") for i, r in enumerate(rijen)]
    regels[kop:einde] = nieuw
    return ondertekend("\n".join(regels).encode())
