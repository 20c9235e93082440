"""Every computed page is reused per data version (ADR 0015): a constant number of queries
whatever the size of the province, a change seen on the next view, charts drawn once for
their inputs, and nothing of one user's access in what another user is shown."""

import re
from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from regietafel.cycli.models import Cyclus
from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.reports import grafiek
from tests.factories import provinciegebruiker, synthetische_provincie
from tests.toegang_hulp import VERTROUWELIJK

PAGINAS = ["/", "/dashboard/", "/bonus/", "/bijlage1/", "/capaciteit/", "/realisatie/"]
DRENTHE = "?provincie=drenthe&cyclus=2025-2026"


def _queries(client, pad, koud=True):
    """The queries of one view; `koud` empties the reuse cache first."""
    if koud:
        cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(pad)
    assert response.status_code == 200, pad
    return len(ctx.captured_queries), response.content.decode()


def _meer_gemeenten(aantal):
    """`aantal` more municipalities in Drenthe, each with its tasks, offers and a location
    with a contract that ends in the cycle."""
    provincie, cyclus = Provincie.objects.get(code="drenthe"), Cyclus.objects.get(naam="2025-2026")
    for i in range(aantal):
        g = Gemeente.objects.create(
            provincie=provincie, cbs_code=f"GM9{i:03d}", naam=f"Proefgemeente {i}",
            inwoners=1000 + i, inwoners_peiljaar=2023,
        )  # fmt: skip
        for cat in ("asiel_regulier", "amv", "oekraine"):
            Opgave.objects.create(gemeente=g, cyclus=cyclus, categorie=cat, opgave=10)
        for jaar in (2025, 2026):
            Aanbod.objects.create(gemeente=g, cyclus=cyclus, categorie="amv", jaar=jaar, plaatsen=5)
        Locatie.objects.create(
            gemeente=g, plaatsen=5 + i, soort="amv", status="gerealiseerd",
            beschikbaar_van="2025-01-01", beschikbaar_tot="2026-06-01",
        )  # fmt: skip


@pytest.mark.parametrize("pad", PAGINAS)
def test_een_pagina_doet_evenveel_queries_bij_meer_gemeenten(client, ongepubliceerd, pad):
    client.force_login(provinciegebruiker())
    client.get(pad + DRENTHE)  # the first view creates the cycle's route map
    koud, html = _queries(client, pad + DRENTHE)
    assert "Proefgemeente" not in html
    _meer_gemeenten(30)
    meer, html = _queries(client, pad + DRENTHE)
    # The page shows the new municipalities (or their locations), in as many queries.
    assert "Proefgemeente" in html
    assert meer == koud
    warm, _ = _queries(client, pad + DRENTHE, koud=False)
    # Reused: read are the session, the user with its role, and the data version (the
    # cycles with whether each is published are reused with it).
    assert warm == 3 < koud


@pytest.mark.parametrize("pad", ["/", "/bonus/", "/bijlage1/"])
def test_een_openbare_pagina_vraagt_bij_hergebruik_alleen_de_stand(client, drenthe, pad):
    _queries(client, pad + DRENTHE)
    # Only the data version: the cycles, with whether each is published, are reused with it.
    assert _queries(client, pad + DRENTHE, koud=False)[0] == 1


def _locatie_meppel():
    return Locatie.objects.filter(gemeente__naam="Meppel").order_by("pk").first()


def test_een_wijziging_staat_bij_de_volgende_keer_op_elke_pagina(client, ongepubliceerd):
    client.force_login(provinciegebruiker())
    voor = {pad: client.get(pad + DRENTHE).content.decode() for pad in PAGINAS}
    loc = _locatie_meppel()
    loc.plaatsen += 1234
    loc.save()
    na = {pad: client.get(pad + DRENTHE).content.decode() for pad in PAGINAS}
    for pad in ("/dashboard/", "/capaciteit/", "/realisatie/", "/bijlage1/"):
        assert na[pad] != voor[pad], pad


def test_een_gepubliceerde_cyclus_blijft_zoals_gepubliceerd_ook_na_hergebruik(client, rollen):
    # The public reads the location list without the details not yet public (ADR 0012).
    publiek_voor = client.get("/bijlage1/" + DRENTHE).content.decode()
    client.force_login(rollen["provincie"])
    bonus_voor = client.get("/bonus/" + DRENTHE).content.decode()
    bijlage_voor = client.get("/bijlage1/" + DRENTHE).content.decode()
    capaciteit_voor = client.get("/capaciteit/" + DRENTHE).content.decode()
    loc = _locatie_meppel()
    loc.plaatsen += 1234
    loc.save()
    bijlage_na = client.get("/bijlage1/" + DRENTHE).content.decode()
    # The published figures stay; what changed since is shown apart, to logged-in users.
    assert _tabellen(bijlage_na) == _tabellen(bijlage_voor)
    assert 'id="sinds-publicatie"' in bijlage_na and 'id="sinds-publicatie"' not in bijlage_voor
    assert _tabellen(client.get("/bonus/" + DRENTHE).content.decode()) == _tabellen(bonus_voor)
    # Capacity is of the locations as they are now.
    assert client.get("/capaciteit/" + DRENTHE).content.decode() != capaciteit_voor
    client.logout()
    publiek = client.get("/bijlage1/" + DRENTHE).content.decode()
    assert _tabellen(publiek) == _tabellen(publiek_voor)
    assert 'id="sinds-publicatie"' not in publiek


def _tabellen(html):
    """The page's figure tables, without the publication notice."""
    return re.findall(r'<table class="utrecht-table[^"]*puzzel.*?</table>', html, re.S)


def test_grafieken_worden_eenmaal_getekend_per_invoer(client, rollen, monkeypatch):
    getekend = []

    def teller(naam):
        echt = getattr(grafiek, naam)

        def teken(*args, **kwargs):
            getekend.append(naam)
            return echt(*args, **kwargs)

        teken.__qualname__ = echt.__qualname__
        monkeypatch.setattr(grafiek, naam, teken)

    for naam in ("staven_per_gemeente", "capaciteitslijn", "locaties_gantt"):
        teller(naam)
    cache.clear()
    client.force_login(rollen["ministerie"])
    client.get("/dashboard/" + DRENTHE)
    assert sorted(getekend) == ["capaciteitslijn", "staven_per_gemeente"]
    client.get("/capaciteit/" + DRENTHE)  # the same line, and the locations over time
    client.get("/dashboard/" + DRENTHE)
    client.get("/dashboard/" + DRENTHE + "&kaart=oekraine")  # another tile map, same charts
    assert sorted(getekend) == ["capaciteitslijn", "locaties_gantt", "staven_per_gemeente"]
    # A change elsewhere gives a new data version, but Drenthe's charts stay as drawn.
    synthetische_provincie("Flevoland")
    client.get("/dashboard/" + DRENTHE)
    assert len(getekend) == 3
    # New places in Assen from the start of the cycle change both of the dashboard's charts.
    Locatie.objects.create(
        gemeente=Gemeente.objects.get(naam="Assen"), plaatsen=50, soort="regulier",
        status="gerealiseerd", beschikbaar_van="2025-01-01", onbepaalde_tijd=True,
    )  # fmt: skip
    client.get("/dashboard/" + DRENTHE)
    assert sorted(getekend[3:]) == ["capaciteitslijn", "staven_per_gemeente"]


def _provincies_in_keuze(html):
    keuze = re.search(r'<select[^>]*name="provincie">(.*?)</select>', html, re.S).group(1)
    return re.findall(r'<option value="([^"]+)"', keuze)


@pytest.mark.parametrize("pad", PAGINAS)
def test_wat_een_gebruiker_mag_zien_wordt_niet_hergebruikt(client, rollen, pad):
    code, _naam = synthetische_provincie("Flevoland")
    client.force_login(rollen["ministerie"])
    ministerie = client.get(pad + DRENTHE).content.decode()
    assert code in _provincies_in_keuze(ministerie)
    assert 'href="/importeren/"' not in ministerie
    client.force_login(rollen["provincie"])
    provincie = client.get(pad + DRENTHE).content.decode()
    assert _provincies_in_keuze(provincie) == ["drenthe"]
    assert 'href="/importeren/"' in provincie
    # Another province's user is refused, also when the page was just computed.
    client.force_login(provinciegebruiker(code))
    if pad in ("/dashboard/", "/capaciteit/", "/realisatie/"):
        assert client.get(pad + DRENTHE).status_code == 403


# Pages whose kept part shows the details of a location not yet public (ADR 0012).
MET_LOCATIEDETAILS = ["/bijlage1/", "/capaciteit/", "/realisatie/"]


@pytest.mark.parametrize("pad", MET_LOCATIEDETAILS)
def test_een_deel_voor_de_provincie_krijgt_wie_minder_ziet_niet(
    client, meer_rollen, vertrouwelijke_locatie, pad
):
    """A part rendered for the province, which reads the details of Emmen's location before
    they are public, is kept per what the reader may see: the public, Assen, a user without
    a role and another province's staff, asking right after it, are shown none of them,
    while Emmen, asking after them, is shown its own again."""

    def getoond(rol):
        client.logout()
        if meer_rollen[rol] is not None:
            client.force_login(meer_rollen[rol])
        response = client.get(pad + DRENTHE)
        inhoud = response.content.decode()
        return response.status_code, [t for t in VERTROUWELIJK if t in inhoud]

    if pad == "/capaciteit/":
        # Capaciteit names a location with its remark where its places come or go.
        vertrouwelijke_locatie.beschikbaar_van = date(2025, 6, 1)
        vertrouwelijke_locatie.save()
    cache.clear()
    status, gevonden = getoond("provincie")
    assert status == 200
    assert gevonden, f"{pad} toont de provincie niets van de locatie"
    for rol in ("anoniem", "gemeente_a", "geen_rol", "provincie_b"):
        status, gevonden = getoond(rol)
        assert gevonden == [], f"{pad} toont {rol} {gevonden} ({status})"
    _status, gevonden = getoond("gemeente_b")
    assert gevonden, f"{pad} toont Emmen zijn eigen locatie niet"


@pytest.mark.parametrize("pad", ["/", "/bonus/", "/bijlage1/"])
def test_wie_een_cyclus_mag_lezen_volgt_de_publicatie_ook_na_hergebruik(
    client, ongepubliceerd, pad
):
    """The list of cycles, with whether each is published, is reused per data version: the
    public is refused a cycle until it is published, and reads it on the very next request
    after, and is refused again when it is made unpublished, without the cache emptied."""
    assert client.get(pad + DRENTHE).status_code != 200
    ongepubliceerd.gepubliceerd = True
    ongepubliceerd.save(update_fields=["gepubliceerd"])
    assert client.get(pad + DRENTHE).status_code == 200
    ongepubliceerd.gepubliceerd = False
    ongepubliceerd.save(update_fields=["gepubliceerd"])
    assert client.get(pad + DRENTHE).status_code != 200


def test_het_menu_is_van_wie_het_vraagt(rollen):
    """The menu's links are kept per menu and choice; the name and the logout form's CSRF
    token are each reader's own: each logs out with the token of its own page."""
    from django.test import Client

    for rol in ("gemeente_a", "gemeente_b"):
        client = Client(enforce_csrf_checks=True)
        client.force_login(rollen[rol])
        html = client.get("/dashboard/" + DRENTHE).content.decode()
        naam = re.search(r"<span>([^<]+)</span>\s*<form method=\"post\"", html)[1]
        assert naam == rollen[rol].username
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
        assert client.post("/uitloggen/", {"csrfmiddlewaretoken": token}).status_code == 302
        assert "_auth_user_id" not in client.session


def test_mijn_gemeente_staat_in_het_menu_van_een_gemeente_en_niet_van_anderen(client, rollen):
    """The kept menu is per role too: whoever reads a page first does not decide whether the
    next reader's menu has "Mijn gemeente" (only a municipality's has it)."""
    for rol in ("provincie", "gemeente_a", "ministerie", "gemeente_b", "provincie"):
        client.force_login(rollen[rol])
        html = client.get("/bonus/" + DRENTHE).content.decode()
        assert ('href="/mijn-gemeente/"' in html) == rol.startswith("gemeente"), rol
