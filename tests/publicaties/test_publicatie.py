"""The pages of a published cycle say so, show what changed since apart (logged in only),
and the province publishes a cycle from the Cyclus page."""

import pytest
from django.test import Client

from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain.routekaart import StapStatus
from regietafel.opgaven.models import Aanbod
from regietafel.publicaties.models import Publicatie
from regietafel.routekaart.services import routekaart_overzicht
from tests.factories import capaciteitsbesluit_2027

pytestmark = pytest.mark.django_db
C2 = "?provincie=drenthe&cyclus=2027-2028"


def _pagina(client, pad, als=None):
    """The page at `pad` (status 200), seen by the user `als` if given."""
    if als is not None:
        client.force_login(als)
    response = client.get(pad)
    assert response.status_code == 200, pad
    return response.content.decode()


@pytest.mark.parametrize("pad", ["/", "/bonus/", "/bijlage1/"])
def test_gepubliceerde_cyclus_zegt_zoals_gepubliceerd(client, drenthe, pad):
    assert "Zoals gepubliceerd op 1 november 2024." in _pagina(client, pad)


def test_wijziging_na_publicatie_staat_apart_en_alleen_voor_ingelogden(client, rollen):
    a = Aanbod.objects.get(gemeente__naam="Meppel", categorie="amv", jaar=2026)
    a.plaatsen = 16
    a.save()
    publiek = _pagina(Client(), "/")
    assert "Sinds de publicatie" not in publiek
    html = _pagina(client, "/", als=rollen["provincie"])
    assert "Sinds de publicatie is er iets ingevoerd dat 1 cijfer zou veranderen" in html
    assert "Puzzel: aanbod AMV 2026" in html


def test_ongepubliceerde_cyclus_zegt_niets_over_publicatie(client, rollen):
    assert "Zoals gepubliceerd" not in _pagina(client, "/bijlage1/" + C2, als=rollen["provincie"])


def test_bijlage1_van_cyclus_2_toont_de_locaties_die_niet_meetellen(client, rollen):
    html = _pagina(client, "/bijlage1/" + C2, als=rollen["ministerie"])
    assert "Locaties die niet meetellen in cyclus 2027-2028" in html
    assert "niet meer beschikbaar in de jaren van deze cyclus" in html
    assert "begindatum onbekend, dus niet aantoonbaar duurzaam" in html


def test_provincie_publiceert_cyclus_2_vanaf_de_cyclus_pagina(client, rollen):
    # Before the capaciteitsbesluit the button is there, disabled, and says why.
    html = _pagina(client, "/cyclus/" + C2, als=rollen["provincie"])
    assert 'type="submit" disabled aria-describedby="publiceren-uitleg">Publiceren' in html
    assert "Publiceren kan zodra het capaciteitsbesluit van deze cyclus is ingelezen" in html
    assert 'href="/herramingen/?provincie=drenthe&amp;cyclus=2027-2028">Herramingen' in html
    capaciteitsbesluit_2027()
    html = _pagina(client, "/cyclus/" + C2, als=rollen["provincie"])
    assert '<button class="utrecht-button utrecht-button--primary-action" type="submit">' \
        "Publiceren</button>" in html  # fmt: skip
    data = {"provincie": "drenthe", "cyclus": "2027-2028", "datum": "2026-11-30"}
    response = client.post("/cyclus/publiceren/", data, follow=True)
    html = response.content.decode()
    assert "Cyclus 2027-2028 is gepubliceerd" in html
    assert "Gepubliceerd op 30 november 2026." in html
    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2027-2028")
    assert pc.gepubliceerd and Publicatie.objects.filter(provincie_cyclus=pc).count() == 1
    stappen = routekaart_overzicht("drenthe", "2027-2028").regels
    assert {r.stap.code for r in stappen if r.status == StapStatus.AFGEROND} == {
        "capaciteitsbesluit", "consultatie", "puzzel", "bespreking", "instemming", "verslag"
    }  # fmt: skip
    assert "Zoals gepubliceerd op 30 november 2026." in _pagina(Client(), "/bijlage1/" + C2)


def test_publiceren_zonder_geldige_datum_schrijft_niets(client, rollen):
    client.force_login(rollen["provincie"])
    data = {"provincie": "drenthe", "cyclus": "2027-2028", "datum": "morgen"}
    html = client.post("/cyclus/publiceren/", data, follow=True).content.decode()
    assert "Vul een geldige publicatiedatum in" in html
    assert not ProvincieCyclus.objects.get(cyclus__naam="2027-2028").gepubliceerd


def test_gemeente_ziet_geen_publiceerknop(client, rollen):
    assert "Publiceren</button>" not in _pagina(client, "/cyclus/" + C2, als=rollen["gemeente_a"])


def test_bijlage1_van_cyclus_2_noemt_de_opgave_nog_niet_bekend(client, rollen):
    html = _pagina(client, "/bijlage1/" + C2, als=rollen["provincie"])
    cel = html.split('id="bijlage1-cijfers"')[1].split("</table>")[0]
    assert cel.count("nog niet bekend") == 4  # opgave and still to fill, regular and AMV
    assert "2.045" in cel
