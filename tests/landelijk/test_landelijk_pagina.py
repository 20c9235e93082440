"""The national overview (`/landelijk/`) and the register of reserve emergency places, per
role: the ministry sees every province with links to its pages, the public the published
ones without reserves; a constant number of queries whatever the number of provinces; and
reserve places change no figure of the task anywhere."""

import re

import pytest
from django.core.cache import cache

from regietafel.data.synthetisch import PROVINCIES
from regietafel.noodopvang.models import Reservenoodopvang
from regietafel.puzzel.regels import bijlage1, bonus
from regietafel.puzzel.services import puzzel
from tests.factories import ReserveFactory, synthetische_provincie
from tests.pagina_hulp import formulierfouten, queries, tweede_wijziging_geweigerd

DRENTHE = "?provincie=drenthe&cyclus=2025-2026"


def _pagina(client, pad="/landelijk/", status=200):
    r = client.get(pad)
    assert r.status_code == status
    return r.content.decode()


def test_het_ministerie_ziet_elke_provincie_met_links_naar_haar_paginas(client, rollen):
    code, naam = synthetische_provincie("Flevoland")
    ReserveFactory(plaatsen=150)
    client.force_login(rollen["ministerie"])
    html = _pagina(client)
    assert naam in html and "Drenthe" in html
    assert f'href="/?provincie={code}&amp;cyclus=2025-2026"' in html
    assert 'href="/bonus/?provincie=drenthe&amp;cyclus=2025-2026"' in html
    # The ministry reads the pages for logged-in users: the realisation, the route map.
    assert 'href="/realisatie/?provincie=drenthe&amp;cyclus=2025-2026"' in html
    assert 'href="/cyclus/?provincie=drenthe&amp;cyclus=2025-2026"' in html
    assert 'href="/noodopvang/?provincie=drenthe">150</a>' in html
    assert 'href="/landelijk/?cyclus=2025-2026"' in _pagina(client, "/bonus/" + DRENTHE)  # menu
    # Published Drenthe, as published: its report was received on the publication day.
    assert "verslag ontvangen op" in html


def test_het_publiek_ziet_de_gepubliceerde_provincies_zonder_reserves(client, rollen):
    synthetische_provincie("Flevoland")  # not published
    ReserveFactory(plaatsen=150)
    client.force_login(rollen["ministerie"])
    _pagina(client)  # the part as the ministry sees it is kept first
    client.logout()
    html = _pagina(client)
    assert "Drenthe" in html and "Flevoland" not in html
    assert "Reserve noodopvang" not in html and "/noodopvang/" not in html
    # The public is not sent to the pages for logged-in users.
    assert "/realisatie/" not in html and 'href="/cyclus/' not in html
    assert 'href="/landelijk/' not in html  # the menu shows it to the ministry only


def test_cyclus_2_toont_nog_niet_ingevoerd_en_88000(client, rollen):
    synthetische_provincie("Flevoland")  # only in 2025-2026
    client.force_login(rollen["ministerie"])
    html = _pagina(client, "/landelijk/?cyclus=2027-2028")
    assert "nog niet ingevoerd" in html and 'id="nog-niet-ingevoerd"' in html
    assert "88.000" in html
    rij = re.search(r'<tr[^>]*id="provincie-syn-flevoland".*?</tr>', html, re.S).group(0)
    assert "geen gegevens" in rij
    # Drenthe's targets are unknown, so whether it closes is too; the total says so.
    assert "0 sluitend, 0 niet, 1 nog niet bekend" in html


def test_een_onbekende_cyclus_geeft_een_nederlandse_404(client, drenthe):
    html = _pagina(client, "/landelijk/?cyclus=1999-2000", status=404)
    assert "Geen gegevens voor cyclus" in html


def test_de_pagina_doet_evenveel_queries_bij_13_als_bij_2_provincies(client, rollen):
    client.force_login(rollen["ministerie"])
    synthetische_provincie("Flevoland")
    client.get("/landelijk/")  # the first view after logging in updates the session
    twee = queries(client, "/landelijk/")
    for naam, _taak, _aantal in PROVINCIES:
        if naam != "Flevoland":
            synthetische_provincie(naam)
    # On a busy machine making them takes over a minute; then the next request writes the
    # session's last-seen time (web.middleware.SessieVerloopt), so let that one not count.
    client.get("/landelijk/")
    dertien = queries(client, "/landelijk/")
    assert "Zuid-Holland (synthetisch)" in client.get("/landelijk/").content.decode()
    assert dertien == twee
    # Reused: read are the session, the user with its role, and the data version (the
    # cycles are reused with it, ADR 0015).
    assert queries(client, "/landelijk/", koud=False) == 3 < twee
    client.logout()
    queries(client, "/landelijk/")
    assert queries(client, "/landelijk/", koud=False) == 1


def _cijfers():
    """Every figure of the task of Drenthe: the puzzle, SPUK and Bijlage 1, computed anew."""
    cache.clear()
    return (
        puzzel("drenthe", "2025-2026"),
        bonus("drenthe", "2025-2026"),
        bijlage1("drenthe", "2025-2026"),
    )


def _tabellen(html):
    return re.findall(r'<table class="utrecht-table[^"]*puzzel.*?</table>', html, re.S)


@pytest.mark.parametrize("status", ["verkend", "toegezegd", "geactiveerd"])
def test_reserve_noodopvang_verandert_geen_cijfer_van_de_opgave(client, ongepubliceerd, status):
    """Drenthe's cycle is not published, so every figure follows what is entered: still
    reserve places change none of them, on no page."""
    client.force_login(ongepubliceerd_gebruiker())
    voor = _cijfers()
    paginas = ["/", "/bonus/", "/bijlage1/"]
    html_voor = {p: _tabellen(_pagina(client, p + DRENTHE)) for p in paginas}
    landelijk_voor = _tabellen(_pagina(client, "/landelijk/?cyclus=2025-2026"))
    ReserveFactory(plaatsen=900, status=status)
    ReserveFactory(gemeente__cbs_code="GM0106", plaatsen=250, status=status)
    assert _cijfers() == voor
    for p in paginas:
        assert _tabellen(_pagina(client, p + DRENTHE)) == html_voor[p], p
    # On the national overview only the reserve column moves.
    landelijk_na = _tabellen(_pagina(client, "/landelijk/?cyclus=2025-2026"))
    assert _zonder_reserve(landelijk_na) == _zonder_reserve(landelijk_voor)
    assert "1.150" in landelijk_na[0]


def ongepubliceerd_gebruiker():
    from tests.factories import ministeriegebruiker

    return ministeriegebruiker()


def _zonder_reserve(tabellen):
    return [re.sub(r'<a class="utrecht-link" href="/noodopvang/[^"]*">[^<]*</a>', "", t)
            for t in tabellen]  # fmt: skip


def test_de_gemeente_voert_haar_eigen_reserve_in_met_historie(client, rollen):
    client.force_login(rollen["gemeente_b"])
    data = {"gemeente": "", "omschrijving": "Sporthal De Hondsrug", "plaatsen": "120",
            "openen_binnen_dagen": "2", "voorwaarden": "tijdelijk, geen dependance",
            "status": "verkend"}  # fmt: skip
    r = client.post("/noodopvang/nieuw/", {**data, "gemeente": _pk("GM0114")})
    assert r.status_code == 302
    reserve = Reservenoodopvang.objects.get()
    assert (reserve.gemeente.cbs_code, reserve.plaatsen, reserve.versie) == ("GM0114", 120, 1)
    # Another municipality cannot be chosen: a Dutch message naming the field.
    r = client.post("/noodopvang/nieuw/", {**data, "gemeente": _pk("GM0106")})
    assert r.status_code == 400
    assert "Gemeente: u mag geen reserve noodopvang invoeren" in r.content.decode()
    # A change names its version; the history has the old and the new value.
    r = client.post(f"/noodopvang/{reserve.pk}/", {**data, "gemeente": _pk("GM0114"),
                    "plaatsen": "80", "status": "toegezegd", "versie": "1"})  # fmt: skip
    assert r.status_code == 302
    reserve.refresh_from_db()
    assert (reserve.plaatsen, reserve.status, reserve.versie) == (80, "toegezegd", 2)
    oud, nieuw = reserve.history.order_by("history_date")[:2]
    assert (oud.plaatsen, nieuw.plaatsen) == (120, 80)
    assert nieuw.history_user == rollen["gemeente_b"]


def test_een_gelijktijdige_wijziging_overschrijft_niets(client, rollen):
    reserve = ReserveFactory(plaatsen=100)
    client.force_login(rollen["provincie"])
    data = {"gemeente": _pk("GM0114"), "plaatsen": "60", "status": "verkend", "versie": "1"}
    # A second edit based on the same version is refused with the current values.
    tweede_wijziging_geweigerd(client, f"/noodopvang/{reserve.pk}/", data, plaatsen="70")
    reserve.refresh_from_db()
    assert reserve.plaatsen == 60


def test_slechte_invoer_krijgt_nederlandse_meldingen(client, rollen):
    client.force_login(rollen["provincie"])
    r = client.post("/noodopvang/nieuw/", {"gemeente": _pk("GM0114"), "plaatsen": "veel",
                    "openen_binnen_dagen": "-3", "status": "misschien"})  # fmt: skip
    formulierfouten(
        r,
        "Plaatsen: vul een heel getal in.",
        "Te openen binnen (dagen)",
        "Status: kies verkend, toegezegd, geactiveerd of beëindigd.",
    )
    assert not Reservenoodopvang.objects.exists()


def test_het_register_per_provincie(client, meer_rollen):
    ReserveFactory(plaatsen=150, voorwaarden="tijdelijk, geen dependance")
    for rol in ("gemeente_a", "provincie", "ministerie"):
        client.force_login(meer_rollen[rol])
        html = _pagina(client, "/noodopvang/?provincie=drenthe")
        assert "tijdelijk, geen dependance" in html and "Emmen" in html
    # Assen reads Emmen's reserve, but only Emmen and the province edit it.
    client.force_login(meer_rollen["gemeente_a"])
    assert "Bewerken</a>" not in _pagina(client, "/noodopvang/?provincie=drenthe")
    client.force_login(meer_rollen["gemeente_b"])
    assert "Bewerken</a>" in _pagina(client, "/noodopvang/?provincie=drenthe")
    for rol in ("geen_rol", "provincie_b"):
        client.force_login(meer_rollen[rol])
        assert client.get("/noodopvang/?provincie=drenthe").status_code == 403
    client.logout()
    assert client.get("/noodopvang/?provincie=drenthe").status_code == 302


def _pk(cbs_code):
    from regietafel.provincies.models import Gemeente

    return str(Gemeente.objects.get(cbs_code=cbs_code).pk)
