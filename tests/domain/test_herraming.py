"""The re-estimate (*herraming*): old against new targets, balances, closing concepts, and
a revision whose municipalities do not match the cycle."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regietafel.domain.herraming import (
    Capaciteitsbesluit,
    Indicatief,
    controleer_gemeenten,
    vergelijk_herraming,
)
from regietafel.domain.model import Categorie, CyclusGegevens

REGULIER, AMV = Categorie.ASIEL_REGULIER, Categorie.AMV


def besluit_van(gegevens: CyclusGegevens) -> Capaciteitsbesluit:
    """The current targets of `gegevens` as a capaciteitsbesluit."""
    return Capaciteitsbesluit(
        gegevens.cyclus.landelijke_behoefte,
        {
            code: Indicatief(c.opgave[REGULIER] or 0, c.opgave[AMV] or 0)
            for code, c in gegevens.cijfers.items()
        },
    )


def concept_van(gegevens: CyclusGegevens) -> dict:
    """The current offers of `gegevens` as a concept distribution's numbers."""
    return {
        code: {
            cat.value: {str(j): c.aanbod.get((cat, j)) for j in gegevens.cyclus.jaren}
            for cat in (REGULIER, AMV)
        }
        for code, c in gegevens.cijfers.items()
    }


def test_drenthe_sluit_onder_het_huidige_besluit(drenthe_gegevens):
    oud = besluit_van(drenthe_gegevens)
    assert (oud.totaal(REGULIER), oud.totaal(AMV)) == (2462, 229)
    h = vergelijk_herraming(drenthe_gegevens, oud, oud, {1: concept_van(drenthe_gegevens)})
    assert h.concepten[0].sluitend_oud is True
    assert not h.niet_meer_sluitend
    assert not h.gewijzigd


def test_hogere_amv_opgave_maakt_concept_niet_meer_sluitend(drenthe_gegevens):
    oud = besluit_van(drenthe_gegevens)
    # AMV offers in Drenthe total 341 against a task of 229; 113 more for Emmen is too much.
    emmen = oud.aantallen["GM0114"]
    nieuw = replace(oud, aantallen={**oud.aantallen, "GM0114": replace(emmen, amv=emmen.amv + 113)})
    h = vergelijk_herraming(drenthe_gegevens, oud, nieuw, {1: concept_van(drenthe_gegevens)})
    g = next(g for g in h.gemeenten if g.cbs_code == "GM0114")
    assert (g.amv.oud, g.amv.nieuw, g.amv.verschil) == (42, 155, 113)
    assert (g.amv.saldo_oud(2025), g.amv.saldo_nieuw(2025)) == (8, -105)
    assert [c.nummer for c in h.niet_meer_sluitend] == [1]
    assert {(d.categorie, d.jaar, d.tekort_nieuw) for d in h.concepten[0].tekorten} == {
        (AMV, 2025, 1),
        (AMV, 2026, 1),
    }
    assert (h.totaal_oud(AMV), h.totaal_nieuw(AMV)) == (229, 342)


def test_112_extra_amv_plaatsen_sluiten_nog_net(drenthe_gegevens):
    oud = besluit_van(drenthe_gegevens)
    emmen = oud.aantallen["GM0114"]
    nieuw = replace(oud, aantallen={**oud.aantallen, "GM0114": replace(emmen, amv=emmen.amv + 112)})
    h = vergelijk_herraming(drenthe_gegevens, oud, nieuw, {1: concept_van(drenthe_gegevens)})
    assert h.concepten[0].sluitend_nieuw is True
    assert not h.niet_meer_sluitend


def test_zonder_huidig_besluit_is_de_oude_opgave_onbekend(drenthe_gegevens):
    nieuw = besluit_van(drenthe_gegevens)
    h = vergelijk_herraming(drenthe_gegevens, None, nieuw, {3: concept_van(drenthe_gegevens)})
    assert all(g.regulier.oud is None and g.regulier.verschil is None for g in h.gemeenten)
    assert h.totaal_oud(REGULIER) is None
    assert h.concepten[0].sluitend_oud is None
    assert not h.concepten[0].niet_meer_sluitend


aantal = st.integers(min_value=0, max_value=5000)


@st.composite
def herzieningen(draw, gegevens: CyclusGegevens):
    codes = list(gegevens.cijfers)
    return Capaciteitsbesluit(
        draw(st.integers(min_value=1, max_value=200_000)),
        {code: Indicatief(draw(aantal), draw(aantal)) for code in codes},
    )


@st.composite
def concepten(draw, gegevens: CyclusGegevens):
    """A concept: for each municipality a number per category and year of the cycle."""
    return {
        code: {
            cat: {str(j): draw(aantal) for j in (2025, 2026)} for cat in ("asiel_regulier", "amv")
        }
        for code in gegevens.cijfers
    }


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_oud_plus_verschil_is_nieuw(drenthe_gegevens, data):
    oud = data.draw(herzieningen(drenthe_gegevens))
    nieuw = data.draw(herzieningen(drenthe_gegevens))
    h = vergelijk_herraming(drenthe_gegevens, oud, nieuw)
    for g in h.gemeenten:
        for cat in (REGULIER, AMV):
            c = g.categorie(cat)
            assert c.oud + c.verschil == c.nieuw
            for jaar in h.jaren:
                if c.aanbod[jaar] is not None:
                    assert c.saldo_nieuw(jaar) - c.saldo_oud(jaar) == -c.verschil
    for cat in (REGULIER, AMV):
        som = sum(g.categorie(cat).verschil for g in h.gemeenten)
        assert h.totaal_oud(cat) + som == h.totaal_nieuw(cat)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_een_herraming_gelijk_aan_het_huidige_besluit_verandert_niets(drenthe_gegevens, data):
    huidig = data.draw(herzieningen(drenthe_gegevens))
    concept = data.draw(concepten(drenthe_gegevens))
    h = vergelijk_herraming(drenthe_gegevens, huidig, huidig, {1: concept})
    assert not h.gewijzigd
    assert all(g.categorie(c).verschil == 0 for g in h.gemeenten for c in (REGULIER, AMV))
    assert not h.niet_meer_sluitend
    assert all(d.sluitend_oud == d.sluitend_nieuw for d in h.concepten[0].dekking)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_een_concept_sluit_alleen_als_het_de_nieuwe_taak_dekt(drenthe_gegevens, data):
    oud = data.draw(herzieningen(drenthe_gegevens))
    nieuw = data.draw(herzieningen(drenthe_gegevens))
    concept = data.draw(concepten(drenthe_gegevens))
    toets = vergelijk_herraming(drenthe_gegevens, oud, nieuw, {7: concept}).concepten[0]
    for d in toets.dekking:
        som = sum(concept[code][d.categorie.value][str(d.jaar)] for code in concept)
        assert d.sluitend_nieuw is (som >= nieuw.totaal(d.categorie))
        assert d.sluitend_oud is (som >= oud.totaal(d.categorie))
    assert toets.niet_meer_sluitend is (
        toets.sluitend_oud is True and toets.sluitend_nieuw is False
    )


CYCLUS = {"GM0106": "Assen", "GM0114": "Emmen", "GM0109": "Coevorden"}
BEKEND = {**CYCLUS, "GM0014": "Groningen"}


def test_gemeenten_die_passen_geven_geen_afwijking():
    assert controleer_gemeenten(CYCLUS, BEKEND, [(2, "GM0106"), (3, "GM0114"), (4, "GM0109")]) == ()


def test_ontbrekende_extra_onbekende_en_dubbele_gemeenten_worden_genoemd():
    rijen = [(2, "GM0106"), (3, "GM0014"), (4, "GM9999"), (5, "GM0106")]
    afwijkingen = controleer_gemeenten(CYCLUS, BEKEND, rijen)
    assert [a.melding for a in afwijkingen] == [
        "Rij 3: Groningen (GM0014) hoort niet bij deze provincie.",
        "Rij 4: GM9999 is geen bekende gemeente.",
        "Rij 5: Assen (GM0106) staat meer dan eens in de herraming.",
        "Coevorden (GM0109) ontbreekt in de herraming.",
        "Emmen (GM0114) ontbreekt in de herraming.",
    ]


@pytest.mark.parametrize("weg", sorted(CYCLUS))
def test_elke_ontbrekende_gemeente_wordt_gevonden(weg):
    rijen = [(i, c) for i, c in enumerate(sorted(CYCLUS), start=2) if c != weg]
    afwijkingen = controleer_gemeenten(CYCLUS, BEKEND, rijen)
    assert [(a.code, a.cbs_code) for a in afwijkingen] == [("ontbreekt", weg)]
