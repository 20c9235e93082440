"""Fixtures of the browser tests (registered in the root conftest, so that each feature's
folder holds its own browser tests): the live server with the Drenthe data, logging in
through the real form, and a Dutch browser."""

import re

import pytest


@pytest.fixture
def drenthe_live(live_server, transactional_db):
    """The live server with the Drenthe data (a transactional test may start from an empty
    database)."""
    from tests.drenthe_kopie import zorg_voor_drenthe

    zorg_voor_drenthe()
    return live_server


@pytest.fixture
def inloggen(drenthe_live):
    """Log a page in through the real login form."""

    def _inloggen(page, gebruiker):
        # lazy: the root conftest registers these fixtures, and tests/domain runs without Django
        from tests.factories import WACHTWOORD

        page.goto(drenthe_live.url + "/inloggen/")
        page.get_by_label("Gebruikersnaam").fill(gebruiker.username)
        page.get_by_label("Wachtwoord").fill(WACHTWOORD)
        page.get_by_role("button", name="Inloggen").click()
        # A municipal user lands on Mijn gemeente, everyone else on the dashboard.
        page.wait_for_url(re.compile(re.escape(drenthe_live.url) + "/(dashboard|mijn-gemeente)/$"))

    return _inloggen


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    """A Dutch browser, as the users have: date fields read dd-mm-jjjj, not the US order."""
    return {**browser_context_args, "locale": "nl-NL", "timezone_id": "Europe/Amsterdam"}


def vul_locatie_in(page, plaatsen, soort, status, beschikbaar_van, naam=None):
    """Fill in the form of a new location (Locatie toevoegen); its name only if given."""
    if naam is not None:
        page.get_by_label("Naam").fill(naam)
    page.get_by_label("Plaatsen").fill(plaatsen)
    page.get_by_label("Soort").select_option(soort)
    page.get_by_label("Status").select_option(status)
    page.get_by_label("Beschikbaar van").fill(beschikbaar_van)
