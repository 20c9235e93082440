"""The services reuse their figures per data version (ADR 0009), keyed apart for a
published cycle's frozen inputs and the inputs as they are now."""

from datetime import date

from regietafel.locaties.models import Locatie
from regietafel.services import regels
from regietafel.services.capaciteit import capaciteit
from regietafel.services.opslag import laad_actuele_gegevens
from regietafel.services.pijplijn import realisatie_overzicht

DAG = date(2026, 3, 1)


def _meer_plaatsen_in_meppel(extra=500):
    loc = Locatie.objects.filter(gemeente__naam="Meppel").order_by("pk").first()
    loc.plaatsen += extra
    loc.save()


def test_spuk_wordt_eenmaal_per_gegevensstand_berekend(drenthe, monkeypatch):
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
