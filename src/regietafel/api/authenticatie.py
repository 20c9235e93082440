"""Token authentication of the API (ADR 0018): `Authorization: Token <key>`, checked by
services.apitokens (expiry, revocation, the rate limit on failures), and the token's scope
as a permission on every write."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from regietafel.gebruikers.apitokens import (
    Geblokkeerd,
    OngeldigToken,
    beperkte_toegang,
    leest_alleen,
    token_voor_sleutel,
)
from regietafel.gebruikers.inlogpogingen import klantadres
from regietafel.services.toegang import toegang


class TeVeelPogingen(exceptions.Throttled):
    """A 429 with Retry-After (DRF's exception handler sets the header from `wait`)."""

    default_detail = "Te veel mislukte pogingen om met een token in te loggen."
    extra_detail_singular = "Probeer het over {wait} seconde opnieuw."
    extra_detail_plural = "Probeer het over {wait} seconden opnieuw."


class TokenAuthenticatie(BaseAuthentication):
    """`Authorization: Token <key>`: the token's user, with its rights narrowed to the
    token's binding and scope (services.toegang reads `toegang_via_token`)."""

    keyword = "Token"

    def authenticate(self, request: Request) -> tuple[Any, Any] | None:
        delen = get_authorization_header(request).split()
        if not delen or delen[0].lower() != self.keyword.lower().encode():
            return None
        if len(delen) != 2:
            raise exceptions.AuthenticationFailed("Geef het token mee als 'Token <sleutel>'.")
        try:
            sleutel = delen[1].decode("ascii")
        except UnicodeError:
            sleutel = ""
        try:
            token = token_voor_sleutel(sleutel, klantadres(request._request))
        except Geblokkeerd as fout:
            raise TeVeelPogingen(fout.wacht) from None
        except OngeldigToken as fout:
            raise exceptions.AuthenticationFailed(str(fout)) from None
        gebruiker = token.gebruiker
        beperkt = beperkte_toegang(toegang(gebruiker), token)
        if beperkt is None:
            raise exceptions.AuthenticationFailed(
                "Dit token is gebonden aan een provincie of gemeente buiten de huidige "
                "rechten van zijn gebruiker; maak een nieuw token."
            )
        gebruiker.toegang_via_token = beperkt
        return gebruiker, token

    def authenticate_header(self, request: Request) -> str:
        return self.keyword


class TokenBereik(BasePermission):
    """A token with scope `lezen` only reads: every write is a 403. A view whose POST
    changes no data (asking for a report, say) sets `post_leest_alleen = True`."""

    message = "Dit token heeft bereik lezen: het mag niets wijzigen."

    def has_permission(self, request: Request, view: Any) -> bool:
        token = request.auth
        leest = request.method == "POST" and getattr(view, "post_leest_alleen", False)
        schrijft = request.method not in SAFE_METHODS and not leest
        return not (schrijft and leest_alleen(token))


class TokenAuthenticatieSchema(OpenApiAuthenticationExtension):  # type: ignore[misc]
    """The token in the OpenAPI document's security schemes."""

    target_class = TokenAuthenticatie
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "Een API-token met het voorvoegsel 'Token', bijvoorbeeld "
            "`Token rt_1a2b3c4d_…`. Een token verloopt, heeft een bereik (lezen of schrijven) "
            "en is gebonden aan de provincie of gemeente van zijn gebruiker.",
        }
