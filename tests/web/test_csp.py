"""The strict Content Security Policy (issue 22) on every page of the access matrix: the
header is there, and no page has what it would block (an inline script, an event handler
attribute, a style attribute, or a <style> without the page's nonce). The browser check
of the main pages is tests/e2e/test_csp_browser.py."""

import re
from html.parser import HTMLParser

import pytest
from django.test import Client

from tests.web.test_toegang_matrix import MATRIX

BELEID = {
    "default-src": "'none'",
    "script-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
    "base-uri": "'none'",
}


class Inline(HTMLParser):
    """What a page holds that the policy would block, given the page's nonce."""

    def __init__(self, nonce: str | None) -> None:
        super().__init__()
        self.nonce = nonce
        self.gevonden: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and not a.get("src"):
            self.gevonden.append("<script> zonder src")
        if tag == "style" and (self.nonce is None or a.get("nonce") != self.nonce):
            self.gevonden.append("<style> zonder de nonce")
        for naam, waarde in attrs:
            if naam == "style" or naam.startswith("on"):
                self.gevonden.append(f"{tag} {naam}={waarde!r}")
            if naam in ("href", "src", "action") and (waarde or "").startswith("javascript:"):
                self.gevonden.append(f"{tag} {naam}={waarde!r}")


def _beleid(response) -> dict[str, str]:
    kop = response["Content-Security-Policy"]
    return dict(d.strip().split(" ", 1) for d in kop.split(";"))


def _controleer(response, pad):
    beleid = _beleid(response)
    for richtlijn, waarde in BELEID.items():
        assert beleid[richtlijn] == waarde, (pad, richtlijn)
    stijl = beleid["style-src"].split()
    assert stijl[0] == "'self'" and "'unsafe-inline'" not in stijl, pad
    nonce = re.fullmatch(r"'nonce-(.+)'", stijl[1]).group(1) if len(stijl) > 1 else None
    lezer = Inline(nonce)
    lezer.feed(response.content.decode())
    assert lezer.gevonden == [], pad


PAGINAS = sorted(
    {(pad, rol) for rijen in MATRIX.values() for methode, pad, _, status in rijen
     for rol in ("anoniem", "provincie") if methode == "get" and status[rol] == 200},
    key=lambda p: (p[0].__code__.co_firstlineno, p[1]),
)  # fmt: skip


def test_elke_html_pagina_heeft_het_beleid_en_niets_wat_het_blokkeert(rollen):
    gezien = 0
    for rol in ("anoniem", "provincie"):
        client = Client()
        if rollen[rol] is not None:
            client.force_login(rollen[rol])
        for maak_pad, r in PAGINAS:
            if r != rol:
                continue
            pad = maak_pad()
            response = client.get(pad)
            if not response["Content-Type"].startswith("text/html"):
                continue
            _controleer(response, pad)
            gezien += 1
    assert gezien > 40, gezien  # the pages were really looked at


@pytest.mark.parametrize("pad", ["/admin/", "/admin/cycli/cyclus/", "/admin/auth/user/add/"])
def test_beheer_heeft_het_beleid_en_niets_wat_het_blokkeert(admin_client, pad):
    response = admin_client.get(pad)
    assert response.status_code == 200
    _controleer(response, pad)


def test_api_docs_laadt_zijn_script_van_een_eigen_adres(client):
    response = client.get("/api/v1/docs")
    _controleer(response, "/api/v1/docs")
    assert 'src="/api/v1/docs?script="' in response.content.decode()
    script = client.get("/api/v1/docs?script=")
    assert script.status_code == 200
    assert script["Content-Type"].startswith("application/javascript")


def test_de_nonce_is_per_verzoek_anders(rollen):
    client = Client()
    client.force_login(rollen["provincie"])
    nonces = {_beleid(client.get("/dashboard/"))["style-src"] for _ in range(2)}
    assert len(nonces) == 2
