"""The services reuse their figures per data version (ADR 0015), keyed apart for a
published cycle's frozen inputs and the inputs as they are now."""

from datetime import date

from django.core.cache import cache

from regietafel.locaties.capaciteit import capaciteit
from regietafel.locaties.models import Locatie
from regietafel.puzzel import regels
from regietafel.puzzel.pijplijn import realisatie_overzicht
from regietafel.services.opslag import laad_actuele_gegevens

DAG = date(2026, 3, 1)


def _meer_plaatsen_in_meppel(extra=500):
    loc = Locatie.objects.filter(gemeente__naam="Meppel").order_by("pk").first()
    loc.plaatsen += extra
    loc.save()


def test_spuk_wordt_eenmaal_per_gegevensstand_berekend(drenthe, monkeypatch):
    cache.clear()  # count from an empty cache, not from what earlier tests kept
    berekend = []
    echt = regels.bereken_spuk

    def tel(gegevens):
        berekend.append(1)
        return echt(gegevens)

    monkeypatch.setattr(regels, "bereken_spuk", tel)
    eerst = regels.bonus("drenthe", "2025-2026")
    assert regels.bonus("drenthe", "2025-2026") == eerst and len(berekend) == 1
    _meer_plaatsen_in_meppel()
    # A new data version: computed again, from the frozen inputs of the published cycle,
    # which the new places would have changed.
    assert echt(laad_actuele_gegevens("drenthe", "2025-2026")) != eerst
    assert regels.bonus("drenthe", "2025-2026") == eerst and len(berekend) == 2


def test_gepubliceerd_en_actueel_worden_apart_hergebruikt(drenthe):
    def beide():
        return (
            realisatie_overzicht("drenthe", "2025-2026", DAG, zoals_gepubliceerd=True),
            realisatie_overzicht("drenthe", "2025-2026", DAG),
        )

    gepubliceerd, actueel = beide()
    assert gepubliceerd.realisatie.plaatsen == actueel.realisatie.plaatsen
    _meer_plaatsen_in_meppel(500)
    gepubliceerd_na, actueel_na = beide()
    assert gepubliceerd_na.realisatie.plaatsen == gepubliceerd.realisatie.plaatsen
    assert actueel_na.realisatie.plaatsen == actueel.realisatie.plaatsen + 500


def test_capaciteit_per_peildatum_en_horizon(drenthe):
    standaard = capaciteit("drenthe", "2025-2026")
    kort = capaciteit("drenthe", "2025-2026", DAG, 30)
    assert (kort.waarschuwingen.peildatum, kort.waarschuwingen.horizon_dagen) == (DAG, 30)
    assert standaard.waarschuwingen.peildatum != DAG
    assert capaciteit("drenthe", "2025-2026") == standaard


def test_wie_dezelfde_locatiedetails_leest_deelt_een_sleutel():
    """The reuse key of what shows location details (ADR 0012) tells apart exactly the
    readers who read different details: each reader gets the same value as the reader who
    reads the same municipalities' details, and no other."""
    from regietafel.gebruikers.models import Rol
    from regietafel.services.toegang import Toegang, inzage_locatiedetails, leest_locatiedetails

    lezers = [
        None,
        Toegang(rol=None),
        Toegang(rol=Rol.PROVINCIE, provincie="drenthe"),
        Toegang(rol=Rol.PROVINCIE, provincie="groningen"),
        Toegang(rol=Rol.MINISTERIE),
        Toegang(rol=Rol.PROVINCIE, alles=True),
        Toegang(rol=Rol.GEMEENTE, gemeente="GM0106", gemeente_provincie="drenthe"),
        Toegang(rol=Rol.GEMEENTE, gemeente="GM0114", gemeente_provincie="drenthe"),
        Toegang(rol=Rol.GEMEENTE, gemeente="GM0014", gemeente_provincie="groningen"),
    ]
    gemeenten = ["GM0106", "GM0114", "GM0109"]  # municipalities of Drenthe

    def leest(t):
        if t is None:  # no reader: the figures unmasked (the CLI, the report)
            return frozenset(gemeenten)
        return frozenset(g for g in gemeenten if leest_locatiedetails(t, "drenthe", g))

    for a in lezers:
        for b in lezers:
            zelfde = inzage_locatiedetails(a, "drenthe") == inzage_locatiedetails(b, "drenthe")
            assert zelfde == (leest(a) == leest(b)), (a, b)
