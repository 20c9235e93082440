"""The import page: upload → preview (nothing written) → confirm (written, logged)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from regietafel.importen.models import Import
from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from tests.importen.bijlage1 import TYNAARLO_RIJ, csv, rijen, xlsx

pytestmark = pytest.mark.django_db


def _upload(client, soort, inhoud, naam):
    bestand = SimpleUploadedFile(naam, inhoud)
    return client.post("/importeren/", {"soort": soort, "cyclus": "2025-2026", "bestand": bestand})


def test_voorbeeld_dan_bevestigen(client, rollen):
    client.force_login(rollen["provincie"])
    r = _upload(client, "locaties", xlsx(rijen(gecorrigeerd=True)), "bijlage1.xlsx")
    assert r.status_code == 200
    html = r.content.decode()
    assert "Locatie Tynaarlo: bijzonder: noodopvang" in html and "Bevestigen en opslaan" in html
    assert Import.objects.count() == 0
    r = client.post("/importeren/bevestigen/")
    assert r.status_code == 302
    assert Import.objects.get().bestandsnaam == "bijlage1.xlsx"
    assert Locatie.objects.get(gemeente__naam="Tynaarlo", soort="no").onleesbaar == []
    r = client.get("/importeren/")
    assert "bijlage1.xlsx" in r.content.decode()


def test_fouten_op_de_pagina_met_rij_en_kolom(client, rollen):
    client.force_login(rollen["provincie"])
    r = _upload(client, "locaties", xlsx(rijen()), "bijlage1.xlsx")
    assert r.status_code == 400
    html = r.content.decode()
    assert (
        f"Rij {TYNAARLO_RIJ}, kolom &#x27;Beschikbaar van&#x27;: &#x27;28&#x27; is een getal"
        in html
    )
    assert "Bevestigen en opslaan" not in html
    # nothing to confirm
    assert client.post("/importeren/bevestigen/").status_code == 302
    assert Import.objects.count() == 0


def test_bevestigen_weigert_als_de_gegevens_intussen_veranderden(client, rollen):
    client.force_login(rollen["provincie"])
    tabel = [["Gemeente", "Categorie", "Jaar", "Plaatsen"], ["Emmen", "amv", "2026", "70"]]
    assert _upload(client, "aanbod", csv(tabel), "a.csv").status_code == 200
    Aanbod.objects.filter(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026).update(
        plaatsen=55
    )
    r = client.post("/importeren/bevestigen/")
    assert r.status_code == 409
    assert "gewijzigd sinds het voorbeeld" in r.content.decode()
    assert (
        Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026).plaatsen == 55
    )


def test_gemeente_ziet_alleen_aanbod_en_locaties(client, rollen):
    client.force_login(rollen["gemeente_a"])
    html = client.get("/importeren/").content.decode()
    assert 'value="aanbod"' in html and 'value="locaties"' in html
    assert 'value="capaciteitsbesluit"' not in html
    r = _upload(client, "capaciteitsbesluit", b"x", "cb.csv")
    assert r.status_code == 400
    assert "u mag dit soort bestand niet importeren" in r.content.decode().lower()


def _gekozen_cyclus(html):
    keuze = html.split('name="cyclus"')[1].split("</select>")[0]
    assert keuze.count(" selected") == 1
    return keuze.split(" selected")[0].rsplit('value="', 1)[1].split('"')[0]


def test_de_import_staat_op_de_lopende_cyclus_van_de_provincie(client, rollen):
    from tests.factories import capaciteitsbesluit_2027

    client.force_login(rollen["provincie"])
    assert _gekozen_cyclus(client.get("/importeren/").content.decode()) == "2025-2026"
    capaciteitsbesluit_2027()
    assert _gekozen_cyclus(client.get("/importeren/").content.decode()) == "2027-2028"
    html = client.get("/importeren/?provincie=drenthe&cyclus=2025-2026").content.decode()
    assert _gekozen_cyclus(html) == "2025-2026"


def test_alle_fouten_tegelijk_met_een_suggestie_voor_de_gemeente(client, rollen):
    client.force_login(rollen["provincie"])
    tabel = [
        ["Gemeente", "Categorie", "Jaar", "Plaatsen"],
        ["Asen", "amv", "2026", "5"],
        ["Emmen", "amv", "2030", "70"],
    ]
    r = _upload(client, "aanbod", csv(tabel), "a.csv")
    assert r.status_code == 400
    html = r.content.decode()
    assert (
        "Rij 2, kolom &#x27;Gemeente&#x27;: &#x27;Asen&#x27; is geen bekende gemeente. "
        "Bedoelt u Assen?" in html
    )
    assert (
        "Rij 3, kolom &#x27;Jaar&#x27;: &#x27;2030&#x27; ligt niet in de cyclus 2025-2026." in html
    )
    assert "Bevestigen en opslaan" not in html
    assert Import.objects.count() == 0
    assert (
        Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026).plaatsen == 50
    )
