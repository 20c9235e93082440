"""A new province's offers in the browser: the municipality page shows every category and
year of the cycle, also those without an offer row yet ("nog niet ingevoerd", unknown),
and the province or the municipality itself creates the row by saving a number there,
with its history and source. Bad input writes nothing; two pages creating the same row
give a conflict, not an overwrite."""

import re

import pytest

from regietafel.bronnen.models import Cijferbron
from regietafel.opgaven.models import Aanbod
from regietafel.puzzel.services import actuele_puzzel

pytestmark = pytest.mark.django_db

EMMEN = "GM0114"
PAGINA = f"/gemeenten/{EMMEN}/?cyclus=2025-2026"
NIEUW = f"/gemeenten/{EMMEN}/aanbod/nieuw/?provincie=drenthe&cyclus=2025-2026"
HTMX = {"HTTP_HX_REQUEST": "true"}
AMV_2026 = {"categorie": "amv", "jaar": "2026"}


@pytest.fixture
def zonder_aanbod(ongepubliceerd):
    """Emmen as a municipality of a new province: no offer rows in 2025-2026."""
    Aanbod.objects.filter(gemeente__cbs_code=EMMEN, cyclus__naam="2025-2026").delete()


def _nieuwe_rijen(html):
    return re.findall(r'id="aanbod-nieuw-([a-z_]+)-(\d{4})"', html)


def test_de_pagina_toont_elke_categorie_en_elk_jaar_ook_zonder_rij(client, rollen, zonder_aanbod):
    client.force_login(rollen["gemeente_b"])
    html = client.get(PAGINA).content.decode()
    verwacht = [("asiel_regulier", "2025"), ("asiel_regulier", "2026"), ("amv", "2025"),
                ("amv", "2026")]  # fmt: skip
    assert _nieuwe_rijen(html) == verwacht
    assert html.count("nog niet ingevoerd") == 4
    assert f'action="/gemeenten/{EMMEN}/aanbod/nieuw/?provincie=drenthe&amp;cyclus=2025-2026"' in (
        html
    )
    # A reader sees the same rows as unknown, without a form.
    client.force_login(rollen["gemeente_a"])
    gelezen = client.get(PAGINA).content.decode()
    assert _nieuwe_rijen(gelezen) == verwacht and "aanbod/nieuw/" not in gelezen
    # With every row there, no new rows are offered.
    client.force_login(rollen["provincie"])
    assert _nieuwe_rijen(client.get("/gemeenten/GM0106/?cyclus=2025-2026").content.decode()) == []


def test_een_getal_maakt_de_rij_aan_met_historie_en_bron(client, rollen, zonder_aanbod):
    emmen = rollen["gemeente_b"]
    client.force_login(emmen)
    data = {"categorie": "amv", "jaar": "2026", "plaatsen": "12", "reden": "raadsbesluit"}
    response = client.post(NIEUW, data, **HTMX)
    assert response.status_code == 200
    a = Aanbod.objects.get(gemeente__cbs_code=EMMEN, categorie="amv", jaar=2026)
    assert (a.plaatsen, a.versie, a.cyclus.naam) == (12, 1, "2025-2026")
    html = response.content.decode()
    # The answer is the row as it is now, editable with its version, and the totals.
    assert f'id="aanbod-{a.pk}"' in html and 'name="versie" value="1"' in html
    assert "Opgeslagen." in html and 'hx-swap-oob="true"' in html
    laatste = a.history.first()
    assert (laatste.history_type, laatste.history_user, laatste.history_change_reason) == (
        "+", emmen, "raadsbesluit",
    )  # fmt: skip
    bron = Cijferbron.objects.get(model="opgaven.aanbod", object_id=a.pk, veld="plaatsen")
    assert bron.bron.persoon == emmen.username
    regel = next(r for r in actuele_puzzel("drenthe", "2025-2026").regels if r.cbs_code == EMMEN)
    assert regel.amv.aanbod[2026] == 12
    # The row is no longer offered as new; the others still are.
    assert ("amv", "2026") not in _nieuwe_rijen(client.get(PAGINA).content.decode())


def test_leeg_maakt_een_onbekende_rij_niet_nul(client, rollen, zonder_aanbod):
    client.force_login(rollen["provincie"])
    response = client.post(NIEUW, {"categorie": "asiel_regulier", "jaar": "2025", "plaatsen": ""})
    assert response.status_code == 302 and response["Location"].startswith(PAGINA.split("?")[0])
    a = Aanbod.objects.get(gemeente__cbs_code=EMMEN, categorie="asiel_regulier", jaar=2025)
    assert a.plaatsen is None


@pytest.mark.parametrize(
    ("data", "melding"),
    [
        ({**AMV_2026, "plaatsen": "-5"}, "Plaatsen: het aantal kan niet negatief"),
        ({**AMV_2026, "plaatsen": "veel"}, "Plaatsen: vul een heel getal in."),
        ({**AMV_2026, "jaar": "2031", "plaatsen": "5"}, "Jaar: kies een jaar van de cyclus."),
        ({**AMV_2026, "categorie": "oekraine", "plaatsen": "5"}, "Categorie: kies asiel regulier"),
        ({"plaatsen": "5"}, "Jaar: kies een jaar van de cyclus."),
    ],
)  # fmt: skip
def test_foute_invoer_schrijft_niets(client, rollen, zonder_aanbod, data, melding):
    client.force_login(rollen["provincie"])
    response = client.post(NIEUW, data)
    assert response.status_code == 400 and melding in response.content.decode()
    assert not Aanbod.objects.filter(gemeente__cbs_code=EMMEN, cyclus__naam="2025-2026").exists()


def test_foute_invoer_met_htmx_staat_naast_het_veld(client, rollen, zonder_aanbod):
    client.force_login(rollen["provincie"])
    response = client.post(NIEUW, {"categorie": "amv", "jaar": "2026", "plaatsen": "-5"}, **HTMX)
    html = response.content.decode()
    assert 'id="aanbod-nieuw-amv-2026"' in html and 'aria-invalid="true"' in html
    assert "Plaatsen: het aantal kan niet negatief zijn (-5)." in html
    assert not Aanbod.objects.filter(gemeente__cbs_code=EMMEN, cyclus__naam="2025-2026").exists()


def test_twee_paginas_maken_dezelfde_rij_aan(client, rollen, zonder_aanbod):
    """Both pages showed the row as new; the second save is a conflict with the value of
    the first, and the first stays."""
    provincie, emmen = rollen["provincie"], rollen["gemeente_b"]
    client.force_login(provincie)
    tweede = type(client)()
    tweede.force_login(emmen)
    data = {"categorie": "amv", "jaar": "2026"}
    assert client.post(NIEUW, {**data, "plaatsen": "12"}, **HTMX).status_code == 200
    laat = tweede.post(NIEUW, {**data, "plaatsen": "30"}, **HTMX)
    html = laat.content.decode()
    assert f"Dit gegeven is intussen gewijzigd door {provincie.username}." in html
    assert "Huidige waarde: <strong>12</strong>" in html
    a = Aanbod.objects.get(gemeente__cbs_code=EMMEN, categorie="amv", jaar=2026)
    assert (a.plaatsen, a.history.count()) == (12, 1)
    # The conflict row carries the row's version: saving it again is a deliberate change.
    assert f'id="aanbod-{a.pk}"' in html and 'name="versie" value="1"' in html
    zonder_htmx = tweede.post(NIEUW, {**data, "plaatsen": "30"})
    assert zonder_htmx.status_code == 409


def test_een_andere_gemeente_maakt_geen_rij_aan(client, rollen, zonder_aanbod):
    client.force_login(rollen["gemeente_a"])
    response = client.post(NIEUW, {"categorie": "amv", "jaar": "2026", "plaatsen": "12"})
    assert response.status_code == 403
    assert not Aanbod.objects.filter(gemeente__cbs_code=EMMEN, cyclus__naam="2025-2026").exists()
