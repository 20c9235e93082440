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
from tests.factories.gebruikers import nu_door_gebruiker
from tests.factories.kern import (
    VOLGNUMMER,
    PerProvincieCyclusFactory,
    PerProvincieFactory,
    gemeente_in,
    kopie,
)
from tests.factories.opvang import ladder

# One value of a distribution, keyed as services.verdelingen keeps them.
WAARDEN = {"GM9999": {"asiel_regulier": {"2041": 10}}}


class RoutekaartFactory(PerProvincieCyclusFactory):
    class Meta:
        model = Routekaart

    antwoord_voor = date(2040, 4, 1)


class RoutekaartStapFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoutekaartStap

    routekaart = factory.SubFactory(RoutekaartFactory)
    code = factory.Sequence(lambda n: f"stap-{n}")
    nummer = VOLGNUMMER
    wat = "Consultatie van de gemeenten"
    verantwoordelijke = "provincie"
    begin = date(2040, 1, 1)
    deadline = date(2040, 4, 1)


class ConsultatieFactory(PerProvincieCyclusFactory):
    class Meta:
        model = Consultatie

    antwoord_voor = date(2040, 4, 1)
    geopend_op, geopend_door = nu_door_gebruiker()


class AntwoordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Antwoord

    consultatie = factory.SubFactory(ConsultatieFactory)
    gemeente = gemeente_in("consultatie.provincie_cyclus.provincie")
    voortzetten = "ja"
    aanbod = kopie({"regulier": 100})
    ontvangen_op = date(2040, 3, 1)
    ingevoerd_op, ingevoerd_door = nu_door_gebruiker()


class OverlegFactory(PerProvincieFactory):
    class Meta:
        model = Overleg

    datum = date(2040, 2, 5)
    titel = "PRT-overleg"


class PerOverlegFactory(factory.django.DjangoModelFactory):
    """The base of a factory for a part of a meeting (a new one unless given)."""

    overleg = factory.SubFactory(OverlegFactory)


AgendapuntFactory = factory.make_factory(
    Agendapunt, FACTORY_CLASS=PerOverlegFactory, onderwerp="Stand van de opgave"
)
BesluitFactory = factory.make_factory(
    Besluit, FACTORY_CLASS=PerOverlegFactory, tekst="De verdeling wordt vastgesteld."
)
ActieFactory = factory.make_factory(
    Actie, FACTORY_CLASS=PerOverlegFactory, omschrijving="Locatie verkennen", eigenaar="gemeente"
)


class VerdelingsversieFactory(PerProvincieCyclusFactory):
    class Meta:
        model = Verdelingsversie

    nummer = VOLGNUMMER
    waarden = kopie(WAARDEN)
    bron = "concept van de provincie"
    aangemaakt_op, aangemaakt_door = nu_door_gebruiker()


class VerdeelbesluitFactory(PerProvincieCyclusFactory):
    class Meta:
        model = Verdeelbesluit

    nummer = VOLGNUMMER
    datum = date(2040, 6, 1)
    bron = "Staatscourant"
    waarden = provinciaal = concept = kopie(WAARDEN)
    provinciaal_bron = "bekrachtigde verdeling"
    vastgelegd_op, vastgelegd_door = nu_door_gebruiker()


class AsieltoezichtladderFactory(PerProvincieCyclusFactory):
    class Meta:
        model = Asieltoezichtladder

    stappen = factory.LazyFunction(ladder)


class PublicatieFactory(PerProvincieCyclusFactory):
    class Meta:
        model = Publicatie

    soort = Publicatie.Soort.PUBLICATIE
    datum = date(2040, 10, 31)
    gegevens = kopie({"provincie": "test"})
    vastgelegd_op = factory.LazyFunction(timezone.now)


class ScenarioFactory(PerProvincieCyclusFactory):
    class Meta:
        model = Scenario

    naam = factory.Sequence(lambda n: f"Scenario {n}")
    parameters = kopie({"methode": "grootste_rest"})
    resultaat = kopie({"totaal": 100})
