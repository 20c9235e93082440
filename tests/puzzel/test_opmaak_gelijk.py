"""Where two rounding rules disagreed (issue 20), the page, the solver's explanation on the
same page and the report now write a figure the same way: 12,25% reads 12,3% everywhere."""

from fractions import Fraction
from types import SimpleNamespace

from regietafel.domain import opmaak
from regietafel.domain.model import Categorie
from regietafel.domain.puzzel_solver import (
    GemeenteInvoer,
    als_dict,
    los_op,
    restverdeling_naar_rato,
)
from regietafel.puzzel.oplossen import methoden_naast_elkaar
from regietafel.reports.verslag import _balans

G = GemeenteInvoer


def test_oplospagina_en_uitleg_noemen_hetzelfde_grootste_relatieve_tekort():
    # Aa en Hunze stays 49 of its 400 short after its maximum: 12,25%. The page's summary
    # (from the solver's JSON, a float) said 12,2%, the explanation (a Fraction) 12,3%.
    gemeenten = [G("A", "Aa", 400, 0, maximum=351), G("B", "Bb", 100, 99), G("C", "Cc", 1000, 1000)]
    o, w = los_op(gemeenten), restverdeling_naar_rato(gemeenten)
    assert o.grootste_relatieve_tekort == Fraction(49, 400)
    resultaat = {
        "delen": [
            {
                "categorie": "asiel_regulier",
                "jaar": 2025,
                "wettelijk": als_dict(w),
                "optimalisatie": als_dict(o),
            }
        ]
    }
    (deel,) = methoden_naast_elkaar(resultaat)
    uitleg = {t.naam: t.uitleg for t in o.toewijzingen}["Aa"]
    assert deel["optimalisatie_pct"] == "12,3%"
    assert f"blijft 49 onder het eigen aantal ({deel['optimalisatie_pct']})" in uitleg


def test_verslag_schrijft_het_aandeel_aangeboden_met_dezelfde_regel():
    # 49 of 400 offered: the report wrote f"{12.25:.1f}" = 12,2%; the page's rule says 12,3%.
    p = SimpleNamespace(aanbod=49, opgave=400, onbekend_aanbod=0)
    rij = SimpleNamespace(categorie=Categorie.ASIEL_REGULIER, jaar=2025, opgave=400)
    balans = SimpleNamespace(van_provincie=lambda c, j: p, gemeenten=[rij])
    _, zin = _balans(SimpleNamespace(balans=balans), Categorie.ASIEL_REGULIER, 2025)
    assert f"({opmaak.procent(Fraction(49, 400))} van de opgave is aangeboden)" in zin
    assert "(12,3% van de opgave" in zin
