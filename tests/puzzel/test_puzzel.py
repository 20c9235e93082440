import pytest

from regietafel.puzzel.services import puzzel, puzzel_als_dict
from regietafel.services.opslag import NietGevonden, laad_gegevens
from tests.seed import PUZZEL, TOTAAL, rij


def test_puzzel_van_drenthe_reproduceert_elke_cel_van_het_verslag(drenthe):
    data = puzzel_als_dict(puzzel("drenthe", "2025-2026"))
    assert {r["naam"]: rij(r) for r in data["gemeenten"]} == PUZZEL
    assert rij(data["totaal"]) == TOTAAL


def test_oekraine_opgave_wordt_berekend_en_niet_opgeslagen(drenthe):
    from regietafel.opgaven.models import Opgave

    assert not Opgave.objects.filter(categorie="oekraine", opgave__isnull=False).exists()


def test_signalering_oekraine_rijen_tellen_op_tot_5720(drenthe):
    data = puzzel_als_dict(puzzel("drenthe", "2025-2026"))
    codes = {s["code"]: s["melding"] for s in data["signaleringen"]}
    assert "5.720" in codes["oekraine_som"] and "5.722" in codes["oekraine_som"]


def test_gewijzigd_aanbod_verandert_het_totaal(ongepubliceerd):
    from regietafel.opgaven.models import Aanbod

    a = Aanbod.objects.get(gemeente__naam="Meppel", categorie="amv", jaar=2026)
    a.plaatsen = 16
    a.save()
    data = puzzel_als_dict(puzzel("drenthe", "2025-2026"))
    assert data["totaal"]["amv"]["aanbod"] == {"2025": 341, "2026": 357}


def test_onbekende_provincie_geeft_nederlandse_fout(drenthe):
    with pytest.raises(NietGevonden, match="Geen gegevens voor provincie 'utrecht'"):
        laad_gegevens("utrecht", "2025-2026")


def test_laden_gebruikt_een_vast_aantal_queries(drenthe, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        laad_gegevens("drenthe", "2025-2026")


def test_tynaarlo_datumfout_blijft_bewaard(drenthe):
    gegevens = laad_gegevens("drenthe", "2025-2026")
    fouten = [loc.onleesbaar for loc in gegevens.locaties if loc.onleesbaar]
    assert fouten == [(("beschikbaar_van", "28"),)]
