"""factory_boy factories for users with a role, and their API tokens."""

from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from regietafel.gebruikers.models import ApiToken, Profiel, Rol
from regietafel.provincies.models import Gemeente, Provincie
from tests.factories.kern import GemeenteFactory, ProvincieFactory

WACHTWOORD = "test-wachtwoord-123"


class GebruikerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    password = factory.PostGenerationMethodCall("set_password", WACHTWOORD)

    @factory.post_generation
    def bewaar(obj, create, extracted, **kwargs):  # noqa: N805 - factory_boy's signature
        if create:
            obj.save()


def nu_door_gebruiker():
    """The declarations of when and by whom a row was recorded (``..._op, ..._door``): now,
    by a new user."""
    return factory.LazyFunction(timezone.now), factory.SubFactory(GebruikerFactory)


class ProfielFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profiel

    gebruiker = factory.SubFactory(GebruikerFactory)
    rol = Rol.PROVINCIE
    # A province user belongs to a province, a municipal user to a municipality
    # (Profiel.clean); other roles to neither.
    provincie = factory.Maybe(
        factory.LazyAttribute(lambda o: o.rol == Rol.PROVINCIE),
        factory.SubFactory(ProvincieFactory),
        None,
    )
    gemeente = factory.Maybe(
        factory.LazyAttribute(lambda o: o.rol == Rol.GEMEENTE),
        factory.SubFactory(GemeenteFactory),
        None,
    )


def provinciegebruiker(code="drenthe"):
    return ProfielFactory(rol=Rol.PROVINCIE, provincie=Provincie.objects.get(code=code)).gebruiker


def gemeentegebruiker(cbs_code):
    return ProfielFactory(
        rol=Rol.GEMEENTE, gemeente=Gemeente.objects.get(cbs_code=cbs_code)
    ).gebruiker


def ministeriegebruiker():
    return ProfielFactory(rol=Rol.MINISTERIE).gebruiker


def api_sleutel(gebruiker, bereik=None, **kwargs):
    """The key of a new API token of `gebruiker` (services.apitokens), bound to its own
    province or municipality; by default with scope schrijven for a role that writes, and
    lezen for a user without a role."""
    from regietafel.gebruikers.apitokens import maak_token
    from regietafel.services.toegang import toegang

    if bereik is None:
        t = toegang(gebruiker)
        bereik = "schrijven" if t.alles or t.rol is not None else "lezen"
    return maak_token(gebruiker, bereik, **kwargs)[1]


def api_client(gebruiker=None):
    """A DRF test client that calls the API with a new token of `gebruiker` (see
    `api_sleutel`), or anonymously without one."""
    from rest_framework.test import APIClient

    client = APIClient()
    if gebruiker is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {api_sleutel(gebruiker)}")
    return client


class ApiTokenFactory(factory.django.DjangoModelFactory):
    """A stored token of a province user; its key is not known (see `api_sleutel` for a
    key to call the API with)."""

    class Meta:
        model = ApiToken

    provincie = factory.SubFactory(ProvincieFactory)
    gebruiker = factory.LazyAttribute(lambda o: ProfielFactory(provincie=o.provincie).gebruiker)
    prefix = factory.Sequence(lambda n: f"t{n:07d}")
    sleutel_hash = factory.Sequence(lambda n: f"{n:064x}")
    bereik = "lezen"
    verloopt_op = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))
