"""Importeren → Gegevensbestand: an administrator uploads a data file, sees the preview
(nothing written), confirms (written, logged); a file with an error shows every problem and
writes nothing; no other role may load one."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from regietafel.importen.models import Import
from regietafel.provincies.models import Gemeente, Provincie

VEENMARKEN = Path(__file__).parent.parent / "data" / "veenmarken-2025-2026.toml"
PAD = "/importeren/gegevensbestand/"

pytestmark = pytest.mark.django_db


@pytest.fixture
def beheerder(drenthe):
    return get_user_model().objects.create_superuser("beheerder", password="x")


def _upload(client, inhoud, naam="veenmarken-2025-2026.toml"):
    return client.post(PAD, {"bestand": SimpleUploadedFile(naam, inhoud)})


def test_voorbeeld_dan_bevestigen(client, beheerder):
    client.force_login(beheerder)
    assert "Gegevensbestand laden" in client.get("/importeren/").content.decode()
    r = _upload(client, VEENMARKEN.read_bytes())
    assert r.status_code == 200
    html = r.content.decode()
    assert "Gemeente Aldam (GM9901)" in html and "Bevestigen en opslaan" in html
    assert not Provincie.objects.filter(code="veenmarken").exists()
    r = client.post(f"{PAD}bevestigen/")
    assert r.status_code == 302
    log = Import.objects.get(soort="dataset")
    assert (log.bestandsnaam, log.gebruiker) == ("veenmarken-2025-2026.toml", beheerder)
    assert Gemeente.objects.filter(provincie__code="veenmarken").count() == 7
    html = client.get(PAD).content.decode()
    assert "is geladen (provincie veenmarken, cyclus 2025-2026)" in html
    # Once more: nothing changes, and there is nothing to confirm.
    html = _upload(client, VEENMARKEN.read_bytes()).content.decode()
    assert "Niets gewijzigd" in html and "Bevestigen en opslaan" not in html


def test_fouten_op_de_pagina_met_regel_en_sleutel(client, beheerder):
    client.force_login(beheerder)
    tekst = VEENMARKEN.read_text().replace("plaatsen = 135", "plaatsen = -135")
    tekst = tekst.replace('soort = "tgo"', 'soort = "azc"')
    r = _upload(client, tekst.encode())
    assert r.status_code == 400
    html = r.content.decode()
    assert "Het bestand heeft 2 fouten; er is niets opgeslagen." in html
    assert "locatie 2, &#x27;plaatsen&#x27;: &#x27;-135&#x27; is negatief" in html
    assert "locatie 7, &#x27;soort&#x27;: &#x27;azc&#x27; is geen bekende waarde" in html
    assert "Bevestigen en opslaan" not in html
    assert client.post(f"{PAD}bevestigen/").status_code == 302
    assert not Provincie.objects.filter(code="veenmarken").exists()
    assert not Import.objects.filter(soort="dataset").exists()


def test_bevestigen_weigert_als_de_gegevens_intussen_veranderden(client, beheerder):
    client.force_login(beheerder)
    assert _upload(client, VEENMARKEN.read_bytes()).status_code == 200
    Provincie.objects.create(code="veenmarken", naam="Veenmarken")  # someone was first
    r = client.post(f"{PAD}bevestigen/")
    assert r.status_code == 409
    assert "gewijzigd sinds het voorbeeld" in r.content.decode()
    assert not Gemeente.objects.filter(provincie__code="veenmarken").exists()


@pytest.mark.parametrize("rol", ["gemeente_a", "provincie", "ministerie"])
def test_alleen_een_beheerder_laadt_een_gegevensbestand(client, rollen, rol):
    client.force_login(rollen[rol])
    assert client.get(PAD).status_code == 403
    assert _upload(client, VEENMARKEN.read_bytes()).status_code == 403
    assert not Provincie.objects.filter(code="veenmarken").exists()
    assert "Gegevensbestand laden" not in client.get("/importeren/").content.decode()


def test_zonder_csrf_token_geweigerd_en_een_script_blijft_tekst(beheerder):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(beheerder)
    assert _upload(client, VEENMARKEN.read_bytes()).status_code == 403
    assert client.post(f"{PAD}bevestigen/").status_code == 403
    client = Client()
    client.force_login(beheerder)
    script = "<script>alert('x')</script>"
    tekst = VEENMARKEN.read_text().replace('naam = "Aldam"', f'naam = "{script}"')
    html = _upload(client, tekst.encode()).content.decode()
    assert script not in html and "&lt;script&gt;" in html
