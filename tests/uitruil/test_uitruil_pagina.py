"""The exchanges page and the puzzle's balances with and without exchanges."""

import pytest

from regietafel.uitruil.models import Uitruil
from tests.conftest import ASSEN, EMMEN
from tests.factories import gemeentegebruiker

pytestmark = pytest.mark.django_db
C1 = "?provincie=drenthe&cyclus=2025-2026"


def _voorstel(**anders):
    return {
        "gemeente_a": ASSEN,
        "categorie_a": "amv",
        "aantal_a": "20",
        "perioden_a": "",
        "gemeente_b": EMMEN,
        "categorie_b": "asiel_regulier",
        "aantal_b": "60",
        "perioden_b": "2026",
        "toelichting": "afgesproken in het PRT",
        **anders,
    }


def test_assen_stelt_voor_emmen_bevestigt_en_de_puzzel_toont_beide_saldi(client, rollen):
    client.force_login(rollen["gemeente_a"])
    assert "Uitruil voorstellen" in client.get("/uitruil/" + C1).content.decode()
    r = client.post("/uitruil/" + C1, _voorstel())
    assert r.status_code == 302
    u = Uitruil.objects.get()
    # Assen's own side counts as agreed; no confirm button for Assen.
    assert f'action="/uitruil/{u.pk}/bevestigen/"' not in client.get(r.url).content.decode()
    assert "uitruil-saldi" not in client.get("/" + C1).content.decode()

    client.force_login(rollen["gemeente_b"])
    pagina = client.get("/uitruil/" + C1).content.decode()
    assert "wacht op Emmen" in pagina
    assert client.post(f"/uitruil/{u.pk}/bevestigen/", {"versie": u.versie}).status_code == 302
    pagina = client.get("/uitruil/" + C1).content.decode()
    assert "bevestigd door beide gemeenten" in pagina
    assert "+20" in pagina and "−60" in pagina

    client.force_login(rollen["provincie"])
    puzzel = client.get("/" + C1).content.decode()
    assert 'id="uitruil-saldi"' in puzzel
    assert f'data-gemeente="{ASSEN}"' in puzzel


def test_derde_gemeente_krijgt_een_nederlandse_fout_en_er_wordt_niets_geschreven(client, rollen):
    client.force_login(gemeentegebruiker("GM0109"))
    r = client.post("/uitruil/" + C1, _voorstel())
    assert r.status_code == 403
    assert "Uw gemeente is geen partij bij deze uitruil" in r.content.decode()
    assert not Uitruil.objects.exists()


def test_dezelfde_gemeente_aan_beide_kanten_staat_bij_het_veld(client, rollen):
    client.force_login(rollen["provincie"])
    r = client.post("/uitruil/" + C1, _voorstel(gemeente_b=ASSEN))
    assert r.status_code == 400
    assert "Assen staat aan beide kanten" in r.content.decode()
    assert r.context["form"].errors["gemeente_b"]
    assert not Uitruil.objects.exists()


def test_periode_buiten_de_cyclus(client, rollen):
    client.force_login(rollen["gemeente_a"])
    r = client.post("/uitruil/" + C1, _voorstel(perioden_a="2027"))
    assert r.status_code == 400
    assert "2027 valt niet in deze cyclus." in r.context["form"].errors["perioden_a"]


def test_bevestigen_op_een_oude_versie_is_een_conflict(client, rollen):
    client.force_login(rollen["provincie"])
    client.post("/uitruil/" + C1, _voorstel())
    u = Uitruil.objects.get()
    client.force_login(rollen["gemeente_a"])
    client.post(f"/uitruil/{u.pk}/bevestigen/", {"versie": u.versie})
    client.force_login(rollen["gemeente_b"])
    r = client.post(f"/uitruil/{u.pk}/bevestigen/", {"versie": u.versie})
    assert r.status_code == 409
    assert "intussen gewijzigd" in r.content.decode()
    u.refresh_from_db()
    assert u.akkoord_b_op is None


def test_statushouders_in_ruil_staan_op_de_statushouderspagina(client, rollen):
    from regietafel.domain.uitruil import Voorstel
    from regietafel.uitruil.services import bevestig, statushouders_effect, stel_voor

    voorstel = Voorstel(
        gemeente_a="GM0106", categorie_a="amv", aantal_a=20,
        gemeente_b="GM0114", categorie_b="statushouders", aantal_b=12, perioden_b="2025-2",
    )  # fmt: skip
    u = stel_voor("drenthe", "2025-2026", voorstel, rollen["gemeente_b"])
    client.force_login(rollen["provincie"])
    # Only a confirmed exchange counts.
    assert statushouders_effect("drenthe", "2026-1") == {}
    assert (
        "Uitruil (taakstelling daarna)"
        not in client.get("/statushouders/", {"periode": "2026-1"}).content.decode()
    )
    bevestig(u, rollen["gemeente_a"], u.versie)
    assert statushouders_effect("drenthe", "2025-2") == {"GM0106": -12, "GM0114": 12}
    assert statushouders_effect("drenthe", "2026-1") == {}
    html = client.get("/statushouders/", {"periode": "2025-2"}).content.decode()
    assert "Uitruil (taakstelling daarna)" in html
    assert 'data-uitruil="12"' in html and 'data-uitruil="-12"' in html
