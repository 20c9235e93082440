"""Logins and sessions (issue 22): an address that tries one password on many accounts
(password spraying) is locked like a name is, and a session ends after 30 minutes without
a request or 8 hours after the login."""

import time

import pytest
from django.test import Client, override_settings

from regietafel.gebruikers.inlogpogingen import klantadres
from regietafel.web.middleware import BEGIN, LAATST
from tests.factories import WACHTWOORD

SPROEIER, ANDER = "192.0.2.66", "198.51.100.7"  # documentation addresses (RFC 5737)


def _inloggen(client, naam, wachtwoord, adres):
    return client.post("/inloggen/", {"username": naam, "password": wachtwoord}, REMOTE_ADDR=adres)


def test_een_wachtwoord_op_veel_namen_vanaf_een_adres_wordt_geblokkeerd(rollen):
    client = Client()
    for i in range(19):  # one failure per name: no name reaches its limit of 5
        assert _inloggen(client, f"medewerker{i}", "Zomer2026!", SPROEIER).status_code == 200
    assert _inloggen(client, "medewerker19", "Zomer2026!", SPROEIER).status_code == 429
    # From that address even a right password is refused now, for every name ...
    echte = rollen["provincie"].username
    response = _inloggen(client, echte, WACHTWOORD, SPROEIER)
    assert response.status_code == 429
    assert "tijdelijk geblokkeerd" in response.content.decode()
    # ... and from another address that name logs in.
    assert _inloggen(Client(), echte, WACHTWOORD, ANDER).status_code == 302


def test_een_geslaagde_login_wist_de_telling_van_het_adres_niet(rollen):
    client = Client()
    for i in range(19):
        _inloggen(client, f"medewerker{i}", "Zomer2026!", SPROEIER)
    # One account of one's own: the login works, its own failures are forgotten ...
    assert (
        _inloggen(Client(), rollen["gemeente_a"].username, WACHTWOORD, SPROEIER).status_code == 302
    )
    # ... but not the address's: the next failure locks it.
    assert _inloggen(client, "medewerker19", "Zomer2026!", SPROEIER).status_code == 429


def test_per_naam_op_een_adres_blijft_de_grens_vijf(rollen):
    naam = rollen["provincie"].username
    client = Client()
    for _ in range(4):
        assert _inloggen(client, naam, "fout", SPROEIER).status_code == 200
    assert _inloggen(client, naam, "fout", SPROEIER).status_code == 429
    # the address itself is not locked by one name's five failures
    assert (
        _inloggen(Client(), rollen["gemeente_b"].username, WACHTWOORD, SPROEIER).status_code == 302
    )


@override_settings(REGIETAFEL_PROXIES=1)
def test_achter_een_proxy_telt_het_adres_dat_de_proxy_zag(rf):
    verzoek = rf.post("/inloggen/", REMOTE_ADDR="10.0.0.2",
                      HTTP_X_FORWARDED_FOR="203.0.113.9, 192.0.2.66")  # fmt: skip
    assert klantadres(verzoek) == "192.0.2.66"  # the left one is the client's to forge
    assert klantadres(rf.post("/inloggen/", REMOTE_ADDR="10.0.0.2")) == "10.0.0.2"


def test_zonder_proxy_telt_het_adres_van_de_verbinding(rf):
    verzoek = rf.post("/inloggen/", REMOTE_ADDR=SPROEIER, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert klantadres(verzoek) == SPROEIER


@pytest.fixture
def ingelogd(rollen):
    client = Client()
    client.force_login(rollen["provincie"])
    assert client.get("/dashboard/").status_code == 200
    return client


def _zet(client, **waarden):
    sessie = client.session
    for sleutel, waarde in waarden.items():
        sessie[sleutel] = waarde
    sessie.save()


def test_na_30_minuten_zonder_verzoek_is_de_sessie_voorbij(ingelogd):
    _zet(ingelogd, **{LAATST: time.time() - 31 * 60})
    response = ingelogd.get("/dashboard/")
    assert response.status_code == 302 and response["Location"].startswith("/inloggen/")
    melding = ingelogd.get(response["Location"]).content.decode()
    assert "U bent na 30 minuten zonder activiteit automatisch uitgelogd." in melding
    assert ingelogd.get("/dashboard/").status_code == 302  # the session is gone


def test_een_verzoek_binnen_30_minuten_verlengt_de_sessie(ingelogd):
    _zet(ingelogd, **{LAATST: time.time() - 29 * 60})
    assert ingelogd.get("/dashboard/").status_code == 200
    assert time.time() - ingelogd.session[LAATST] < 60  # moved on: the timeout slides
    _zet(ingelogd, **{LAATST: ingelogd.session[LAATST] - 29 * 60})
    assert ingelogd.get("/dashboard/").status_code == 200


def test_binnen_een_minuut_schrijft_een_verzoek_de_sessie_niet(ingelogd):
    eerder = time.time() - 30
    _zet(ingelogd, **{LAATST: eerder})
    ingelogd.get("/dashboard/")
    assert ingelogd.session[LAATST] == eerder


def test_na_8_uur_is_de_sessie_voorbij_ook_als_er_steeds_verzoeken_waren(ingelogd):
    _zet(ingelogd, **{BEGIN: time.time() - 8 * 3600 - 1, LAATST: time.time()})
    response = ingelogd.get("/dashboard/")
    assert response.status_code == 302
    assert (
        "U bent na 8 uur automatisch uitgelogd."
        in ingelogd.get(response["Location"]).content.decode()
    )


@override_settings(SESSION_COOKIE_AGE=2 * 3600, REGIETAFEL_SESSIE_INACTIEF=10 * 60)
def test_de_tijden_komen_uit_de_instellingen(ingelogd):
    _zet(ingelogd, **{LAATST: time.time() - 11 * 60})
    response = ingelogd.get("/dashboard/", follow=True)
    assert "na 10 minuten zonder activiteit" in response.content.decode()


def test_wie_naar_inloggen_wordt_gestuurd_leest_waarom(client, drenthe):
    """The public sent to the login page by a page it may not read (here a cycle that is not
    published) reads why, and where the published figures are; the plain login page does
    not say so."""
    html = client.get("/bonus/?provincie=drenthe&cyclus=2027-2028", follow=True).content.decode()
    assert 'data-test="waarom-inloggen"' in html and "nog niet is gepubliceerd" in html
    assert 'data-test="waarom-inloggen"' not in client.get("/inloggen/").content.decode()
