"""The solver on Drenthe, cycle 1, and its scenarios (database, both SQLite and PostgreSQL)."""

import pytest

from regietafel.domain.model import Categorie
from regietafel.domain.solver_invoer import Instellingen
from regietafel.puzzel.oplossen import (
    NaamBestaatAl,
    beschrijf_parameters,
    bewaar_scenario,
    concept_verdeling,
    los_op_provincie,
    scenarios,
    vergelijk_scenarios,
)
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import GeenToegang

ASSEN, HOOGEVEEN = "GM0106", "GM0118"
REGULIER = Categorie.ASIEL_REGULIER


def _aanbod(factor):
    """Assen's and Hoogeveen's regular offers (1000 and 940 in both years) times `factor`."""
    return {
        "aanbod": {
            code: {"asiel_regulier": {"2025": int(n * factor), "2026": int(n * factor)}}
            for code, n in ((ASSEN, 1000), (HOOGEVEEN, 940))
        }
    }


def test_drenthe_cyclus_1_is_al_gedekt_en_krijgt_geen_extra_plaatsen(drenthe):
    delen = los_op_provincie("drenthe", "2025-2026")
    assert [(d.categorie, d.jaar) for d in delen] == [
        (REGULIER, 2025), (REGULIER, 2026), (Categorie.AMV, 2025), (Categorie.AMV, 2026),
    ]  # fmt: skip
    for d in delen:
        for o in (d.optimalisatie, d.wettelijk):
            assert o.al_gedekt and o.sluitend and o.geplaatst == 0
            assert all(t.extra == 0 for t in o.toewijzingen)
            assert "al gedekt" in o.uitleg
    regulier = delen[0].optimalisatie
    assert (regulier.opgave, regulier.aanbod) == (2462, 3814)
    assert (delen[2].optimalisatie.opgave, delen[2].optimalisatie.aanbod) == (229, 341)


def test_assen_en_hoogeveen_gehalveerd_blijft_sluitend_en_noemt_de_redenen(drenthe):
    # Halved, the regular offers are 3814 - 500 - 470 = 2844, still above the 2462 task:
    # the distribution closes without extra places, and the explanation says why.
    delen = los_op_provincie("drenthe", "2025-2026", Instellingen.van_dict(_aanbod(0.5)))
    o = delen[0].optimalisatie
    assert o.sluitend and o.geplaatst == 0 and o.aanbod == 2844
    assert "al gedekt" in o.uitleg and "2.844" in o.uitleg
    assen = next(t for t in o.toewijzingen if t.code == ASSEN)
    assert "in dit scenario biedt het 500 in plaats van 1.000" in assen.uitleg
    assert "171 boven het eigen indicatieve aantal" in assen.uitleg
    hoogeveen = next(t for t in o.toewijzingen if t.code == HOOGEVEEN)
    assert "470 in plaats van 940" in hoogeveen.uitleg


def test_assen_en_hoogeveen_op_een_kwart_geeft_een_sluitende_verdeling_met_redenen(drenthe):
    # A quarter: 3814 - 750 - 705 = 2359, 103 short of 2462. The extra places go to the
    # municipalities below their own number, and each explanation says by how much.
    inst = Instellingen.van_dict(
        {**_aanbod(0.25), "gemeenten": {"GM1731": {"maximum": {"asiel_regulier": 10}}}}
    )
    d = los_op_provincie("drenthe", "2025-2026", inst)[0]
    o, w = d.optimalisatie, d.wettelijk
    assert o.rest == 103 and o.sluitend and o.geplaatst == 103
    assert w.sluitend and w.geplaatst == 103
    per_code = {t.code: t for t in o.toewijzingen}
    # The four municipalities with no regular offer at all are furthest below their own
    # number (100%); the optimiser brings them up first, the legal rule spreads pro rata.
    midden = per_code["GM1731"]  # Midden-Drenthe, with a maximum of 10
    assert midden.extra == 10
    assert midden.uitleg.startswith(
        "krijgt 10 extra plaatsen omdat het 181 onder het eigen indicatieve aantal zit; "
        "maximaal 10 opgegeven"
    )
    assen = per_code[ASSEN]  # 250 against 329: 79 (24%) below its own number
    assert assen.extra == 0 and next(t for t in w.toewijzingen if t.code == ASSEN).extra == 11
    assert "met een tekort van 24% van het eigen aantal" in assen.uitleg
    assert "in dit scenario biedt het 250 in plaats van 1.000" in assen.uitleg
    for t in o.toewijzingen:
        if t.aanbod >= t.opgave:
            assert t.extra == 0 and "boven het eigen indicatieve aantal" in t.uitleg
    # without maxima, the optimiser's largest relative shortfall beats the legal rule's
    zonder = los_op_provincie("drenthe", "2025-2026", Instellingen.van_dict(_aanbod(0.25)))[0]
    assert (
        zonder.optimalisatie.grootste_relatieve_tekort < zonder.wettelijk.grootste_relatieve_tekort
    )
    assert "sluitend" in o.uitleg


def test_scenarios_bewaren_vergelijken_en_klaarzetten_als_concept(rollen):
    t = toegang(rollen["provincie"])
    a = bewaar_scenario(t, rollen["provincie"], "drenthe", "2025-2026", "Huidig", Instellingen())
    b = bewaar_scenario(
        t, rollen["provincie"], "drenthe", "2025-2026", "Kwart",
        Instellingen.van_dict(_aanbod(0.25)),
    )  # fmt: skip
    assert [s.naam for s in scenarios("drenthe", "2025-2026")] == ["Kwart", "Huidig"]
    assert b.parameters["aanbod"][ASSEN]["asiel_regulier"]["2025"] == 250
    assert b.resultaat["delen"][0]["optimalisatie"]["geplaatst"] == 103
    v = vergelijk_scenarios(a, b)
    assert v["samenvatting"][0]["a"]["geplaatst"] == 0
    assert (
        sum(r.verschil for r in v["regels"] if r.jaar == 2025 and "regulier" in r.categorie) == 103
    )
    concept = concept_verdeling(b)
    assert concept[ASSEN]["asiel_regulier"]["2025"] == 250 + next(
        g["extra"] for g in b.resultaat["delen"][0]["optimalisatie"]["gemeenten"]
        if g["cbs_code"] == ASSEN
    )  # fmt: skip
    with pytest.raises(NaamBestaatAl):
        bewaar_scenario(t, None, "drenthe", "2025-2026", "Kwart", Instellingen())
    assert "Assen: aanbod 250 (Asielopvang (regulier) 2025, 2026)" in beschrijf_parameters(
        b.parameters, list(a.provincie_cyclus.provincie.gemeenten.all())
    )


def test_gemeente_en_ministerie_bewaren_geen_scenario(rollen):
    for rol in ("gemeente_a", "ministerie"):
        with pytest.raises(GeenToegang):
            bewaar_scenario(
                toegang(rollen[rol]), rollen[rol], "drenthe", "2025-2026", "x", Instellingen()
            )
