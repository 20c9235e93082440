"""Factories for revisions of the capacity decision, imports and the sources of figures."""

from datetime import date

import factory
from django.utils import timezone

from regietafel.bronnen.models import Actualiteitsnorm, Bron, Cijferbron
from regietafel.herramingen.models import Capaciteitsbesluitversie
from regietafel.importen.models import Import
from tests.factories.kern import (
    VOLGNUMMER,
    PerProvincieCyclusFactory,
    PerProvincieFactory,
    ProvincieFactory,
)


class CapaciteitsbesluitversieFactory(PerProvincieCyclusFactory):
    class Meta:
        model = Capaciteitsbesluitversie

    nummer = VOLGNUMMER
    omschrijving = "capaciteitsbesluit"
    landelijke_behoefte = 100000
    aantallen = factory.LazyFunction(lambda: {"GM9999": {"regulier": 100, "amv": 10}})
    geimporteerd_op = factory.LazyFunction(timezone.now)


class ImportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Import

    soort = "puzzel"
    bestandsnaam = "puzzel.xlsx"
    sha256 = "ab" * 32
    provincie = factory.LazyFunction(lambda: ProvincieFactory().code)
    tijdstip = factory.LazyFunction(timezone.now)
    aantal_rijen = 1
    wijzigingen = factory.LazyFunction(
        lambda: [{"wat": "Assen", "soort": "opgave", "oud": 100, "nieuw": 110}]
    )


class BronFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Bron

    soort = "document"
    titel = "Capaciteitsbesluit"
    datum = date(2040, 1, 31)


class CijferbronFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cijferbron

    model = "opgaven.opgave"
    object_id = factory.Sequence(lambda n: 10**9 + n)  # no row of the seed
    veld = "opgave"
    bron = factory.SubFactory(BronFactory)
    peildatum = date(2040, 1, 31)


class ActualiteitsnormFactory(PerProvincieFactory):
    class Meta:
        model = Actualiteitsnorm


def capaciteitsbesluit_2027(provincie="drenthe"):
    """A stored version of the 2027-2028 capaciteitsbesluit (illustrative numbers for Assen
    and Emmen), as the herraming import leaves it: from now on 2027-2028 is current."""
    from regietafel.cycli.models import ProvincieCyclus

    pc = ProvincieCyclus.objects.get(provincie__code=provincie, cyclus__naam="2027-2028")
    return Capaciteitsbesluitversie.objects.create(
        provincie_cyclus=pc,
        nummer=1,
        omschrijving="test: capaciteitsbesluit 27-2-2026",
        landelijke_behoefte=88000,
        aantallen={"GM0106": {"regulier": 300, "amv": 30}, "GM0114": {"regulier": 420, "amv": 40}},
        geimporteerd_op=timezone.now(),
    )
