"""Exchanges between municipalities: validation, status, and the provincial totals that an
exchange never changes."""

from __future__ import annotations

from collections import defaultdict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.model import Categorie
from regietafel.domain.uitruil import (
    Overname,
    Uitruil,
    UitruilCategorie,
    UitruilFout,
    UitruilStatus,
    controleer_voorstel,
    cyclusperioden,
    effecten,
    lees_perioden,
    na_akkoord,
    na_bekrachtiging,
    saldi_met_uitruil,
    uitruil_tekst,
)
from tests.uitruil.hulp import voorstel

ASSEN, EMMEN, TYNAARLO = "GM0106", "GM0114", "GM1730"
CODES = [ASSEN, EMMEN, TYNAARLO, "GM0109", "GM0118"]
JAREN = (2025, 2026)
NAMEN = {ASSEN: "Assen", EMMEN: "Emmen"}


def test_een_voorstel_wordt_twee_overnames_over_de_hele_cyclus():
    u = controleer_voorstel(voorstel(), CODES, JAREN)
    assert u.a == Overname(ASSEN, EMMEN, UitruilCategorie.AMV, 20, ("2025", "2026"))
    assert u.b == Overname(EMMEN, ASSEN, UitruilCategorie.ASIEL_REGULIER, 60, ("2025", "2026"))
    assert u.status is UitruilStatus.VOORGESTELD and not u.telt_mee


def test_statushouders_per_halfjaar():
    u = controleer_voorstel(
        voorstel(categorie_b="statushouders", aantal_b="15", perioden_b="2026-1, 2025-2"),
        CODES,
        JAREN,
    )
    assert u.b.perioden == ("2025-2", "2026-1")
    assert u.b.aantal == 15


@pytest.mark.parametrize(
    ("anders", "veld", "code"),
    [
        ({"gemeente_b": ASSEN}, "gemeente_b", "dezelfde_gemeente"),
        ({"gemeente_b": "GM0363"}, "gemeente_b", "buiten_provincie"),
        ({"categorie_a": "oekraine"}, "categorie_a", "onbekende_categorie"),
        ({"categorie_b": "amv"}, "categorie_b", "dezelfde_categorie"),
        ({"aantal_a": 0}, "aantal_a", "geen_aantal"),
        ({"aantal_b": -5}, "aantal_b", "geen_aantal"),
        ({"aantal_b": "veel"}, "aantal_b", "geen_aantal"),
        ({"aantal_a": True}, "aantal_a", "geen_aantal"),
        ({"perioden_a": "2027"}, "perioden_a", "periode_buiten_cyclus"),
        ({"perioden_a": "2025-1"}, "perioden_a", "geen_periode"),
        (
            {"categorie_b": "statushouders", "perioden_b": "2026"},
            "perioden_b",
            "geen_periode",
        ),
    ],
)
def test_foute_voorstellen_geven_een_fout_met_veld_en_code(anders, veld, code):
    with pytest.raises(UitruilFout) as fout:
        controleer_voorstel(voorstel(**anders), CODES, JAREN, NAMEN)
    assert (fout.value.veld, fout.value.code) == (veld, code)


def test_dezelfde_gemeente_aan_beide_kanten_noemt_de_gemeente_in_het_nederlands():
    with pytest.raises(UitruilFout) as fout:
        controleer_voorstel(voorstel(gemeente_b=ASSEN), CODES, JAREN, NAMEN)
    assert str(fout.value) == (
        "Een uitruil is tussen twee verschillende gemeenten; Assen staat aan beide kanten."
    )


def test_bevestigd_door_beide_partijen_en_dan_bekrachtigd():
    u = controleer_voorstel(voorstel(), CODES, JAREN)
    u = na_akkoord(u, ASSEN)
    assert u.status is UitruilStatus.VOORGESTELD
    with pytest.raises(UitruilFout, match="al bevestigd"):
        na_akkoord(u, ASSEN)
    with pytest.raises(UitruilFout, match="nog niet door beide"):
        na_bekrachtiging(u, True, 3)
    u = na_akkoord(u, EMMEN)
    assert u.status is UitruilStatus.BEVESTIGD and u.telt_mee
    with pytest.raises(UitruilFout, match="nog niet bekrachtigd"):
        na_bekrachtiging(u, False, 3)
    u = na_bekrachtiging(u, True, 3)
    assert u.status is UitruilStatus.BEKRACHTIGD and u.telt_mee
    with pytest.raises(UitruilFout, match="al bekrachtigd"):
        na_akkoord(u, EMMEN)


def test_een_derde_gemeente_kan_niet_bevestigen():
    u = controleer_voorstel(voorstel(), CODES, JAREN)
    with pytest.raises(UitruilFout) as fout:
        na_akkoord(u, TYNAARLO)
    assert fout.value.code == "geen_partij"


def test_effect_op_de_opgaven_van_beide_gemeenten():
    u = controleer_voorstel(voorstel(perioden_b="2026"), CODES, JAREN)
    assert effecten([u]) == {
        (ASSEN, UitruilCategorie.AMV, "2025"): 20,
        (ASSEN, UitruilCategorie.AMV, "2026"): 20,
        (ASSEN, UitruilCategorie.ASIEL_REGULIER, "2026"): -60,
        (EMMEN, UitruilCategorie.AMV, "2025"): -20,
        (EMMEN, UitruilCategorie.AMV, "2026"): -20,
        (EMMEN, UitruilCategorie.ASIEL_REGULIER, "2026"): 60,
    }


def test_uitruil_in_een_zin():
    u = controleer_voorstel(voorstel(perioden_b="2026"), CODES, JAREN)
    assert uitruil_tekst(u, NAMEN, JAREN) == (
        "Assen neemt 20 plaatsen AMV over van Emmen (de hele cyclus); Emmen neemt in ruil 60 "
        "plaatsen asielopvang regulier over van Assen (2026)."
    )


CATEGORIEEN = st.sampled_from(list(UitruilCategorie))


@st.composite
def overnames(draw, codes=CODES):
    neemt, van = draw(st.lists(st.sampled_from(codes), min_size=2, max_size=2, unique=True))
    cat = draw(CATEGORIEEN)
    alle = cyclusperioden(cat, JAREN)
    perioden = draw(st.lists(st.sampled_from(alle), min_size=1, unique=True))
    return Overname(neemt, van, cat, draw(st.integers(1, 5000)), tuple(sorted(perioden)))


@st.composite
def uitruilen(draw, codes=CODES):
    a = draw(overnames(codes))
    b = draw(overnames(codes))
    return Uitruil(a, b, draw(st.booleans()), draw(st.booleans()))


@given(st.lists(uitruilen(), max_size=12))
def test_een_uitruil_verandert_nooit_het_provinciale_totaal_van_een_categorie(lijst):
    totaal: dict[tuple[UitruilCategorie, str], int] = defaultdict(int)
    for (_code, cat, periode), delta in effecten(lijst).items():
        totaal[(cat, periode)] += delta
    assert all(v == 0 for v in totaal.values())


@given(st.lists(uitruilen([ASSEN, EMMEN, "GM0109", "GM0118"]), max_size=8), st.data())
def test_de_puzzel_met_uitruil_houdt_de_provinciale_opgave_gelijk(drenthe_gegevens, lijst, data):
    saldi = saldi_met_uitruil(drenthe_gegevens, lijst)
    totalen = [s for s in saldi if s.cbs_code is None]
    assert len(totalen) == 2 * len(JAREN)
    for t in totalen:
        assert t.opgave_met_uitruil == t.opgave
        deel = [s for s in saldi if s.cbs_code and (s.categorie, s.jaar) == (t.categorie, t.jaar)]
        assert sum(s.opgave_met_uitruil for s in deel) == t.opgave
    # Each municipality's balance moves by exactly its share of the counted exchanges.
    delta = effecten(u for u in lijst if u.telt_mee)
    s = data.draw(st.sampled_from([s for s in saldi if s.cbs_code]))
    ucat = UitruilCategorie(s.categorie.value)
    assert s.opgave_met_uitruil - s.opgave == delta.get((s.cbs_code, ucat, str(s.jaar)), 0)


def test_alleen_bevestigde_uitruil_telt_in_de_saldi(drenthe_gegevens):
    u = controleer_voorstel(voorstel(), CODES, JAREN)

    def emmen_amv(lijst):
        return next(
            s
            for s in saldi_met_uitruil(drenthe_gegevens, lijst)
            if (s.cbs_code, s.categorie, s.jaar) == (EMMEN, Categorie.AMV, 2025)
        )

    voorgesteld = emmen_amv([u])
    assert voorgesteld.opgave_met_uitruil == voorgesteld.opgave == 42
    bevestigd = emmen_amv([na_akkoord(na_akkoord(u, ASSEN), EMMEN)])
    assert bevestigd.opgave_met_uitruil == 22
    assert (bevestigd.saldo, bevestigd.saldo_met_uitruil) == (8, 28)


def test_lege_periode_is_de_hele_cyclus():
    assert lees_perioden(" ", UitruilCategorie.STATUSHOUDERS, JAREN, "p") == (
        "2025-1",
        "2025-2",
        "2026-1",
        "2026-2",
    )
