"""Factories for exchanges (*uitruil*) of places between two municipalities."""

import factory

from regietafel.uitruil.models import Uitruil
from tests.factories.gebruikers import nu_door_gebruiker
from tests.factories.kern import PerProvincieCyclusFactory, gemeente_in


class UitruilFactory(PerProvincieCyclusFactory):
    """A proposal: municipality A takes 10 regular places of B's task in the cycle's first
    year, B 5 AMV places of A's; not yet agreed."""

    class Meta:
        model = Uitruil

    gemeente_a = gemeente_in("provincie_cyclus.provincie")
    categorie_a = "asiel_regulier"
    aantal_a = 10
    perioden_a = factory.LazyAttribute(lambda o: [str(o.provincie_cyclus.cyclus.jaren[0])])
    gemeente_b = gemeente_in("provincie_cyclus.provincie")
    categorie_b = "amv"
    aantal_b = 5
    perioden_b = factory.SelfAttribute("perioden_a")
    voorgesteld_op, voorgesteld_door = nu_door_gebruiker()
