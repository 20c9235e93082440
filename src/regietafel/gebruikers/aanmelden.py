"""Django's ModelBackend, with the user's role read in the same query as the user.

Every logged-in request reads the user from the session, and nearly every page then asks
for the user's role (services.toegang): two round trips to the database where one will
do (issue 21). The profile with its province and municipality comes along with the user
(`select_related`); `services.toegang` takes it from there once, and asks the database
again after that (a change to the profile in the same request is then seen).
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

# The profile and what its role is bound to, as services.toegang reads them.
MET_ROL = ("profiel__provincie", "profiel__gemeente__provincie")


class GebruikerMetRol(ModelBackend):
    """ModelBackend whose `get_user` (each request's user from the session) brings the
    profile along. Logging in, passwords and permissions are ModelBackend's own."""

    def get_user(self, user_id: Any) -> Any:
        model = get_user_model()
        try:
            gebruiker = model._default_manager.select_related(*MET_ROL).get(pk=user_id)
        except model.DoesNotExist:
            return None
        return gebruiker if self.user_can_authenticate(gebruiker) else None
