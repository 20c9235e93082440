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


def capaciteitsbesluit_2027(provincie="drenthe"):
    """A stored version of the 2027-2028 capaciteitsbesluit (illustrative numbers for Assen
    and Emmen), as the herraming import leaves it: from now on 2027-2028 is current."""
    from django.utils import timezone

    from regietafel.cycli.models import ProvincieCyclus
    from regietafel.herramingen.models import Capaciteitsbesluitversie

    pc = ProvincieCyclus.objects.get(provincie__code=provincie, cyclus__naam="2027-2028")
    return Capaciteitsbesluitversie.objects.create(
        provincie_cyclus=pc,
        nummer=1,
        omschrijving="test: capaciteitsbesluit 27-2-2026",
        landelijke_behoefte=88000,
        aantallen={"GM0106": {"regulier": 300, "amv": 30}, "GM0114": {"regulier": 420, "amv": 40}},
        geimporteerd_op=timezone.now(),
    )


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


def api_sleutel(gebruiker, bereik=None, **kwargs):
    """The key of a new API token of `gebruiker` (services.apitokens), bound to its own
    province or municipality; by default with scope schrijven for a role that writes, and
    lezen for a user without a role."""
    from regietafel.gebruikers.apitokens import maak_token
    from regietafel.services.toegang import toegang

    if bereik is None:
        t = toegang(gebruiker)
        bereik = "schrijven" if t.alles or t.rol is not None else "lezen"
    return maak_token(gebruiker, bereik, **kwargs)[1]


class ReserveFactory(factory.django.DjangoModelFactory):
    """A reserve of emergency places (regietafel.noodopvang) of Emmen, by default."""

    class Meta:
        model = "noodopvang.Reservenoodopvang"

    gemeente = factory.LazyFunction(lambda: Gemeente.objects.get(cbs_code="GM0114"))
    omschrijving = "Sporthal"
    plaatsen = 150
    openen_binnen_dagen = 3
    voorwaarden = "tijdelijk, geen dependance"
    status = "verkend"
