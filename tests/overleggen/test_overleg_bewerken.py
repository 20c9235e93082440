"""Agenda items, decisions and actions of a PRT meeting can be edited and withdrawn, with
their history and the versie lock; a withdrawn item stays visible, struck through, and is
off the action list."""

from datetime import date

import pytest

from regietafel.domain.routekaart import Invoerfout
from regietafel.overleggen import services
from regietafel.overleggen.models import Actie
from regietafel.provincies.models import Provincie
from regietafel.services.wijzigingen import Conflict, GeenToegang


@pytest.fixture
def overleg(rollen):
    p = rollen["provincie"]
    o = services.plan_overleg(Provincie.objects.get(code="drenthe"), date(2026, 2, 5), p)
    punt = services.voeg_agendapunt_toe(o, p, "Opvang Emmen", "Stand van zaken", "Emmen")
    besluit = services.voeg_besluit_toe(o, p, "Emmen levert 50 plaatsen", punt)
    actie = services.voeg_actie_toe(o, p, "Brief versturen", "Secretaris", date(2026, 3, 1), punt)
    return o, punt, besluit, actie


def _inhoud(o):
    return [regel for r in services.actielijst(o).rijen for regel in r.inhoud]


def test_een_actie_wijzigen_houdt_de_historie(rollen, overleg):
    o, punt, _, actie = overleg
    velden = {"omschrijving": "Brief versturen aan COA", "eigenaar": "Provincie"}
    nieuw = services.wijzig_item(actie, rollen["provincie"], actie.versie, velden)
    assert (nieuw.omschrijving, nieuw.versie) == ("Brief versturen aan COA", 2)
    oud = nieuw.history.order_by("history_date")
    assert [h.omschrijving for h in oud] == ["Brief versturen", "Brief versturen aan COA"]
    assert "Actie: Brief versturen aan COA (uiterlijk 01-03-2026)" in _inhoud(o)


def test_een_gelijktijdige_wijziging_wordt_geweigerd(rollen, overleg):
    _, punt, besluit, _ = overleg
    p = rollen["provincie"]
    services.wijzig_item(punt, p, 1, {"onderwerp": "Opvang Emmen en Assen"})
    with pytest.raises(Conflict):
        services.wijzig_item(punt, p, 1, {"onderwerp": "Opvang"})
    punt.refresh_from_db()
    assert punt.onderwerp == "Opvang Emmen en Assen"
    with pytest.raises(Invoerfout):
        services.wijzig_item(besluit, p, 1, {"tekst": "  "})


def test_teruggetrokken_staat_niet_op_de_actielijst_en_gaat_niet_mee(rollen, overleg):
    o, punt, besluit, actie = overleg
    p = rollen["provincie"]
    services.trek_terug(actie, p, actie.versie)
    services.trek_terug(besluit, p, besluit.versie)
    actie.refresh_from_db()
    assert actie.teruggetrokken and Actie.objects.filter(pk=actie.pk).exists()
    assert not [r for r in _inhoud(o) if "Brief versturen" in r or "50 plaatsen" in r]
    assert actie not in services.open_acties(o.provincie)
    later = services.plan_overleg(o.provincie, date(2026, 3, 5), p)
    assert not later.overgenomen_acties.exists()
    assert actie.history.first().history_change_reason == "Teruggetrokken"
    with pytest.raises(Invoerfout):
        services.wijzig_item(actie, p, actie.versie, {"omschrijving": "toch"})
    with pytest.raises(Invoerfout):
        services.zet_actiestatus(actie, p, "afgerond")
    services.trek_terug(punt, p, punt.versie)
    assert [r.onderwerp for r in services.actielijst(o).rijen] == []


def test_een_gemeente_wijzigt_of_trekt_niets_terug(rollen, overleg):
    _, _, _, actie = overleg
    with pytest.raises(GeenToegang):
        services.trek_terug(actie, rollen["gemeente_b"], actie.versie)


def _url(o, soort, item):
    return f"/overleggen/{o.pk}/{soort}/{item.pk}/"


def test_via_het_web_bewerken_en_terugtrekken(client, rollen, overleg):
    o, punt, besluit, actie = overleg
    client.force_login(rollen["provincie"])
    pagina = client.get(f"/overleggen/{o.pk}/").content.decode()
    assert _url(o, "actie", actie) in pagina and _url(o, "besluit", besluit) in pagina
    r = client.get(_url(o, "actie", actie))
    assert r.status_code == 200 and 'name="versie" value="1"' in r.content.decode()
    r = client.post(_url(o, "actie", actie), {"versie": "1", "actie-omschrijving": "Bellen",
                                               "actie-eigenaar": "COA"})  # fmt: skip
    assert r.status_code == 302
    # the same form again, at the version it was opened with: refused, not overwritten
    r = client.post(_url(o, "actie", actie), {"versie": "1", "actie-omschrijving": "Mailen",
                                               "actie-eigenaar": "COA"})  # fmt: skip
    assert r.status_code == 409
    assert "intussen gewijzigd door" in r.content.decode()
    actie.refresh_from_db()
    assert actie.omschrijving == "Bellen"
    r = client.post(_url(o, "agendapunt", punt), {"versie": "1", "terugtrekken": "1"})
    assert r.status_code == 302
    pagina = client.get(f"/overleggen/{o.pk}/").content.decode()
    assert "<del>Opvang Emmen</del>" in pagina and "teruggetrokken op" in pagina


@pytest.mark.parametrize(
    ("pad", "status"),
    [("/overleggen/{o}/notulen/{a}/", 404), ("/overleggen/{o}/actie/999999/", 404)],
)
def test_een_onbekend_onderdeel_is_niet_gevonden(client, rollen, overleg, pad, status):
    o, _, _, actie = overleg
    client.force_login(rollen["provincie"])
    assert client.get(pad.format(o=o.pk, a=actie.pk)).status_code == status


def test_een_foute_versie_geeft_een_melding(client, rollen, overleg):
    o, _, besluit, _ = overleg
    client.force_login(rollen["provincie"])
    r = client.post(_url(o, "besluit", besluit), {"versie": "x", "besluit-tekst": "Ja"})
    assert r.status_code == 400
    assert "Vul de versie in." in r.content.decode()
