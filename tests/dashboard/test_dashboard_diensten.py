from datetime import date

import pytest

from regietafel.cli import main
from regietafel.dashboard.services import dashboard, peildatum_in_cyclus, statushouders_kerncijfer
from regietafel.domain.statushouders import Periode
from regietafel.locaties.capaciteit import capaciteit
from regietafel.routekaart.services import routekaart_status
from regietafel.statushouders.models import Halfjaar
from regietafel.statushouders.services import bewaar_huisvesting, statushouders
from tests.veenmarken_hulp import VEENMARKEN, gegevens

pytestmark = pytest.mark.django_db


def test_capaciteit_waarschuwt_voor_de_contracten_die_in_de_cyclus_aflopen(drenthe):
    o = capaciteit("drenthe", "2025-2026")
    assert [(loc.cbs_code, loc.beschikbaar_tot) for loc in o.waarschuwingen.aflopend] == [
        ("GM1699", date(2026, 3, 1)),
        ("GM0119", date(2026, 3, 31)),
        ("GM0106", date(2026, 4, 1)),
        ("GM1730", date(2026, 12, 31)),
    ]
    # Westerveld's NO and TGO ended on 31-12-2024 and are still listed ("verlenging besproken").
    assert [loc.plaatsen for loc in o.waarschuwingen.verlopen] == [75, 25]
    kort = capaciteit("drenthe", "2025-2026", date(2026, 2, 1), 45)
    assert [loc.cbs_code for loc in kort.waarschuwingen.aflopend] == ["GM1699"]


def test_dashboard_op_een_peildatum(drenthe):
    d = dashboard("drenthe", "2025-2026", date(2026, 4, 1))
    assert (d.opgave_asiel, d.beschikbaar_totaal, d.verschil) == (2691, 2620, -71)
    assert d.oek.opgave == 5722 and d.oek.realisatie == 4603
    assert statushouders_kerncijfer(d.sh)["percentage"] == 116
    assert {t.plek.cbs_code for t in d.kaart.tegels} == set(d.beschikbaar)
    assert d.kaart.ontbrekend == ()
    assen = next(t for t in d.kaart.tegels if t.plek.cbs_code == "GM0106")
    assert assen.klasse == "laag" and assen.toelichting == "0 van 360"
    # In 2027-2028 the targets are not known: no "van ?", and thousands written as everywhere.
    hoogeveen = next(
        t for t in dashboard("drenthe", "2027-2028", date(2027, 1, 1)).kaart.tegels
        if t.plek.cbs_code == "GM0118"
    )  # fmt: skip
    assert hoogeveen.toelichting == "940; opgave nog niet bekend"
    staven, lijn = d.grafieken
    assert "Totaal: beschikbaar 2.620, opgave 2.691." in staven.tekst
    assert "1-4-2026: −1.000 (Assen), 2.620" in lijn.tekst
    assert staven.svg.startswith('<svg role="img"') and "<desc>" in staven.svg
    # The route map's steps, as the cycle service gives them (Drenthe's seed has a route map).
    assert d.routekaart and d.routekaart == routekaart_status("drenthe", "2025-2026")


def test_een_provincie_zonder_indeling_krijgt_haar_tegels_op_alfabet(drenthe, capsys):
    """Veenmarken, entered through its own data file, has no layout file: its dashboard
    still shows every municipality, by name, and says the order is not geographic."""
    assert main(["laad", str(VEENMARKEN)]) == 0
    kaart = dashboard("veenmarken", "2025-2026", date(2025, 6, 1)).kaart
    namen = sorted(g.naam for g in gegevens().gemeenten)
    assert [t.naam for t in kaart.tegels] == namen
    assert (kaart.op_ligging, kaart.ontbrekend) == (False, ())
    assert dashboard("drenthe", "2025-2026", date(2025, 6, 1)).kaart.op_ligging


def test_peildatum_blijft_binnen_de_cyclus():
    assert peildatum_in_cyclus((2025, 2026), date(2024, 5, 1)) == date(2025, 1, 1)
    assert peildatum_in_cyclus((2025, 2026), date(2026, 6, 1)) == date(2026, 6, 1)
    assert peildatum_in_cyclus((2025, 2026), date(2027, 6, 1)) == date(2026, 12, 31)


def test_statushouders_van_drenthe_zijn_gerapporteerd_niet_verzonnen(drenthe):
    o = statushouders("drenthe", "2025-2")
    assert o.gerapporteerd.percentage == 116
    assert (o.gerapporteerd.op_koers, o.gerapporteerd.aantal) == (6, 12)
    assert all(g.realisatie is None and g.taakstelling is None for g in o.halfjaar.gemeenten)


def test_ingevoerde_cijfers_dragen_de_achterstand_over(drenthe):
    bewaar_huisvesting("drenthe", Periode(2025, 2), "GM0114", 40, 30)
    bewaar_huisvesting("drenthe", Periode(2026, 1), "GM0114", 35, 50)
    h = statushouders("drenthe", "2026-1").halfjaar
    emmen = next(g for g in h.gemeenten if g.cbs_code == "GM0114")
    assert (emmen.achterstand_vooraf, emmen.te_realiseren, emmen.saldo) == (10, 45, -5)
    assert (h.op_koers, h.aantal) == (1, 1)
    assert Halfjaar.objects.filter(provincie__code="drenthe").count() == 2
