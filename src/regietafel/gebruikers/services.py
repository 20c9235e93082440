"""Demo accounts for a fresh installation, one per role.

Passwords come from REGIETAFEL_DEMO_WACHTWOORD, or one is generated and printed once, when
the accounts are created; no password is stored in the code.
"""

from __future__ import annotations

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from regietafel.gebruikers.models import Profiel, Rol
from regietafel.provincies.models import Gemeente, Provincie

# (username, role, province code, municipality CBS code)
DEMOGEBRUIKERS = [
    ("provincie", Rol.PROVINCIE, "drenthe", None),
    ("gemeente-assen", Rol.GEMEENTE, None, "GM0106"),
    ("gemeente-emmen", Rol.GEMEENTE, None, "GM0114"),
    ("ministerie", Rol.MINISTERIE, None, None),
]


@transaction.atomic
def gebruiker_met_naam(naam: str) -> AbstractBaseUser | None:
    """The user whose username is `naam`, or None if there is none."""
    return get_user_model().objects.filter(username=naam).first()  # type: ignore[no-any-return]


def maak_demogebruikers() -> list[str]:
    """Create the demo accounts once; returns the lines that tell how to log in."""
    User = get_user_model()
    namen = [naam for naam, *_ in DEMOGEBRUIKERS]
    if User.objects.filter(username__in=namen).exists():
        return ["Demogebruikers: " + ", ".join(namen) + " (wachtwoord van de eerste start)."]
    if not Provincie.objects.filter(code="drenthe").exists():
        return []
    gekozen = os.environ.get("REGIETAFEL_DEMO_WACHTWOORD")
    wachtwoord = gekozen or secrets.token_urlsafe(12)
    for naam, rol, provincie, gemeente in DEMOGEBRUIKERS:
        gebruiker = User.objects.create_user(naam, password=wachtwoord)
        Profiel.objects.create(
            gebruiker=gebruiker,
            rol=rol,
            provincie=Provincie.objects.get(code=provincie) if provincie else None,
            gemeente=Gemeente.objects.get(cbs_code=gemeente) if gemeente else None,
        )
    return [
        "Demogebruikers: " + ", ".join(namen),
        "Wachtwoord: dat van REGIETAFEL_DEMO_WACHTWOORD."
        if gekozen
        else f"Wachtwoord (wordt maar één keer getoond): {wachtwoord}",
    ]
