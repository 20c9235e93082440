"""Entering the province's inputs and the cycle's national amounts: values stored, the
audit trail with old and new values, the person and peildatum as source, conflicts on
concurrent edits, and bad input that writes nothing."""

from datetime import date

import pytest

from regietafel.bronnen.models import Cijferbron
from regietafel.cycli.invoer import (
    Ongeldig,
    bewaar_gemeenten,
    bewaar_provincie,
    bewaar_regels,
    invoer_overzicht,
)
from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.opgaven.models import Opgave
from regietafel.provincies.models import Gemeente
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import Conflict, GeenToegang
from tests.factories import GebruikerFactory

CYCLUS = "2025-2026"
PEILDATUM = date(2025, 9, 1)


def _pc():
    return ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam=CYCLUS)


def _bron(obj, veld):
    return Cijferbron.objects.select_related("bron").get(
        model=obj._meta.label_lower, object_id=obj.pk, veld=veld
    )


def _opgave(cbs, categorie):
    return Opgave.objects.get(gemeente__cbs_code=cbs, cyclus__naam=CYCLUS, categorie=categorie)


def test_provincie_bewaart_opgave_en_potten_met_historie_en_bron(rollen):
    p = rollen["provincie"]
    pc = _pc()
    waarden = {"oekraine_opgave": 6000, "spuk3_pot": None, "provincie_bedrag": 400000}
    bewaar_provincie(toegang(p), p, "drenthe", CYCLUS, waarden, pc.versie, PEILDATUM, "brief BZK")
    pc = _pc()
    assert (pc.oekraine_opgave, pc.spuk3_pot, pc.provincie_bedrag) == (6000, None, 400000)
    laatste, vorige = pc.history.order_by("-history_id")[:2]
    verschil = {c.field: (c.old, c.new) for c in laatste.diff_against(vorige).changes}
    assert verschil["oekraine_opgave"] == (5722, 6000)
    assert verschil["spuk3_pot"] == (983686, None)
    assert verschil["provincie_bedrag"] == (408653, 400000)
    assert laatste.history_user == p and laatste.history_change_reason == "brief BZK"
    bron = _bron(pc, "oekraine_opgave")
    assert (bron.bron.soort, bron.bron.persoon, bron.peildatum) == (
        "persoon",
        p.username,
        PEILDATUM,
    )
    assert _bron(pc, "spuk3_pot").peildatum == PEILDATUM


def test_onveranderd_cijfer_houdt_zijn_bron(rollen):
    p = rollen["provincie"]
    pc = _pc()
    document = _bron(pc, "oekraine_opgave").bron
    waarden = {"oekraine_opgave": 5722, "spuk3_pot": 983686, "provincie_bedrag": 1}
    bewaar_provincie(toegang(p), p, "drenthe", CYCLUS, waarden, pc.versie, PEILDATUM)
    assert _bron(pc, "oekraine_opgave").bron == document
    assert _bron(pc, "provincie_bedrag").bron.persoon == p.username


def test_peildatum_is_standaard_vandaag(rollen, monkeypatch):
    from regietafel.services import klok

    monkeypatch.setattr(klok, "vandaag", lambda: date(2025, 10, 2))
    p = rollen["provincie"]
    pc = _pc()
    waarden = {"oekraine_opgave": 6001}
    bewaar_provincie(toegang(p), p, "drenthe", CYCLUS, waarden, pc.versie)
    assert _bron(pc, "oekraine_opgave").peildatum == date(2025, 10, 2)


def test_gelijktijdige_wijziging_van_de_provincie_geeft_een_conflict(rollen):
    p = rollen["provincie"]
    versie = _pc().versie
    bewaar_provincie(toegang(p), p, "drenthe", CYCLUS, {"oekraine_opgave": 6000}, versie)
    with pytest.raises(Conflict) as fout:
        bewaar_provincie(toegang(p), p, "drenthe", CYCLUS, {"oekraine_opgave": 7000}, versie)
    assert fout.value.door == p.username
    assert fout.value.huidige["oekraine_opgave"] == 6000
    assert _pc().oekraine_opgave == 6000


@pytest.mark.parametrize(
    "waarden, code",
    [
        ({"oekraine_opgave": -1}, "negatief"),
        ({"oekraine_opgave": "veel"}, "geen_getal"),
        ({"oekraine_opgave": None}, "verplicht"),
        ({"oekraine_opgave": 10, "spuk3_pot": -5}, "negatief"),
    ],
)
def test_onjuiste_invoer_schrijft_niets(rollen, waarden, code):
    p = rollen["provincie"]
    pc = _pc()
    with pytest.raises(Ongeldig) as fout:
        bewaar_provincie(toegang(p), p, "drenthe", CYCLUS, waarden, pc.versie)
    assert fout.value.code == code
    na = _pc()
    assert (na.oekraine_opgave, na.spuk3_pot, na.versie) == (5722, 983686, pc.versie)
    assert na.history.count() == pc.history.count()


def test_negatief_getal_heeft_een_nederlandse_melding(rollen):
    p = rollen["provincie"]
    with pytest.raises(Ongeldig) as fout:
        bewaar_provincie(toegang(p), p, "drenthe", CYCLUS, {"oekraine_opgave": -3}, 1)
    assert str(fout.value) == "Provinciale Oekraïne-opgave: het getal kan niet negatief zijn (-3)."


def test_peildatum_in_de_toekomst_is_onjuist(rollen):
    p = rollen["provincie"]
    with pytest.raises(Ongeldig) as fout:
        bewaar_provincie(
            toegang(p), p, "drenthe", CYCLUS, {"oekraine_opgave": 1}, _pc().versie, date(2999, 1, 1)
        )
    assert fout.value.veld == "peildatum"
    assert _pc().oekraine_opgave == 5722


@pytest.mark.parametrize("rol", ["gemeente_a", "ministerie"])
def test_gemeente_en_ministerie_mogen_de_provincie_niet_wijzigen(rollen, rol):
    u = rollen[rol]
    with pytest.raises(GeenToegang):
        bewaar_provincie(toegang(u), u, "drenthe", CYCLUS, {"oekraine_opgave": 1}, _pc().versie)
    with pytest.raises(GeenToegang):
        bewaar_gemeenten(toegang(u), u, "drenthe", CYCLUS, {"GM0106": {"amv_realisatie": 1}}, {})
    assert _pc().oekraine_opgave == 5722


def test_andere_provincie_mag_drenthe_niet_wijzigen(drenthe):
    from tests.factories import provinciegebruiker, synthetische_provincie

    code, _ = synthetische_provincie()
    u = provinciegebruiker(code)
    with pytest.raises(GeenToegang):
        bewaar_provincie(toegang(u), u, "drenthe", CYCLUS, {"oekraine_opgave": 1}, _pc().versie)


def test_realisatie_per_gemeente_met_historie_en_bron(rollen):
    p = rollen["provincie"]
    o = invoer_overzicht("drenthe", CYCLUS)
    assen = next(g for g in o.gemeenten if g.cbs_code == "GM0106")
    oud = _opgave("GM0106", "asiel_regulier").realisatie
    wijzigingen = {
        "GM0106": {
            "asiel_regulier_realisatie": oud + 10,
            "oekraine_realisatie": 300,
            "oekraine_ambitie": 400,
        }
    }
    n = bewaar_gemeenten(
        toegang(p), p, "drenthe", CYCLUS, wijzigingen, {"GM0106": assen.versies}, PEILDATUM
    )
    assert n == 2
    regulier = _opgave("GM0106", "asiel_regulier")
    assert regulier.realisatie == oud + 10
    laatste, vorige = regulier.history.order_by("-history_id")[:2]
    assert [(c.field, c.old, c.new) for c in laatste.diff_against(vorige).changes] == [
        ("realisatie", oud, oud + 10),
        ("versie", assen.versies["asiel_regulier"], assen.versies["asiel_regulier"] + 1),
    ]
    oekraine = _opgave("GM0106", "oekraine")
    assert (oekraine.realisatie, oekraine.ambitie) == (300, 400)
    assert _bron(oekraine, "ambitie").peildatum == PEILDATUM
    assert _bron(regulier, "realisatie").bron.persoon == p.username


def test_een_fout_bij_een_gemeente_schrijft_ook_de_andere_niet(rollen):
    p = rollen["provincie"]
    o = invoer_overzicht("drenthe", CYCLUS)
    versies = {g.cbs_code: g.versies for g in o.gemeenten}
    voor = _opgave("GM0106", "amv").realisatie
    with pytest.raises(Ongeldig) as fout:
        bewaar_gemeenten(
            toegang(p),
            p,
            "drenthe",
            CYCLUS,
            {"GM0106": {"amv_realisatie": 99}, "GM0114": {"amv_realisatie": -1}},
            versies,
        )
    assert fout.value.veld == "GM0114-amv_realisatie"
    assert _opgave("GM0106", "amv").realisatie == voor


def test_gelijktijdige_wijziging_van_een_gemeente_geeft_een_conflict(rollen):
    p = rollen["provincie"]
    o = invoer_overzicht("drenthe", CYCLUS)
    versies = {g.cbs_code: g.versies for g in o.gemeenten}
    bewaar_gemeenten(toegang(p), p, "drenthe", CYCLUS, {"GM0114": {"amv_realisatie": 7}}, versies)
    with pytest.raises(Conflict):
        bewaar_gemeenten(
            toegang(p), p, "drenthe", CYCLUS, {"GM0114": {"amv_realisatie": 8}}, versies
        )
    assert _opgave("GM0114", "amv").realisatie == 7


def test_nieuwe_gemeente_krijgt_een_rij_en_een_tweede_aanmaak_botst(rollen):
    p = rollen["provincie"]
    Gemeente.objects.create(
        provincie=_pc().provincie,
        cbs_code="GM9999",
        naam="Nieuwdorp",
        inwoners=100,
        inwoners_peiljaar=2024,
    )
    versies = {"GM9999": {"oekraine": 0}}
    wijziging = {"GM9999": {"oekraine_realisatie": 4}}
    bewaar_gemeenten(toegang(p), p, "drenthe", CYCLUS, wijziging, versies)
    assert _opgave("GM9999", "oekraine").realisatie == 4
    with pytest.raises(Conflict):
        bewaar_gemeenten(toegang(p), p, "drenthe", CYCLUS, wijziging, versies)
    # A row that does not exist and gets no figure is not made.
    bewaar_gemeenten(
        toegang(p), p, "drenthe", CYCLUS, {"GM9999": {"amv_realisatie": None}}, {"GM9999": {}}
    )
    assert not Opgave.objects.filter(gemeente__cbs_code="GM9999", categorie="amv").exists()


def test_alleen_een_beheerder_wijzigt_de_landelijke_bedragen(rollen):
    p = rollen["provincie"]
    c = Cyclus.objects.get(naam=CYCLUS)
    with pytest.raises(GeenToegang):
        bewaar_regels(toegang(p), p, CYCLUS, {"spuk1_bedrag_per_plaats": 1}, c.versie)
    beheerder = GebruikerFactory(is_superuser=True)
    waarden = {
        "spuk1_bedrag_per_plaats": 2500,
        "spuk2_bedrag_per_plaats": None,
        "amv_landelijk": 8140,
    }
    bewaar_regels(toegang(beheerder), beheerder, CYCLUS, waarden, c.versie, PEILDATUM)
    c = Cyclus.objects.get(naam=CYCLUS)
    assert c.regels["spuk1_bedrag_per_plaats"] == 2500
    assert c.regels["spuk2_bedrag_per_plaats"] is None
    assert c.regels["spuk3_drempel"] == "3/4"  # the other rules are left alone
    laatste, vorige = c.history.order_by("-history_id")[:2]
    verschil = {ch.field: (ch.old, ch.new) for ch in laatste.diff_against(vorige).changes}
    assert verschil["regels"][0]["spuk1_bedrag_per_plaats"] == 2000
    assert verschil["regels"][1]["spuk1_bedrag_per_plaats"] == 2500
    assert _bron(c, "spuk1_bedrag_per_plaats").peildatum == PEILDATUM
    assert not Cijferbron.objects.filter(
        model="cycli.cyclus", object_id=c.pk, veld="amv_landelijk"
    ).exists()  # unchanged
    with pytest.raises(Conflict) as fout:
        bewaar_regels(toegang(beheerder), beheerder, CYCLUS, waarden, 1)
    assert fout.value.huidige == waarden


def test_landelijke_bedragen_weigeren_een_negatief_bedrag(rollen):
    beheerder = GebruikerFactory(is_superuser=True)
    c = Cyclus.objects.get(naam=CYCLUS)
    with pytest.raises(Ongeldig):
        bewaar_regels(
            toegang(beheerder), beheerder, CYCLUS, {"spuk1_bedrag_per_plaats": -2000}, c.versie
        )
    c2 = Cyclus.objects.get(naam=CYCLUS)
    assert (c2.regels, c2.versie) == (c.regels, c.versie)
