"""/api/v1/bonussen/{provincie}: the SPUK incentives, with null for what is not yet known
and `ontbreekt` naming it; cycle 1 reproduces the report."""

import pytest

from regietafel.cycli.models import ProvincieCyclus
from tests.factories import api_client
from tests.seed import SPUK_GEMEENTEN, SPUK_PROVINCIE, SPUK_TOTALEN

pytestmark = pytest.mark.django_db


def test_cyclus_1_geeft_de_bedragen_van_het_verslag(rollen):
    data = api_client().get("/api/v1/bonussen/drenthe?cyclus=2025-2026").json()
    assert data["ontbreekt"] == [] and data["ontbreektTekst"] == ""
    t = data["totalen"]
    assert (t["spuk1"], t["spuk2"], t["spuk3"]) == tuple(SPUK_TOTALEN.values())
    assert (t["gemeenten"], t["provincie"]) == (SPUK_GEMEENTEN, SPUK_PROVINCIE)
    assert data["spuk3Uitbetaald"] is True and data["realisatieAandeel"] == "1385/897"
    assert data["spuk1Gemeenten"] == ["GM0106", "GM0109", "GM0118"]
    assen = next(g for g in data["gemeenten"] if g["naam"] == "Assen")
    assert (assen["spuk1"], assen["keuze"]) == (1_280_000, "spuk1")


def test_cyclus_2_geeft_null_en_wat_ontbreekt_nooit_nul(rollen):
    data = api_client(rollen["provincie"]).get("/api/v1/bonussen/drenthe?cyclus=2027-2028").json()
    assert data["ontbreekt"] == [
        "spuk1_bedrag_per_plaats",
        "spuk2_bedrag_per_plaats",
        "spuk3_pot",
        "provincie_bedrag",
        "opgave",
    ]
    assert data["ontbreektTekst"].startswith("Nog niet bekend:")
    assert set(data["totalen"].values()) == {None}
    assert (data["spuk3Pot"], data["spuk3Uitbetaald"], data["realisatieAandeel"]) == (None,) * 3
    assert data["spuk1Gemeenten"] is None
    for g in data["gemeenten"]:
        assert [g[k] for k in ("spuk1", "spuk2", "spuk3", "keuze", "totaal")] == [None] * 5
    assert "kan nog niet worden gemaakt" in data["reden"]


def test_publiek_ziet_een_ongepubliceerde_cyclus_niet(rollen):
    ProvincieCyclus.objects.filter(cyclus__naam="2025-2026").update(gepubliceerd=False)
    antwoord = api_client().get("/api/v1/bonussen/drenthe?cyclus=2025-2026")
    assert antwoord.status_code == 404
    assert antwoord["Content-Type"] == "application/problem+json"
    assert api_client(rollen["ministerie"]).get("/api/v1/bonussen/drenthe").status_code == 200


def test_foute_cyclus_en_onbekende_provincie(rollen):
    c = api_client(rollen["ministerie"])
    assert c.get("/api/v1/bonussen/drenthe?cyclus=volgend-jaar").status_code == 400
    assert c.get("/api/v1/bonussen/utopia?cyclus=2025-2026").status_code == 404
