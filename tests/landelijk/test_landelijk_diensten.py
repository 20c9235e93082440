"""The national overview's use case: every province of a cycle from one bulk read, as each
reader may see it, with the national totals the sums of the provinces shown."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from regietafel.cycli.models import ProvincieCyclus
from regietafel.data.synthetisch import PROVINCIES
from regietafel.landelijk import services as landelijk
from regietafel.puzzel.regels import bonus
from regietafel.puzzel.services import puzzel
from regietafel.services.opslag import NietGevonden, laad_alle_gegevens, laad_gegevens
from regietafel.services.toegang import Toegang, toegang
from tests.factories import ministeriegebruiker, synthetische_provincie

MINISTERIE = Toegang(rol=None, alles=True)
PUBLIEK = Toegang(rol=None)


def test_de_bulklezing_geeft_per_provincie_wat_laad_gegevens_geeft(ongepubliceerd):
    synthetische_provincie("Zeeland")
    alle = {g.provincie.code: g for g in laad_alle_gegevens("2025-2026")}
    assert set(alle) == {"drenthe", "syn-zeeland"}
    for code, g in alle.items():
        assert g == laad_gegevens(code, "2025-2026")


def test_een_gepubliceerde_cyclus_komt_zoals_gepubliceerd(drenthe):
    from regietafel.locaties.models import Locatie

    voor = laad_alle_gegevens("2025-2026")[0]
    loc = Locatie.objects.filter(gemeente__naam="Meppel").first()
    loc.plaatsen += 1000
    loc.save()
    assert laad_alle_gegevens("2025-2026")[0] == voor == laad_gegevens("drenthe", "2025-2026")


def test_drenthe_staat_in_het_overzicht_met_de_cijfers_van_haar_eigen_paginas(drenthe):
    o = landelijk.landelijk_overzicht(MINISTERIE, "2025-2026")
    (p,) = o.provincies
    r = p.regel
    totaal = puzzel("drenthe", "2025-2026").totaal
    assert (r.opgave_regulier, r.opgave_amv) == (
        totaal.asiel_regulier.opgave,
        totaal.amv.opgave,
    )
    assert r.opgave == 2691
    assert r.spuk_totaal == bonus("drenthe", "2025-2026").totaal
    assert r.sluitend is True
    # The published report is the one the ministry received.
    assert p.routekaart.verslag_ontvangen_op is not None
    assert o.totalen.opgave == 2691 and o.totalen.verschil == 2691 - 96000


def _queries(t, cyclus="2025-2026"):
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        landelijk.landelijk_overzicht(t, cyclus)
    return len(ctx.captured_queries)


@pytest.mark.django_db
def test_het_overzicht_vraagt_evenveel_queries_bij_13_als_bij_2_provincies(drenthe):
    synthetische_provincie("Flevoland")
    twee = _queries(MINISTERIE)
    for naam, _taak, _aantal in PROVINCIES:
        if naam != "Flevoland":
            synthetische_provincie(naam)
    assert ProvincieCyclus.objects.filter(cyclus__naam="2025-2026").count() == 13
    assert _queries(MINISTERIE) == twee
    o = landelijk.landelijk_overzicht(MINISTERIE, "2025-2026")
    # The synthetic provinces carry the real cycle-1 tasks: with Drenthe's own 2,691 they
    # sum to the published 96,002 plus Drenthe once more, more than rounding explains.
    assert o.totalen.opgave == 96002 + 2691
    assert o.totalen.opgave == sum(p.regel.opgave for p in o.provincies)
    assert o.totalen.groter_verschil and not o.totalen.afrondingsverschil


def test_het_publiek_ziet_alleen_gepubliceerde_provincies(drenthe):
    synthetische_provincie("Flevoland")  # not published
    publiek = landelijk.landelijk_overzicht(PUBLIEK, "2025-2026")
    assert [p.code for p in publiek.provincies] == ["drenthe"]
    assert publiek.provincies[0].reserve is None and not publiek.reserves_zichtbaar
    alles = landelijk.landelijk_overzicht(toegang(ministeriegebruiker()), "2025-2026")
    assert [p.code for p in alles.provincies] == ["drenthe", "syn-flevoland"]
    assert alles.reserves_zichtbaar


def test_een_provincie_zonder_gegevens_in_de_cyclus_staat_er_als_geen_gegevens(drenthe):
    synthetische_provincie("Flevoland")  # only 2025-2026
    o = landelijk.landelijk_overzicht(MINISTERIE, "2027-2028")
    per_code = {p.code: p for p in o.provincies}
    assert per_code["syn-flevoland"].regel is None
    assert per_code["drenthe"].regel is not None
    # Drenthe's cycle-2 indicative numbers are not in: not invented, not 0.
    assert per_code["drenthe"].regel.opgave is None
    assert o.totalen.opgave is None and o.totalen.zonder_opgave == ("Drenthe",)
    assert o.totalen.landelijke_behoefte == 88000


def test_een_onbekende_cyclus_is_niet_gevonden(drenthe):
    with pytest.raises(NietGevonden):
        landelijk.landelijk_overzicht(MINISTERIE, "1999-2000")
    # The public reads no unpublished cycle: as if it does not exist.
    with pytest.raises(NietGevonden):
        landelijk.landelijk_overzicht(PUBLIEK, "2027-2028")
