"""factory_boy factories for users with a role."""

import factory
from django.contrib.auth import get_user_model

from regietafel.gebruikers.models import Profiel, Rol
from regietafel.provincies.models import Gemeente, Provincie

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


class ProfielFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profiel

    gebruiker = factory.SubFactory(GebruikerFactory)
    rol = Rol.PROVINCIE


def provinciegebruiker(code="drenthe"):
    return ProfielFactory(rol=Rol.PROVINCIE, provincie=Provincie.objects.get(code=code)).gebruiker


def gemeentegebruiker(cbs_code):
    return ProfielFactory(
        rol=Rol.GEMEENTE, gemeente=Gemeente.objects.get(cbs_code=cbs_code)
    ).gebruiker


def ministeriegebruiker():
    return ProfielFactory(rol=Rol.MINISTERIE).gebruiker
