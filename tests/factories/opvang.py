"""Factories for status holders (half years, housing, the supervision ladder), the GOO
locations for Ukrainian displaced persons and the reserve of emergency places."""

from datetime import date

import factory

from regietafel.noodopvang.models import Reservenoodopvang
from regietafel.oekraine.models import GooLocatie
from regietafel.statushouders.models import Halfjaar, Huisvesting, Toezichtladder
from tests.factories.kern import GemeenteFactory, PerProvincieFactory, gemeente_in

LADDER = [
    {"naam": "Signaal", "omschrijving": "gesprek met de gemeente", "drempel": 1},
    {"naam": "Brief", "omschrijving": "brief van de provincie", "drempel": 2},
]


def ladder():
    """A copy of LADDER of its own, as a ladder stores its steps."""
    return [dict(stap) for stap in LADDER]


class HalfjaarFactory(PerProvincieFactory):
    class Meta:
        model = Halfjaar

    jaar = 2025
    helft = 2
    landelijke_taakstelling = 20000
    landelijke_inwoners = 18000000


class HuisvestingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Huisvesting

    halfjaar = factory.SubFactory(HalfjaarFactory)
    gemeente = gemeente_in("halfjaar.provincie")
    taakstelling = 40
    realisatie = 30


class ToezichtladderFactory(PerProvincieFactory):
    class Meta:
        model = Toezichtladder

    stappen = factory.LazyFunction(ladder)


class GooLocatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GooLocatie

    gemeente = factory.SubFactory(GemeenteFactory)
    naam = factory.Sequence(lambda n: f"GOO-locatie {n}")
    plaatsen = 60
    beschikbaar_van = date(2024, 1, 1)
    geplande_einde = date(2027, 3, 4)


class ReserveFactory(factory.django.DjangoModelFactory):
    """A reserve of emergency places (regietafel.noodopvang); of the seed's Emmen unless
    `gemeente` (or `gemeente__cbs_code`) is given."""

    class Meta:
        model = Reservenoodopvang

    gemeente = factory.SubFactory(GemeenteFactory, cbs_code="GM0114")
    omschrijving = "Sporthal"
    plaatsen = 150
    openen_binnen_dagen = 3
    voorwaarden = "tijdelijk, geen dependance"
    status = "verkend"
