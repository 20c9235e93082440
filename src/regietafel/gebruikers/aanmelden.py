"""Django's ModelBackend, with the user's role read in the same query as the user.

Every logged-in request reads the user from the session, and nearly every page then asks
for the user's role (services.toegang): two round trips to the database where one will
do (issue 21). The query is written out once, from the models' own table and column names:
building the ORM's query with its joins cost more CPU than the query itself. What the role
is bound to (its province, its municipality and that one's province) comes along on the
user as `ROL`, which `services.toegang` takes off once; it asks the database again after
that (a change to the profile in the same request is then seen).
"""

from __future__ import annotations

import functools
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError
from django.db import connections, router

from regietafel.gebruikers.models import Profiel
from regietafel.provincies.models import Gemeente, Provincie

# The attribute of the user that holds (profile id, role, province code, municipality CBS
# code, the municipality's province code); profile id None: the user has no profile.
ROL = "regietafel_rol"
_KOLOMMEN = ("profiel_id", "rol", "provincie", "gemeente", "gemeente_provincie")


class GebruikerMetRol(ModelBackend):
    """ModelBackend whose `get_user` (each request's user from the session) brings the role
    along. Logging in, passwords and permissions are ModelBackend's own."""

    def get_user(self, user_id: Any) -> Any:
        model = get_user_model()
        try:
            pk = model._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        alias = router.db_for_read(model)
        gevonden = list(model._default_manager.db_manager(alias).raw(_met_rol(alias), [pk]))
        if not gevonden:
            return None
        gebruiker = gevonden[0]
        waarden = tuple(getattr(gebruiker, f"{ROL}_{k}") for k in _KOLOMMEN)
        for k in _KOLOMMEN:
            delattr(gebruiker, f"{ROL}_{k}")
        setattr(gebruiker, ROL, waarden)
        return gebruiker if self.user_can_authenticate(gebruiker) else None


@functools.cache
def _met_rol(alias: str) -> str:
    """SELECT the user's columns and its profile's role, province and municipality, as the
    ORM would join them (every join LEFT: a user without a profile is still read)."""
    q = connections[alias].ops.quote_name
    user = get_user_model()._meta
    kolommen = ", ".join(f"u.{q(f.column)}" for f in user.concrete_fields)

    def kolom(model: Any, veld: str) -> str:
        return q(model._meta.get_field(veld).column)

    def tabel(model: Any) -> str:
        return q(model._meta.db_table)

    extra = ", ".join(
        f"{waarde} AS {q(f'{ROL}_{k}')}"
        for waarde, k in zip(
            (
                f"p.{kolom(Profiel, 'id')}",
                f"p.{kolom(Profiel, 'rol')}",
                f"pp.{kolom(Provincie, 'code')}",
                f"g.{kolom(Gemeente, 'cbs_code')}",
                f"gp.{kolom(Provincie, 'code')}",
            ),
            _KOLOMMEN,
            strict=True,
        )
    )
    uid, pid, gid = q(user.pk.column), kolom(Provincie, "id"), kolom(Gemeente, "id")
    return (
        f"SELECT {kolommen}, {extra} FROM {q(user.db_table)} u "  # noqa: S608 - model names
        f"LEFT JOIN {tabel(Profiel)} p ON p.{kolom(Profiel, 'gebruiker')} = u.{uid} "
        f"LEFT JOIN {tabel(Provincie)} pp ON pp.{pid} = p.{kolom(Profiel, 'provincie')} "
        f"LEFT JOIN {tabel(Gemeente)} g ON g.{gid} = p.{kolom(Profiel, 'gemeente')} "
        f"LEFT JOIN {tabel(Provincie)} gp ON gp.{pid} = g.{kolom(Gemeente, 'provincie')} "
        f"WHERE u.{uid} = %s"
    )
