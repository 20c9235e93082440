"""The figures of seed 002's table "de Drentse puzzel", as published (31 October 2024).

These are the expected results; the system must compute them from its inputs. `None` is a
blank cell in the published table; "-" cells are 0.
Columns: inwoners, Oekraïne opgave/realisatie/ambitie, asiel opgave/realisatie/aanbod
2025/2026, AMV opgave/realisatie/aanbod 2025/2026.
"""

PUZZEL = {
    "Aa en Hunze": (25724, 293, 403, 430, 143, 66, 87, 87, 13, 0, 0, 0),
    "Assen": (69414, 791, 792, 792, 329, 1645, 1000, 1000, 31, 0, 0, 0),
    "Borger-Odoorn": (25919, 295, 246, 385, 128, 69, 0, 0, 12, 0, 50, 50),
    "Coevorden": (35700, 407, 220, 220, 172, 500, 430, 430, 16, 20, 20, 20),
    "De Wolden": (24602, 280, 112, 382, 139, 43, 0, 0, 13, None, 50, 50),
    "Emmen": (108765, 1240, 996, 996, 453, 725, 675, 675, 42, 0, 50, 50),
    "Hoogeveen": (56433, 643, 500, 506, 256, 952, 940, 940, 24, 0, 0, 0),
    "Meppel": (35464, 404, 455, 455, 177, 184, 192, 192, 16, 0, 0, 0),
    "Midden-Drenthe": (33987, 387, 264, 537, 181, None, 0, 0, 17, 0, 50, 50),
    "Noordenveld": (31591, 360, 200, 503, 170, 67, None, None, 16, 43, 43, 43),
    "Tynaarlo": (34592, 394, 290, 340, 205, 334, 250, 250, 19, 28, 28, 28),
    "Westerveld": (19860, 226, 125, 102, 109, 208, 240, 240, 10, 50, 50, 50),
}
TOTAAL = (502051, 5722, 4603, 5648, 2462, 4793, 3814, 3814, 229, 141, 341, 341)


def rij(r: dict) -> tuple:
    """A row of the puzzle JSON in the column order above."""
    return (
        r["inwoners"],
        r["oekraine"]["opgave"],
        r["oekraine"]["realisatie"],
        r["oekraine"]["ambitie"],
        r["asiel_regulier"]["opgave"],
        r["asiel_regulier"]["realisatie"],
        r["asiel_regulier"]["aanbod"]["2025"],
        r["asiel_regulier"]["aanbod"]["2026"],
        r["amv"]["opgave"],
        r["amv"]["realisatie"],
        r["amv"]["aanbod"]["2025"],
        r["amv"]["aanbod"]["2026"],
    )


# Seed 002, "Financiële middelen" and Bijlage 2: SPUK 1 per municipality that chose it, the
# totals, and the province's own amount (whole euros).
SPUK1 = {"Assen": 1_280_000, "Coevorden": 484_000, "Hoogeveen": 1_320_000}
SPUK_TOTALEN = {"spuk1": 3_084_000, "spuk2": 682_000, "spuk3": 983_686}
SPUK_GEMEENTEN = 4_749_686
SPUK_PROVINCIE = 408_653

# Seed 002, Bijlage 1: the six figures, in the ministry's order.
BIJLAGE1 = (2691, 4155, 0, 229, 141, 200)
