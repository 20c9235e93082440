"""The demo accounts of the first start: one per role, with a password the starter chose or
one generated and printed once."""

import pytest
from django.contrib.auth import get_user_model

from regietafel.gebruikers.services import DEMOGEBRUIKERS, maak_demogebruikers

pytestmark = pytest.mark.django_db


def _gebruiker(naam):
    return get_user_model().objects.get(username=naam)


def test_een_gekozen_wachtwoord_wordt_niet_herhaald(drenthe, monkeypatch):
    monkeypatch.setenv("REGIETAFEL_DEMO_WACHTWOORD", "mijn-eigen-wachtwoord-7")
    regels = maak_demogebruikers()
    assert regels[1] == "Wachtwoord: dat van REGIETAFEL_DEMO_WACHTWOORD."
    assert "mijn-eigen-wachtwoord-7" not in "".join(regels)
    for naam, *_ in DEMOGEBRUIKERS:
        assert _gebruiker(naam).check_password("mijn-eigen-wachtwoord-7")
    assert maak_demogebruikers() == [
        "Demogebruikers: provincie, gemeente-assen, gemeente-emmen, ministerie "
        "(wachtwoord van de eerste start)."
    ]


def test_zonder_keuze_wordt_het_gemaakte_wachtwoord_eenmaal_getoond(drenthe, monkeypatch):
    monkeypatch.delenv("REGIETAFEL_DEMO_WACHTWOORD", raising=False)
    kop, regel = maak_demogebruikers()
    wachtwoord = regel.removeprefix("Wachtwoord (wordt maar één keer getoond): ")
    assert wachtwoord != regel and len(wachtwoord) >= 12
    assert _gebruiker("ministerie").check_password(wachtwoord)
