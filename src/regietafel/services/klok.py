"""The one clock of the cycle services: tests (and the e2e test's live server) move it by
patching these two functions."""

from __future__ import annotations

from datetime import date, datetime

from django.utils import timezone


def nu() -> datetime:
    return timezone.now()


def vandaag() -> date:
    return timezone.localdate(nu())
