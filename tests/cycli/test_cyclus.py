"""Running the cycle: cycle 2 from cycle 1, the consultation, distribution versions with
their ratification, and PRT meetings with carried-over actions."""

import io
from datetime import date, timedelta

import pytest
from django.utils import timezone

from regietafel.consultatie.models import Antwoord
from regietafel.consultatie.services import beantwoord, consultatie_overzicht, open_consultatie
from regietafel.cycli.models import ProvincieCyclus
from regietafel.cycli.volgende_cyclus import maak_volgende_cyclus
from regietafel.dashboard.services import routekaart_status
from regietafel.domain.routekaart import ConsultatieStatus, Invoerfout
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.overleggen.models import Actie, ActieStatus
from regietafel.overleggen.services import (
    actielijst,
    actielijst_docx,
    plan_overleg,
    voeg_actie_toe,
    voeg_agendapunt_toe,
    voeg_besluit_toe,
    zet_actiestatus,
)
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.routekaart.services import routekaart_overzicht
from regietafel.services import klok
from regietafel.services.opslag import laad_gegevens
from regietafel.services.wijzigingen import GeenToegang
from regietafel.verdelingen.models import OnveranderlijkeVersie, Verdelingsversie
from regietafel.verdelingen.services import (
    bekrachtig,
    bekrachtigde_versie,
    bekrachtiging_tekst,
    gegevens_volgens_versie,
    maak_concept,
    vergelijk,
    wijzig_versie,
)
from tests.conftest import ASSEN, EMMEN

C2 = "2027-2028"
VANDAAG = date(2026, 3, 2)


@pytest.fixture
def klokje(monkeypatch):
    """The cycle services' clock, set to `VANDAAG` and movable by the test."""
    stand = {"dag": VANDAAG}

    def zet(dag):
        stand["dag"] = dag

    monkeypatch.setattr(klok, "vandaag", lambda: stand["dag"])
    monkeypatch.setattr(
        klok,
        "nu",
        lambda: timezone.make_aware(timezone.datetime(*stand["dag"].timetuple()[:3], 10)),
    )
    return zet


def _gemeente(code):
    return Gemeente.objects.get(cbs_code=code)


# --- cycle 2 ---------------------------------------------------------------------------


def test_cyclus_2_is_uit_cyclus_1_gemaakt_zonder_verzonnen_opgaven(drenthe):
    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam=C2)
    assert pc.cyclus.landelijke_behoefte == 88000
    assert pc.cyclus.regels["alleen_duurzaam"] is True
    assert laad_gegevens("drenthe", C2).cyclus.regels.alleen_duurzaam is True
    assert laad_gegevens("drenthe", "2025-2026").cyclus.regels.alleen_duurzaam is False
    assert not Opgave.objects.filter(cyclus=pc.cyclus, opgave__isnull=False).exists()
    assert not Opgave.objects.filter(cyclus=pc.cyclus, realisatie__isnull=False).exists()
    # The commitments carry over: the 2026 offer becomes the offer of 2027 and 2028.
    assen = Aanbod.objects.get(gemeente__cbs_code=ASSEN, cyclus=pc.cyclus,
                               categorie="asiel_regulier", jaar=2028)  # fmt: skip
    assert assen.plaatsen == 1000
    emmen_amv = Aanbod.objects.get(gemeente__cbs_code=EMMEN, cyclus=pc.cyclus, categorie="amv",
                                   jaar=2027)  # fmt: skip
    assert emmen_amv.plaatsen == 50
    assert pc.oekraine_opgave == 5722 and not pc.gepubliceerd
    assert maak_volgende_cyclus("drenthe").pk == pc.pk  # only once


def test_routekaart_van_cyclus_2_staat_in_de_database(drenthe):
    o = routekaart_overzicht("drenthe", C2, peildatum=date(2026, 11, 24))
    d = {r.stap.code: r.stap.deadline for r in o.regels}
    assert d["verslag"] == date(2026, 10, 31)
    assert d["realisatie"] == date(2027, 7, 1)
    assert o.stand.volgende_deadline.code == "verdeelbesluit"
    assert "stap 8" in o.waar_staan_we


def test_gepubliceerd_verslag_rondt_de_stappen_tot_en_met_het_verslag_af(drenthe):
    # Cycle 1 was published on 1 November 2024: its report was written and sent, so the
    # steps up to it are done, although nobody ticked them off; the minister's are not.
    o = routekaart_overzicht("drenthe", "2025-2026", peildatum=date(2026, 12, 3))
    assert [r.stap.code for r in o.regels if r.te_laat] == ["verdeelbesluit", "realisatie"]
    c2 = routekaart_overzicht("drenthe", C2, peildatum=date(2026, 12, 3))
    assert len([r for r in c2.regels if r.te_laat]) == 6  # cycle 2 is not published


def test_dashboard_krijgt_de_stappen_van_de_routekaart(drenthe):
    stappen = routekaart_status("drenthe", C2)
    assert [s.stap.nummer for s in stappen][:2] == [1, 2]
    assert all(s.wat and s.wanneer and s.status for s in stappen)


# --- consultation ----------------------------------------------------------------------


def test_consultatie_gevraagd_beantwoord_te_laat_en_ontbrekend(rollen, klokje):
    c = open_consultatie(rollen["provincie"], "drenthe", C2, date(2026, 4, 1))
    assert routekaart_overzicht("drenthe", C2).stand.stappen[1].status.value == "bezig"
    beantwoord(rollen["gemeente_a"], c, _gemeente(ASSEN), "ja",
               {"asiel_regulier": {"2027": 900, "2028": 800}, "amv": {"2027": 10}})  # fmt: skip
    klokje(date(2026, 4, 3))
    beantwoord(rollen["gemeente_b"], c, _gemeente(EMMEN), "deels", {"amv": {"2027": 40}},
               "AMV-locatie later")  # fmt: skip
    o = consultatie_overzicht("drenthe", C2)
    status = {r.gemeente.cbs_code: r.status for r in o.regels}
    assert status[ASSEN] is ConsultatieStatus.BEANTWOORD
    assert status[EMMEN] is ConsultatieStatus.TE_LAAT
    assert status["GM0109"] is ConsultatieStatus.VERLOPEN
    assert len(o.ontbrekend) == 10 and o.beantwoord == 2
    # The answer set the offers of the cycle, with the municipality's user in the history.
    rij = Aanbod.objects.get(gemeente__cbs_code=ASSEN, cyclus__naam=C2,
                             categorie="asiel_regulier", jaar=2028)  # fmt: skip
    assert rij.plaatsen == 800
    laatste = rij.history.first()
    assert laatste.history_user == rollen["gemeente_a"]
    assert laatste.prev_record.plaatsen == 1000


def test_provincie_voert_een_antwoord_per_brief_in_en_wordt_vastgelegd(rollen, klokje):
    c = open_consultatie(rollen["provincie"], "drenthe", C2, date(2026, 4, 1))
    a = beantwoord(rollen["provincie"], c, _gemeente(EMMEN), "ja", {}, "per brief",
                   ontvangen_op=date(2026, 2, 27))  # fmt: skip
    assert a.ingevoerd_door == rollen["provincie"] and a.per_brief
    assert a.ontvangen_op == date(2026, 2, 27)
    # A municipality's own answer is always dated today, whatever it sends.
    b = beantwoord(rollen["gemeente_a"], c, _gemeente(ASSEN), "nee", {},
                   ontvangen_op=date(2026, 1, 1))  # fmt: skip
    assert b.ontvangen_op == VANDAAG and not b.per_brief


def test_gemeente_kan_niet_voor_een_andere_gemeente_antwoorden(rollen, klokje):
    c = open_consultatie(rollen["provincie"], "drenthe", C2, date(2026, 4, 1))
    with pytest.raises(GeenToegang):
        beantwoord(rollen["gemeente_a"], c, _gemeente(EMMEN), "ja", {"amv": {"2027": 1}})
    assert not Antwoord.objects.exists()
    assert Aanbod.objects.get(gemeente__cbs_code=EMMEN, cyclus__naam=C2, categorie="amv",
                              jaar=2027).plaatsen == 50  # fmt: skip


@pytest.mark.parametrize(
    ("voortzetten", "aanbod", "code"),
    [
        ("misschien", {}, "onbekende_keuze"),
        ("ja", {"asiel_regulier": {"2027": -5}}, "geen_aantal"),
        ("ja", {"asiel_regulier": {"2031": 5}}, "onbekend_jaar"),
        ("ja", {"oorlog": {"2027": 5}}, "onbekende_keuze"),
    ],
)
def test_fout_antwoord_wordt_geweigerd_en_er_wordt_niets_geschreven(
    rollen, klokje, voortzetten, aanbod, code
):
    c = open_consultatie(rollen["provincie"], "drenthe", C2, date(2026, 4, 1))
    with pytest.raises(Invoerfout) as fout:
        beantwoord(rollen["gemeente_a"], c, _gemeente(ASSEN), voortzetten, aanbod)
    assert fout.value.code == code and str(fout.value)
    assert not Antwoord.objects.exists()


def test_consultatie_openen_met_fouten(rollen, klokje):
    with pytest.raises(GeenToegang):
        open_consultatie(rollen["gemeente_a"], "drenthe", C2, date(2026, 4, 1))
    with pytest.raises(Invoerfout, match="in het verleden"):
        open_consultatie(rollen["provincie"], "drenthe", C2, date(2026, 3, 1))
    open_consultatie(rollen["provincie"], "drenthe", C2, date(2026, 4, 1))
    with pytest.raises(Invoerfout, match="al geopend"):
        open_consultatie(rollen["provincie"], "drenthe", C2, date(2026, 5, 1))


def test_brief_met_datum_in_de_toekomst_wordt_geweigerd(rollen, klokje):
    c = open_consultatie(rollen["provincie"], "drenthe", C2, date(2026, 4, 1))
    with pytest.raises(Invoerfout, match="toekomst"):
        beantwoord(rollen["provincie"], c, _gemeente(EMMEN), "ja", {},
                   ontvangen_op=VANDAAG + timedelta(days=1))  # fmt: skip
    assert not Antwoord.objects.exists()


# --- versions --------------------------------------------------------------------------


def test_concepten_zijn_genummerd_en_vergelijkbaar(rollen):
    p = rollen["provincie"]
    v1 = maak_concept("drenthe", C2, None, p, "puzzel")
    assert v1.nummer == 1 and v1.waarden[ASSEN]["asiel_regulier"]["2027"] == 1000
    waarden = {**v1.waarden, ASSEN: {"asiel_regulier": {"2027": 1000, "2028": 700}}}
    v2 = maak_concept("drenthe", C2, waarden, p, "scenario")
    assert v2.nummer == 2
    verschillen = vergelijk(v1, v2)
    assert [(r.gemeente, r.categorie, r.verschil.jaar, r.verschil.delta) for r in verschillen] == [
        ("Assen", "AMV", "2027", None),
        ("Assen", "AMV", "2028", None),
        ("Assen", "regulier", "2028", -300),
    ]
    with pytest.raises(Invoerfout):
        vergelijk(v1, v1)


def test_alleen_de_provincie_maakt_concepten_met_geldige_waarden(rollen):
    with pytest.raises(GeenToegang):
        maak_concept("drenthe", C2, None, rollen["gemeente_a"], "puzzel")
    with pytest.raises(Invoerfout, match="geen gemeente"):
        maak_concept("drenthe", C2, {"GM0363": {}}, rollen["provincie"], "x")
    with pytest.raises(Invoerfout, match="geen aantal"):
        maak_concept("drenthe", C2, {ASSEN: {"amv": {"2027": "veel"}}}, rollen["provincie"], "x")
    assert not Verdelingsversie.objects.exists()


def test_bekrachtigde_versie_is_onveranderlijk_via_orm_en_service(rollen, klokje):
    p = rollen["provincie"]
    v = maak_concept("drenthe", C2, None, p, "puzzel")
    bekrachtig(v, date(2026, 3, 1), "bestuurlijke PRT 1-3-2026", p)
    v.refresh_from_db()
    assert v.bekrachtigd and v.bekrachtigd_door == p
    assert routekaart_overzicht("drenthe", C2).regels[4].status.value == "afgerond"
    v.waarden = {}
    with pytest.raises(OnveranderlijkeVersie):
        v.save()
    with pytest.raises(OnveranderlijkeVersie):
        v.delete()
    with pytest.raises(OnveranderlijkeVersie):
        Verdelingsversie.objects.filter(pk=v.pk).update(waarden={})
    with pytest.raises(OnveranderlijkeVersie):
        Verdelingsversie.objects.all().delete()
    with pytest.raises(Invoerfout, match="al bekrachtigd"):
        bekrachtig(v, date(2026, 3, 2), "nog eens", p)
    v.refresh_from_db()
    assert v.waarden[ASSEN]["asiel_regulier"]["2027"] == 1000
    assert v.bekrachtigd_op == date(2026, 3, 1)
    # A change to a ratified version goes to a new concept.
    nieuw = wijzig_versie(v, {ASSEN: {"asiel_regulier": {"2027": 1}}}, p)
    assert nieuw.pk != v.pk and nieuw.gebaseerd_op == v and not nieuw.bekrachtigd
    assert bekrachtigde_versie("drenthe", C2) == v


def test_bekrachtigen_vraagt_vergadering_en_geen_toekomstige_datum(rollen, klokje):
    p = rollen["provincie"]
    v = maak_concept("drenthe", C2, None, p, "puzzel")
    with pytest.raises(Invoerfout, match="vergadering"):
        bekrachtig(v, VANDAAG, "  ", p)
    with pytest.raises(Invoerfout, match="toekomst"):
        bekrachtig(v, VANDAAG + timedelta(days=1), "PRT", p)
    with pytest.raises(GeenToegang):
        bekrachtig(v, VANDAAG, "PRT", rollen["gemeente_a"])
    v.refresh_from_db()
    assert not v.bekrachtigd


def test_verslag_wordt_gemaakt_van_de_bekrachtigde_versie(rollen, klokje):
    p = rollen["provincie"]
    v = maak_concept("drenthe", C2, {ASSEN: {"asiel_regulier": {"2027": 123}}}, p, "x")
    v = bekrachtig(v, date(2026, 2, 27), "bestuurlijke PRT", p)
    g = gegevens_volgens_versie(laad_gegevens("drenthe", C2), v)
    from regietafel.domain.model import Categorie

    assert g.cijfers[ASSEN].aanbod[(Categorie.ASIEL_REGULIER, 2027)] == 123
    assert "bekrachtigd op 27 februari 2026" in bekrachtiging_tekst(v)


def test_geen_view_kan_een_bekrachtigde_versie_wijzigen(client, rollen, klokje):
    p = rollen["provincie"]
    v = maak_concept("drenthe", C2, None, p, "puzzel")
    bekrachtig(v, VANDAAG, "bestuurlijke PRT", p)
    voor = Verdelingsversie.objects.get(pk=v.pk)
    client.force_login(p)
    r = client.post(f"/verdelingen/{v.pk}/bekrachtigen/",
                    {"datum": "2026-03-01", "vergadering": "opnieuw"})  # fmt: skip
    assert r.status_code == 400 and "al bekrachtigd" in r.content.decode()
    data = {f"{g.cbs_code}_{c}_{j}": "7" for g in Gemeente.objects.all()
            for c in ("asiel_regulier", "amv") for j in (2027, 2028)}  # fmt: skip
    r = client.post(f"/verdelingen/{v.pk}/bewerken/", data)
    assert r.status_code == 302
    na = Verdelingsversie.objects.get(pk=v.pk)
    assert (na.waarden, na.bekrachtigd_op, na.vergadering) == (
        voor.waarden, voor.bekrachtigd_op, voor.vergadering)  # fmt: skip
    assert Verdelingsversie.objects.get(nummer=2).waarden[ASSEN]["amv"]["2028"] == 7
    client.force_login(rollen["gemeente_b"])
    assert client.post(f"/verdelingen/{v.pk}/bewerken/", data).status_code == 403


# --- web: consultation ------------------------------------------------------------------


def test_gemeente_a_kan_via_het_web_niet_voor_gemeente_b_antwoorden(client, rollen, klokje):
    open_consultatie(rollen["provincie"], "drenthe", C2, date(2026, 4, 1))
    client.force_login(rollen["gemeente_a"])
    r = client.post(f"/consultatie/{EMMEN}/", {"voortzetten": "ja", "amv_2027": "1"})
    assert r.status_code == 403
    assert not Antwoord.objects.exists()


def test_fout_in_antwoordformulier_geeft_nederlandse_melding(client, rollen, klokje):
    open_consultatie(rollen["provincie"], "drenthe", C2, date(2026, 4, 1))
    client.force_login(rollen["gemeente_b"])
    r = client.post(f"/consultatie/{EMMEN}/", {"voortzetten": "ja", "amv_2027": "-1"})
    assert r.status_code == 400
    assert "Zorg ervoor dat deze waarde minstens 0 is." in r.content.decode()
    assert not Antwoord.objects.exists()


def test_provincie_voert_via_het_web_een_brief_in(client, rollen, klokje):
    open_consultatie(rollen["provincie"], "drenthe", C2, date(2026, 4, 1))
    client.force_login(rollen["provincie"])
    r = client.post(f"/consultatie/{EMMEN}/", {"voortzetten": "deels", "amv_2027": "30",
                                               "ontvangen_op": "2026-02-20"})  # fmt: skip
    assert r.status_code == 302
    a = Antwoord.objects.get()
    assert (a.ingevoerd_door, a.per_brief, a.ontvangen_op) == (
        rollen["provincie"], True, date(2026, 2, 20))  # fmt: skip
    pagina = client.get("/consultatie/?provincie=drenthe&cyclus=2027-2028").content.decode()
    assert rollen["provincie"].username in pagina


# --- meetings --------------------------------------------------------------------------


def test_open_acties_gaan_automatisch_mee_naar_het_volgende_overleg(rollen, klokje):
    p = rollen["provincie"]
    drenthe = Provincie.objects.get(code="drenthe")
    nov = plan_overleg(drenthe, date(2025, 11, 19), p, deelnemers=["COA", "ministerie"])
    punt = voeg_agendapunt_toe(nov, p, "Asielopvang", "Alle locaties zijn vol.", "Secretaris")
    a1 = voeg_actie_toe(nov, p, "Overleg met de minister inplannen", "Secretaris",
                        date(2026, 1, 31), punt)  # fmt: skip
    a2 = voeg_actie_toe(nov, p, "Gesprek met Borger-Odoorn", "COA")
    voeg_besluit_toe(nov, p, "Ingestemd met de procesaanpak cyclus 2", punt)
    zet_actiestatus(a2, p, ActieStatus.AFGEROND)
    feb = plan_overleg(drenthe, date(2026, 2, 5), p)
    assert list(feb.overgenomen_acties.all()) == [a1]
    lijst = actielijst(feb)
    assert lijst.rijen[0].onderwerp == "Openstaande acties uit eerdere overleggen"
    assert "Overleg met de minister inplannen" in lijst.rijen[0].inhoud[0]
    # Closed at the February meeting: it no longer carries over to April.
    zet_actiestatus(a1, p, ActieStatus.AFGEROND)
    apr = plan_overleg(drenthe, date(2026, 4, 20), p)
    assert not apr.overgenomen_acties.exists()
    assert Actie.objects.get(pk=a1.pk).afgerond_op == VANDAAG
    with pytest.raises(GeenToegang):
        plan_overleg(drenthe, date(2026, 6, 1), rollen["gemeente_a"])
    with pytest.raises(Invoerfout):
        voeg_actie_toe(apr, p, "", "COA")


def test_actielijst_als_docx_in_de_drentse_opmaak(rollen):
    from docx import Document

    p = rollen["provincie"]
    o = plan_overleg(Provincie.objects.get(code="drenthe"), date(2026, 2, 5), p)
    punt = voeg_agendapunt_toe(o, p, "Asielopvang", "De asielopvang zit vol.", "Secretaris")
    voeg_actie_toe(o, p, "Verkennen van defensielocaties", "COA", None, punt)
    voeg_besluit_toe(o, p, "Brief aan de colleges over cyclus 2", punt)
    doc = Document(io.BytesIO(actielijst_docx(o)))
    assert doc.paragraphs[0].text == "Actielijst provinciale regietafel asiel Drenthe"
    assert "5 februari 2026" in doc.paragraphs[1].text
    tabel = doc.tables[0]
    assert [c.text for c in tabel.rows[0].cells] == ["Agendapunt", "Inhoud", "Door wie?"]
    rij = [c.text for c in tabel.rows[1].cells]
    assert rij[0] == "Asielopvang"
    assert "Besluit: Brief aan de colleges over cyclus 2" in rij[1]
    assert "Actie: Verkennen van defensielocaties" in rij[1]
    assert rij[2] == "Secretaris\nCOA"
