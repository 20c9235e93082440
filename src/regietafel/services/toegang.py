"""Who may read and who may change what. The web app, the API and the reports all ask here.

Roles: *provincie* edits everything in its province; *gemeente* reads its province and edits
only its own municipality; *ministerie* (and COA) reads every province; the public (not
logged in) reads only published provinces and cycles. A superuser counts as provincie
everywhere.

Two rules hold for everyone else: a logged-in user without a role (no profile) reads nothing
the public cannot, and staff of another province (or of a municipality there) read of this
province what the public reads. The names and remarks of locations that are not yet public
(`services.openbaarheid`) only their own municipality, their province and the ministry read.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from regietafel.domain.fouten import RegietafelFout, Soort
from regietafel.gebruikers.aanmelden import ROL
from regietafel.gebruikers.models import Profiel, Rol
from regietafel.services.stand import per_verzoek

Gebruiker = AbstractBaseUser | AnonymousUser


class GeenToegang(RegietafelFout, PermissionError):
    """The user may not change this record."""

    soort = Soort.GEEN_TOEGANG
    code = "geen_toegang"


@dataclass(frozen=True)
class Toegang:
    """A user's role with what it is bound to; `rol` None is the public."""

    rol: Rol | None
    provincie: str | None = None  # province code
    gemeente: str | None = None  # CBS code
    gemeente_provincie: str | None = None
    alles: bool = False
    alleen_lezen: bool = False  # an API token with scope `lezen` (services.apitokens)


def toegang(gebruiker: Gebruiker) -> Toegang:
    """The role of `gebruiker`, read from its profile (once per request: the menu, the
    page and its parts all ask)."""
    if not gebruiker.is_authenticated:
        return Toegang(rol=None)
    # A request with an API token has its user's rights narrowed to the token's binding and
    # scope (api.authenticatie sets them on the request's user object).
    via_token: Toegang | None = getattr(gebruiker, "toegang_via_token", None)
    if via_token is not None:
        return via_token
    if getattr(gebruiker, "is_superuser", False):
        return Toegang(rol=Rol.PROVINCIE, alles=True)
    return per_verzoek(f"toegang {gebruiker.pk}", lambda: _uit_profiel(gebruiker))


def _uit_profiel(gebruiker: AbstractBaseUser) -> Toegang:
    meegeladen = getattr(gebruiker, ROL, None)
    if meegeladen is not None:
        # Read with the user from the session (gebruikers.aanmelden), and taken off it, so
        # that it is used once: after a change in the same request the role is read anew.
        delattr(gebruiker, ROL)  # (request.user is a lazy object: not its __dict__)
        profiel_id, rol, provincie, gemeente, gemeente_provincie = meegeladen
        if profiel_id is None:
            return Toegang(rol=None)
        return Toegang(Rol(rol), provincie, gemeente, gemeente_provincie)
    try:
        profiel = Profiel.objects.select_related("provincie", "gemeente__provincie").get(
            gebruiker=gebruiker
        )
    except Profiel.DoesNotExist:
        return Toegang(rol=None)
    gemeente = profiel.gemeente
    return Toegang(
        rol=Rol(profiel.rol),
        provincie=profiel.provincie.code if profiel.provincie else None,
        gemeente=gemeente.cbs_code if gemeente else None,
        gemeente_provincie=gemeente.provincie.code if gemeente else None,
    )


def heeft_rol(t: Toegang) -> bool:
    """Has this user a role (a superuser has every role)? A logged-in user without one reads
    what the public reads, and no more."""
    return t.alles or t.rol is not None


def leest_intern(t: Toegang, provincie: str) -> bool:
    """May this user read what `provincie` does not publish: its unpublished cycles, its
    locations, exchanges, re-estimates and the pages for logged-in users? Its own staff, its
    municipalities and the ministry may; staff of another province and a user without a role
    may not."""
    if t.alles or t.rol is Rol.MINISTERIE:
        return True
    if t.rol is Rol.PROVINCIE:
        return t.provincie == provincie
    if t.rol is Rol.GEMEENTE:
        return t.gemeente_provincie == provincie
    return False


def mag_lezen(t: Toegang, provincie: str, gepubliceerd: bool) -> bool:
    """May this user read the figures of `provincie` (in a cycle that is `gepubliceerd` or not)?
    What is published everyone reads; the rest only who `leest_intern`."""
    return gepubliceerd or leest_intern(t, provincie)


def leest_locatiedetails(t: Toegang, provincie: str, gemeente: str | None = None) -> bool:
    """May this user read the names and remarks of the locations of `gemeente` (a CBS code in
    `provincie`; None: of every municipality there) before they are public: the municipality
    itself, its province and the ministry. Other municipalities of the province see the
    places, not the details."""
    if t.alles or t.rol is Rol.MINISTERIE:
        return True
    if t.rol is Rol.PROVINCIE:
        return t.provincie == provincie
    return t.rol is Rol.GEMEENTE and t.gemeente == gemeente


def inzage_locatiedetails(t: Toegang | None, provincie: str) -> str:
    """Which location details of `provincie` `t` reads before they are public, as a part of a
    cache key (services.stand): "alle" (its province, the ministry, or no reader: unmasked),
    "gemeente <cbs>" (only its own municipality's) or "geen". Two readers with the same
    value see the same details (leest_locatiedetails), so a figure or page part computed for
    one may be shown to the other, and never to a reader with another value."""
    if t is None or leest_locatiedetails(t, provincie):
        return "alle"
    if t.rol is Rol.GEMEENTE and t.gemeente and t.gemeente_provincie in (None, provincie):
        return f"gemeente {t.gemeente}"
    return "geen"


def mag_bewerken(t: Toegang, provincie: str, gemeente: str | None = None) -> bool:
    """May this user change data of `gemeente` (a CBS code) in `provincie`? With `gemeente`
    None, the question is about the province's own data (targets, rules, reports)."""
    if t.alleen_lezen:
        return False
    if t.alles:
        return True
    if t.rol is Rol.PROVINCIE:
        return t.provincie == provincie
    if t.rol is Rol.GEMEENTE:
        return gemeente is not None and t.gemeente == gemeente
    return False


def mag_documenten(t: Toegang) -> bool:
    """May this user use the Documenten page at all (for some province): the main menu
    shows it to the provincie and ministerie roles, as `mag_rapporteren` allows."""
    if t.alles or t.rol is Rol.MINISTERIE:
        return True
    return t.rol is Rol.PROVINCIE and t.provincie is not None and mag_rapporteren(t, t.provincie)


def mag_rapporteren(t: Toegang, provincie: str) -> bool:
    """May this user download the province's official documents (provincie and ministerie)?"""
    if t.alles or t.rol is Rol.MINISTERIE:
        return True
    return t.rol is Rol.PROVINCIE and t.provincie == provincie
