"""Factories for the core of a cycle: provinces, municipalities, cycles, targets, offers,
locations and their phases. Each builds a small world of its own (a province and cycle
named so that they do not meet the Drenthe seed the test database also holds)."""

from datetime import date
from functools import cache

import factory
from django.utils import timezone

from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.locaties.models import Faseovergang, Locatie
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.provincies.models import Gemeente, Provincie

# The next number of a numbered series (versions, steps, decisions).
VOLGNUMMER = factory.Sequence(lambda n: n + 1)


def kopie(waarde: dict):
    """A declaration that gives each object a (shallow) copy of `waarde` of its own."""
    return factory.LazyFunction(lambda: dict(waarde))


@cache
def drenthe_regels() -> dict:
    """The rules of the embedded Drenthe cycle 2025-2026, as a cycle stores them."""
    from regietafel.data import lees_dataset, regels_naar_dict

    return regels_naar_dict(lees_dataset().cyclus.regels)


class ProvincieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Provincie
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"provincie-{n}")
    naam = factory.Sequence(lambda n: f"Provincie {n}")


class PerProvincieFactory(factory.django.DjangoModelFactory):
    """The base of a factory for a row of one province (a new one unless given)."""

    provincie = factory.SubFactory(ProvincieFactory)


class GemeenteFactory(PerProvincieFactory):
    """A new municipality; given an existing `cbs_code` (such as the seed's), that one."""

    class Meta:
        model = Gemeente
        django_get_or_create = ("cbs_code",)

    cbs_code = factory.Sequence(lambda n: f"GM{9000 + n % 1000:04d}")
    naam = factory.Sequence(lambda n: f"Gemeente {n}")
    inwoners = 25000
    inwoners_peiljaar = 2023


class CyclusFactory(factory.django.DjangoModelFactory):
    """A cycle of two years after the seed's (2041-2042, 2043-2044, ...), on Drenthe's
    rules."""

    class Meta:
        model = Cyclus
        django_get_or_create = ("naam",)

    jaren = factory.Sequence(lambda n: [2041 + 2 * n, 2042 + 2 * n])
    naam = factory.LazyAttribute(lambda o: f"{o.jaren[0]}-{o.jaren[-1]}")
    landelijke_behoefte = 100000
    amv_landelijk = 10000
    regels = factory.LazyFunction(drenthe_regels)


def gemeente_in(provincie):
    """A new municipality in the province the object being built reaches by the path
    `provincie` (such as ``"provincie_cyclus.provincie"``)."""
    return factory.SubFactory(GemeenteFactory, provincie=factory.SelfAttribute(f"..{provincie}"))


class ProvincieCyclusFactory(PerProvincieFactory):
    class Meta:
        model = ProvincieCyclus
        django_get_or_create = ("provincie", "cyclus")

    cyclus = factory.SubFactory(CyclusFactory)
    oekraine_opgave = 1000
    spuk3_pot = 500000
    provincie_bedrag = 100000


class PerProvincieCyclusFactory(factory.django.DjangoModelFactory):
    """The base of a factory for a row of one province's cycle (a new one unless given)."""

    provincie_cyclus = factory.SubFactory(ProvincieCyclusFactory)


class GemeenteCategorieFactory(factory.django.DjangoModelFactory):
    """The base of a factory for a municipality's number in a category (regular asylum
    places unless given) of a cycle."""

    gemeente = factory.SubFactory(GemeenteFactory)
    cyclus = factory.SubFactory(CyclusFactory)
    categorie = "asiel_regulier"


class OpgaveFactory(GemeenteCategorieFactory):
    class Meta:
        model = Opgave

    opgave = 100
    realisatie = 80


class AanbodFactory(GemeenteCategorieFactory):
    class Meta:
        model = Aanbod

    jaar = factory.LazyAttribute(lambda o: o.cyclus.jaren[0])
    plaatsen = 100


class LocatieFactory(factory.django.DjangoModelFactory):
    """A realised regular location, available from 1-1-2020 for an indefinite time."""

    class Meta:
        model = Locatie
        skip_postgeneration_save = True

    gemeente = factory.SubFactory(GemeenteFactory)
    naam = factory.Sequence(lambda n: f"Locatie {n}")
    plaatsen = 50
    soort = "regulier"
    status = "gerealiseerd"
    beschikbaar_van = date(2020, 1, 1)
    onbepaalde_tijd = True


class GeplandeLocatieFactory(LocatieFactory):
    """A planned AMV location in the first phase of the pipeline (idee), with that phase
    on record as the import leaves it."""

    soort = "amv"
    status = "gepland"
    fase = "idee"
    beschikbaar_van = date(2026, 1, 1)
    fasen = factory.RelatedFactory(
        "tests.factories.kern.FaseovergangFactory", "locatie", fase="idee"
    )


class FaseovergangFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Faseovergang

    locatie = factory.SubFactory(LocatieFactory)
    fase = "idee"
    datum = date(2024, 10, 1)
    bron = "Bijlage 1"
    ingevoerd_op = factory.LazyFunction(timezone.now)


def gemeente_groningen():
    """The municipality of Groningen in its own province: a row of another province in a
    national table."""
    provincie, _ = Provincie.objects.get_or_create(code="groningen", defaults={"naam": "Groningen"})
    return Gemeente.objects.create(
        cbs_code="GM0014",
        naam="Groningen",
        provincie=provincie,
        inwoners=238147,
        inwoners_peiljaar=2023,
    )


def synthetische_provincie(naam="Flevoland"):
    """A second province, cycle 2025-2026, from the synthetic generator (data/synthetisch.py):
    its code and name, e.g. ``("syn-flevoland", "Flevoland (synthetisch)")``."""
    from regietafel.data.synthetisch import synthetische_gegevens
    from regietafel.services.opslag import bewaar_gegevens

    gegevens = next(
        g for g in synthetische_gegevens() if g.provincie.naam == f"{naam} (synthetisch)"
    )
    bewaar_gegevens(gegevens)
    return gegevens.provincie.code, gegevens.provincie.naam
