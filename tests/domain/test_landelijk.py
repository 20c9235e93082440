"""The national overview's rules: a province's row from its inputs, and the national totals
as the sums of the provinces shown, with the rounding difference flagged, not corrected."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from regietafel.data.synthetisch import synthetische_gegevens
from regietafel.domain.landelijk import (
    JaarSaldo,
    ProvincieRegel,
    landelijke_totalen,
    provincieregel,
)
from regietafel.domain.model import Categorie, CyclusGegevens
from regietafel.domain.noodopvang import Reserve, ReserveStatus, reservetotaal
from regietafel.domain.spuk import bereken_spuk

PEILDATUM = date(2026, 12, 1)


def test_drenthe_als_gepubliceerd(drenthe_gegevens: CyclusGegevens) -> None:
    r = provincieregel(drenthe_gegevens, PEILDATUM)
    assert (r.opgave_regulier, r.opgave_amv, r.opgave) == (2462, 229, 2691)
    # Bijlage 1's "ingevuld": every listed location, 4,155 places, against 2,691.
    assert [(j.jaar, j.aanbod, j.saldo) for j in r.jaren] == [
        (2025, 4155, 1464),
        (2026, 4155, 1464),
    ]
    assert r.sluitend is True and r.niet_sluitend_in == ()
    assert r.spuk_gemeenten == bereken_spuk(drenthe_gegevens).gemeenten_totaal == 4749686
    assert r.spuk_totaal == 4749686 + 408653
    assert r.realisatiedatum == date(2025, 7, 1)
    assert r.gemeenten == 12


def test_de_twaalf_provincies_van_cyclus_1_tellen_op_tot_96002() -> None:
    """The synthetic provinces carry the real cycle-1 tasks: the published record sums to
    96,002 against a need of 96,000, and the overview says so instead of correcting it."""
    regels = [provincieregel(g, PEILDATUM) for g in synthetische_gegevens()]
    tot = landelijke_totalen(regels, 96000, (2025, 2026))
    assert tot.opgave == 96002 and tot.verschil == 2
    assert tot.gemeenten == 342
    assert tot.afrondingsverschil and not tot.groter_verschil


def test_een_ontbrekende_provincie_is_geen_afrondingsverschil() -> None:
    regels = [provincieregel(g, PEILDATUM) for g in synthetische_gegevens()[1:]]
    tot = landelijke_totalen(regels, 96000, (2025, 2026))
    assert tot.verschil == 2 - 2691
    assert tot.groter_verschil and not tot.afrondingsverschil


def test_zonder_indicatieve_aantallen_is_de_opgave_nog_niet_ingevoerd(
    drenthe_gegevens: CyclusGegevens,
) -> None:
    leeg = {
        code: replace(c, opgave={cat: None for cat in Categorie})
        for code, c in drenthe_gegevens.cijfers.items()
    }
    r = provincieregel(replace(drenthe_gegevens, cijfers=leeg), PEILDATUM)
    assert r.opgave is None and r.sluitend is None
    assert all(j.saldo is None for j in r.jaren)
    tot = landelijke_totalen([r], 88000, (2025, 2026))
    assert tot.opgave is None and tot.verschil is None and tot.zonder_opgave == ("Drenthe",)
    assert not tot.afrondingsverschil and not tot.groter_verschil


def _regel(i: int, regulier: int | None, amv: int | None, aanbod: int, gemeenten: int):
    opgave = None if regulier is None or amv is None else regulier + amv
    return ProvincieRegel(
        code=f"p{i}", naam=f"P{i}", gepubliceerd=False, gemeenten=gemeenten,
        opgave_regulier=regulier, opgave_amv=amv,
        jaren=(JaarSaldo(2027, aanbod, None if opgave is None else aanbod - opgave),),
        sluitend=None if opgave is None else aanbod >= opgave, niet_sluitend_in=(),
        plaatsen=aanbod, in_gebruik_op_realisatiedatum=aanbod // 2,
        realisatiedatum=None, spuk_gemeenten=None, spuk_provincie=None,
    )  # fmt: skip


provincies = st.lists(
    st.tuples(
        st.one_of(st.none(), st.integers(0, 20000)),
        st.integers(0, 2000),
        st.integers(0, 30000),
        st.integers(1, 60),
    ),
    max_size=14,
)


@given(provincies, st.integers(1, 200000))
def test_de_totalen_zijn_de_sommen_van_de_provincies(rijen, behoefte) -> None:
    regels = [_regel(i, *rij) for i, rij in enumerate(rijen)]
    tot = landelijke_totalen(regels, behoefte, (2027,))
    assert tot.aanbod == ((2027, sum(r.jaren[0].aanbod for r in regels)),)
    assert tot.in_gebruik_op_realisatiedatum == sum(r.in_gebruik_op_realisatiedatum for r in regels)
    assert tot.sluitend + tot.niet_sluitend + len(tot.zonder_opgave) == len(regels)
    if tot.zonder_opgave:
        assert tot.opgave is None and tot.verschil is None
    else:
        assert tot.opgave == sum(r.opgave for r in regels)
        assert tot.verschil == tot.opgave - behoefte
    # A difference is flagged as exactly one of the two, never both; none when there is none.
    assert not (tot.afrondingsverschil and tot.groter_verschil)
    assert (tot.afrondingsverschil or tot.groter_verschil) == (tot.verschil not in (None, 0))


@given(
    st.lists(
        st.tuples(
            st.integers(0, 500),
            st.sampled_from(list(ReserveStatus)),
            st.one_of(st.none(), st.integers(0, 60)),
        ),  # fmt: skip
        max_size=20,
    )
)
def test_de_reserve_telt_per_status_en_beeindigd_is_niet_inzetbaar(rijen) -> None:
    reserves = [Reserve("p", f"GM{i}", n, s, d) for i, (n, s, d) in enumerate(rijen)]
    t = reservetotaal(reserves)
    assert sum(t.per_status.values()) == sum(r.plaatsen for r in reserves)
    beeindigd = sum(r.plaatsen for r in reserves if r.status is ReserveStatus.BEEINDIGD)
    assert t.inzetbaar == sum(r.plaatsen for r in reserves) - beeindigd
    inzetbaar = [r for r in reserves if r.status is not ReserveStatus.BEEINDIGD]
    dagen = [r.openen_binnen_dagen for r in inzetbaar if r.openen_binnen_dagen is not None]
    assert t.snelste_dagen == (min(dagen) if dagen else None)


def test_een_overschot_regulier_dekt_geen_tekort_amv(drenthe_gegevens: CyclusGegevens) -> None:
    kort = {
        code: replace(
            c, aanbod={k: (0 if k[0] is Categorie.AMV else v) for k, v in c.aanbod.items()}
        )
        for code, c in drenthe_gegevens.cijfers.items()
    }
    r = provincieregel(replace(drenthe_gegevens, cijfers=kort), PEILDATUM)
    assert all(j.saldo is not None and j.saldo > 0 for j in r.jaren)
    assert r.sluitend is False and r.niet_sluitend_in == (Categorie.AMV,)
