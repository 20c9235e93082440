from regietafel.scenarios.models import Scenario

KWART = {"GM0106-aanbod-asiel_regulier": "250", "GM0118-aanbod-asiel_regulier": "235"}


def test_publiek_wordt_naar_inloggen_gestuurd(client, drenthe):
    response = client.get("/oplossen/")
    assert response.status_code == 302 and "/inloggen/" in response["Location"]


def test_provincie_ziet_beide_methoden_en_het_formulier(client, rollen):
    client.force_login(rollen["provincie"])
    html = client.get("/oplossen/").content.decode()
    assert "Wettelijke regel" in html and "Optimalisatie" in html
    assert "al gedekt" in html
    assert "Bewaren als scenario" in html


def test_gemeente_en_ministerie_lezen_zonder_formulier(client, rollen):
    for rol in ("gemeente_a", "ministerie"):
        client.force_login(rollen[rol])
        html = client.get("/oplossen/").content.decode()
        assert "Wettelijke regel" in html and "Bewaren als scenario" not in html


def test_doorrekenen_toont_sluitende_verdeling_met_uitleg(client, rollen):
    client.force_login(rollen["provincie"])
    response = client.post("/oplossen/", {**KWART, "actie": "doorrekenen"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "er ontbreken 103 plaatsen" in html
    assert "sluitend met extra plaatsen" in html
    assert "krijgt" in html and "onder het eigen indicatieve aantal zit" in html
    assert not Scenario.objects.exists()


def test_doorrekenen_noemt_de_gelijke_rest_bij_de_wettelijke_regel(client, rollen):
    # Assen 232, Borger-Odoorn 235: in 2025 Borger-Odoorn and Aa en Hunze end on an equal
    # remainder; the larger gap (Borger-Odoorn) gets the last place of the legal rule.
    client.force_login(rollen["provincie"])
    gelijk = {"GM0106-aanbod-asiel_regulier": "232", "GM0118-aanbod-asiel_regulier": "235"}
    html = client.post("/oplossen/", {**gelijk, "actie": "doorrekenen"}).content.decode()
    assert (
        "Bij de afronding hadden Borger-Odoorn en Aa en Hunze een gelijke rest: de laatste "
        "plaats ging naar Borger-Odoorn (het grotere gat ging voor)." in html
    )
    assert (
        "gelijke rest met Borger-Odoorn: het grotere gat ging voor, dus ging de plaats bij de "
        "afronding naar Borger-Odoorn" in html
    )
    assert (
        "gelijke rest met Aa en Hunze: het grotere gat ging voor, dus kreeg deze gemeente de "
        "plaats bij de afronding" in html
    )


def test_bewaren_en_vergelijken_van_scenarios(client, rollen):
    client.force_login(rollen["provincie"])
    assert client.post("/oplossen/", {"naam": "Huidig", "actie": "bewaren"}).status_code == 302
    response = client.post("/oplossen/", {**KWART, "naam": "Kwart", "actie": "bewaren"})
    kwart = Scenario.objects.get(naam="Kwart")
    assert response.status_code == 302 and response["Location"].endswith(f"scenario={kwart.pk}")
    assert kwart.aangemaakt_door == rollen["provincie"]
    html = client.get(response["Location"]).content.decode()
    assert "Scenario “Kwart”" in html and "Assen: aanbod 250" in html
    huidig = Scenario.objects.get(naam="Huidig")
    client.force_login(rollen["gemeente_b"])  # everyone logged in may compare
    html = client.get(f"/oplossen/vergelijken/?a={huidig.pk}&b={kwart.pk}").content.decode()
    assert "“Huidig” en “Kwart” vergeleken" in html
    assert "103" in html


def test_foute_invoer_en_dubbele_naam_geven_melding_bij_het_veld(client, rollen):
    client.force_login(rollen["provincie"])
    response = client.post("/oplossen/", {"GM0106-maximum-amv": "-3", "actie": "doorrekenen"})
    assert response.status_code == 400
    assert "Assen, maximaal extra AMV: minstens 0." in response.content.decode()
    client.post("/oplossen/", {"naam": "Een", "actie": "bewaren"})
    response = client.post("/oplossen/", {"naam": "Een", "actie": "bewaren"})
    assert response.status_code == 400
    assert "Er is al een scenario &#x27;Een&#x27;" in response.content.decode()


def test_vergelijken_zonder_keuze_geeft_400(client, rollen):
    client.force_login(rollen["ministerie"])
    assert client.get("/oplossen/vergelijken/").status_code == 400


def test_scenario_wordt_conceptversie_van_de_verdeling(client, rollen):
    from regietafel.verdelingen.models import Verdelingsversie

    client.force_login(rollen["provincie"])
    client.post("/oplossen/", {**KWART, "naam": "Kwart", "actie": "bewaren"})
    kwart = Scenario.objects.get(naam="Kwart")
    html = client.get(f"/oplossen/?scenario={kwart.pk}").content.decode()
    assert "Maak er een conceptversie van de verdeling van" in html
    response = client.post(f"/oplossen/scenarios/{kwart.pk}/concept/")
    v = Verdelingsversie.objects.get(bron="scenario Kwart")
    assert response.status_code == 302 and response["Location"] == f"/verdelingen/{v.pk}/"
    assert not v.bekrachtigd and v.aangemaakt_door == rollen["provincie"]
    # Assen's offer of 250 plus what the optimiser adds, as the scenario's result says.
    extra = next(
        g["extra"]
        for g in kwart.resultaat["delen"][0]["optimalisatie"]["gemeenten"]
        if g["cbs_code"] == "GM0106"
    )
    assert v.waarden["GM0106"]["asiel_regulier"]["2025"] == 250 + extra
    assert "Concept versie" in client.get(response["Location"]).content.decode()


def test_ministerie_maakt_geen_conceptversie(client, rollen):
    from regietafel.verdelingen.models import Verdelingsversie

    client.force_login(rollen["provincie"])
    client.post("/oplossen/", {**KWART, "naam": "Kwart", "actie": "bewaren"})
    kwart = Scenario.objects.get(naam="Kwart")
    client.force_login(rollen["ministerie"])
    assert (
        "Maak er een conceptversie"
        not in client.get(f"/oplossen/?scenario={kwart.pk}").content.decode()
    )
    assert client.post(f"/oplossen/scenarios/{kwart.pk}/concept/").status_code == 403
    assert not Verdelingsversie.objects.filter(bron="scenario Kwart").exists()


class _HighsMislukt:
    status, x, message = 4, None, "Solve error"


# A shortfall in regular places; Aa en Hunze and Borger-Odoorn build in units of 20, and
# stage 1 leaves places to choose among them.
MET_EENHEDEN = {
    **KWART,
    "GM1680-eenheid-asiel_regulier": "20",
    "GM1681-eenheid-asiel_regulier": "20",
}


def test_solver_zonder_optimum_geeft_de_pagina_met_uitleg_en_bewaart_niets(
    client, rollen, monkeypatch
):
    import scipy.optimize

    from regietafel.domain import puzzel_solver

    monkeypatch.setattr(scipy.optimize, "milp", lambda *a, **k: _HighsMislukt())
    monkeypatch.setattr(puzzel_solver, "_TABEL_GRENS", 0)  # units on HiGHS, not the table
    client.force_login(rollen["provincie"])
    for actie in ({"actie": "doorrekenen"}, {"actie": "bewaren", "naam": "Met eenheden"}):
        response = client.post("/oplossen/", {**MET_EENHEDEN, **actie})
        html = response.content.decode()
        assert response.status_code == 200
        assert 'id="oplosfout"' in html
        assert "De optimalisatie kon Asielopvang (regulier) 2025 van Drenthe niet oplossen" in html
        assert "Solve error" in html and "Pas een eenheid of maximum aan" in html
        assert "Bewaren als scenario" in html  # the form stays, to change the parameters
    assert not Scenario.objects.exists()


def test_doorrekenen_met_eenheden_lost_op_zonder_fout(client, rollen):
    client.force_login(rollen["provincie"])
    html = client.post("/oplossen/", {**MET_EENHEDEN, "actie": "doorrekenen"}).content.decode()
    assert 'id="oplosfout"' not in html and "sluitend met extra plaatsen" in html


def test_met_onbekende_opgave_rekent_de_oplosser_niet_met_0(client, rollen):
    client.force_login(rollen["provincie"])
    html = client.get("/oplossen/?provincie=drenthe&cyclus=2027-2028").content.decode()
    melding = html.split('id="nog-niet-bekend"')[1].split("</div>")[0]
    assert "de indicatieve aantallen per gemeente zijn nog niet bekend" in melding
    assert "De opgave (0)" not in html and "al gedekt" not in html
    assert "meer dan nodig" not in html


def test_een_scenario_met_onbekende_opgave_wordt_niet_bewaard(client, rollen):
    client.force_login(rollen["provincie"])
    antwoord = client.post(
        "/oplossen/?provincie=drenthe&cyclus=2027-2028", {"naam": "proef", "actie": "bewaren"}
    )
    assert antwoord.status_code == 200
    assert "nog niet bekend" in antwoord.content.decode()
    assert not Scenario.objects.filter(naam="proef").exists()
