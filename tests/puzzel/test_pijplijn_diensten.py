"""Moving locations through the pipeline, and the realisation timing of Drenthe."""

from datetime import date

import pytest

from regietafel.domain.pijplijn import Fase, Fasefout
from regietafel.locaties.models import Faseovergang, Locatie
from regietafel.opgaven.historie import historie
from regietafel.puzzel.pijplijn import (
    aanbod_per_fase,
    realisatie_als_dict,
    realisatie_overzicht,
    tijdlijn,
    zet_fase,
)
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import Conflict, GeenToegang
from tests.factories import (
    GemeenteFactory,
    GeplandeLocatieFactory,
    gemeentegebruiker,
    ministeriegebruiker,
    provinciegebruiker,
)

EMMEN_AMV = {"gemeente__cbs_code": "GM0114", "soort": "amv"}


def _emmen_amv():
    return Locatie.objects.select_related("gemeente__provincie").get(**EMMEN_AMV)


@pytest.fixture
def wereld(db):
    """A planned AMV location (phase idee) of a municipality of a new province, and one
    user of that municipality, of another municipality of the province, of the province
    and of the ministry."""
    loc = GeplandeLocatieFactory()
    g = loc.gemeente
    return {
        "locatie": loc,
        "gemeente": gemeentegebruiker(g.cbs_code),
        "andere_gemeente": gemeentegebruiker(GemeenteFactory(provincie=g.provincie).cbs_code),
        "provincie": provinciegebruiker(g.provincie.code),
        "ministerie": ministeriegebruiker(),
    }


def _opnieuw(loc):
    return Locatie.objects.select_related("gemeente__provincie").get(pk=loc.pk)


def _zet(gebruiker, fase, datum=date(2025, 1, 15), bron="raadsbesluit 12-3-2025", loc=None):
    loc = loc or _emmen_amv()
    return zet_fase(toegang(gebruiker), gebruiker, loc, fase, datum, bron, loc.versie)


def test_drenthe_realisatie_op_de_dag_van_het_verslag(drenthe):
    r = realisatie_overzicht("drenthe", "2025-2026", date(2024, 10, 31)).realisatie
    assert r.realisatiedatum == date(2025, 7, 1)
    # The four AMV units "nog te realiseren": 200 places not in use when the report was made.
    assert sorted((loc.cbs_code, loc.soort.value) for loc in r.niet_in_gebruik) == [
        ("GM0114", "amv"), ("GM1681", "amv"), ("GM1690", "amv"), ("GM1731", "amv"),
    ]  # fmt: skip
    assert r.plaatsen_niet_in_gebruik == 200
    # Westerveld's 75 NO and 25 TGO places end on 31-12-2024, before 1 July 2025.
    assert sorted(
        (loc.cbs_code, loc.soort.value, loc.plaatsen, loc.beschikbaar_tot)
        for loc in r.aflopend_voor_realisatiedatum
    ) == [
        ("GM1701", "no", 75, date(2024, 12, 31)),
        ("GM1701", "tgo", 25, date(2024, 12, 31)),
    ]
    assert r.plaatsen == 4155  # every listed place of Bijlage 1
    assert r.in_gebruik_op_realisatiedatum == 4155 - 200 - 100


def test_drenthe_nog_steeds_200_plaatsen_niet_in_gebruik_zolang_niets_is_verplaatst(drenthe):
    d = realisatie_als_dict(realisatie_overzicht("drenthe", "2025-2026", date(2026, 12, 1)))
    assert d["nietInGebruik"]["plaatsen"] == 200
    assert d["aflopendVoorRealisatiedatum"]["plaatsen"] == 100
    assert d["realisatiedatum"] == "2025-07-01"


def test_gemeente_zet_eigen_locatie_een_fase_verder_met_historie(rollen):
    emmen = rollen["gemeente_b"]
    loc = _zet(emmen, Fase.COLLEGEBESLUIT, bron="collegebesluit 14-1-2025")
    assert loc.fase == "collegebesluit" and loc.versie == 2
    t = tijdlijn(loc)
    assert [(r.fase, r.door) for r in t.regels] == [
        (Fase.IDEE, "systeem (import)"),
        (Fase.COLLEGEBESLUIT, emmen.username),
    ]
    assert t.volgende == (Fase.RAADSBESLUIT, Fase.BEEINDIGD)
    regel = historie(loc.gemeente)[0]
    assert [(v.veld, v.oud, v.nieuw) for v in regel.veranderingen] == [
        ("fase", "idee", "collegebesluit")
    ]
    assert regel.reden == "Fase collegebesluit op 15-1-2025; bron: collegebesluit 14-1-2025"


def test_in_gebruik_maakt_de_locatie_gerealiseerd_en_telt_voor_de_realisatie(rollen):
    prov = rollen["provincie"]
    for fase in [Fase.COLLEGEBESLUIT, Fase.RAADSBESLUIT, Fase.VERGUNNING, Fase.SCHOUW_COA]:
        _zet(prov, fase, date(2025, 2, 1))
    loc = _zet(prov, Fase.IN_GEBRUIK, date(2025, 6, 1), "COA: eerste bewoners")
    assert loc.status == "gerealiseerd"
    r = realisatie_overzicht("drenthe", "2025-2026", date(2025, 7, 1)).realisatie
    assert r.plaatsen_niet_in_gebruik == 150
    emmen = next(x for x in r.locaties if (x.locatie.cbs_code, x.locatie.soort.value)
                 == ("GM0114", "amv"))  # fmt: skip
    assert emmen.werkelijk == date(2025, 6, 1) and emmen.in_gebruik_op_realisatiedatum


def test_fase_terug_wordt_geweigerd_en_er_wordt_niets_geschreven(wereld):
    prov, loc = wereld["provincie"], wereld["locatie"]
    _zet(prov, Fase.COLLEGEBESLUIT, loc=_opnieuw(loc))
    voor = Faseovergang.objects.count()
    with pytest.raises(Fasefout) as fout:
        _zet(prov, Fase.IDEE, loc=_opnieuw(loc))
    assert "gaat niet terug" in str(fout.value)
    loc = _opnieuw(loc)
    assert (loc.fase, loc.versie, Faseovergang.objects.count()) == ("collegebesluit", 2, voor)


def test_twee_gelijktijdige_zetten_op_dezelfde_versie_slagen_niet_allebei(wereld):
    prov, eigen = wereld["provincie"], wereld["gemeente"]
    a, b = _opnieuw(wereld["locatie"]), _opnieuw(wereld["locatie"])
    zet_fase(toegang(eigen), eigen, a, Fase.COLLEGEBESLUIT, date(2025, 1, 2), "B&W", a.versie)
    with pytest.raises(Conflict):
        zet_fase(toegang(prov), prov, b, Fase.BEEINDIGD, date(2025, 1, 3), "afgeblazen", b.versie)
    assert _opnieuw(a).fase == "collegebesluit"


def test_andere_gemeente_en_ministerie_mogen_geen_fase_zetten(wereld):
    for rol in ("andere_gemeente", "ministerie"):
        with pytest.raises(GeenToegang):
            _zet(wereld[rol], Fase.COLLEGEBESLUIT, loc=_opnieuw(wereld["locatie"]))
    assert _opnieuw(wereld["locatie"]).fase == "idee"


def test_aanbod_per_fase_vast_tegen_zacht(rollen):
    o = aanbod_per_fase("drenthe", "2025-2026")
    assert (o.vast, o.zacht) == (4155 - 200, 200)
    assert o.eerste_vaste_fase is Fase.RAADSBESLUIT
    _zet(rollen["provincie"], Fase.COLLEGEBESLUIT)
    _zet(rollen["provincie"], Fase.RAADSBESLUIT)
    na = aanbod_per_fase("drenthe", "2025-2026")
    assert (na.vast, na.zacht) == (4155 - 150, 150)
    emmen = next(r for r in na.rijen if r.cbs_code == "GM0114")
    assert emmen.telling.per_fase[Fase.RAADSBESLUIT] == 50
    assert emmen.saldo_vast == 725 - (453 + 42)


def test_export_herstel_export_met_een_faseovergang_is_byte_identiek(rollen):
    import json

    from tests.services.test_exporteren import _rondje

    _zet(rollen["gemeente_b"], Fase.COLLEGEBESLUIT)
    inhoud, _ = _rondje()
    blokken = {b["model"]: b for b in json.loads(inhoud)["modellen"]}
    assert "locaties.faseovergang" in blokken
    assert Faseovergang.objects.filter(ingevoerd_door=rollen["gemeente_b"]).count() == 1
