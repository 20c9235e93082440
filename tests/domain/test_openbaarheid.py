"""Which details of a location are public: from the phase the province sets on, and what
remains of a location before it (issue 22)."""

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.bijlage1 import bereken_bijlage1, bijlage1_cijfers
from regietafel.domain.model import LocatieStatus
from regietafel.domain.openbaarheid import (
    KEUZES_OPENBAAR_VANAF,
    STANDAARD_OPENBAAR_VANAF,
    afgeschermd,
    details_openbaar,
    locatie_openbaar,
    verste_fase,
    zonder_details,
)
from regietafel.domain.pijplijn import FASEN, Fase, Faseovergang

EMMEN = "GM0114"
fasenreeks = st.lists(st.sampled_from(FASEN), max_size=6)
vanaf = st.sampled_from(KEUZES_OPENBAAR_VANAF)


def test_standaard_zijn_de_details_openbaar_vanaf_het_collegebesluit():
    assert STANDAARD_OPENBAAR_VANAF is Fase.COLLEGEBESLUIT
    assert not details_openbaar([Fase.IDEE], False, STANDAARD_OPENBAAR_VANAF)
    assert details_openbaar([Fase.IDEE, Fase.COLLEGEBESLUIT], False, STANDAARD_OPENBAAR_VANAF)
    assert Fase.BEEINDIGD not in KEUZES_OPENBAAR_VANAF


def test_zonder_fasen_telt_de_status():
    assert verste_fase([], gerealiseerd=True) is Fase.IN_GEBRUIK
    assert verste_fase([], gerealiseerd=False) is Fase.IDEE


def test_een_verlaten_plan_blijft_vertrouwelijk_een_beeindigde_locatie_in_gebruik_niet():
    assert not details_openbaar([Fase.IDEE, Fase.BEEINDIGD], False, Fase.COLLEGEBESLUIT)
    gebruikt = [Fase.IDEE, Fase.COLLEGEBESLUIT, Fase.RAADSBESLUIT, Fase.BEEINDIGD]
    assert details_openbaar(gebruikt, False, Fase.RAADSBESLUIT)
    assert not details_openbaar(gebruikt, False, Fase.VERGUNNING)


@given(fasenreeks, st.booleans(), vanaf, vanaf)
def test_een_latere_drempel_maakt_nooit_meer_openbaar(fasen, gerealiseerd, a, b):
    vroeg, laat = sorted((a, b), key=lambda f: f.rang)
    if details_openbaar(fasen, gerealiseerd, laat):
        assert details_openbaar(fasen, gerealiseerd, vroeg)


@given(fasenreeks, st.booleans())
def test_vanaf_idee_is_alles_openbaar(fasen, gerealiseerd):
    assert details_openbaar(fasen, gerealiseerd, Fase.IDEE)


def test_zonder_details_houdt_de_cijfers_en_de_data(drenthe_gegevens):
    loc = next(loc for loc in drenthe_gegevens.locaties if loc.fasen)
    loc = replace(loc, naam="Boerderij", opmerking="gesprek met de eigenaar")
    kaal = zonder_details(loc)
    assert (kaal.naam, kaal.opmerking) == ("", "")
    assert [o.bron for o in kaal.fasen] == [""] * len(loc.fasen)
    assert [(o.fase, o.datum) for o in kaal.fasen] == [(o.fase, o.datum) for o in loc.fasen]
    rest = ("cbs_code", "plaatsen", "soort", "status", "beschikbaar_van", "beschikbaar_tot")
    assert all(getattr(kaal, v) == getattr(loc, v) for v in rest)
    assert zonder_details(kaal) == kaal


def _emmen_amv(gegevens):
    return next(loc for loc in gegevens.locaties if loc.cbs_code == EMMEN and loc.soort == "amv")


@given(vanaf)
def test_afschermen_verandert_geen_cijfer_van_bijlage_1(drenthe_gegevens, drempel):
    voor_niemand = afgeschermd(drenthe_gegevens, drempel, lambda cbs: False)
    assert bijlage1_cijfers(voor_niemand) == bijlage1_cijfers(drenthe_gegevens)
    assert [r.plaatsen for r in bereken_bijlage1(voor_niemand).locaties] == [
        r.plaatsen for r in bereken_bijlage1(drenthe_gegevens).locaties
    ]


def test_alleen_de_eigen_gemeente_ziet_de_details_van_haar_idee(drenthe_gegevens):
    emmen = _emmen_amv(drenthe_gegevens)
    assert emmen.fasen[-1].fase is Fase.IDEE and emmen.opmerking == "nog te realiseren"
    ander = afgeschermd(drenthe_gegevens, Fase.COLLEGEBESLUIT, lambda cbs: cbs == "GM0106")
    assert _emmen_amv(ander).opmerking == ""
    eigen = afgeschermd(drenthe_gegevens, Fase.COLLEGEBESLUIT, lambda cbs: cbs == EMMEN)
    assert _emmen_amv(eigen) == emmen
    # Locations in use keep their remarks for everyone.
    in_gebruik = [loc for loc in ander.locaties if loc.status is LocatieStatus.GEREALISEERD]
    origineel = [loc for loc in drenthe_gegevens.locaties if loc in in_gebruik]
    assert in_gebruik and in_gebruik == origineel


def test_na_het_collegebesluit_ziet_iedereen_de_details(drenthe_gegevens):
    emmen = _emmen_amv(drenthe_gegevens)
    besluit = Faseovergang(Fase.COLLEGEBESLUIT, date(2025, 2, 1), "collegebesluit 1-2-2025")
    verder = replace(emmen, fasen=(*emmen.fasen, besluit))
    assert locatie_openbaar(verder, Fase.COLLEGEBESLUIT)
    assert not locatie_openbaar(verder, Fase.RAADSBESLUIT)
