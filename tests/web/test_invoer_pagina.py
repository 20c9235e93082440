"""The page "Invoer provincie": Dutch errors next to the field, nothing written on bad
input, conflicts on concurrent edits, and the national amounts only for a superuser."""

from datetime import date

import pytest

from regietafel.bronnen.models import Cijferbron
from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.opgaven.models import Opgave
from tests.factories import GebruikerFactory, provinciegebruiker, synthetische_provincie

PAD = "/cyclus/invoer/?provincie=drenthe&cyclus=2025-2026"


def _pc():
    return ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026")


def _provincie_post(**waarden):
    pc = _pc()
    data = {
        "formulier": "provincie",
        "oekraine_opgave": str(pc.oekraine_opgave),
        "spuk3_pot": str(pc.spuk3_pot),
        "provincie_bedrag": str(pc.provincie_bedrag),
        "versie": str(pc.versie),
        "peildatum": "",
        "reden": "",
    }
    data.update(waarden)
    return data


@pytest.fixture
def provincie(client, rollen):
    client.force_login(rollen["provincie"])
    return rollen["provincie"]


def test_de_routekaart_linkt_naar_de_invoer(client, provincie):
    html = client.get("/cyclus/?provincie=drenthe&cyclus=2025-2026").content.decode()
    assert 'href="/cyclus/invoer/?provincie=drenthe&amp;cyclus=2025-2026"' in html


def test_de_provincie_ziet_haar_cijfers_maar_niet_de_landelijke_bedragen(client, provincie):
    html = client.get(PAD).content.decode()
    assert 'name="oekraine_opgave"' in html and 'value="5722"' in html
    assert 'name="GM0106-amv_realisatie"' in html
    assert 'name="spuk1_bedrag_per_plaats"' not in html


def test_de_provincie_slaat_haar_cijfers_op_met_peildatum(client, provincie):
    r = client.post(
        PAD, _provincie_post(spuk3_pot="", oekraine_opgave="6000", peildatum="1-9-2025")
    )
    assert r.status_code == 302 and r["Location"] == PAD
    pc = _pc()
    assert (pc.oekraine_opgave, pc.spuk3_pot) == (6000, None)
    bron = Cijferbron.objects.get(model="cycli.provinciecyclus", object_id=pc.pk, veld="spuk3_pot")
    assert (bron.bron.persoon, bron.peildatum) == (provincie.username, date(2025, 9, 1))
    assert "De cijfers van de provincie zijn opgeslagen." in client.get(PAD).content.decode()


@pytest.mark.parametrize(
    "veld, waarde, melding",
    [
        (
            "oekraine_opgave",
            "-5",
            "Provinciale Oekraïne-opgave: het getal kan niet negatief zijn (-5).",
        ),
        (
            "spuk3_pot",
            "veel",
            "SPUK 3-budget (euro): vul een heel getal in, zonder punten of letters.",
        ),
        ("oekraine_opgave", "", "Provinciale Oekraïne-opgave: vul een getal in."),
        ("peildatum", "31-02-2025", "is geen datum"),
    ],
)
def test_onjuiste_invoer_geeft_een_nederlandse_fout_bij_het_veld(
    client, provincie, veld, waarde, melding
):
    voor = _pc()
    r = client.post(PAD, _provincie_post(**{veld: waarde}))
    assert r.status_code == 400
    html = r.content.decode()
    assert f'id="id_{veld}-fout">' in html and melding in html
    na = _pc()
    assert (na.oekraine_opgave, na.spuk3_pot, na.versie) == (
        voor.oekraine_opgave,
        voor.spuk3_pot,
        voor.versie,
    )


def test_een_gelijktijdige_wijziging_wordt_niet_overschreven(client, provincie):
    oud = _provincie_post(oekraine_opgave="6000")
    assert client.post(PAD, oud).status_code == 302
    r = client.post(PAD, {**oud, "oekraine_opgave": "7000"})
    assert r.status_code == 409
    html = r.content.decode()
    assert f"intussen gewijzigd door {provincie.username}" in html
    assert "Huidige waarde: Provinciale Oekraïne-opgave: 6000; SPUK 3-budget (euro): 983686" in html
    assert _pc().oekraine_opgave == 6000


def _gemeenten_post(client, **wijzigingen):
    """The posted table as the browser sends it: every shown value and its hidden initial."""
    form = client.get(PAD).context["gemeenten_form"]
    data = {"formulier": "gemeenten", "peildatum": "", "reden": ""}
    for naam, veld in form.fields.items():
        if naam in ("peildatum", "reden"):
            continue
        waarde = form.initial.get(naam)
        tekst = "" if waarde is None else str(waarde)
        data[naam] = tekst
        if veld.show_hidden_initial:
            data[f"initial-{naam}"] = tekst
    data.update(wijzigingen)
    return data


def _opgave(cbs, categorie):
    return Opgave.objects.get(gemeente__cbs_code=cbs, cyclus__naam="2025-2026", categorie=categorie)


def test_de_provincie_voert_realisatie_per_gemeente_in(client, provincie):
    ongewijzigd = _opgave("GM0114", "amv")
    data = _gemeenten_post(
        client, **{"GM0106-amv_realisatie": "12", "GM0106-oekraine_ambitie": "300"}
    )
    r = client.post(PAD, data)
    assert r.status_code == 302
    assert _opgave("GM0106", "amv").realisatie == 12
    assert _opgave("GM0106", "oekraine").ambitie == 300
    emmen = _opgave("GM0114", "amv")
    assert (emmen.realisatie, emmen.versie) == (ongewijzigd.realisatie, ongewijzigd.versie)
    assert "(2 gewijzigd)" in client.get(PAD).content.decode()


def test_een_negatieve_realisatie_staat_in_de_rij_en_niets_wordt_bewaard(client, provincie):
    voor = _opgave("GM0106", "amv").realisatie
    data = _gemeenten_post(client, **{"GM0106-amv_realisatie": "12", "GM0114-amv_realisatie": "-1"})
    r = client.post(PAD, data)
    assert r.status_code == 400
    html = r.content.decode()
    assert 'id="id_GM0114-amv_realisatie-fout"' in html
    assert "Realisatie AMV Emmen: het getal kan niet negatief zijn (-1)." in html
    assert _opgave("GM0106", "amv").realisatie == voor


def test_een_gelijktijdige_wijziging_van_een_gemeente_botst(client, provincie):
    data = _gemeenten_post(client, **{"GM0106-amv_realisatie": "12"})
    assert client.post(PAD, data).status_code == 302
    r = client.post(PAD, {**data, "GM0106-amv_realisatie": "13"})
    assert r.status_code == 409
    assert _opgave("GM0106", "amv").realisatie == 12


def test_een_andere_provincie_mag_drenthe_niet_invoeren(client, drenthe):
    code, _ = synthetische_provincie()
    client.force_login(provinciegebruiker(code))
    assert client.get(PAD).status_code == 403
    assert client.post(PAD, _provincie_post(oekraine_opgave="1")).status_code == 403
    assert _pc().oekraine_opgave == 5722


def test_een_beheerder_voert_de_landelijke_bedragen_in(client, drenthe):
    client.force_login(GebruikerFactory(is_superuser=True))
    html = client.get(PAD).content.decode()
    assert 'name="spuk1_bedrag_per_plaats"' in html and 'value="2000"' in html
    c = Cyclus.objects.get(naam="2025-2026")
    data = {
        "formulier": "regels",
        "spuk1_bedrag_per_plaats": "2100",
        "spuk2_bedrag_per_plaats": "",
        "amv_landelijk": "8140",
        "versie": str(c.versie),
        "peildatum": "",
        "reden": "",
    }
    assert client.post(PAD, {**data, "amv_landelijk": "-8"}).status_code == 400
    assert Cyclus.objects.get(naam="2025-2026").amv_landelijk == 8140
    assert client.post(PAD, data).status_code == 302
    c = Cyclus.objects.get(naam="2025-2026")
    assert (c.regels["spuk1_bedrag_per_plaats"], c.regels["spuk2_bedrag_per_plaats"]) == (
        2100,
        None,
    )
