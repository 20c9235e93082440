"""An administrator lets a province take part in a cycle in the browser (a new province, or
a stored one in a new cycle); bad input gives Dutch messages and writes nothing; no other
role may."""

from datetime import date

import pytest

from regietafel.bronnen.models import Cijferbron
from regietafel.cycli.models import ProvincieCyclus
from regietafel.provincies.models import Provincie
from tests.factories import GebruikerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def beheerder(client, drenthe):
    client.force_login(GebruikerFactory(is_superuser=True))
    return client


def _data(**kw):
    return {"code": "veenmarken", "naam": "Veenmarken", "cyclus": "2025-2026",
            "oekraine_opgave": "700", "peildatum": "1-3-2024", **kw}  # fmt: skip


def test_beheerder_voegt_een_nieuwe_provincie_aan_een_cyclus_toe(beheerder):
    assert beheerder.get("/importeren/provincie/").status_code == 200
    response = beheerder.post("/importeren/provincie/", _data())
    assert response.status_code == 302
    assert response["Location"] == "/cyclus/invoer/?provincie=veenmarken&cyclus=2025-2026"
    pc = ProvincieCyclus.objects.get(provincie__code="veenmarken")
    assert (pc.provincie.naam, pc.cyclus.naam, pc.oekraine_opgave) == (
        "Veenmarken", "2025-2026", 700
    )  # fmt: skip
    assert pc.history.count() == 1
    bron = Cijferbron.objects.get(model="cycli.provinciecyclus", object_id=pc.pk)
    assert bron.peildatum == date(2024, 3, 1)
    # The page Invoer provincie opens for it.
    assert beheerder.get(response["Location"]).status_code == 200
    # A stored province in another cycle.
    tweede = beheerder.post("/importeren/provincie/", _data(cyclus="2027-2028"))
    assert tweede.status_code == 302
    assert ProvincieCyclus.objects.filter(provincie__code="veenmarken").count() == 2


def test_foute_invoer_schrijft_niets(beheerder):
    for data, melding in (
        (_data(code="Veen Marken"), "Code: &#x27;Veen Marken&#x27; is geen geldige code"),
        (_data(naam=""), "Naam: vul een naam in."),
        (_data(oekraine_opgave="-5"), "het getal kan niet negatief zijn (-5)"),
        (_data(oekraine_opgave="zeven"), "vul een heel getal in"),
        (_data(cyclus="2099-2100"), "Cyclus: kies een bestaande cyclus."),
        (_data(code="drenthe", naam="Drente"), "de provincie met deze code heet al Drenthe"),
        (_data(code="drenthe", naam="Drenthe"), "Drenthe doet al mee aan deze cyclus"),
        (_data(peildatum="1-1-2999"), "ligt in de toekomst"),
    ):
        response = beheerder.post("/importeren/provincie/", data)
        assert response.status_code == 400, data
        assert melding in response.content.decode(), data
    assert not Provincie.objects.filter(code__in=["veenmarken", "veen-marken"]).exists()
    assert ProvincieCyclus.objects.count() == 2  # Drenthe's two cycles


def test_andere_rollen_mogen_het_niet(client, rollen):
    for rol in ("provincie", "gemeente_a", "ministerie"):
        client.force_login(rollen[rol])
        assert client.post("/importeren/provincie/", _data()).status_code == 403
    assert not Provincie.objects.filter(code="veenmarken").exists()
