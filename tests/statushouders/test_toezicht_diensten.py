"""The supervision ladder as a use case: computed from the stored half years of Drenthe
(with entered EXAMPLE figures), and the province's ladder stored with a version check,
access check and history."""

import pytest

from regietafel.domain.statushouders import Periode
from regietafel.domain.toezicht import LadderFout
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import Conflict, GeenToegang
from regietafel.statushouders.models import Toezichtladder
from regietafel.statushouders.toezicht_services import (
    bewaar_ladder,
    ladder,
    ladderwijzigingen,
    toezicht,
    toezicht_als_dict,
)

EMMEN, ASSEN = "GM0114", "GM0106"
STRENG = [("Gesprek", "ambtelijk", "1"), ("Indeplaatsstelling", "GS", "2")]


def emmen_drie_halfjaren_achter():
    from regietafel.statushouders.services import bewaar_huisvesting

    for periode in (Periode(2025, 2), Periode(2026, 1), Periode(2026, 2)):
        bewaar_huisvesting("drenthe", periode, EMMEN, 40, 30)
        bewaar_huisvesting("drenthe", periode, ASSEN, 40, 45)


def test_drenthe_zonder_cijfers_per_gemeente_staat_op_geen_stap(drenthe):
    o = toezicht("drenthe")
    assert len(o.gemeenten) == 12
    assert all(g.stap is None and g.onbekend == 1 for g in o.gemeenten)
    assert o.ladder.versie == 0


def test_drie_halfjaren_achter_geeft_de_derde_stap_met_historie(drenthe):
    emmen_drie_halfjaren_achter()
    o = toezicht("drenthe", "2026-2")
    emmen, assen = o.gemeente(EMMEN), o.gemeente(ASSEN)
    assert emmen.onder_op_rij == 3
    assert emmen.stap.naam == "Formele aanwijzing / instructie"
    assert [h.te_realiseren for h in emmen.historie] == [40, 50, 60]
    assert assen.stap is None
    assert o.per_stap() == [(emmen.stap, [(EMMEN, "Emmen")])]
    assert toezicht("drenthe", "2026-1").gemeente(EMMEN).stap.naam == "Bestuurlijk overleg"


def test_ladder_van_de_provincie_bepaalt_de_stap(rollen):
    emmen_drie_halfjaren_achter()
    t = toegang(rollen["provincie"])
    bewaar_ladder(t, rollen["provincie"], "drenthe", STRENG, 0, "vastgesteld door GS")
    assert toezicht("drenthe").gemeente(EMMEN).stap.naam == "Indeplaatsstelling"
    d = toezicht_als_dict(toezicht("drenthe"))
    assert d["ladder"]["standaard"] is False
    emmen = next(g for g in d["gemeenten"] if g["cbs_code"] == EMMEN)
    assert emmen["halfjaren_onder_op_rij"] == 3
    assert [h["oordeel"] for h in emmen["historie"]] == ["onder"] * 3


def test_wijziging_van_de_ladder_komt_in_de_historie(rollen):
    t, wie = toegang(rollen["provincie"]), rollen["provincie"]
    eerste = bewaar_ladder(t, wie, "drenthe", STRENG, 0, "eerste")
    bewaar_ladder(t, wie, "drenthe", [("Signaal", "", "2")], eerste.versie, "ruimer")
    wijzigingen = ladderwijzigingen("drenthe")
    assert [w.stappen for w in wijzigingen] == [
        ("Signaal (2)",),
        ("Gesprek (1)", "Indeplaatsstelling (2)"),
    ]
    assert [w.reden for w in wijzigingen] == ["ruimer", "eerste"]
    assert {w.wie for w in wijzigingen} == {wie.get_username()}


def test_tweede_opslag_op_dezelfde_versie_wordt_geweigerd(rollen):
    t, wie = toegang(rollen["provincie"]), rollen["provincie"]
    eerste = bewaar_ladder(t, wie, "drenthe", STRENG, 0)
    bewaar_ladder(t, wie, "drenthe", [("Signaal", "", "1")], eerste.versie)
    with pytest.raises(Conflict):
        bewaar_ladder(t, wie, "drenthe", [("Anders", "", "5")], eerste.versie)
    with pytest.raises(Conflict):
        bewaar_ladder(t, wie, "drenthe", [("Anders", "", "5")], 0)
    assert [s.naam for s in ladder("drenthe").ladder.stappen] == ["Signaal"]


@pytest.mark.parametrize("rol", ["gemeente_a", "gemeente_b", "ministerie"])
def test_alleen_de_provincie_stelt_de_ladder_vast(rollen, rol):
    with pytest.raises(GeenToegang):
        bewaar_ladder(toegang(rollen[rol]), rollen[rol], "drenthe", STRENG, 0)
    assert not Toezichtladder.objects.exists()


def test_foute_ladder_wordt_niet_opgeslagen(rollen):
    t, wie = toegang(rollen["provincie"]), rollen["provincie"]
    with pytest.raises(LadderFout, match="Stap 2: het aantal halfjaren"):
        bewaar_ladder(t, wie, "drenthe", [("A", "", "2"), ("B", "", "1")], 0)
    assert not Toezichtladder.objects.exists()
    assert not Toezichtladder.history.exists()


def test_ladder_en_historie_gaan_mee_in_export_en_herstel(rollen):
    import json

    from tests.services.test_exporteren import _rondje

    t, wie = toegang(rollen["provincie"]), rollen["provincie"]
    eerste = bewaar_ladder(t, wie, "drenthe", STRENG, 0, "eerste")
    bewaar_ladder(t, wie, "drenthe", [("Signaal", "é", "2")], eerste.versie, "tweede")
    inhoud, _ = _rondje()
    labels = [b["model"] for b in json.loads(inhoud)["modellen"]]
    assert {"statushouders.toezichtladder", "statushouders.historicaltoezichtladder"} <= set(labels)
    assert ladder("drenthe").ladder.stappen[0].omschrijving == "é"
    assert len(ladderwijzigingen("drenthe")) == 2
