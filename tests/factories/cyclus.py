"""Factories for the course of a cycle: the route map, the consultation and its answers,
the meetings (agenda, decisions, actions), the versions of the distribution, the
distribution decisions, publications and scenarios."""

from datetime import date

import factory
from django.utils import timezone

from regietafel.consultatie.models import Antwoord, Consultatie
from regietafel.overleggen.models import Actie, Agendapunt, Besluit, Overleg
from regietafel.publicaties.models import Publicatie
from regietafel.routekaart.models import Routekaart, RoutekaartStap
from regietafel.scenarios.models import Scenario
from regietafel.verdeelbesluiten.models import Asieltoezichtladder, Verdeelbesluit
from regietafel.verdelingen.models import Verdelingsversie
from tests.factories.gebruikers import GebruikerFactory
from tests.factories.kern import GemeenteFactory, ProvincieCyclusFactory, ProvincieFactory
from tests.factories.opvang import LADDER

# One value of a distribution, keyed as services.verdelingen keeps them.
WAARDEN = {"GM9999": {"asiel_regulier": {"2041": 10}}}


class RoutekaartFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Routekaart

    provincie_cyclus = factory.SubFactory(ProvincieCyclusFactory)
    antwoord_voor = date(2040, 4, 1)


class RoutekaartStapFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoutekaartStap

    routekaart = factory.SubFactory(RoutekaartFactory)
    code = factory.Sequence(lambda n: f"stap-{n}")
    nummer = factory.Sequence(lambda n: n + 1)
    wat = "Consultatie van de gemeenten"
    verantwoordelijke = "provincie"
    begin = date(2040, 1, 1)
    deadline = date(2040, 4, 1)


class ConsultatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Consultatie

    provincie_cyclus = factory.SubFactory(ProvincieCyclusFactory)
    antwoord_voor = date(2040, 4, 1)
    geopend_op = factory.LazyFunction(timezone.now)
    geopend_door = factory.SubFactory(GebruikerFactory)


class AntwoordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Antwoord

    consultatie = factory.SubFactory(ConsultatieFactory)
    gemeente = factory.SubFactory(
        GemeenteFactory, provincie=factory.SelfAttribute("..consultatie.provincie_cyclus.provincie")
    )
    voortzetten = "ja"
    aanbod = factory.LazyFunction(lambda: {"regulier": 100})
    ontvangen_op = date(2040, 3, 1)
    ingevoerd_op = factory.LazyFunction(timezone.now)
    ingevoerd_door = factory.SubFactory(GebruikerFactory)


class OverlegFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Overleg

    provincie = factory.SubFactory(ProvincieFactory)
    datum = date(2040, 2, 5)
    titel = "PRT-overleg"


class AgendapuntFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agendapunt

    overleg = factory.SubFactory(OverlegFactory)
    onderwerp = "Stand van de opgave"


class BesluitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Besluit

    overleg = factory.SubFactory(OverlegFactory)
    tekst = "De verdeling wordt vastgesteld."


class ActieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actie

    overleg = factory.SubFactory(OverlegFactory)
    omschrijving = "Locatie verkennen"
    eigenaar = "gemeente"


class VerdelingsversieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verdelingsversie

    provincie_cyclus = factory.SubFactory(ProvincieCyclusFactory)
    nummer = factory.Sequence(lambda n: n + 1)
    waarden = factory.LazyFunction(lambda: dict(WAARDEN))
    bron = "concept van de provincie"
    aangemaakt_op = factory.LazyFunction(timezone.now)
    aangemaakt_door = factory.SubFactory(GebruikerFactory)


class VerdeelbesluitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verdeelbesluit

    provincie_cyclus = factory.SubFactory(ProvincieCyclusFactory)
    nummer = factory.Sequence(lambda n: n + 1)
    datum = date(2040, 6, 1)
    bron = "Staatscourant"
    waarden = factory.LazyFunction(lambda: dict(WAARDEN))
    provinciaal = factory.LazyFunction(lambda: dict(WAARDEN))
    provinciaal_bron = "bekrachtigde verdeling"
    concept = factory.LazyFunction(lambda: dict(WAARDEN))
    vastgelegd_op = factory.LazyFunction(timezone.now)
    vastgelegd_door = factory.SubFactory(GebruikerFactory)


class AsieltoezichtladderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Asieltoezichtladder

    provincie_cyclus = factory.SubFactory(ProvincieCyclusFactory)
    stappen = factory.LazyFunction(lambda: [dict(s) for s in LADDER])


class PublicatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Publicatie

    provincie_cyclus = factory.SubFactory(ProvincieCyclusFactory)
    soort = Publicatie.Soort.PUBLICATIE
    datum = date(2040, 10, 31)
    gegevens = factory.LazyFunction(lambda: {"provincie": "test"})
    vastgelegd_op = factory.LazyFunction(timezone.now)


class ScenarioFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Scenario

    provincie_cyclus = factory.SubFactory(ProvincieCyclusFactory)
    naam = factory.Sequence(lambda n: f"Scenario {n}")
    parameters = factory.LazyFunction(lambda: {"methode": "grootste_rest"})
    resultaat = factory.LazyFunction(lambda: {"totaal": 100})
