"""API tokens (ADR 0018): made, listed and revoked by the admin and `regietafel token`, and
checked on every API request that carries one.

A token has an expiry and a scope (`lezen` or `schrijven`), and is bound to its user's
province or municipality. Its rights are its user's, narrowed to that binding and scope,
at the moment it is used: a token never does more than its user may. Only the SHA-256 hash
of the key is stored (the key is random, 256 bits: a slow password hash adds nothing).

Failed authentication is rate limited per client address and per token prefix: after
REGIETAFEL_API_POGINGEN_PER_ADRES (or _PER_TOKEN) failures within
REGIETAFEL_API_BLOKKADE_MINUTEN, every token request from that address (or with that
prefix) is refused until the oldest failure leaves the window.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import secrets
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, Min, Q, QuerySet
from django.utils import timezone

from regietafel.gebruikers.models import ApiToken, Bereik, MisluktTokengebruik, Rol
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.services.toegang import Toegang, toegang

SLEUTEL_BEGIN = "rt_"
# A key is `rt_<prefix>_<secret>`; a key migrated from the former DRF tokens is 40 hex digits.
_SLEUTEL = re.compile(r"^[A-Za-z0-9_-]{20,200}$")


class TokenFout(ValueError):
    """A token cannot be made as asked; the message is Dutch, for the admin and the CLI."""


class OngeldigToken(Exception):
    """The key is unknown, revoked or expired, or its user is inactive (a 401)."""


class Geblokkeerd(Exception):
    """Too many failed attempts from this address or with this prefix (a 429)."""

    def __init__(self, wacht: int) -> None:
        super().__init__(f"Te veel mislukte pogingen; probeer het over {wacht} s opnieuw.")
        self.wacht = wacht


def _hash(sleutel: str) -> str:
    return hashlib.sha256(sleutel.encode("ascii")).hexdigest()


def prefix_van(sleutel: str) -> str:
    """The part of a key that is stored in the clear, to find it and to count failures;
    empty for a string that is no key at all (it is never stored)."""
    if not _SLEUTEL.match(sleutel):
        return ""
    if sleutel.startswith(SLEUTEL_BEGIN):
        return sleutel[len(SLEUTEL_BEGIN) : len(SLEUTEL_BEGIN) + 8]
    return sleutel[:8]


def beperkte_toegang(t: Toegang, token: ApiToken) -> Toegang | None:
    """The rights of a request with `token`, whose user has the rights `t` now: narrowed to
    the token's municipality or province, and read-only with scope `lezen`. None when the
    binding is no longer within the user's rights (the role changed since)."""
    lezen = token.bereik != Bereik.SCHRIJVEN
    if token.gemeente_id is not None:
        g = token.gemeente
        p = g.provincie.code
        eigen = t.alles or (t.rol is Rol.PROVINCIE and t.provincie == p)
        if not (eigen or (t.rol is Rol.GEMEENTE and t.gemeente == g.cbs_code)):
            return None
        return Toegang(Rol.GEMEENTE, gemeente=g.cbs_code, gemeente_provincie=p, alleen_lezen=lezen)
    if token.provincie_id is not None:
        p = token.provincie.code
        if not (t.alles or (t.rol is Rol.PROVINCIE and t.provincie == p)):
            return None
        return Toegang(Rol.PROVINCIE, provincie=p, alleen_lezen=lezen)
    # Unbound: only for rights that are not bound to a place (superuser, ministry, no role).
    if not (t.alles or t.rol in (Rol.MINISTERIE, None)):
        return None
    return replace(t, alleen_lezen=lezen or t.alleen_lezen)


def _standaard_binding(
    t: Toegang, provincie: str | None, gemeente: str | None
) -> tuple[Provincie | None, Gemeente | None]:
    """The province or municipality a new token is bound to: the one asked for, else the
    user's own."""
    if provincie and gemeente:
        raise TokenFout("Bind een token aan een provincie of aan een gemeente, niet aan beide.")
    if not provincie and not gemeente and not t.alles:
        gemeente = t.gemeente if t.rol is Rol.GEMEENTE else None
        provincie = t.provincie if t.rol is Rol.PROVINCIE else None
    try:
        return (
            Provincie.objects.get(code=provincie) if provincie else None,
            Gemeente.objects.select_related("provincie").get(cbs_code=gemeente)
            if gemeente
            else None,
        )
    except (Provincie.DoesNotExist, Gemeente.DoesNotExist):
        raise TokenFout(f"Onbekende provincie of gemeente: {provincie or gemeente}.") from None


def nieuw_token(
    gebruiker: AbstractBaseUser,
    bereik: str,
    dagen: int | None = None,
    naam: str = "",
    provincie: str | None = None,
    gemeente: str | None = None,
) -> tuple[ApiToken, str]:
    """A new token for `gebruiker`, not yet saved, and its key (shown once: only its hash
    is kept). Bound to `provincie` or `gemeente` (a code), by default the user's own; valid
    for `dagen` days (default REGIETAFEL_API_TOKEN_DAGEN, at most
    REGIETAFEL_API_TOKEN_MAX_DAGEN). Raises TokenFout when that exceeds the user's rights."""
    if bereik not in Bereik.values:
        raise TokenFout(f"Onbekend bereik '{bereik}': kies lezen of schrijven.")
    dagen = settings.REGIETAFEL_API_TOKEN_DAGEN if dagen is None else dagen
    if not 1 <= dagen <= settings.REGIETAFEL_API_TOKEN_MAX_DAGEN:
        raise TokenFout(
            f"Een token is 1 tot en met {settings.REGIETAFEL_API_TOKEN_MAX_DAGEN} dagen geldig."
        )
    t = toegang(gebruiker)
    if bereik == Bereik.SCHRIJVEN and not (t.alles or t.rol is not None):
        raise TokenFout(
            f"{gebruiker} mag niets wijzigen; een token met bereik schrijven kan dat dus ook "
            "niet. Kies bereik lezen."
        )
    p, g = _standaard_binding(t, provincie, gemeente)
    sleutel = f"{SLEUTEL_BEGIN}{secrets.token_hex(4)}_{secrets.token_urlsafe(32)}"
    token = ApiToken(
        gebruiker=gebruiker,
        naam=naam,
        prefix=prefix_van(sleutel),
        sleutel_hash=_hash(sleutel),
        bereik=bereik,
        provincie=p,
        gemeente=g,
        verloopt_op=timezone.now() + timedelta(days=dagen),
    )
    if beperkte_toegang(t, token) is None:
        plaats = g.naam if g else (p.naam if p else "alle provincies")
        raise TokenFout(f"{plaats} valt buiten de rechten van {gebruiker}.")
    return token, sleutel


def maak_token(gebruiker: AbstractBaseUser, bereik: str, **opties: Any) -> tuple[ApiToken, str]:
    """nieuw_token, saved."""
    token, sleutel = nieuw_token(gebruiker, bereik, **opties)
    token.save()
    return token, sleutel


def tokens(gebruikersnaam: str | None = None) -> QuerySet[ApiToken]:
    """The tokens, newest first, of one user or of all."""
    qs = ApiToken.objects.select_related("gebruiker", "provincie", "gemeente")
    if gebruikersnaam:
        qs = qs.filter(gebruiker__username=gebruikersnaam)
    return qs.order_by("-aangemaakt_op", "-pk")


def trek_in(prefix: str) -> int:
    """Revoke the tokens whose key begins with `prefix`; how many were revoked."""
    return ApiToken.objects.filter(prefix=prefix, ingetrokken_op__isnull=True).update(
        ingetrokken_op=timezone.now()
    )


def _venster() -> timedelta:
    return timedelta(minutes=settings.REGIETAFEL_API_BLOKKADE_MINUTEN)


def wachttijd(adres: str, prefix: str, nu: datetime) -> int:
    """Seconds until a token request from `adres` with `prefix` is taken again; 0 when it
    is taken now."""
    venster = _venster()
    recent = MisluktTokengebruik.objects.filter(tijdstip__gt=nu - venster)
    grenzen = [(Q(adres=adres), settings.REGIETAFEL_API_POGINGEN_PER_ADRES)]
    if prefix:
        grenzen.append((Q(prefix=prefix), settings.REGIETAFEL_API_POGINGEN_PER_TOKEN))
    wacht = 0
    for filter_, grens in grenzen:
        telling = recent.aggregate(
            n=Count("pk", filter=filter_), eerste=Min("tijdstip", filter=filter_)
        )
        if telling["n"] >= grens:
            vrij = telling["eerste"] + venster - nu
            wacht = max(wacht, math.ceil(vrij.total_seconds()), 1)
    return wacht


def _mislukt(adres: str, prefix: str, nu: datetime) -> None:
    MisluktTokengebruik.objects.filter(tijdstip__lte=nu - _venster()).delete()
    MisluktTokengebruik.objects.create(adres=adres, prefix=prefix, tijdstip=nu)


def _reden(token: ApiToken | None, nu: datetime) -> str | None:
    """Why `token` does not authenticate now, or None."""
    if token is None:
        return "Onbekend token."
    if token.ingetrokken_op is not None:
        return "Dit token is ingetrokken."
    if token.verloopt_op <= nu:
        return f"Dit token is verlopen op {timezone.localtime(token.verloopt_op):%d-%m-%Y}."
    if not token.gebruiker.is_active:
        return "De gebruiker van dit token is niet actief."
    return None


def _gevonden(sleutel: str, prefix: str) -> ApiToken | None:
    if not prefix:
        return None
    verwacht = _hash(sleutel)
    for token in ApiToken.objects.select_related("gebruiker").filter(prefix=prefix):
        if hmac.compare_digest(token.sleutel_hash, verwacht):
            return token
    return None


def token_voor_sleutel(sleutel: str, adres: str | None) -> ApiToken:
    """The valid token with key `sleutel`, sent from `adres`. Raises Geblokkeerd while this
    address or prefix has too many recent failures, and OngeldigToken (counted as a failure)
    for a key that does not authenticate."""
    nu = timezone.now()
    adres = adres or ""
    prefix = prefix_van(sleutel)
    if wacht := wachttijd(adres, prefix, nu):
        raise Geblokkeerd(wacht)
    token = _gevonden(sleutel, prefix)
    if reden := _reden(token, nu):
        _mislukt(adres, prefix, nu)
        raise OngeldigToken(reden)
    assert token is not None
    if token.laatst_gebruikt_op is None or nu - token.laatst_gebruikt_op > timedelta(minutes=1):
        # at most one write a minute per token, not one per request
        ApiToken.objects.filter(pk=token.pk).update(laatst_gebruikt_op=nu)
    return token


def leest_alleen(token: object) -> bool:
    """`token` is an API token with scope `lezen`: it may change nothing. Anything else (no
    token, a session) is not limited by a scope."""
    return isinstance(token, ApiToken) and token.bereik != Bereik.SCHRIJVEN
