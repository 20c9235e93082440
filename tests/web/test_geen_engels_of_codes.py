"""Dutch everywhere (issue 18): every page and API answer of the role × URL matrix, for
every role, is crawled. No page or answer shows one of Django's, DRF's or the browser-facing
English messages, and no page shows a raw code of a model's choices (`asiel_regulier`) or a
province's code (`drenthe`) where its name belongs."""

import json
import re
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.test import Client

from tests.web.test_toegang_matrix import MATRIX, ROLLEN, verwacht_voor

# Django's, DRF's and the browser-facing texts that show up in English when a message
# bypasses the Dutch catalogue (the messages as Django 6 and DRF 3 write them).
ENGELS = [
    "Forbidden",
    "Not Found",
    "Not found.",
    "Server Error",
    "Bad Request",
    "Select an option",
    "---------",
    "This field is required",
    "This field may not be",
    "Enter a valid",
    "A valid integer is required",
    "Ensure this value",
    "Ensure this field",
    "is not a valid choice",
    "Select a valid choice",
    "matches the given query",
    "No such file or directory",
    "Page not found",
    "CSRF verification failed",
    "Authentication credentials were not provided",
    "Invalid token",
    "You do not have permission",
    "not allowed.",
    "Unsupported media type",
    "Request was throttled",
    "Invalid page",
    "show this help message",
    "Submit",
    "Filters",
    "Previous",
    "Next",
]


class _Zichtbaar(HTMLParser):
    """The text a reader sees or hears: text nodes and the attributes read out, without
    scripts, styles and code examples (an import page shows its column names as code)."""

    LEZEN = ("aria-label", "title", "placeholder", "alt")
    OVERSLAAN = {"script", "style", "code", "pre", "kbd"}

    def __init__(self):
        super().__init__()
        self.stukken: list[str] = []
        self.diepte = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.OVERSLAAN:
            self.diepte += 1
        self.stukken += [waarde for naam, waarde in attrs if naam in self.LEZEN and waarde]
        if tag == "input" and dict(attrs).get("type") in ("submit", "button"):
            self.stukken.append(dict(attrs).get("value") or "")

    def handle_endtag(self, tag):
        if tag in self.OVERSLAAN:
            self.diepte = max(0, self.diepte - 1)

    def handle_data(self, data):
        if not self.diepte:
            self.stukken.append(data)


def zichtbare_tekst(html: str) -> str:
    lezer = _Zichtbaar()
    lezer.feed(html)
    return "\n".join(lezer.stukken)


def _teksten_in(waarde):
    """Every string in a JSON answer (the API's messages and titles)."""
    if isinstance(waarde, dict):
        for v in waarde.values():
            yield from _teksten_in(v)
    elif isinstance(waarde, list):
        for v in waarde:
            yield from _teksten_in(v)
    elif isinstance(waarde, str):
        yield waarde


def ruwe_codes() -> set[str]:
    """The codes of every model field's choices that differ from their label and read as a
    code (asiel_regulier, eerste_opvang), and the provinces' codes (drenthe)."""
    from regietafel.provincies.models import Provincie

    codes = set()
    for model in apps.get_models():
        for veld in model._meta.get_fields():
            for waarde, label in getattr(veld, "flatchoices", None) or ():
                if isinstance(waarde, str) and "_" in waarde and waarde != str(label):
                    codes.add(waarde)
    codes |= {p.code for p in Provincie.objects.all() if p.code != p.naam}
    return codes


def _gevonden(tekst: str, codes: set[str]) -> list[str]:
    fout = [woord for woord in ENGELS if woord in tekst]
    woorden = set(re.findall(r"(?<![\w/.-])[a-z][a-z0-9_]+(?![\w/.-])", tekst))
    return fout + sorted(woorden & codes)


GET_REGELS = [
    (naam, i) for naam, regels in MATRIX.items() for i, regel in enumerate(regels)
    if regel[0] == "get"
]  # fmt: skip


def _controleer(antwoord, codes, pad="") -> list[str]:
    """What `antwoord` shows that it should not. An error may repeat a code the request
    asked for (“Geen provincie 'groningen'.”): that is the reader's own input."""
    if antwoord.status_code >= 400:
        codes = codes - set(re.findall(r"\w+", pad))
    soort = antwoord.get("Content-Type", "")
    if "html" in soort:
        return _gevonden(zichtbare_tekst(antwoord.content.decode()), codes)
    if "json" in soort:
        teksten = "\n".join(_teksten_in(json.loads(antwoord.content)))
        return [woord for woord in ENGELS if woord in teksten]
    return []


def test_de_controle_vindt_engels_en_codes(drenthe):
    """The control: an English message, a choice code and a province code are found; the
    same words in a link, a code example or a script are not."""
    codes = ruwe_codes()
    assert {"asiel_regulier", "drenthe"} <= codes
    html = (
        '<h1>Soort asiel_regulier</h1><p title="Select an option">drenthe</p>'
        '<a href="/x/?provincie=drenthe">Drenthe</a><code>asiel_regulier</code>'
        "<script>var a = 'Not Found';</script>"
    )
    gevonden = _gevonden(zichtbare_tekst(html), codes)
    assert gevonden == ["Select an option", "asiel_regulier", "drenthe"]


@pytest.mark.parametrize("rol", ROLLEN)
def test_geen_engels_en_geen_ruwe_codes_op_elke_pagina(client, meer_rollen, rol):
    """Every GET of the matrix, as `rol`, with the status the matrix expects (the pages,
    the refusals and the not-founds alike)."""
    codes = ruwe_codes()
    if meer_rollen[rol] is not None:
        client.force_login(meer_rollen[rol])
    fouten = {}
    for naam, i in GET_REGELS:
        _, pad, _, verwacht = MATRIX[naam][i]
        pad = pad()
        antwoord = client.get(pad)
        assert antwoord.status_code == verwacht_voor(verwacht, rol), pad
        if gevonden := _controleer(antwoord, codes, pad):
            fouten[pad] = gevonden
    assert fouten == {}


@pytest.fixture
def productie(settings):
    settings.DEBUG = False


def test_een_mislukte_csrf_controle_geeft_de_nederlandse_403(productie, rollen):
    client = Client(enforce_csrf_checks=True)
    client.force_login(rollen["provincie"])
    antwoord = client.post("/rapporten/teksten/", {"inleiding": "Tekst"})
    assert antwoord.status_code == 403
    html = antwoord.content.decode()
    assert 'aria-label="Hoofdmenu"' in html and "Formulier verlopen" in html
    assert "Laad de pagina opnieuw" in html
    assert _controleer(antwoord, set()) == []


def test_een_onbekend_aanbod_in_de_api_heet_in_het_nederlands(rollen, client):
    client.force_login(rollen["provincie"])
    antwoord = client.get("/api/v1/aanbod/999999")
    assert antwoord.status_code == 404
    assert "aanbod" in antwoord.json()["detail"]
    assert _controleer(antwoord, set()) == []
