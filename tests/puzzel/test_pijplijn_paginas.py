"""The location timeline with its move form, the municipality's timelines, the
realisation page and the puzzle counted by phase."""

from regietafel.locaties.models import Faseovergang, Locatie
from tests.fase_hulp import emmen_amv


def _post(client, gebruiker, **data):
    client.force_login(gebruiker)
    standaard = {"fase": "collegebesluit", "datum": "1-2-2025", "bron": "B&W 1-2-2025",
                 "versie": "1"}  # fmt: skip
    return client.post(f"/locaties/{emmen_amv()}/fasen/", {**standaard, **data})


def test_gemeente_zet_eigen_locatie_door_en_ziet_de_tijdlijn(client, rollen):
    r = _post(client, rollen["gemeente_b"])
    assert r.status_code == 302
    pagina = client.get(r["Location"]).content.decode()
    assert "De locatie is nu in fase &#x27;collegebesluit&#x27;." in pagina
    assert "bron: B&amp;W 1-2-2025" in pagina
    assert Locatie.objects.get(pk=emmen_amv()).fase == "collegebesluit"


def test_fase_terug_geeft_nederlandse_fout_bij_het_veld_en_schrijft_niets(client, rollen):
    _post(client, rollen["provincie"])
    voor = Faseovergang.objects.count()
    r = _post(client, rollen["provincie"], fase="idee", versie="2")
    assert r.status_code == 400
    assert "Fase: een locatie gaat niet terug." in r.content.decode()
    assert Faseovergang.objects.count() == voor
    assert Locatie.objects.get(pk=emmen_amv()).versie == 2


def test_onzin_datum_en_lege_bron_worden_bij_het_veld_gemeld(client, rollen):
    r = _post(client, rollen["provincie"], datum="morgen", bron="")
    tekst = r.content.decode()
    assert r.status_code == 400
    assert "Bron: vul in waar de fase uit blijkt" in tekst
    assert "morgen" in tekst


def test_verouderde_versie_geeft_conflict_en_schrijft_niets(client, rollen):
    _post(client, rollen["gemeente_b"])
    r = _post(client, rollen["provincie"], fase="beeindigd", versie="1")
    assert r.status_code == 400
    assert "intussen gewijzigd door" in r.content.decode()
    assert Locatie.objects.get(pk=emmen_amv()).fase == "collegebesluit"


def test_gemeentepagina_toont_de_tijdlijnen_en_de_fase_in_de_historie(client, rollen):
    _post(client, rollen["gemeente_b"])
    pagina = client.get("/gemeenten/GM0114/").content.decode()
    assert 'id="fasen"' in pagina
    assert pagina.count('class="tijdlijn') == 2  # Emmen's two locations
    assert "fase: idee → collegebesluit" in pagina


def test_realisatiepagina_noemt_de_200_amv_plaatsen_en_westervelds_contracten(client, rollen):
    client.force_login(rollen["ministerie"])
    pagina = client.get("/realisatie/?peildatum=31-10-2024").content.decode()
    assert "200 plaatsen (4 locaties)" in pagina
    assert "Westerveld: 75 plaatsen bijzonder: noodopvang, tot 31-12-2024" in pagina
    assert "Westerveld: 25 plaatsen bijzonder: TGO, tot 31-12-2024" in pagina
    assert "93% (3.855 van 4.155 plaatsen)" in pagina


def test_puzzel_telt_aanbod_naar_fase_vast_en_zacht(client, rollen):
    client.force_login(rollen["provincie"])
    pagina = client.get("/?fasen=1").content.decode()
    assert 'id="aanbod-per-fase"' in pagina
    zonder = client.get("/").content.decode()
    assert 'id="aanbod-per-fase"' not in zonder
    client.logout()
    assert 'id="aanbod-per-fase"' not in client.get("/?fasen=1").content.decode()


def test_geplande_datum_via_het_locatieformulier_komt_in_de_realisatie(client, rollen):
    client.force_login(rollen["gemeente_b"])
    loc = Locatie.objects.get(pk=emmen_amv())
    r = client.post(f"/locaties/{loc.pk}/bewerken/", {
        "gemeente": loc.gemeente_id, "plaatsen": "50", "soort": "amv", "status": "gepland",
        "gepland_in_gebruik": "1-6-2025", "versie": str(loc.versie),
    })  # fmt: skip
    assert r.status_code == 302
    pagina = client.get("/realisatie/?peildatum=31-10-2024").content.decode()
    assert "1-6-2025" in pagina
    r = client.post(f"/locaties/{loc.pk}/bewerken/", {
        "gemeente": loc.gemeente_id, "plaatsen": "50", "soort": "amv", "status": "gepland",
        "gepland_in_gebruik": "volgend jaar", "versie": "2",
    })  # fmt: skip
    assert r.status_code == 400
    assert Locatie.objects.get(pk=loc.pk).gepland_in_gebruik.isoformat() == "2025-06-01"
