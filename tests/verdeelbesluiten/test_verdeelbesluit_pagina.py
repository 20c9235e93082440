"""The verdeelbesluit page and the ministry's form: who sees what, recording a decision,
bad input and a concurrent recording."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from regietafel.verdeelbesluiten.models import Verdeelbesluit
from tests.factories import ministeriegebruiker, synthetische_provincie
from tests.verdeelbesluiten.hulp import besluit_waarden, leg_besluit_vast

PAGINA = "/verdeelbesluit/?provincie=drenthe&cyclus=2025-2026"
FORMULIER = "/verdeelbesluit/vastleggen/?provincie=drenthe&cyclus=2025-2026"


def _post(waarden, **velden):
    data = {"provincie": "drenthe", "cyclus": "2025-2026", "versie": "0",
            "datum": "20-12-2024", "bron": "Staatscourant 2024, 40001"}  # fmt: skip
    data.update(velden)
    for code, per_cat in waarden.items():
        for cat, per_jaar in per_cat.items():
            for jaar, n in per_jaar.items():
                data[f"{code}_{cat}_{jaar}"] = str(n)
    return data


def test_zonder_besluit_ziet_de_provincie_het_concept_en_nog_niet_vastgelegd(client, rollen):
    client.force_login(rollen["provincie"])
    html = client.get(PAGINA).content.decode()
    assert "nog niet vastgelegd" in html
    assert "sluitend: de provinciale verdeling wordt overgenomen" in html
    assert "Besluit vastleggen" not in html  # only the ministry records
    assert "Er is nog geen verdeelbesluit vastgelegd" in html


def test_het_ministerie_legt_vast_en_de_provincie_ziet_het_verschil(client, rollen):
    client.force_login(rollen["ministerie"])
    assert "Besluit vastleggen" in client.get(PAGINA).content.decode()
    form = client.get(FORMULIER)
    assert form.status_code == 200
    plus = {("GM0114", "asiel_regulier", "2025"): 30}
    antwoord = client.post(FORMULIER, _post(besluit_waarden(plus=plus)))
    assert antwoord.status_code == 302
    b = Verdeelbesluit.objects.get()
    assert b.waarden["GM0114"]["asiel_regulier"]["2025"] == 705
    assert b.bron == "Staatscourant 2024, 40001"
    client.force_login(rollen["gemeente_b"])
    html = client.get(PAGINA).content.decode()
    assert "vastgesteld op 20-12-2024 (versie 1)" in html
    assert 'data-verschil="30">(+30)' in html
    assert "Dit is het bewijs, niet het besluit" in html


def test_het_publiek_ziet_het_besluit_niet_het_concept_of_het_toezicht(client, rollen):
    leg_besluit_vast(rollen["ministerie"], besluit_waarden(plus={("GM0106", "amv", "2026"): 5}))
    html = client.get(PAGINA).content.decode()
    assert 'data-verschil="5">(+5)' in html
    assert 'data-veld="concept"' not in html
    assert "Toezicht op de asieltaak" not in html


def test_een_besluit_in_een_niet_gepubliceerde_cyclus_is_openbaar(client, rollen):
    pad = "/verdeelbesluit/?provincie=drenthe&cyclus=2027-2028"
    assert client.get(pad).status_code == 302
    leg_besluit_vast(rollen["ministerie"], besluit_waarden(cyclus="2027-2028"), cyclus="2027-2028")
    antwoord = client.get(pad)
    assert antwoord.status_code == 200
    assert "vastgesteld op 20-12-2024" in antwoord.content.decode()


@pytest.mark.parametrize(
    ("wijzig", "melding"),
    [
        ({"bron": ""}, "Vul de bron (kenmerk van het besluit) in."),
        ({"datum": "32-1-2024"}, "Datum van het besluit: &#x27;32-1-2024&#x27; is geen datum."),
        ({"datum": ""}, "Datum van het besluit: vul een datum in."),
        ({"GM0114_amv_2026": "-3"}, "Emmen, AMV 2026: het aantal kan niet negatief zijn."),
        ({"GM0114_amv_2026": "veel"}, "Emmen, AMV 2026: vul een heel getal in."),
        ({"GM0114_amv_2026": ""}, "Emmen, AMV 2026: vul het besloten aantal in."),
        ({"datum": "1-1-2999"}, "De datum 1-1-2999 ligt in de toekomst."),
    ],
)
def test_foute_invoer_noemt_het_veld_en_legt_niets_vast(client, rollen, wijzig, melding):
    client.force_login(rollen["ministerie"])
    antwoord = client.post(FORMULIER, {**_post(besluit_waarden()), **wijzig})
    assert antwoord.status_code == 400
    assert melding in antwoord.content.decode()
    assert not Verdeelbesluit.objects.exists()


def test_wie_een_oude_versie_zag_krijgt_een_conflict(client, rollen):
    ministerie = rollen["ministerie"]
    leg_besluit_vast(ministeriegebruiker())
    client.force_login(ministerie)
    antwoord = client.post(FORMULIER, _post(besluit_waarden(), versie="0"))
    assert antwoord.status_code == 400
    assert "een nieuwe versie van het verdeelbesluit vastgelegd" in antwoord.content.decode()
    assert Verdeelbesluit.objects.count() == 1
    assert client.post(FORMULIER, _post(besluit_waarden(), versie="1")).status_code == 302
    assert Verdeelbesluit.objects.count() == 2


def test_een_nieuwe_provincie_met_tekort_krijgt_een_concept_met_uitleg(client, rollen):
    code, _ = synthetische_provincie("Flevoland")
    client.force_login(rollen["ministerie"])
    html = client.get(f"/verdeelbesluit/?provincie={code}&cyclus=2025-2026").content.decode()
    assert "niet sluitend" in html
    assert "extra plaats" in html  # the legal rule's explanation per municipality
    assert (
        client.get(f"/verdeelbesluit/vastleggen/?provincie={code}&cyclus=2025-2026").status_code
        == 200
    )


VOORBEELD = Path(__file__).resolve().parents[2] / "docs" / "voorbeelden"
VOORBEELD = VOORBEELD / "verdeelbesluit-drenthe-voorbeeld.csv"


def _bestand(inhoud, naam="besluit.csv", **velden):
    data = {"actie": "bestand", "provincie": "drenthe", "cyclus": "2025-2026",
            "bestand-versie": "0", "bestand-datum": "20-12-2024",
            "bestand-bron": "Staatscourant 2024, 40001",
            "bestand-bestand": SimpleUploadedFile(naam, inhoud)}  # fmt: skip
    data.update(velden)
    return data


def test_het_voorbeeldbestand_legt_het_besluit_vast(client, rollen):
    client.force_login(rollen["ministerie"])
    antwoord = client.post(FORMULIER, _bestand(VOORBEELD.read_bytes()))
    assert antwoord.status_code == 302
    b = Verdeelbesluit.objects.get()
    assert b.waarden["GM0114"]["asiel_regulier"] == {"2025": 705, "2026": 675}
    assert b.waarden["GM1699"]["asiel_regulier"] == {"2025": 0, "2026": 0}


@pytest.mark.parametrize(
    ("vervang", "melding"),
    [
        (("GM0114;Emmen;regulier;2025;705", "GM0114;Emmen;regulier;2025;veel"), "Rij 22"),
        (("GM0114;Emmen;regulier;2025;705", "GM9999;Nergensdorp;regulier;2025;705"),
         "Rij 22, kolom &#x27;CBS-code&#x27;: &#x27;GM9999&#x27; is geen bekende gemeente."),
        (("GM0114;Emmen;regulier;2025;705", "GM0114;Emmen;regulier;2031;705"),
         "Rij 22, kolom &#x27;Jaar&#x27;: &#x27;2031&#x27; ligt niet in de cyclus 2025-2026."),
        (("GM0114;Emmen;regulier;2025;705\n", ""), "Emmen, Asielopvang (regulier) 2025"),
        (("GM0114;Emmen;regulier;2026;675", "GM0114;Emmen;regulier;2025;700"),
         "Rij 23: deze gegevens staan al in rij 22."),
    ],
)  # fmt: skip
def test_een_fout_in_het_bestand_noemt_rij_en_kolom_en_legt_niets_vast(
    client, rollen, vervang, melding
):
    client.force_login(rollen["ministerie"])
    tekst = VOORBEELD.read_text().replace(*vervang)
    antwoord = client.post(FORMULIER, _bestand(tekst.encode()))
    assert antwoord.status_code == 400
    assert melding in antwoord.content.decode()
    assert not Verdeelbesluit.objects.exists()


def test_een_onleesbaar_bestand_is_een_nederlandse_fout(client, rollen):
    client.force_login(rollen["ministerie"])
    antwoord = client.post(FORMULIER, _bestand(b"\x00\x01PK", naam="besluit.xlsx"))
    assert antwoord.status_code == 400
    assert "kan niet worden gelezen" in antwoord.content.decode()
    assert not Verdeelbesluit.objects.exists()


def test_het_landelijk_overzicht_toont_besluit_en_toezicht_per_provincie(client, rollen):
    import re

    leg_besluit_vast(rollen["ministerie"], besluit_waarden(plus={("GM0114", "amv", "2025"): 80}))

    def rij(html):
        return re.search(r'<tr[^>]*data-provincie="drenthe".*?</tr>', html, re.S).group(0)

    publiek = rij(client.get("/landelijk/?cyclus=2025-2026").content.decode())
    assert "vastgesteld op 20-12-2024 (versie 1)" in publiek
    assert "Indeplaatsstelling" not in publiek  # the evidence is not public
    client.force_login(rollen["ministerie"])
    html = client.get("/landelijk/?cyclus=2025-2026").content.decode()
    assert "Dit is het bewijs, niet het besluit." in html
    assert re.search(r"Indeplaatsstelling: \d+", rij(html))


def test_met_onbekende_opgave_is_het_concept_niet_sluitend_en_vastleggen_uit(client, rollen):
    client.force_login(rollen["ministerie"])
    html = client.get("/verdeelbesluit/?provincie=drenthe&cyclus=2027-2028").content.decode()
    concept = html.split('data-veld="concept">')[1].split("</dd>")[0]
    assert "sluitend" not in concept.replace("of de provinciale verdeling sluit", "")
    assert concept.startswith("nog niet bekend")
    assert "de provinciale verdeling wordt overgenomen" not in html
    knop = html.split("Besluit vastleggen</button>")[0].rsplit("<button", 1)[1]
    assert "disabled" in knop and 'aria-describedby="vastleggen-uitleg"' in knop
    assert 'href="/verdeelbesluit/vastleggen/' not in html
    assert 'id="vastleggen-uitleg"' in html
