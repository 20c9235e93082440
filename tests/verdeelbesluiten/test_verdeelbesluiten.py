"""Recording the minister's verdeelbesluit, its frozen figures, and the supervision evidence."""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from regietafel.domain.routekaart import Invoerfout
from regietafel.domain.verdeelbesluit import som
from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from regietafel.routekaart.services import routekaart_overzicht
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import Conflict, GeenToegang
from regietafel.verdeelbesluiten import services as vb
from regietafel.verdeelbesluiten.models import VastgesteldBesluit, Verdeelbesluit
from tests.factories import ministeriegebruiker, provinciegebruiker, synthetische_provincie
from tests.verdeelbesluiten.hulp import besluit_waarden

DRENTHE, CYCLUS = "drenthe", "2025-2026"


def besluit_gelijk_aan_concept(plus=None):
    return besluit_waarden(plus=plus)


def leg_vast(gebruiker, waarden, versie=0, provincie=DRENTHE, cyclus=CYCLUS, **extra):
    return vb.leg_besluit_vast(
        toegang(gebruiker),
        gebruiker,
        provincie,
        cyclus,
        datum=extra.get("datum", date(2024, 12, 20)),
        bron=extra.get("bron", "Verdeelbesluit asielopvang, kenmerk 2024-0001"),
        waarden=waarden,
        versie=versie,
    )


def test_drenthe_cyclus_1_heeft_een_concept_en_nog_geen_besluit(drenthe):
    o = vb.overzicht(DRENTHE, CYCLUS, toegang(ministeriegebruiker()))
    assert o.besluit is None and o.sluitend and o.concept_rest == 0
    assert o.provinciaal_bron == "verdeling zoals gepubliceerd"
    assert all(p == k for r in o.regels for p, k, _, _ in r.cellen)


def test_het_ministerie_legt_vast_en_het_verschil_blijft_zoals_het_was(drenthe):
    ministerie = ministeriegebruiker()
    b = leg_vast(ministerie, besluit_gelijk_aan_concept(plus={("GM0106", "amv", "2025"): 10}))
    assert b.nummer == 1
    stappen = routekaart_overzicht(DRENTHE, CYCLUS, peildatum=date(2026, 12, 3)).regels
    assert [r.stap.code for r in stappen if r.te_laat] == ["realisatie"]  # step 8 is done
    o = vb.overzicht(DRENTHE, CYCLUS, toegang(ministerie))
    bekend = [
        (v.cbs_code, v.categorie, v.jaar, v.delta) for v in o.verschillen if v.oud is not None
    ]
    assert bekend == [("GM0106", "amv", "2025", 10)]
    # Noordenveld left its regular offer unknown; the decision names 0 there.
    assert {(v.cbs_code, v.oud, v.nieuw) for v in o.verschillen if v.oud is None} == {
        ("GM1699", None, 0)
    }
    # Later data: Assen offers more. The decided figures and the difference stay as recorded.
    Aanbod.objects.filter(gemeente__cbs_code="GM0106", categorie="amv").update(plaatsen=500)
    o = vb.overzicht(DRENTHE, CYCLUS, toegang(ministerie))
    assert [v.delta for v in o.verschillen if v.oud is not None] == [10]
    with pytest.raises(VastgesteldBesluit):
        b.save()
    with pytest.raises(VastgesteldBesluit):
        Verdeelbesluit.objects.filter(pk=b.pk).update(bron="anders")
    with pytest.raises(VastgesteldBesluit):
        b.delete()
    assert b.history.count() == 1


def test_een_correctie_is_een_nieuwe_versie_en_een_oude_versie_geeft_een_conflict(drenthe):
    ministerie = ministeriegebruiker()
    waarden = besluit_gelijk_aan_concept()
    leg_vast(ministerie, waarden)
    with pytest.raises(Conflict):
        leg_vast(ministerie, waarden, versie=0)  # the user had not seen version 1
    tweede = leg_vast(ministerie, waarden, versie=1)
    assert tweede.nummer == 2
    assert vb.laatste_besluit(DRENTHE, CYCLUS).pk == tweede.pk
    assert [v.nummer for v in vb.besluiten(DRENTHE, CYCLUS)] == [2, 1]


def test_alleen_het_ministerie_legt_vast(drenthe):
    with pytest.raises(GeenToegang):
        leg_vast(provinciegebruiker(), besluit_gelijk_aan_concept())
    assert not Verdeelbesluit.objects.exists()


@pytest.mark.parametrize(
    "wijzig, veld",
    [
        (lambda w: w["GM0106"]["amv"].pop("2025"), "GM0106_amv_2025"),
        (lambda w: w["GM0106"]["amv"].__setitem__("2025", -1), "GM0106_amv_2025"),
        (lambda w: w.__setitem__("GM9999", {}), "gemeente"),
    ],
)
def test_een_onvolledig_of_fout_besluit_wordt_geweigerd(drenthe, wijzig, veld):
    waarden = besluit_gelijk_aan_concept()
    wijzig(waarden)
    with pytest.raises(Invoerfout) as fout:
        leg_vast(ministeriegebruiker(), waarden)
    assert fout.value.veld == veld
    assert not Verdeelbesluit.objects.exists()


def test_bron_en_datum_worden_gecontroleerd(drenthe):
    with pytest.raises(Invoerfout, match="bron"):
        leg_vast(ministeriegebruiker(), besluit_gelijk_aan_concept(), bron="  ")
    with pytest.raises(Invoerfout, match="toekomst"):
        leg_vast(ministeriegebruiker(), besluit_gelijk_aan_concept(), datum=date(2999, 1, 1))


def test_het_publiek_ziet_het_besluit_maar_niet_het_concept(drenthe):
    leg_vast(ministeriegebruiker(), besluit_gelijk_aan_concept())
    from regietafel.services.toegang import Toegang

    o = vb.overzicht(DRENTHE, CYCLUS, Toegang(rol=None))
    assert o.besluit is not None and not o.concept_zichtbaar
    assert all(k is None for r in o.regels for _, k, _, _ in r.cellen)
    assert vb.overzicht_als_dict(o)["concept"] is None


def test_een_provincie_met_tekort_van_de_generator_krijgt_de_rest_naar_rato(drenthe):
    code, _ = synthetische_provincie("Flevoland")
    verdeling, c = vb.concept(code, CYCLUS)
    g = verdeling.gegevens
    for deel in c.delen:
        opgave = sum(g.cijfers[x.cbs_code].opgave.get(deel.categorie) or 0 for x in g.gemeenten)
        aanbod = som(verdeling.waarden, deel.categorie.value, str(deel.jaar))
        assert som(c.waarden, deel.categorie.value, str(deel.jaar)) == max(opgave, aanbod)
        for t in deel.oplossing.toewijzingen:
            if t.extra:
                assert t.aanbod < t.opgave


def test_toezicht_na_het_besluit_met_de_standaardladder(drenthe):
    leg_vast(
        ministeriegebruiker(),
        besluit_gelijk_aan_concept(plus={("GM0114", "asiel_regulier", "2025"): 1000}),
    )
    s = vb.toezicht(DRENTHE, CYCLUS, date(2026, 1, 15))
    assert s.standaardladder and s.toezicht.jaar == 2025
    emmen = next(g for g in s.toezicht.gemeenten if g.cbs_code == "GM0114")
    assert emmen.tekort >= 1000 and emmen.tekort_sinds == date(2025, 7, 1)
    assert emmen.maanden == 6 and emmen.stap.naam == "Formele aanwijzing / instructie"
    assert vb.toezicht_als_dict(s)["gemeenten"][0]["cbsCode"]


def test_toezicht_zonder_besluit_is_er_niet(drenthe):
    s = vb.toezicht(DRENTHE, CYCLUS)
    assert s.besluit is None and s.toezicht is None


def test_toezicht_landelijk_in_een_vast_aantal_queries(drenthe):
    leg_vast(ministeriegebruiker(), besluit_gelijk_aan_concept())

    def tel():
        with CaptureQueriesContext(connection) as q:
            uit = vb.toezicht_landelijk(CYCLUS, date(2026, 1, 1))
        return len(q.captured_queries), uit

    een, uit = tel()
    assert uit["drenthe"].toezicht is not None
    for naam in ("Flevoland", "Friesland", "Zeeland"):
        synthetische_provincie(naam)
    meer, uit = tel()
    assert len(uit) == 4 and meer == een
    assert Locatie.objects.exclude(gemeente__provincie__code=DRENTHE).exists()


def test_cyclus_2027_2028_werkt_ook(drenthe):
    o = vb.overzicht(DRENTHE, "2027-2028", toegang(ministeriegebruiker()))
    assert o.besluit is None and [k[1] for k in o.koppen] == ["2027", "2028", "2027", "2028"]


def test_een_eigen_ladder_van_de_provincie_in_de_cyclus_telt(drenthe):
    from regietafel.cycli.models import ProvincieCyclus
    from regietafel.verdeelbesluiten.admin import LadderForm

    pc = ProvincieCyclus.objects.get(provincie__code=DRENTHE, cyclus__naam=CYCLUS)
    fout = LadderForm({"provincie_cyclus": pc.pk, "stappen": '[{"naam": "Signaal", '
                       '"omschrijving": "", "drempel": 0}]'})  # fmt: skip
    assert not fout.is_valid() and "positief heel getal" in str(fout.errors["stappen"])
    stappen = json.dumps([{"naam": "Brief", "omschrijving": "", "drempel": 2},
                          {"naam": "Overleg", "omschrijving": "", "drempel": 20}])  # fmt: skip
    form = LadderForm({"provincie_cyclus": pc.pk, "stappen": stappen})
    assert form.is_valid(), form.errors
    form.save()
    leg_vast(
        ministeriegebruiker(),
        besluit_gelijk_aan_concept(plus={("GM0114", "asiel_regulier", "2025"): 1000}),
    )
    s = vb.toezicht(DRENTHE, CYCLUS, date(2026, 1, 15))
    emmen = next(g for g in s.toezicht.gemeenten if g.cbs_code == "GM0114")
    assert not s.standaardladder and emmen.stap.naam == "Brief"
    # Another cycle of the province keeps the default.
    assert vb.toezicht(DRENTHE, "2027-2028", date(2026, 1, 15)).standaardladder


def test_het_concept_van_een_sluitende_provincie_is_haar_bekrachtigde_versie(drenthe):
    from regietafel.verdelingen.services import bekrachtig, maak_concept

    provincie = provinciegebruiker()
    waarden = besluit_gelijk_aan_concept(plus={("GM0106", "asiel_regulier", "2025"): -100})
    versie = bekrachtig(
        maak_concept(DRENTHE, CYCLUS, waarden, provincie, "test"),
        date(2024, 9, 15),
        "bestuurlijke PRT 15-9-2024",
        provincie,
    )
    verdeling, c = vb.concept(DRENTHE, CYCLUS)
    assert verdeling.bron == "bekrachtigde verdeling, versie 1 van 15-9-2024"
    assert c.sluitend and c.waarden == versie.waarden
    assert c.waarden["GM0106"]["asiel_regulier"]["2025"] == 900
