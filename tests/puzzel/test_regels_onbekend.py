"""Cycle 2027-2028 of the embedded data: its AMV part, SPUK amounts and pots are stored as
unknown (NULL / null), the bonus JSON gives null and what is missing, and cycle 1 stays
exact."""

import importlib
import json

import pytest
from django.apps import apps

from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.domain.spuk import spuk2_plaatsen
from regietafel.puzzel.regels import bonus, bonus_als_dict
from regietafel.services.opslag import laad_gegevens
from tests.seed import SPUK_GEMEENTEN, SPUK_PROVINCIE, SPUK_TOTALEN

pytestmark = pytest.mark.django_db
C2 = "2027-2028"
ONTBREEKT = [
    "spuk1_bedrag_per_plaats",
    "spuk2_bedrag_per_plaats",
    "spuk3_pot",
    "provincie_bedrag",
    "opgave",
]


def test_cyclus_2_bewaart_onbekend_als_null_en_niet_als_nul(drenthe):
    pc = ProvincieCyclus.objects.select_related("cyclus").get(
        provincie__code="drenthe", cyclus__naam=C2
    )
    assert pc.cyclus.amv_landelijk is None
    assert pc.cyclus.regels["spuk1_bedrag_per_plaats"] is None
    assert pc.cyclus.regels["spuk2_bedrag_per_plaats"] is None
    assert pc.spuk3_pot is None and pc.provincie_bedrag is None
    # The rest of the rules is carried over from cycle 1.
    assert pc.cyclus.regels["spuk3_drempel"] == "3/4"
    g = laad_gegevens("drenthe", C2)
    assert g.cyclus.amv_landelijk is None
    assert g.cyclus.regels.spuk1_bedrag_per_plaats is None
    assert g.provincie_opgave.spuk3_pot is None and g.provincie_opgave.provincie_bedrag is None


def test_bonus_json_van_cyclus_2_geeft_null_en_wat_ontbreekt(drenthe):
    data = json.loads(json.dumps(bonus_als_dict(bonus("drenthe", C2))))
    assert data["ontbreekt"] == ONTBREEKT
    assert data["ontbreekt_tekst"].startswith("Nog niet bekend: het SPUK 1-bedrag per plaats")
    for g in data["gemeenten"]:
        assert [g[k] for k in ("spuk1", "spuk2", "spuk3", "keuze", "totaal")] == [None] * 5
    assert data["totalen"] == {"spuk1": None, "spuk2": None, "spuk3": None}
    assert data["totaal_gemeenten"] is None and data["provincie"] is None
    assert data["spuk3"] == {"pot": None, "uitbetaald": None, "realisatie_aandeel": None}
    assert all(v["spuk1"] is None and v["spuk3"] is None for v in data["vergelijking"])
    assert data["stabiele_keuzes"] == []
    assert "kan nog niet worden gemaakt" in data["reden"]
    # Not one amount is 0: unknown is never written as zero.
    bedragen = [g[k] for g in data["gemeenten"] for k in ("spuk1", "spuk2", "spuk3", "totaal")]
    assert 0 not in bedragen


def test_bonus_json_van_cyclus_1_blijft_exact_en_mist_niets(drenthe):
    data = bonus_als_dict(bonus("drenthe", "2025-2026"))
    assert data["ontbreekt"] == [] and data["ontbreekt_tekst"] == ""
    assert data["totalen"] == SPUK_TOTALEN
    assert data["totaal_gemeenten"] == SPUK_GEMEENTEN and data["provincie"] == SPUK_PROVINCIE
    assert data["spuk3"]["realisatie_aandeel"] == "1385/897"


def test_ingevoerde_bedragen_worden_meteen_gebruikt(drenthe):
    cyclus = Cyclus.objects.get(naam=C2)
    cyclus.regels = {**cyclus.regels, "spuk2_bedrag_per_plaats": 3000}
    cyclus.save()
    u = bonus("drenthe", C2)
    assert "spuk2_bedrag_per_plaats" not in u.ontbreekt
    g = laad_gegevens("drenthe", C2)
    for gemeente in u.gemeenten:
        plaatsen = spuk2_plaatsen(g.locaties_van(gemeente.cbs_code), g.cyclus.regels)
        assert gemeente.spuk2 == plaatsen * 3000
    assert u.spuk2_totaal is not None
    assert u.spuk1_totaal is None  # still unknown


def test_migratie_maakt_de_nullen_van_cyclus_2_onbekend(drenthe):
    migratie = importlib.import_module("regietafel.cycli.migrations.0004_onbekend_is_niet_nul")
    cyclus = Cyclus.objects.get(naam=C2)
    cyclus.amv_landelijk = 0
    cyclus.regels = {**cyclus.regels, "spuk1_bedrag_per_plaats": 0, "spuk2_bedrag_per_plaats": 0}
    cyclus.save()
    ProvincieCyclus.objects.filter(cyclus=cyclus).update(spuk3_pot=0, provincie_bedrag=0)
    migratie.nul_wordt_onbekend(apps, None)
    cyclus.refresh_from_db()
    assert cyclus.amv_landelijk is None
    assert cyclus.regels["spuk1_bedrag_per_plaats"] is None
    assert cyclus.regels["spuk2_bedrag_per_plaats"] is None
    pc = ProvincieCyclus.objects.get(cyclus=cyclus)
    assert pc.spuk3_pot is None and pc.provincie_bedrag is None
    # Cycle 1's figures are real amounts and stay.
    c1 = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026")
    assert (c1.spuk3_pot, c1.provincie_bedrag, c1.cyclus.amv_landelijk) == (983686, 408653, 8140)
