from regietafel.reports.grafiek import (
    GrafiekRij,
    grafiek_tekst,
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
