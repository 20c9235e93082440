from regietafel.puzzel.services import actuele_puzzel
from regietafel.reports.grafiek import (
    GrafiekRij,
    grafiek_tekst,
    grafiekrijen,
    opgave_aanbod_grafiek,
)

RIJEN = [GrafiekRij("Assen", 360, 1000), GrafiekRij("Meppel", 193, 192)]


def test_grafiek_als_svg_met_tekst_en_als_png():
    svg = opgave_aanbod_grafiek(RIJEN, 2025, "svg")
    assert svg.startswith("<svg") and "Assen" in svg and "Meppel" in svg
    assert "1.000" in svg  # Dutch thousands separator on the axis
    assert opgave_aanbod_grafiek(RIJEN, 2025, "svg") == svg  # deterministic
    png = opgave_aanbod_grafiek(RIJEN, 2025, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_grafiek_tekstalternatief_noemt_elk_getal():
    tekst = grafiek_tekst(RIJEN, 2025)
    assert "Assen: opgave 360, aanbod 1.000 (overschot 640)" in tekst
    assert "Meppel: opgave 193, aanbod 192 (tekort 1)" in tekst


def test_een_onbekende_opgave_blijft_onbekend_in_grafiek_en_tekst():
    """In 2027-2028 the targets are not known yet: the text never turns them into 0 with a
    surplus of the whole offer, and the chart still draws the offer."""
    rijen = [GrafiekRij("Assen", None, 1000), GrafiekRij("Meppel", 193, None)]
    tekst = grafiek_tekst(rijen, 2027)
    assert "Assen: opgave nog niet bekend, aanbod 1.000;" in tekst
    assert "Meppel: opgave 193, aanbod nog niet bekend." in tekst
    assert "overschot" not in tekst and "tekort" not in tekst
    assert "Assen" in opgave_aanbod_grafiek(rijen, 2027, "svg")


def test_grafiekrijen_tellen_een_onbekend_deel_niet_als_nul(drenthe):
    rijen = grafiekrijen(actuele_puzzel("drenthe", "2027-2028"), 2027)
    assen = next(r for r in rijen if r.naam == "Assen")
    assert (assen.opgave, assen.aanbod) == (None, 1000)


def test_elke_grafiek_tekent_met_attributen_niet_met_inline_stijl():
    """A strict CSP ignores style attributes and <style> in a page (issue 22): matplotlib's
    are written as SVG presentation attributes, colours and the root's line joins kept."""
    from datetime import date

    from regietafel.reports.grafiek import (
        AANBOD_KLEUR,
        STAAF_KLEUR,
        GanttBalk,
        Staaf,
        capaciteitslijn,
        locaties_gantt,
        staven_per_gemeente,
    )

    grafieken = {
        "opgave_aanbod": (opgave_aanbod_grafiek(RIJEN, 2025), AANBOD_KLEUR),
        "staven": (staven_per_gemeente("t", [Staaf("Assen", 5, 10)], "a", "b"), STAAF_KLEUR),
        "lijn": (capaciteitslijn("t", [(date(2026, 1, 1), 5), (date(2026, 4, 1), 3)], 4), None),
        "gantt": (
            locaties_gantt("t", [GanttBalk("Assen", date(2026, 1, 1), None, 40, "regulier")],
                           date(2025, 1, 1), date(2027, 1, 1)),
            None,
        ),
    }  # fmt: skip
    for naam, (svg, kleur) in grafieken.items():
        assert "style=" not in svg and "<style" not in svg, naam
        assert svg.startswith('<svg stroke-linejoin="round" stroke-linecap="butt"'), naam
        if kleur:
            assert f'fill="{kleur}"' in svg, naam


def test_een_stijleigenschap_zonder_attribuut_valt_op():
    import pytest

    from regietafel.reports.grafiek import zonder_inline_stijl

    svg = '<svg><path style="fill: #e17000; stroke-width: 0.8"/></svg>'
    assert zonder_inline_stijl(svg) == '<svg><path fill="#e17000" stroke-width="0.8"/></svg>'
    with pytest.raises(ValueError, match="mix-blend-mode"):
        zonder_inline_stijl('<svg><path style="mix-blend-mode: multiply"/></svg>')
