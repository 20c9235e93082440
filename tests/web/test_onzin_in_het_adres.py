"""Garbage in ``?cyclus=`` and ``?provincie=`` on every page (issue 22): never a server
error, and a refusal of it (400 or 404) says so in Dutch."""

from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from django.test import Client

from tests.web.test_toegang_matrix import MATRIX

# An unknown code, and a NUL byte (that PostgreSQL refuses in a query).
ONZIN = ["bestaat-niet", "2025\x00"]
ENGELS = ["Not Found", "Bad Request", "Server Error", "Forbidden", "does not exist"]
PADEN = sorted(
    {
        (naam, pad)
        for naam, regels in MATRIX.items()
        for methode, pad, _, _ in regels
        if methode == "get" and naam not in ("admin", "api-docs", "api-openapi")
    },
    key=lambda np: np[0],
)


def _met(pad, veld, waarde):
    """`pad` with `veld` in its query string replaced by `waarde`."""
    delen = urlsplit(pad)
    query = [(k, v) for k, v in parse_qsl(delen.query) if k != veld] + [(veld, waarde)]
    return f"{delen.path}?{urlencode(query)}"


@pytest.mark.parametrize("rol", ["anoniem", "provincie"])
@pytest.mark.parametrize(("naam", "pad"), PADEN, ids=[naam for naam, _ in PADEN])
def test_onzin_in_cyclus_of_provincie_geeft_geen_serverfout(
    settings, gedeelde_rollen, naam, pad, rol
):
    settings.DEBUG = False
    client = Client(raise_request_exception=False)
    if gedeelde_rollen[rol] is not None:
        client.force_login(gedeelde_rollen[rol])
    basis = pad()
    for veld in ("cyclus", "provincie"):
        for waarde in ONZIN:
            adres = _met(basis, veld, waarde)
            r = client.get(adres)
            assert r.status_code < 500, adres
            if r.status_code in (400, 404):
                tekst = r.content.decode()
                assert tekst.strip(), adres
                assert not [w for w in ENGELS if w in tekst], (adres, tekst[:300])
