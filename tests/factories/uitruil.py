"""Factories for exchanges (*uitruil*) of places between two municipalities."""

import factory
from django.utils import timezone

from regietafel.uitruil.models import Uitruil
from tests.factories.gebruikers import GebruikerFactory
from tests.factories.kern import GemeenteFactory, ProvincieCyclusFactory


class UitruilFactory(factory.django.DjangoModelFactory):
    """A proposal: municipality A takes 10 regular places of B's task in the cycle's first
    year, B 5 AMV places of A's; not yet agreed."""

    class Meta:
        model = Uitruil

    provincie_cyclus = factory.SubFactory(ProvincieCyclusFactory)
    gemeente_a = factory.SubFactory(
        GemeenteFactory, provincie=factory.SelfAttribute("..provincie_cyclus.provincie")
    )
    categorie_a = "asiel_regulier"
    aantal_a = 10
    perioden_a = factory.LazyAttribute(lambda o: [str(o.provincie_cyclus.cyclus.jaren[0])])
    gemeente_b = factory.SubFactory(
        GemeenteFactory, provincie=factory.SelfAttribute("..provincie_cyclus.provincie")
    )
    categorie_b = "amv"
    aantal_b = 5
    perioden_b = factory.SelfAttribute("perioden_a")
    voorgesteld_op = factory.LazyFunction(timezone.now)
    voorgesteld_door = factory.SubFactory(GebruikerFactory)
