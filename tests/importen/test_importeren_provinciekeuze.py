"""An administrator imports for any province: the import page has the province selector of
the other pages, and the preview, the confirmation, the templates and the list of recent
imports are all of the province chosen, not of the default one. Other roles keep their
own province, whatever the address asks for."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from regietafel.cycli.invoer import nieuwe_provincie_in_cyclus
from regietafel.importen.models import Import
from regietafel.opgaven.models import Aanbod
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.services.toegang import Toegang
from tests.factories import GebruikerFactory
from tests.importen.bijlage1 import csv

pytestmark = pytest.mark.django_db

VEENMARKEN = "/importeren/?provincie=veenmarken&cyclus=2025-2026"
AANBOD = [["Gemeente", "Categorie", "Jaar", "Plaatsen"], ["Aldam", "amv", "2026", "7"]]


@pytest.fixture
def beheerder(drenthe):
    gebruiker = GebruikerFactory(is_superuser=True)
    nieuwe_provincie_in_cyclus(Toegang(rol=None, alles=True), gebruiker, "veenmarken",
                               "Veenmarken", "2025-2026", 1000)  # fmt: skip
    prov = Provincie.objects.get(code="veenmarken")
    Gemeente.objects.create(cbs_code="GM9901", naam="Aldam", provincie=prov, inwoners=20000,
                            inwoners_peiljaar=2024)  # fmt: skip
    return gebruiker


def _upload(client, pad, tabel, **extra):
    bestand = SimpleUploadedFile("aanbod.csv", csv(tabel))
    data = {"soort": "aanbod", "cyclus": "2025-2026", "bestand": bestand, **extra}
    return client.post(pad, data)


def test_beheerder_kiest_de_provincie_en_importeert_daarvoor(client, beheerder):
    client.force_login(beheerder)
    html = client.get(VEENMARKEN).content.decode()
    assert "Importeren voor Veenmarken" in html
    # The selector of the other pages, set to the province chosen.
    assert 'id="keuze-provincie"' in html and '<option value="veenmarken" selected>' in html
    assert "/importeren/sjabloon/aanbod/?provincie=veenmarken&amp;cyclus=2025-2026" in html
    voorbeeld = _upload(client, VEENMARKEN, AANBOD)
    assert voorbeeld.status_code == 200, voorbeeld.content.decode()[-2000:]
    assert "Aanbod Aldam Asielopvang (AMV) 2026" in voorbeeld.content.decode()
    assert 'name="provincie" value="veenmarken"' in voorbeeld.content.decode()
    bevestigd = client.post("/importeren/bevestigen/", {"provincie": "veenmarken"})
    assert bevestigd.status_code == 302
    assert bevestigd["Location"] == "/importeren/?provincie=veenmarken"
    log = Import.objects.get()
    assert (log.provincie, log.soort) == ("veenmarken", "aanbod")
    assert Aanbod.objects.get(gemeente__cbs_code="GM9901", jaar=2026).plaatsen == 7
    # The recent imports are the chosen province's.
    assert "aanbod.csv" in client.get(bevestigd["Location"]).content.decode()
    assert "aanbod.csv" not in client.get("/importeren/?provincie=drenthe").content.decode()


def test_zonder_keuze_de_standaardprovincie(client, beheerder):
    """Without a choice the default province, as everywhere: Aldam is no municipality of
    Drenthe, and the preview says so."""
    client.force_login(beheerder)
    assert "Importeren voor Drenthe" in client.get("/importeren/").content.decode()
    fout = _upload(client, "/importeren/", AANBOD)
    assert fout.status_code == 400
    assert "&#x27;Aldam&#x27; hoort niet bij de provincie Drenthe." in fout.content.decode()


def test_sjabloon_van_de_gekozen_provincie(client, beheerder):
    client.force_login(beheerder)
    r = client.get("/importeren/sjabloon/aanbod/?provincie=veenmarken&cyclus=2025-2026")
    assert r.status_code == 200
    assert "sjabloon-aanbod-veenmarken-2025-2026.xlsx" in r["Content-Disposition"]


def test_andere_rollen_houden_hun_eigen_provincie(client, rollen, beheerder):
    client.force_login(rollen["provincie"])
    html = client.get(VEENMARKEN).content.decode()
    assert 'id="keuze-provincie"' not in html and "Importeren voor" not in html
    fout = _upload(client, VEENMARKEN, AANBOD, provincie="veenmarken")
    assert fout.status_code == 400
    assert "hoort niet bij de provincie Drenthe" in fout.content.decode()
    assert not Aanbod.objects.filter(gemeente__cbs_code="GM9901").exists()
