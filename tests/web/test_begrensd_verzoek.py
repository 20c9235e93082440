"""A request body over the limit is refused from its Content-Length before it is read
(issue 22): an anonymous 200 MB upload goes to the login page at once, a logged-in one
gets a 413; through Django's handler and through `regietafel serve`'s gunicorn."""

import io
import json
import os
import socket
import subprocess
import sys
import time

import pytest
from django.test import Client

from regietafel.web.middleware import GROOTSTE_ANONIEM, GROOTSTE_VERZOEK

MB = 1024 * 1024
GRENS = "grens"


class Stroom(io.RawIOBase):
    """A request body of `grootte` bytes that is made as it is read, counting what is read."""

    def __init__(self, grootte: int) -> None:
        self.grootte = grootte
        self.gelezen = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = min(len(buffer), self.grootte - self.gelezen)
        buffer[:n] = b"x" * n
        self.gelezen += n
        return n


def _post(client: Client, pad: str, grootte: int, **extra):
    """POST a multipart body of `grootte` bytes through the full middleware stack, CSRF
    check included; returns the response and how many bytes of the body were read."""
    stroom = Stroom(grootte)
    environ = client._base_environ(
        REQUEST_METHOD="POST",
        PATH_INFO=pad,
        CONTENT_TYPE=f"multipart/form-data; boundary={GRENS}",
        CONTENT_LENGTH=str(grootte),
        **{"wsgi.input": io.BufferedReader(stroom)},
        **extra,
    )
    return client.handler(environ), stroom.gelezen


def test_anonieme_upload_van_200_mb_gaat_ongelezen_naar_inloggen(db):
    response, gelezen = _post(Client(enforce_csrf_checks=True), "/importeren/", 200 * MB)
    assert response.status_code == 302
    assert response["Location"] == "/inloggen/?next=/importeren/"
    assert gelezen == 0


def test_ingelogde_upload_boven_de_grens_krijgt_413_ongelezen(rollen):
    client = Client(enforce_csrf_checks=True)
    client.force_login(rollen["provincie"])
    response, gelezen = _post(client, "/importeren/", 200 * MB)
    assert response.status_code == 413
    assert gelezen == 0
    html = response.content.decode()
    assert "Het bestand is te groot" in html
    assert "ten hoogste 6 MB per keer" in html and "ten hoogste 5 MB zijn" in html


def test_een_bestand_net_boven_5_mb_krijgt_de_melding_van_het_formulier(rollen):
    """Between the file limit and the request limit the form answers, next to its field."""
    client = Client()
    client.force_login(rollen["provincie"])
    bestand = io.BytesIO(b"a;b\n" * (int(5.5 * MB) // 4))
    bestand.name = "groot.csv"
    data = {"soort": "aanbod", "cyclus": "2025-2026", "bestand": bestand}
    response = client.post("/importeren/", data)
    assert response.status_code == 400
    assert "Bestand: het bestand is groter dan 5 MB." in response.content.decode()


def test_inloggen_en_kleine_formulieren_gaan_gewoon_door(rollen):
    client = Client()
    response = client.post("/inloggen/", {"username": "provincie", "password": "fout"})
    assert response.status_code == 200  # the form, with its message
    # A body at the limit is read (and, being no real form, refused by Django with a 400).
    response, gelezen = _post(Client(), "/inloggen/", GROOTSTE_ANONIEM)
    assert (response.status_code, gelezen) == (400, GROOTSTE_ANONIEM)


def test_api_zonder_token_401_en_met_token_413_in_problem_json(rollen):
    from tests.factories import api_sleutel

    response, gelezen = _post(Client(), "/api/v1/locaties", 10 * MB)
    assert (response.status_code, gelezen) == (401, 0)
    assert response["Content-Type"] == "application/problem+json"
    sleutel = api_sleutel(rollen["provincie"])
    response, gelezen = _post(
        Client(), "/api/v1/locaties", 10 * MB, HTTP_AUTHORIZATION=f"Token {sleutel}"
    )
    assert (response.status_code, gelezen) == (413, 0)
    assert "ten hoogste 6 MB" in json.loads(response.content)["detail"]


def test_de_grens_laat_ruimte_voor_het_formulier_rond_het_grootste_bestand():
    from regietafel.importen.services import MAX_BYTES

    assert MAX_BYTES < GROOTSTE_VERZOEK <= MAX_BYTES + 2 * MB


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def echte_server(tmp_path):
    """`regietafel serve`'s gunicorn (one worker) on a free port of this machine."""
    poort = _vrije_poort()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(REGIETAFEL_DATA_DIR=str(tmp_path), REGIETAFEL_WORKERS="1",
               DJANGO_SETTINGS_MODULE="regietafel.settings")  # fmt: skip
    code = f"from regietafel.webserver import serveer; serveer('127.0.0.1', {poort})"
    proces = subprocess.Popen([sys.executable, "-c", code], env=env)
    try:
        einde = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", poort), timeout=1).close()
                break
            except OSError:
                assert proces.poll() is None and time.monotonic() < einde, "server did not start"
                time.sleep(0.2)
        yield poort
    finally:
        proces.terminate()
        proces.wait(timeout=30)


def test_echte_server_stuurt_een_anonieme_upload_van_200_mb_meteen_naar_inloggen(echte_server):
    """Only the headers and 1 KB of the 200 MB are sent: a server that waited for the whole
    body would never answer within the timeout."""
    with socket.create_connection(("127.0.0.1", echte_server), timeout=15) as s:
        s.sendall(
            b"POST /importeren/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: multipart/form-data; boundary=grens\r\n"
            + f"Content-Length: {200 * MB}\r\n\r\n".encode()
            + b"x" * 1024
        )
        antwoord = b""
        while b"\r\n\r\n" not in antwoord:
            deel = s.recv(4096)
            assert deel, "connection closed without an answer"
            antwoord += deel
    kop = antwoord.split(b"\r\n\r\n")[0].decode()
    assert kop.startswith("HTTP/1.1 302")
    assert "Location: /inloggen/?next=/importeren/" in kop
