"""The figures of "Invoer provincie" by import, in the browser: the province downloads its
template (every figure it may import, with the stored value), changes a value and imports
it through the preview; an administrator's template has the cycle's national amounts as
well; the municipalities and the ministry cannot import this kind."""

import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from regietafel.bronnen.models import Cijferbron
from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.domain.invoerregels import GEGEVENS, Bereik
from regietafel.opgaven.models import Opgave
from tests.factories import GebruikerFactory

pytestmark = pytest.mark.django_db

SJABLOON = "/importeren/sjabloon/provinciecijfers/?cyclus=2025-2026"
NATIONAAL = {g.titel for g in GEGEVENS if g.bereik is Bereik.CYCLUS}


def _pc():
    return ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026")


def _rijen(client):
    response = client.get(SJABLOON)
    assert response.status_code == 200
    boek = load_workbook(io.BytesIO(response.content))
    return boek, [[c.value for c in rij] for rij in boek["Invoer"].iter_rows()]


def _upload(client, boek):
    uit = io.BytesIO()
    boek.save(uit)
    bestand = SimpleUploadedFile("invoer-provincie.xlsx", uit.getvalue())
    data = {"soort": "provinciecijfers", "cyclus": "2025-2026", "bestand": bestand}
    return client.post("/importeren/", data)


def test_provincie_past_haar_sjabloon_aan_en_importeert_het(client, rollen):
    client.force_login(rollen["provincie"])
    pagina = client.get("/importeren/").content.decode()
    assert 'data-sjabloon="provinciecijfers"' in pagina and "Invoer provincie: Oekraïne" in pagina
    boek, rijen = _rijen(client)
    assert rijen[0] == ["Gegeven", "CBS-code", "Gemeente", "Waarde", "Peildatum"]
    # Every figure the province may import, with the stored value: 3 of the province and
    # 4 per municipality; the national amounts are not the province's.
    assert rijen[1] == ["Provinciale Oekraïne-opgave", None, None, 5722, None]
    assert len(rijen) == 1 + 3 + 4 * 12
    assert not NATIONAAL & {r[0] for r in rijen}
    emmen = next(r for r in rijen if r[1] == "GM0114" and r[0] == "Realisatie AMV")
    # Imported as it is, the template changes nothing.
    ongewijzigd = _upload(client, boek)
    assert "Het bestand verandert niets" in ongewijzigd.content.decode()
    blad = boek["Invoer"]
    rij = next(i for i, r in enumerate(rijen, 1) if r == emmen)
    blad.cell(rij, 4).value = 9
    blad.cell(rij, 5).value = "1-2-2026"
    blad.cell(3, 4).value = None  # the SPUK 3 budget: not known after all
    voorbeeld = _upload(client, boek)
    assert voorbeeld.status_code == 200
    html = voorbeeld.content.decode()
    assert "Opgave Emmen Asielopvang (AMV) 2025-2026 (peildatum 1-2-2026)" in html
    assert "spuk3_pot: 983686 → leeg" in html
    assert _pc().spuk3_pot == 983686  # the preview wrote nothing
    assert client.post("/importeren/bevestigen/").status_code == 302
    assert _pc().spuk3_pot is None
    amv = Opgave.objects.get(gemeente__cbs_code="GM0114", cyclus__naam="2025-2026", categorie="amv")
    bron = Cijferbron.objects.get(model="opgaven.opgave", object_id=amv.pk, veld="realisatie")
    assert (amv.realisatie, bron.peildatum) == (9, date(2026, 2, 1))
    assert bron.bron.bestandsnaam == "invoer-provincie.xlsx"


def test_beheerder_krijgt_ook_de_landelijke_bedragen(client, drenthe):
    client.force_login(GebruikerFactory(is_superuser=True))
    boek, rijen = _rijen(client)
    landelijk = {r[0]: r[3] for r in rijen if r[0] in NATIONAAL}
    assert landelijk == {
        "SPUK 1: bedrag per plaats (euro)": 2000,
        "SPUK 2: bedrag per plaats (euro)": 2000,
        "Landelijk aantal AMV": 8140,
    }
    rij = next(i for i, r in enumerate(rijen, 1) if r[0] == "Landelijk aantal AMV")
    boek["Invoer"].cell(rij, 4).value = None  # not yet known: unknown, not 0
    assert _upload(client, boek).status_code == 200
    assert client.post("/importeren/bevestigen/", {"provincie": "drenthe"}).status_code == 302
    assert Cyclus.objects.get(naam="2025-2026").amv_landelijk is None


def test_gemeente_en_ministerie_kunnen_dit_niet_importeren(client, rollen):
    client.force_login(rollen["gemeente_b"])
    assert 'data-sjabloon="provinciecijfers"' not in client.get("/importeren/").content.decode()
    assert client.get(SJABLOON).status_code == 403
    bestand = SimpleUploadedFile("p.csv", b"Gegeven;Waarde\nSPUK 3-budget;5\n")
    r = client.post("/importeren/", {"soort": "provinciecijfers", "cyclus": "2025-2026",
                                     "bestand": bestand})  # fmt: skip
    assert r.status_code == 400
    assert "Soort bestand: u mag dit soort bestand niet importeren." in r.content.decode()
    client.force_login(rollen["ministerie"])
    assert client.get(SJABLOON).status_code == 403
