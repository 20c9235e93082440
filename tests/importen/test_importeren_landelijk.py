"""The national table of the capaciteitsbesluit (all municipalities in one file): an
administrator updates every province that takes part in the cycle; a province user changes
its own rows and gets the others listed as skipped."""

from datetime import date

import pytest

from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.importen.services import importeer
from regietafel.opgaven.models import Opgave
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.services.toegang import toegang
from tests.factories import GebruikerFactory, provinciegebruiker
from tests.importen.bijlage1 import csv

pytestmark = pytest.mark.django_db

KOP = ["CBS-code", "Gemeente", "Inwoners", "Indicatief regulier", "AMV"]
TABEL = [
    KOP,
    ["GM0106", "Assen", "69414", "400", "40"],
    ["GM0014", "Groningen", "238147", "1200", "100"],
    ["GM0363", "Amsterdam", "931298", "5000", "400"],
]


@pytest.fixture
def drie_provincies(drenthe):
    """Groningen takes part in 2025-2026, Noord-Holland has no cycle."""
    cyclus = Cyclus.objects.get(naam="2025-2026")
    for code, naam, cbs, gemeente in (
        ("groningen", "Groningen", "GM0014", "Groningen"),
        ("noord-holland", "Noord-Holland", "GM0363", "Amsterdam"),
    ):
        p = Provincie.objects.create(code=code, naam=naam)
        Gemeente.objects.create(provincie=p, cbs_code=cbs, naam=gemeente, inwoners=1,
                                inwoners_peiljaar=2023)  # fmt: skip
    ProvincieCyclus.objects.create(
        provincie=Provincie.objects.get(code="groningen"), cyclus=cyclus, oekraine_opgave=0
    )


def _opgave(cbs):
    return Opgave.objects.filter(
        gemeente__cbs_code=cbs, cyclus__naam="2025-2026", categorie="asiel_regulier"
    ).values_list("opgave", flat=True).first()  # fmt: skip


def _als(gebruiker):
    return importeer("capaciteitsbesluit", csv(TABEL), "cb-landelijk.csv", provincie="drenthe",
                     cyclus="2025-2026", t=toegang(gebruiker), gebruiker=gebruiker)  # fmt: skip


def test_beheerder_werkt_elke_provincie_in_de_cyclus_bij(drie_provincies):
    r = _als(GebruikerFactory(is_superuser=True))
    assert r.toegepast, [f.melding for f in r.fouten]
    assert (_opgave("GM0106"), _opgave("GM0014")) == (400, 1200)
    assert Gemeente.objects.get(cbs_code="GM0014").inwoners == 238147
    # Noord-Holland takes no part in 2025-2026: listed, not stored.
    assert r.overgeslagen == ("rij 4: Amsterdam (Noord-Holland, geen cyclus 2025-2026)",)
    assert _opgave("GM0363") is None


def test_provincie_werkt_alleen_de_eigen_gemeenten_bij(drie_provincies):
    r = _als(provinciegebruiker("drenthe"))
    assert r.toegepast, [f.melding for f in r.fouten]
    assert (_opgave("GM0106"), _opgave("GM0014")) == (400, None)
    assert r.overgeslagen == ("rij 3: Groningen (Groningen)", "rij 4: Amsterdam (Noord-Holland)")


def test_een_herraming_blijft_bij_de_eigen_provincie_ook_voor_een_beheerder(drie_provincies):
    from regietafel.herramingen.models import Capaciteitsbesluitversie
    from regietafel.herramingen.services import pas_herraming_toe

    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026")
    beheerder = GebruikerFactory(is_superuser=True)
    # A re-estimate names every municipality of the province: Drenthe's twelve, Assen anew.
    drenthe = [
        [g.cbs_code, g.naam, str(g.inwoners), "400" if g.cbs_code == "GM0106" else "10", "1"]
        for g in Gemeente.objects.filter(provincie__code="drenthe")
    ]
    tabel = [KOP, *drenthe, TABEL[2], TABEL[3]]
    r = pas_herraming_toe(pc, csv(tabel), "herraming.csv", t=toegang(beheerder),
                          gebruiker=beheerder, omschrijving="herziene raming",
                          datum_besluit=date(2025, 6, 1))  # fmt: skip
    assert r.geldig, r.fouten
    assert r.overgeslagen == ("rij 14: Groningen (Groningen)", "rij 15: Amsterdam (Noord-Holland)")
    assert (_opgave("GM0106"), _opgave("GM0014")) == (400, None)
    assert not Capaciteitsbesluitversie.objects.filter(
        provincie_cyclus__provincie__code="groningen"
    )
