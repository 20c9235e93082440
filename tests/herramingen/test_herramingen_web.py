"""The re-estimate pages: upload → preview (old and new) → confirm, the recomputation with
the concepts that no longer close, refusals with the municipalities named, and comparing."""

from django.core.files.uploadedfile import SimpleUploadedFile

from regietafel.herramingen.models import Capaciteitsbesluitversie
from regietafel.opgaven.models import Opgave
from regietafel.verdelingen.services import maak_concept
from tests.herramingen.test_herramingen import voorbeeld_bytes

PAD = "/herramingen/?provincie=drenthe&cyclus=2025-2026"


def _formulier(inhoud=None, **extra):
    return {
        "bestand": SimpleUploadedFile("herraming.csv", inhoud or voorbeeld_bytes()),
        "datum_besluit": "2025-03-03",
        "omschrijving": "Herziene raming (voorbeeld)",
        **extra,
    }


def _emmen():
    return Opgave.objects.get(
        gemeente__cbs_code="GM0114", cyclus__naam="2025-2026", categorie="asiel_regulier"
    ).opgave


def test_voorbeeld_en_bevestigen_maken_een_nieuwe_versie(client, rollen):
    maak_concept("drenthe", "2025-2026", None, rollen["provincie"], "puzzel")
    client.force_login(rollen["provincie"])
    r = client.post(PAD, _formulier())
    assert r.status_code == 200
    tekst = r.content.decode()
    assert "Voorbeeld: herraming.csv" in tekst
    assert "niet meer sluitend" in tekst
    assert _emmen() == 453
    r = client.post("/herramingen/bevestigen/", follow=True)
    assert r.redirect_chain[-1][0] == PAD
    tekst = r.content.decode()
    assert "opgeslagen als versie 2" in tekst
    assert "Herberekend: versie 2 tegen versie 1" in tekst
    assert 'href="/oplossen/?provincie=drenthe&amp;cyclus=2025-2026"' in tekst
    assert _emmen() == 480
    assert (
        Capaciteitsbesluitversie.objects.filter(provincie_cyclus__cyclus__naam="2025-2026").count()
        == 2
    )


def test_een_herraming_met_een_ontbrekende_gemeente_wordt_geweigerd(client, rollen):
    client.force_login(rollen["provincie"])
    zonder_emmen = b"\n".join(
        r for r in voorbeeld_bytes().splitlines() if not r.startswith(b"GM0114")
    )
    r = client.post(PAD, _formulier(zonder_emmen))
    assert r.status_code == 400
    tekst = r.content.decode()
    assert "De gemeenten van de herraming passen niet bij de cyclus 2025-2026:" in tekst
    assert "Emmen (GM0114) ontbreekt in de herraming." in tekst
    assert "regietafel_herraming" not in client.session
    r = client.post("/herramingen/bevestigen/")
    assert r.status_code == 302
    assert _emmen() == 453


def test_een_landelijke_tabel_toont_de_overgeslagen_rijen(client, rollen):
    from tests.factories import gemeente_groningen

    gemeente_groningen()
    client.force_login(rollen["provincie"])
    landelijk = voorbeeld_bytes() + b"GM0014;Groningen;238147;1200;100\n"
    r = client.post(PAD, _formulier(landelijk))
    assert r.status_code == 200
    tekst = r.content.decode()
    assert "Voorbeeld: herraming.csv" in tekst
    assert "Overgeslagen (andere provincie): rij 14: Groningen (Groningen)" in tekst
    client.post("/herramingen/bevestigen/")
    assert _emmen() == 480


def test_formulierfouten_noemen_het_veld(client, rollen):
    client.force_login(rollen["provincie"])
    r = client.post(PAD, _formulier(datum_besluit="gisteren", landelijke_behoefte="-5"))
    assert r.status_code == 400
    tekst = r.content.decode()
    assert "Datum van het besluit: dit is geen datum." in tekst
    assert "Nieuwe landelijke behoefte: het aantal moet minstens 1 zijn." in tekst


def test_een_gemeente_leest_maar_kan_niet_inlezen(client, rollen):
    client.force_login(rollen["gemeente_a"])
    r = client.get(PAD)
    assert r.status_code == 200
    tekst = r.content.decode()
    assert "Versie 1" in tekst and "Herraming inlezen" not in tekst
    assert client.post(PAD, _formulier()).status_code == 403


def test_twee_versies_vergelijken(client, rollen):
    from tests.herramingen.hulp import twee_versies

    a, b = twee_versies()
    client.force_login(rollen["ministerie"])
    r = client.get(f"/herramingen/vergelijken/?a={a}&b={b}")
    assert r.status_code == 200
    assert "<mark>460</mark>" in r.content.decode()
    assert client.get(f"/herramingen/vergelijken/?a={a}&b={a}").status_code == 400
    assert client.get("/herramingen/vergelijken/?a=x&b=1").status_code == 400
