"""The import page with the kinds of issue 15: the puzzle's warnings on the preview, bad
puzzle and gemeenten files refused in Dutch with nothing written, and the kinds a
municipality sees."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from regietafel.importen.models import Import
from regietafel.opgaven.models import Opgave
from regietafel.provincies.models import Gemeente
from regietafel.puzzel.services import puzzel
from tests.importen.bijlage1 import csv

pytestmark = pytest.mark.django_db


def _upload(client, soort, tabel, naam="bestand.csv"):
    bestand = SimpleUploadedFile(naam, csv(tabel))
    return client.post("/importeren/", {"soort": soort, "cyclus": "2025-2026", "bestand": bestand})


def test_puzzel_met_waarschuwing_dan_bevestigen(client, rollen):
    client.force_login(rollen["provincie"])
    assen = puzzel("drenthe", "2025-2026").regels[1]
    tabel = [
        ["Gemeente", "AMV realisatie", "Regulier aanbod 2025", "Regulier saldo 2025"],
        ["Assen", "7", "1.000", "0"],
    ]
    r = _upload(client, "puzzel", tabel)
    assert r.status_code == 200
    html = r.content.decode()
    saldo = 1000 - assen.asiel_regulier.opgave
    assert "Let op: 1 cijfer in het bestand wijkt af van wat Regietafel berekent." in html
    assert f"&#x27;0&#x27; wijkt af van het berekende {saldo}" in html
    assert "Bevestigen en opslaan" in html
    assert client.post("/importeren/bevestigen/").status_code == 302
    amv = Opgave.objects.get(gemeente__cbs_code="GM0106", cyclus__naam="2025-2026", categorie="amv")
    assert amv.realisatie == 7
    assert Import.objects.get().soort == "puzzel"


def test_foute_puzzel_op_de_pagina_en_niets_opgeslagen(client, rollen):
    client.force_login(rollen["provincie"])
    r = _upload(client, "puzzel", [["Gemeente", "Plaatsen"], ["Assen", "3"]])
    assert r.status_code == 400
    assert "Er is geen kopregel gevonden met kolommen als" in r.content.decode()
    r = _upload(
        client, "puzzel", [["Gemeente", "AMV opgave", "AMV realisatie"], ["Asen", "-1", "x"]]
    )
    html = r.content.decode()
    assert r.status_code == 400 and "Het bestand heeft 3 fouten; er is niets opgeslagen." in html
    assert "Bedoelt u Assen?" in html
    assert Import.objects.count() == 0


def test_foute_gemeentenimport_op_de_pagina_en_niets_opgeslagen(client, rollen):
    client.force_login(rollen["provincie"])
    voor = list(Gemeente.objects.values_list("cbs_code", "inwoners"))
    r = _upload(
        client,
        "gemeenten",
        [
            ["CBS-code", "Gemeente", "Provincie", "Inwoners", "Peiljaar"],
            ["GM9999", "Nieuwdorp", "Drenthe", "veel", "2024"],
            ["GM0106", "Assen", "Drenthe", "70000", "24"],
        ],
    )
    assert r.status_code == 400
    html = r.content.decode()
    assert "Rij 2, kolom &#x27;Inwoners&#x27;: &#x27;veel&#x27; is geen geheel getal." in html
    assert "Rij 3, kolom &#x27;Peiljaar&#x27;: &#x27;24&#x27; is geen jaartal" in html
    assert list(Gemeente.objects.values_list("cbs_code", "inwoners")) == voor
    assert Import.objects.count() == 0


def test_gemeente_ziet_de_eigen_soorten(client, rollen):
    client.force_login(rollen["gemeente_b"])
    html = client.get("/importeren/").content.decode()
    for soort in ("aanbod", "locaties", "statushouders", "goo"):
        assert f'value="{soort}"' in html
    for soort in ("puzzel", "gemeenten", "capaciteitsbesluit"):
        assert f'value="{soort}"' not in html
