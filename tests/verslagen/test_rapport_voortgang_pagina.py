"""What the user sees while documents are made: the step and percentage on the documents
page (refreshing itself while one is being made), and for all provinces each province."""

import pytest
from django.urls import reverse

from regietafel.verslagen.models import RapportOpdracht

pytestmark = pytest.mark.django_db


def _opdracht(gebruiker, **kw):
    velden = {"provincie": "drenthe", "cyclus": "2025-2026", "formaat": "pdf"} | kw
    return RapportOpdracht.objects.create(aangevraagd_door=gebruiker, **velden)


def test_de_documentenpagina_toont_wat_er_gemaakt_wordt_en_ververst_zich(client, rollen):
    gebruiker = rollen["provincie"]
    _opdracht(gebruiker, status="bezig", voortgang=63, stap="Drenthe: PDF: pagina 4 opmaken")
    client.force_login(gebruiker)
    pagina = client.get(reverse("rapporten"), {"provincie": "drenthe", "cyclus": "2025-2026"})
    tekst = pagina.content.decode()
    assert "Drenthe: PDF: pagina 4 opmaken (63%)" in tekst
    assert 'hx-trigger="every 2s"' in tekst
    deel = client.get(
        reverse("rapporten"),
        {"provincie": "drenthe", "cyclus": "2025-2026"},
        HTTP_HX_REQUEST="true",
    ).content.decode()
    assert "<html" not in deel and 'id="rapport-opdrachten"' in deel


def test_zonder_lopend_document_ververst_de_pagina_zich_niet(client, rollen):
    gebruiker = rollen["provincie"]
    _opdracht(gebruiker, status="klaar", voortgang=100, stap="Klaar")
    client.force_login(gebruiker)
    tekst = client.get(reverse("rapporten")).content.decode()
    assert "Uw recente documenten" in tekst and "hx-trigger" not in tekst


def test_alle_provincies_toont_elke_provincie_met_haar_stap(client, rollen):
    gebruiker = rollen["ministerie"]
    geheel = _opdracht(gebruiker, provincie="alle", status="bezig")
    _opdracht(gebruiker, deel_van=geheel, status="klaar", voortgang=100, stap="Klaar")
    _opdracht(
        gebruiker,
        provincie="veenmarken",
        deel_van=geheel,
        status="bezig",
        voortgang=40,
        stap="Veenmarken: Bijlage 1",
    )
    client.force_login(gebruiker)
    tekst = client.get(reverse("rapport-opdracht", args=[geheel.pk])).content.decode()
    assert "1 van de 2 provincies klaar; bezig: veenmarken" in tekst
    assert "Veenmarken: Bijlage 1" in tekst and 'value="40"' in tekst
    assert 'hx-trigger="every 1s"' in tekst
    # the parts are not listed as documents of their own
    lijst = client.get(reverse("rapporten"), {"provincie": "alle"}).content.decode()
    assert lijst.count(reverse("rapport-opdracht", args=[geheel.pk])) == 1
    assert "alle provincies · 2025-2026 · Provinciaal verslag (PDF)" in lijst
