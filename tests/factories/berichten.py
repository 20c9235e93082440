"""Factories for contact addresses and messages, report texts and jobs, and workers."""

import factory
from django.utils import timezone

from regietafel.berichten.models import Bericht, Contactadres
from regietafel.verslagen.models import RapportOpdracht, VerslagTekst
from regietafel.verslagen.standaardteksten import SLEUTELS
from regietafel.werkers.models import Werker
from tests.factories.gebruikers import GebruikerFactory
from tests.factories.kern import (
    PerProvincieCyclusFactory,
    PerProvincieFactory,
    ProvincieFactory,
    gemeente_in,
)


class ContactadresFactory(PerProvincieFactory):
    class Meta:
        model = Contactadres

    gemeente = gemeente_in("provincie")
    adres = factory.Sequence(lambda n: f"griffie{n}@gemeente.example.nl")


class BerichtFactory(PerProvincieFactory):
    class Meta:
        model = Bericht

    gemeente = gemeente_in("provincie")
    soort = "consultatiebrief"
    aan = factory.LazyFunction(lambda: ["griffie@gemeente.example.nl"])
    onderwerp = "Consultatie Spreidingswet"
    tekst = "Geacht college,"
    aangemaakt_op = factory.LazyFunction(timezone.now)


class VerslagTekstFactory(PerProvincieCyclusFactory):
    class Meta:
        model = VerslagTekst

    sleutel = SLEUTELS[0][0]
    tekst = "Een eigen tekst."


class RapportOpdrachtFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RapportOpdracht

    provincie = factory.LazyFunction(lambda: ProvincieFactory().code)
    cyclus = "2041-2042"
    formaat = "docx"
    aangevraagd_door = factory.SubFactory(GebruikerFactory)


class WerkerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Werker

    werker_id = factory.Sequence(lambda n: f"werker-{n}")
    host = "localhost"
    pid = factory.Sequence(lambda n: 10000 + n)
    gestart = factory.LazyFunction(timezone.now)
    hartslag = factory.LazyFunction(timezone.now)
