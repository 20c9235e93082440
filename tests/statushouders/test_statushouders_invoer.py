"""Status holders in the browser for a province without figures: the province adds a half
year, then enters the tasks; each figure keeps its peildatum; bad input is refused in
Dutch with nothing written."""

from datetime import date

import pytest

from regietafel.bronnen.models import Cijferbron
from regietafel.statushouders.models import Halfjaar, Huisvesting

pytestmark = pytest.mark.django_db


@pytest.fixture
def zonder_halfjaren(drenthe):
    Huisvesting.objects.all().delete()
    Halfjaar.objects.all().delete()


def test_provincie_voegt_het_eerste_halfjaar_toe(client, rollen, zonder_halfjaren):
    client.force_login(rollen["provincie"])
    leeg = client.get("/statushouders/?provincie=drenthe")
    assert leeg.status_code == 200
    assert "nog geen halfjaren statushouders ingevoerd" in leeg.content.decode()
    assert 'data-formulier="halfjaar"' in leeg.content.decode()
    response = client.post(
        "/statushouders/halfjaar/",
        {"provincie": "drenthe", "periode": "2026-1", "landelijke_taakstelling": "",
         "landelijke_inwoners": "", "afronding": "half_up", "reden": "brief BZK"},
    )  # fmt: skip
    assert response.status_code == 302
    assert response["Location"] == "/statushouders/?provincie=drenthe&periode=2026-1"
    h = Halfjaar.objects.get()
    assert (h.jaar, h.helft, h.landelijke_taakstelling) == (2026, 1, None)
    assert h.history.first().history_user == rollen["provincie"]
    html = client.get(response["Location"]).content.decode()
    assert "1e helft 2026" in html and 'name="taakstelling"' in html
    # Then the task of one municipality, with its peildatum.
    rij = {"taakstelling": "40", "realisatie": "", "peildatum": "15-1-2026"}
    post = client.post("/statushouders/2026-1/GM0106/", rij)
    assert post.status_code == 302
    rij = Huisvesting.objects.get(gemeente__cbs_code="GM0106")
    bron = Cijferbron.objects.get(model="statushouders.huisvesting", object_id=rij.pk,
                                  veld="taakstelling")  # fmt: skip
    assert (rij.taakstelling, bron.peildatum) == (40, date(2026, 1, 15))
    # The empty realisation did not change, so it got no source.
    assert not Cijferbron.objects.filter(
        model="statushouders.huisvesting", object_id=rij.pk, veld="realisatie"
    ).exists()


def test_foute_halfjaarinvoer_schrijft_niets(client, rollen, zonder_halfjaren):
    client.force_login(rollen["provincie"])
    data = {"provincie": "drenthe", "periode": "2026-3", "landelijke_taakstelling": "-1",
            "landelijke_inwoners": "veel", "afronding": "half_up"}  # fmt: skip
    fout = client.post("/statushouders/halfjaar/", data)
    assert fout.status_code == 400
    html = fout.content.decode()
    assert "Halfjaar: &#x27;2026-3&#x27; is geen halfjaar; schrijf bijvoorbeeld 2025-2." in html
    assert "Inwoners van Nederland: vul een heel getal in" in html
    te_weinig = client.post("/statushouders/halfjaar/",
                            {"provincie": "drenthe", "periode": "2026-1",
                             "landelijke_taakstelling": "10000", "landelijke_inwoners": "1000",
                             "afronding": "half_up"})  # fmt: skip
    assert te_weinig.status_code == 400
    assert "minder dan de inwoners van de gemeenten" in te_weinig.content.decode()
    assert not Halfjaar.objects.exists()


def test_alleen_de_provincie_voegt_een_halfjaar_toe(client, rollen, zonder_halfjaren):
    client.force_login(rollen["gemeente_b"])
    assert 'data-formulier="halfjaar"' not in client.get("/statushouders/").content.decode()
    data = {"provincie": "drenthe", "periode": "2026-1", "afronding": "half_up"}
    assert client.post("/statushouders/halfjaar/", data).status_code == 403
    assert not Halfjaar.objects.exists()


def test_foute_peildatum_bij_een_gemeente(client, rollen):
    client.force_login(rollen["gemeente_b"])
    for peildatum, melding in (("gisteren", "is geen datum"), ("1-1-2999", "in de toekomst")):
        response = client.post("/statushouders/2025-2/GM0114/",
                               {"realisatie": "5", "peildatum": peildatum})  # fmt: skip
        assert response.status_code == 400 and melding in response.content.decode()
    assert not Huisvesting.objects.exists()
