"""Django's database sessions, with the session read in plain SQL.

Every logged-in request reads its session. Building the ORM's query for it cost more CPU
than the query itself (issue 21), so it is written out once; everything else (the table,
writing, expiry, the session key's validation) is Django's `db` session engine, and
sessions stored before stay valid.
"""

from __future__ import annotations

import functools
from typing import Any

from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone


class SessionStore(db.SessionStore):
    """`db.SessionStore` whose `_get_session_from_db` is one plain query, as the ORM would
    ask it: the session with this key that has not expired."""

    def _get_session_from_db(self) -> Any:
        sleutel = self.session_key  # None when the cookie's key is not a valid one
        rij = None
        if sleutel is not None:
            verbinding = connections[router.db_for_read(self.model)]
            nu = verbinding.ops.adapt_datetimefield_value(timezone.now())
            with verbinding.cursor() as cursor:
                cursor.execute(_lees(self.model, verbinding.alias), [sleutel, nu])
                rij = cursor.fetchone()
        if rij is None:
            self._session_key = None
            return None
        return self.model(session_key=sleutel, session_data=rij[0])


@functools.cache
def _lees(model: Any, alias: str) -> str:
    meta, naam = model._meta, connections[alias].ops.quote_name
    gegevens, sleutel, verloopt = (
        naam(meta.get_field(veld).column) for veld in ("session_data", "session_key", "expire_date")
    )
    return (
        f"SELECT {gegevens} FROM {naam(meta.db_table)} "  # noqa: S608 - names from the model
        f"WHERE {sleutel} = %s AND {verloopt} > %s"
    )
