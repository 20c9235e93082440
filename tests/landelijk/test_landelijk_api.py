"""/api/v1/landelijke-overzichten: the national overview as JSON, with the page's access
rules; null for what is not entered, reserves only for who reads them."""

from tests.factories import ReserveFactory, synthetische_provincie

PAD = "/api/v1/landelijke-overzichten"


def test_het_ministerie_krijgt_elke_provincie_met_de_reserve(client, rollen):
    code, _ = synthetische_provincie("Flevoland")
    ReserveFactory(plaatsen=150, status="toegezegd")
    client.force_login(rollen["ministerie"])
    data = client.get(PAD + "?cyclus=2025-2026").json()
    per_code = {p["code"]: p for p in data["provincies"]}
    assert set(per_code) == {"drenthe", code}
    drenthe = per_code["drenthe"]
    assert (drenthe["opgave"], drenthe["sluitend"], drenthe["nietSluitendIn"]) == (2691, True, [])
    assert drenthe["reserveNoodopvang"]["toegezegd"] == 150
    assert data["totalen"]["opgave"] == 2691 + per_code[code]["opgave"]
    assert data["totalen"]["landelijkeBehoefte"] == 96000


def test_het_publiek_krijgt_de_gepubliceerde_provincies_zonder_reserve(client, drenthe):
    synthetische_provincie("Flevoland")
    ReserveFactory(plaatsen=150)
    data = client.get(PAD).json()
    assert [p["code"] for p in data["provincies"]] == ["drenthe"]
    assert "reserveNoodopvang" not in data["provincies"][0]
    assert data["provincies"][0]["verslagOntvangenDatum"] is not None


def test_cyclus_2_zonder_indicatieve_aantallen_is_null(client, rollen):
    client.force_login(rollen["provincie"])
    data = client.get(PAD + "?cyclus=2027-2028").json()
    (drenthe,) = data["provincies"]
    assert drenthe["opgave"] is None and drenthe["jaren"][0]["saldo"] is None
    assert data["totalen"]["opgave"] is None
    assert data["totalen"]["zonderOpgave"] == ["Drenthe"]
    assert data["totalen"]["landelijkeBehoefte"] == 88000


def test_een_onzinnige_cyclus_is_een_400_als_problem_json(client, drenthe):
    r = client.get(PAD + "?cyclus=gisteren")
    assert r.status_code == 400
    assert r["Content-Type"].startswith("application/problem+json")
    assert "cyclus" in r.content.decode()
