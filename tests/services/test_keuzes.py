"""The default province and cycle: the user's own province in its current cycle, the latest
whose capaciteitsbesluit is in."""

import pytest

from regietafel.importen.services import importeer
from regietafel.opgaven.models import Opgave
from regietafel.services.keuzes import (
    Keuze,
    beschikbare_cycli,
    huidige_cyclus,
    standaard_provincie,
)
from regietafel.services.toegang import toegang
from tests.factories import (
    capaciteitsbesluit_2027,
    gemeentegebruiker,
    ministeriegebruiker,
    provinciegebruiker,
)
from tests.importen.bijlage1 import csv

pytestmark = pytest.mark.django_db


def test_zonder_indicatieve_aantallen_voor_2027_blijft_2025_2026_huidig(drenthe):
    assert ("drenthe", "2027-2028") in {(k.provincie_code, k.cyclus) for k in beschikbare_cycli()}
    assert huidige_cyclus("drenthe") == "2025-2026"


def test_na_capaciteitsbesluitversie_is_2027_2028_huidig(drenthe):
    capaciteitsbesluit_2027()
    assert huidige_cyclus("drenthe") == "2027-2028"


def test_na_import_van_het_capaciteitsbesluit_is_2027_2028_huidig(drenthe):
    rijen = [
        ["Gemeentecode", "Gemeentenaam", "Inwoners", "SES-WOA", "Indicatief regulier", "AMV"],
        ["GM0106", "Assen", "70.123", "", "300", "30"],
    ]
    r = importeer(
        "capaciteitsbesluit", csv(rijen), "cb.csv", provincie="drenthe", cyclus="2027-2028"
    )
    assert r.toegepast, [f.melding for f in r.fouten]
    assert huidige_cyclus("drenthe") == "2027-2028"


def test_een_oekraine_opgave_maakt_een_cyclus_niet_huidig(drenthe):
    Opgave.objects.filter(
        cyclus__naam="2027-2028", categorie="oekraine", gemeente__cbs_code="GM0106"
    ).update(opgave=500)
    assert huidige_cyclus("drenthe") == "2025-2026"


def test_zonder_enig_besluit_de_laatste_cyclus_en_zonder_cycli_niets():
    keuzes = [Keuze("x", "X", c, False) for c in ("2027-2028", "2025-2026")]
    assert huidige_cyclus("x", keuzes) == "2027-2028"
    assert huidige_cyclus("y", keuzes) is None
    met_besluit = [Keuze("x", "X", "2025-2026", False, besluit_in=True), *keuzes[:1]]
    assert huidige_cyclus("x", met_besluit) == "2025-2026"


def test_standaardprovincie_is_de_eigen_provincie(drenthe, settings):
    settings.REGIETAFEL_DEFAULT_PROVINCIE = "elders"
    assert standaard_provincie(toegang(gemeentegebruiker("GM0106"))) == "drenthe"
    assert standaard_provincie(toegang(provinciegebruiker())) == "drenthe"
    # "elders" has no data here: the first province that has.
    assert standaard_provincie(toegang(ministeriegebruiker())) == "drenthe"


def test_een_eigen_provincie_zonder_gegevens_hier_valt_terug_op_de_ingestelde(drenthe):
    from regietafel.provincies.models import Provincie
    from regietafel.services.keuzes import leest_intern_iets

    Provincie.objects.create(code="groningen", naam="Groningen")
    t = toegang(provinciegebruiker("groningen"))
    assert standaard_provincie(t) == "drenthe"
    # Groningen's staff may read none of Drenthe's unpublished data; Drenthe's may.
    assert not leest_intern_iets(t)
    assert leest_intern_iets(toegang(provinciegebruiker()))


def test_de_ingestelde_provincie_als_zij_gegevens_heeft(drenthe, settings):
    from tests.factories import synthetische_provincie

    code, _naam = synthetische_provincie()
    settings.REGIETAFEL_DEFAULT_PROVINCIE = code
    assert standaard_provincie(toegang(ministeriegebruiker())) == code
