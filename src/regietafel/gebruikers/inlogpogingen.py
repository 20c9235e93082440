"""Failed logins counted per user name at an address and per address over all user names.

django-axes has one failure limit for all its lockout parameters. Regietafel locks a user
name at an address after REGIETAFEL_LOGIN_POGINGEN failures (5), and an address after
REGIETAFEL_LOGIN_POGINGEN_PER_ADRES failures over all names together (20): one password
tried against many accounts from one address (password spraying) is stopped too, while a
colleague behind the same office address who mistypes a few times does not lock everyone.
"""

from __future__ import annotations

from typing import Any

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest


class PogingenPerAdres(AxesDatabaseHandler):  # type: ignore[misc]
    """axes' database handler for AXES_LOCKOUT_PARAMETERS = [[username, ip_address],
    ip_address], with a limit of its own for the address."""

    def get_failures(self, request: HttpRequest, credentials: dict[str, Any] | None = None) -> int:
        per_naam, per_adres = (
            pogingen.aggregate(n=Sum("failures_since_start"))["n"] or 0
            for pogingen in self.get_user_attempts(request, credentials)
        )
        limiet, adreslimiet = settings.AXES_FAILURE_LIMIT, settings.REGIETAFEL_POGINGEN_PER_ADRES
        # axes compares the result with its one limit: the address reaches it at its own.
        return max(per_naam, per_adres * limiet // adreslimiet)

    def reset_user_attempts(
        self, request: HttpRequest, credentials: dict[str, Any] | None = None
    ) -> int:
        """A successful login forgets that name's failures only, not the address's: one
        account of one's own must not reset the count of a spraying address."""
        per_naam = self.filter_user_attempts(request, credentials)[0]
        aantal, _ = per_naam.delete()
        return int(aantal)


def klantadres(request: HttpRequest) -> str | None:
    """The address a login comes from. Behind REGIETAFEL_PROXIES proxies (in front of the
    app, each adding the address it got the request from to X-Forwarded-For) it is the
    one the outermost proxy saw; the addresses left of it are the client's to forge.
    Without proxies (the default) it is the connection's own address."""
    proxies = settings.REGIETAFEL_PROXIES
    if proxies:
        doorgestuurd = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        adressen = [a.strip() for a in doorgestuurd if a.strip()]
        if len(adressen) >= proxies:
            return adressen[-proxies]
    adres: str | None = request.META.get("REMOTE_ADDR")
    return adres
