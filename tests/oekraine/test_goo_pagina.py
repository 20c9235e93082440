"""GOO locations in the browser: the province or the municipality itself adds, changes and
removes them; source with peildatum and history; bad input gives a Dutch message next to
the field and writes nothing; a concurrent change is a conflict."""

from datetime import date

import pytest

from regietafel.bronnen.models import Cijferbron
from regietafel.oekraine.models import GooLocatie
from regietafel.provincies.models import Gemeente
from tests.pagina_hulp import formulierfouten

pytestmark = pytest.mark.django_db


def _formulier(**kw):
    return {"gemeente": str(Gemeente.objects.get(cbs_code="GM0114").pk), "naam": "Paviljoen",
            "plaatsen": "60", "beschikbaar_van": "1-5-2022", "geplande_einde": "",
            "transformeerbaar": "ja", "opmerking": "", "peildatum": "1-2-2026",
            **kw}  # fmt: skip


def test_gemeente_voegt_eigen_goo_locatie_toe_met_bron_en_peildatum(client, rollen):
    client.force_login(rollen["gemeente_b"])
    assert client.get("/oekraine/goo/nieuw/").status_code == 200
    response = client.post("/oekraine/goo/nieuw/", _formulier())
    assert response.status_code == 302, response.content.decode()
    loc = GooLocatie.objects.get()
    assert (loc.gemeente.cbs_code, loc.plaatsen, loc.beschikbaar_van, loc.transformeerbaar) == (
        "GM0114",
        60,
        date(2022, 5, 1),
        True,
    )
    bron = Cijferbron.objects.get(model="oekraine.goolocatie", object_id=loc.pk, veld="plaatsen")
    assert bron.peildatum == date(2026, 2, 1)
    assert bron.bron.persoon == rollen["gemeente_b"].username
    assert loc.history.first().history_user == rollen["gemeente_b"]
    html = client.get(response["Location"]).content.decode()
    assert "Paviljoen" in html and f'href="/oekraine/goo/{loc.pk}/"' in html


def test_provincie_wijzigt_en_verwijdert_met_versie(client, rollen):
    client.force_login(rollen["provincie"])
    client.post("/oekraine/goo/nieuw/", _formulier())
    loc = GooLocatie.objects.get()
    wijzig = _formulier(plaatsen="80", transformeerbaar="", versie=str(loc.versie), reden="telling")
    assert client.post(f"/oekraine/goo/{loc.pk}/", wijzig).status_code == 302
    loc.refresh_from_db()
    assert (loc.plaatsen, loc.transformeerbaar, loc.versie) == (80, None, 2)
    assert loc.history.first().history_change_reason == "telling"
    oud = _formulier(plaatsen="90", versie="1")  # based on the first version
    conflict = client.post(f"/oekraine/goo/{loc.pk}/", oud)
    assert conflict.status_code == 400 and "intussen gewijzigd" in conflict.content.decode()
    assert GooLocatie.objects.get().plaatsen == 80
    assert client.post(f"/oekraine/goo/{loc.pk}/verwijderen/", {"versie": "2"}).status_code == 302
    assert not GooLocatie.objects.exists()
    assert GooLocatie.history.filter(history_type="-").count() == 1


def test_foute_invoer_naast_het_veld_en_niets_opgeslagen(client, rollen):
    client.force_login(rollen["provincie"])
    response = client.post(
        "/oekraine/goo/nieuw/",
        _formulier(
            naam="",
            plaatsen="-3",
            beschikbaar_van="1-5-2026",
            geplande_einde="1-1-2026",
            peildatum="morgen",
        ),  # fmt: skip
    )
    formulierfouten(
        response,
        "Naam: vul de naam van de locatie in.",
        "Plaatsen: het aantal kan niet negatief zijn.",
        "Peildatum (leeg: vandaag): &#x27;morgen&#x27; is geen datum",
    )
    assert not GooLocatie.objects.exists()
    einde = client.post("/oekraine/goo/nieuw/", _formulier(beschikbaar_van="1-5-2026",
                                                           geplande_einde="1-1-2026"))  # fmt: skip
    assert "Geplande einddatum: 01-01-2026 ligt vóór de begindatum 01-05-2026." in (
        einde.content.decode()
    )
    toekomst = client.post("/oekraine/goo/nieuw/", _formulier(peildatum="1-1-2999"))
    assert toekomst.status_code == 400 and "ligt in de toekomst" in toekomst.content.decode()
    assert not GooLocatie.objects.exists()


def test_gemeente_kan_andermans_goo_locatie_niet_wijzigen(client, rollen):
    client.force_login(rollen["gemeente_b"])
    client.post("/oekraine/goo/nieuw/", _formulier())
    loc = GooLocatie.objects.get()
    client.force_login(rollen["gemeente_a"])
    assert client.get(f"/oekraine/goo/{loc.pk}/").status_code == 403
    assert client.post(f"/oekraine/goo/{loc.pk}/verwijderen/", {"versie": "1"}).status_code == 403
    # Nor add one for Emmen: the field offers only Assen.
    response = client.post("/oekraine/goo/nieuw/", _formulier(naam="Stiekem"))
    assert response.status_code == 400
    assert "u mag geen GOO-locatie invoeren voor een andere gemeente" in response.content.decode()
    assert GooLocatie.objects.count() == 1
