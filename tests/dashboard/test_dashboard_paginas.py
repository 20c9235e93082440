import re

import pytest

from regietafel.statushouders.models import Huisvesting

pytestmark = pytest.mark.django_db


def test_dashboard_toont_kerncijfers_grafieken_met_tekst_en_tegelkaart(client, rollen):
    client.force_login(rollen["gemeente_a"])
    html = client.get("/dashboard/?peildatum=2026-04-01").content.decode()
    assert 'data-kerncijfer="asiel-beschikbaar">2.620<' in html
    assert 'data-kerncijfer="statushouders-procent">116%<' in html
    assert html.count('<svg role="img"') == 2 and html.count("data-tekstalternatief") == 2
    assert html.count('class="tegel tegel--') == 12


def test_dashboard_met_onbekende_cyclus_geeft_404(client, rollen):
    client.force_login(rollen["provincie"])
    assert client.get("/dashboard/?cyclus=1999-2000").status_code == 404


def test_capaciteitspagina_toont_de_dalingen_en_waarschuwingen(client, rollen):
    client.force_login(rollen["ministerie"])
    html = client.get("/capaciteit/").content.decode()
    for datum, totaal in (
        ("2026-03-01", "3.812"),
        ("2026-03-31", "3.620"),
        ("2026-04-01", "2.620"),
    ):
        rij = html.split(f'data-datum="{datum}"')[1].split("</tr>")[0]
        assert f'data-veld="totaal">{totaal}<' in rij
    waarschuwingen = html.split('id="waarschuwingen"')[1].split("</section>")[0]
    for tekst in ("Noordenveld: 43", "Meppel: 192", "Assen: 1.000"):
        assert tekst in waarschuwingen
    # A location's kind by its Dutch name, in the list and in the chart: not its code "no".
    assert "Meppel: 192 plaatsen (bijzonder: noodopvang)" in waarschuwingen
    assert "(no)" not in html and "Tynaarlo 250 bijzonder: noodopvang" in html
    assert html.count('<svg role="img"') == 2  # the line and the Gantt-like view


def test_capaciteit_met_foute_peildatum_valt_terug_op_begin_cyclus(client, rollen):
    client.force_login(rollen["provincie"])
    response = client.get("/capaciteit/?peildatum=28&horizon=abc")
    assert response.status_code == 200
    assert 'value="2025-01-01"' in response.content.decode()


def test_oekraine_pagina_met_gekozen_afronding(client, rollen):
    client.force_login(rollen["provincie"])
    half = client.get("/oekraine/").content.decode()
    assert 'data-veld="som-opgaven">5.720<' in half and "niet tot de provinciale opgave" in half
    rest = client.get("/oekraine/?afronding=grootste_rest").content.decode()
    assert 'data-veld="som-opgaven">5.722<' in rest
    assert "nog geen GOO-locaties ingevoerd" in rest


def test_provincie_stelt_taak_vast_en_gemeente_voert_gehuisvest_in(client, rollen):
    client.force_login(rollen["provincie"])
    assert client.post("/statushouders/2025-2/GM0114/", {"taakstelling": "40"}).status_code == 302
    client.force_login(rollen["gemeente_b"])
    # The form carries the version of the row it shows (the province's save made it 1).
    response = client.post("/statushouders/2025-2/GM0114/", {"realisatie": "46", "versie": "1"})
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert "115%" in html and 'data-kerncijfer="op-koers">1 van 1<' in html
    # The municipality's row has no task field: that is the province's.
    assert 'name="taakstelling"' not in html and 'name="realisatie"' in html
    rij = Huisvesting.objects.get(gemeente__cbs_code="GM0114")
    assert (rij.taakstelling, rij.realisatie) == (40, 46)
    assert rij.history.first().history_user == rollen["gemeente_b"]


def test_gemeente_kan_eigen_taakstelling_niet_wijzigen(client, rollen):
    client.force_login(rollen["provincie"])
    client.post("/statushouders/2025-2/GM0114/", {"taakstelling": "40", "realisatie": "10"})
    client.force_login(rollen["gemeente_b"])
    response = client.post(
        "/statushouders/2025-2/GM0114/", {"taakstelling": "4", "realisatie": "30"}
    )
    assert response.status_code == 403
    rij = Huisvesting.objects.get(gemeente__cbs_code="GM0114")
    assert (rij.taakstelling, rij.realisatie) == (40, 10)
    # Posting the stored task unchanged is no change of it: the realisation is saved.
    ok = client.post(
        "/statushouders/2025-2/GM0114/", {"taakstelling": "40", "realisatie": "30", "versie": "1"}
    )
    assert ok.status_code == 302
    assert Huisvesting.objects.get(pk=rij.pk).realisatie == 30


def test_foute_invoer_statushouders_geeft_melding_en_slaat_niets_op(client, rollen):
    client.force_login(rollen["provincie"])
    response = client.post("/statushouders/2025-2/GM0114/", {"realisatie": "veel"})
    assert response.status_code == 400
    assert "Gehuisvest: &#x27;veel&#x27; is geen aantal" in response.content.decode()
    assert not Huisvesting.objects.exists()


def test_gemeente_kan_statushouders_van_andere_gemeente_niet_invoeren(client, rollen):
    client.force_login(rollen["gemeente_a"])
    assert client.post("/statushouders/2025-2/GM0114/", {"realisatie": "5"}).status_code == 403
    assert not Huisvesting.objects.exists()


def test_foute_periode_geeft_404(client, rollen):
    client.force_login(rollen["provincie"])
    assert client.get("/statushouders/?periode=2025-7").status_code == 404


def test_dashboard_van_cyclus_2_noemt_wat_nog_niet_bekend_is(client, rollen):
    client.force_login(rollen["provincie"])
    html = client.get("/dashboard/", {"provincie": "drenthe", "cyclus": "2027-2028"})
    html = html.content.decode()
    melding = html.split('id="nog-niet-bekend"')[1].split("</div>")[0]
    assert "Nog niet bekend: het landelijke AMV-deel, het SPUK 1-bedrag per plaats" in melding
    assert "de SPUK 3-pot en het bedrag voor de provincie." in melding
    html1 = client.get("/dashboard/", {"provincie": "drenthe", "cyclus": "2025-2026"})
    assert 'id="nog-niet-bekend"' not in html1.content.decode()


def test_de_routekaart_op_het_dashboard_zegt_hetzelfde_als_de_cycluspagina(client, rollen):
    """The dashboard's route map numbers the steps as the route map does (the memo has no
    step 5), and calls an overdue step "te laat", as the cycle page and the CLI do."""
    client.force_login(rollen["provincie"])
    html = client.get("/dashboard/?provincie=drenthe&cyclus=2027-2028").content.decode()
    kaart = html.split('id="routekaart-kop"')[1].split("</section>")[0]
    assert re.findall(r'<li value="(\d+)"', kaart) == ["1", "2", "3", "4", "6", "7", "8", "9"]
    cyclus = client.get("/cyclus/?provincie=drenthe&cyclus=2027-2028").content.decode()
    te_laat = re.findall(r'data-test="te-laat">(.*?)</ul>', cyclus, re.S)[0].count("<li>")
    assert te_laat > 0 and kaart.count(" · te laat</li>") == te_laat
    assert "01-02-2026" not in kaart and "1-2-2026 t/m 28-2-2026" in kaart


CYCLUS_2 = "provincie=drenthe&cyclus=2027-2028"  # the indicative numbers are not yet known


def test_dashboard_met_onbekende_opgave_zegt_nog_niet_bekend_geen_overschot(client, rollen):
    client.force_login(rollen["provincie"])
    html = client.get(f"/dashboard/?{CYCLUS_2}").content.decode()
    assert 'data-kerncijfer="asiel-opgave">nog niet bekend<' in html
    verschil = html.split('data-kerncijfer="asiel-verschil"')[1].split("</dd>")[0]
    assert verschil == ">nog niet bekend" and "saldo--" not in verschil
    assert "Overschot" not in html and "Onder de opgave vanaf" not in html
    assert "Opgave (0)" not in html and "Opgave (nog niet bekend)" in html
    assert "opgave 0." not in html and "Opgave: 0 plaatsen" not in html


def test_capaciteit_met_onbekende_opgave_zegt_nog_niet_bekend_zonder_erboven(client, rollen):
    client.force_login(rollen["provincie"])
    html = client.get(f"/capaciteit/?{CYCLUS_2}").content.decode()
    assert "tegenover de opgave van 0 plaatsen" not in html
    assert "De opgave (regulier + AMV) is nog niet bekend" in html
    assert "Opgave (0)" not in html and "Opgave (nog niet bekend)" in html
    mutaties = html.split('id="mutaties"')[1].split("</table>")[0]
    assert "erboven" not in mutaties and "onder de opgave" not in mutaties
    assert "nog niet bekend" in mutaties
    assert "saldo--" not in mutaties and ' onder"' not in html
