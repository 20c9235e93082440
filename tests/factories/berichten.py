"""Factories for contact addresses and messages, report texts and jobs, and workers."""

import factory
from django.utils import timezone

from regietafel.berichten.models import Bericht, Contactadres
from regietafel.verslagen.models import RapportOpdracht, VerslagTekst
from regietafel.verslagen.standaardteksten import SLEUTELS
from regietafel.werkers.models import Werker
from tests.factories.gebruikers import GebruikerFactory
from tests.factories.kern import GemeenteFactory, ProvincieCyclusFactory, ProvincieFactory


class ContactadresFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contactadres

    provincie = factory.SubFactory(ProvincieFactory)
    gemeente = factory.SubFactory(GemeenteFactory, provincie=factory.SelfAttribute("..provincie"))
    adres = factory.Sequence(lambda n: f"griffie{n}@gemeente.example.nl")


class BerichtFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Bericht

    provincie = factory.SubFactory(ProvincieFactory)
    gemeente = factory.SubFactory(GemeenteFactory, provincie=factory.SelfAttribute("..provincie"))
    soort = "consultatiebrief"
    aan = factory.LazyFunction(lambda: ["griffie@gemeente.example.nl"])
    onderwerp = "Consultatie Spreidingswet"
    tekst = "Geacht college,"
    aangemaakt_op = factory.LazyFunction(timezone.now)


class VerslagTekstFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VerslagTekst

    provincie_cyclus = factory.SubFactory(ProvincieCyclusFactory)
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
