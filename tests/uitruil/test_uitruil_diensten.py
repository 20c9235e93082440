"""Exchanges through the service: who may propose, confirm and ratify; nothing written on
bad input; the audit trail; the balances with and without."""

from datetime import date

import pytest

from regietafel.domain.model import Categorie
from regietafel.domain.uitruil import UitruilFout, UitruilStatus
from regietafel.services.wijzigingen import Conflict, GeenToegang
from regietafel.uitruil.models import Uitruil
from regietafel.uitruil.services import (
    bekrachtig,
    bevestig,
    overzicht_als_dict,
    stel_voor,
    uitruil_overzicht,
    uitruil_zinnen,
)
from regietafel.verdelingen.services import bekrachtig as bekrachtig_versie
from regietafel.verdelingen.services import maak_concept
from tests.conftest import ASSEN, EMMEN
from tests.factories import gemeentegebruiker
from tests.uitruil.hulp import voorstel

C1 = ("drenthe", "2025-2026")
COEVORDEN = "GM0109"


def _saldo(o, code, cat, jaar):
    return next(s for s in o.saldi if (s.cbs_code, s.categorie, s.jaar) == (code, cat, jaar))


@pytest.mark.django_db
def test_voorstel_van_assen_bevestigd_door_emmen_verandert_beide_saldi(rollen):
    voor = uitruil_overzicht(*C1)
    u = stel_voor(*C1, voorstel(), rollen["gemeente_a"], "ruil in overleg")
    assert u.to_domain().akkoord_a and not u.to_domain().akkoord_b
    # A proposal does not count yet.
    assert uitruil_overzicht(*C1).saldi == voor.saldi
    bevestig(u, rollen["gemeente_b"], u.versie)
    na = uitruil_overzicht(*C1)
    assert na.regels[0].status is UitruilStatus.BEVESTIGD
    for code, cat, verschil in [
        (ASSEN, Categorie.AMV, 20),
        (EMMEN, Categorie.AMV, -20),
        (ASSEN, Categorie.ASIEL_REGULIER, -60),
        (EMMEN, Categorie.ASIEL_REGULIER, 60),
    ]:
        oud, nieuw = _saldo(voor, code, cat, 2025), _saldo(na, code, cat, 2025)
        assert nieuw.opgave_met_uitruil == oud.opgave + verschil
        assert nieuw.saldo_met_uitruil == oud.saldo - verschil
    for cat in (Categorie.AMV, Categorie.ASIEL_REGULIER):
        totaal = _saldo(na, None, cat, 2026)
        assert totaal.opgave_met_uitruil == totaal.opgave == _saldo(voor, None, cat, 2026).opgave


@pytest.mark.django_db
def test_derde_gemeente_kan_geen_uitruil_voorstellen_en_er_wordt_niets_geschreven(rollen):
    coevorden = gemeentegebruiker(COEVORDEN)
    with pytest.raises(GeenToegang, match="Uw gemeente is geen partij bij deze uitruil"):
        stel_voor(*C1, voorstel(), coevorden)
    assert not Uitruil.objects.exists()
    assert not Uitruil.history.exists()


@pytest.mark.django_db
def test_dezelfde_gemeente_aan_beide_kanten_schrijft_niets(rollen):
    with pytest.raises(UitruilFout, match="Assen staat aan beide kanten"):
        stel_voor(*C1, voorstel(gemeente_b=ASSEN), rollen["provincie"])
    assert not Uitruil.objects.exists()


@pytest.mark.django_db
def test_ministerie_stelt_niets_voor(rollen):
    with pytest.raises(GeenToegang):
        stel_voor(*C1, voorstel(), rollen["ministerie"])


@pytest.mark.django_db
def test_voorstel_van_de_provincie_vraagt_beide_gemeenten(rollen):
    u = stel_voor(*C1, voorstel(), rollen["provincie"])
    with pytest.raises(GeenToegang, match="Alleen de gemeenten zelf"):
        bevestig(u, rollen["provincie"], u.versie)
    u = bevestig(u, rollen["gemeente_a"], u.versie)
    assert u.to_domain().status is UitruilStatus.VOORGESTELD
    u = bevestig(u, rollen["gemeente_b"], u.versie)
    assert u.to_domain().status is UitruilStatus.BEVESTIGD


@pytest.mark.django_db
def test_derde_gemeente_kan_niet_bevestigen(rollen):
    u = stel_voor(*C1, voorstel(), rollen["gemeente_a"])
    with pytest.raises(GeenToegang, match="geen partij"):
        bevestig(u, gemeentegebruiker(COEVORDEN), u.versie)
    u.refresh_from_db()
    assert u.akkoord_b_op is None and u.versie == 1


@pytest.mark.django_db
def test_bevestigen_op_een_oude_versie_geeft_een_conflict(rollen):
    u = stel_voor(*C1, voorstel(), rollen["provincie"])
    oud = u.versie
    bevestig(u, rollen["gemeente_a"], oud)
    with pytest.raises(Conflict):
        bevestig(u, rollen["gemeente_b"], oud)
    u.refresh_from_db()
    assert u.akkoord_b_op is None


@pytest.mark.django_db
def test_historie_legt_voorstel_en_bevestiging_vast(rollen):
    u = stel_voor(*C1, voorstel(), rollen["gemeente_a"])
    bevestig(u, rollen["gemeente_b"], u.versie)
    records = list(u.history.order_by("history_date", "history_id"))
    assert [r.history_change_reason for r in records] == ["voorgesteld", "bevestigd"]
    assert records[-1].history_user == rollen["gemeente_b"]
    delta = records[-1].diff_against(records[0])
    gewijzigd = {c.field: (c.old, c.new) for c in delta.changes}
    assert gewijzigd["akkoord_b_op"][0] is None and gewijzigd["akkoord_b_op"][1] is not None
    assert gewijzigd["versie"] == (1, 2)


@pytest.mark.django_db
def test_provincie_bekrachtigt_met_een_bekrachtigde_verdelingsversie(rollen):
    u = stel_voor(*C1, voorstel(), rollen["gemeente_a"])
    concept = maak_concept(*C1, None, rollen["provincie"], bron="test")
    u = bevestig(u, rollen["gemeente_b"], u.versie)
    with pytest.raises(UitruilFout, match="nog niet bekrachtigd"):
        bekrachtig(u, concept, rollen["provincie"], u.versie)
    with pytest.raises(GeenToegang):
        bekrachtig(u, concept, rollen["gemeente_a"], u.versie)
    versie = bekrachtig_versie(concept, date(2024, 10, 1), "PRT", rollen["provincie"])
    u = bekrachtig(u, versie, rollen["provincie"], u.versie)
    o = uitruil_overzicht(*C1)
    assert o.regels[0].status is UitruilStatus.BEKRACHTIGD
    assert o.regels[0].status_tekst == f"bekrachtigd met verdelingsversie {versie.nummer}"
    with pytest.raises(UitruilFout, match="al bekrachtigd"):
        bevestig(u, rollen["gemeente_b"], u.versie)


@pytest.mark.django_db
def test_statushouders_in_ruil_staan_in_de_effecten_en_de_zinnen_voor_het_verslag(rollen):
    u = stel_voor(
        *C1,
        voorstel(categorie_b="statushouders", aantal_b=12, perioden_b="2026-1"),
        rollen["gemeente_b"],
    )
    assert uitruil_zinnen(*C1) == ()
    bevestig(u, rollen["gemeente_a"], u.versie)
    o = uitruil_overzicht(*C1)
    statushouders = [
        (e.gemeente, e.periode, e.verschil) for e in o.effecten if e.periode == "2026-1"
    ]
    assert statushouders == [("Assen", "2026-1", -12), ("Emmen", "2026-1", 12)]
    (zin,) = uitruil_zinnen(*C1)
    assert "Emmen neemt in ruil 12 statushouders over van Assen (2026-1)" in zin
    assert zin.endswith("Status: bevestigd door beide gemeenten.")
    data = overzicht_als_dict(o)
    assert data["uitruilen"][0]["overnames"][1]["perioden"] == ["2026-1"]
    assert {e["categorie"] for e in data["effecten"]} == {"amv", "statushouders"}


@pytest.mark.django_db
def test_export_herstel_export_met_een_bekrachtigde_uitruil_is_byte_identiek(rollen):
    from tests.services.test_exporteren import _rondje

    u = stel_voor(*C1, voorstel(), rollen["gemeente_a"], "met toelichting")
    u = bevestig(u, rollen["gemeente_b"], u.versie)
    concept = maak_concept(*C1, None, rollen["provincie"], bron="test")
    versie = bekrachtig_versie(concept, date(2024, 10, 1), "PRT", rollen["provincie"])
    bekrachtig(u, versie, rollen["provincie"], u.versie)
    _inhoud, geteld = _rondje()
    assert geteld["uitruil.uitruil"] == 1
    assert geteld["uitruil.historicaluitruil"] == 3
    assert uitruil_overzicht(*C1).regels[0].status is UitruilStatus.BEKRACHTIGD
