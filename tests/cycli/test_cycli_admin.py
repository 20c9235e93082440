"""The admin where the ministry's amounts are entered: a field left empty is stored as
unknown (NULL / null), and incomplete rules are refused with a message."""

import json

import pytest
from django.contrib.auth.models import User

from regietafel.cycli.models import Cyclus, ProvincieCyclus

pytestmark = pytest.mark.django_db
C2 = "2027-2028"


@pytest.fixture
def beheerder(client, drenthe):
    client.force_login(User.objects.create_superuser("beheer", "beheer@example.org", "x"))
    return client


def test_lijst_toont_onbekende_pot_als_nog_niet_bekend(beheerder):
    html = beheerder.get("/admin/cycli/provinciecyclus/").content.decode()
    assert "nog niet bekend" in html


def test_pot_invullen_en_weer_leeg_maken(beheerder):
    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam=C2)
    url = f"/admin/cycli/provinciecyclus/{pc.pk}/change/"
    velden = {"oekraine_opgave": 5722, "kolomjaren": "{}", "provincie_bedrag": ""}
    antwoord = beheerder.post(url, {**velden, "spuk3_pot": "900000"})
    assert antwoord.status_code == 302
    pc.refresh_from_db()
    assert (pc.spuk3_pot, pc.provincie_bedrag) == (900000, None)
    beheerder.post(url, {**velden, "spuk3_pot": ""})
    pc.refresh_from_db()
    assert pc.spuk3_pot is None


def test_cyclus_met_null_bedrag_wordt_bewaard_en_onvolledige_regels_geweigerd(beheerder):
    c = Cyclus.objects.get(naam=C2)
    url = f"/admin/cycli/cyclus/{c.pk}/change/"
    regels = {**c.regels, "spuk1_bedrag_per_plaats": 2500}
    velden = {"naam": C2, "jaren": "[2027, 2028]", "landelijke_behoefte": 88000}
    antwoord = beheerder.post(url, {**velden, "amv_landelijk": "", "regels": json.dumps(regels)})
    assert antwoord.status_code == 302
    c.refresh_from_db()
    assert c.amv_landelijk is None
    assert c.regels["spuk1_bedrag_per_plaats"] == 2500
    assert c.regels["spuk2_bedrag_per_plaats"] is None
    onvolledig = {k: v for k, v in regels.items() if k != "spuk3_drempel"}
    antwoord = beheerder.post(
        url, {**velden, "amv_landelijk": "", "regels": json.dumps(onvolledig)}
    )
    assert antwoord.status_code == 200
    assert "De regels zijn niet volledig of niet leesbaar" in antwoord.content.decode()
    c.refresh_from_db()
    assert c.regels["spuk3_drempel"] == "3/4"


def test_een_wijziging_in_de_beheeromgeving_laat_een_open_invoerpagina_botsen(beheerder):
    from regietafel.cycli.invoer import bewaar_provincie
    from regietafel.services.toegang import Toegang
    from regietafel.services.wijzigingen import Conflict

    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam=C2)
    gezien = pc.versie
    url = f"/admin/cycli/provinciecyclus/{pc.pk}/change/"
    velden = {"oekraine_opgave": 5722, "kolomjaren": "{}", "provincie_bedrag": ""}
    assert beheerder.post(url, {**velden, "spuk3_pot": "900000"}).status_code == 302
    pc.refresh_from_db()
    assert pc.versie == gezien + 1
    assert pc.history.first().history_user.username == "beheer"
    with pytest.raises(Conflict):
        bewaar_provincie(
            Toegang(rol=None, alles=True), None, "drenthe", C2, {"oekraine_opgave": 1}, gezien
        )
    pc.refresh_from_db()
    assert (pc.oekraine_opgave, pc.spuk3_pot) == (5722, 900000)
