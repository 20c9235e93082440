"""Rows of the access matrix for the downloads of a published cycle (issue 17): anyone may
download the report (PDF) and the puzzle (XLSX, CSV) of Drenthe 2025-2026, which is
published; of 2027-2028, which is not, there is nothing to download, whoever asks."""

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]
IEDEREEN = dict.fromkeys(ROLLEN, 200)
NIEMAND = dict.fromkeys(ROLLEN, 404)


def _pad(cyclus, bestand):
    return lambda: f"/gepubliceerd/drenthe/{cyclus}/{bestand}"


MATRIX = {
    "gepubliceerd-downloaden": [
        ("get", _pad("2025-2026", "verslag.pdf"), None, IEDEREEN),
        ("get", _pad("2025-2026", "puzzel.xlsx"), None, IEDEREEN),
        ("get", _pad("2025-2026", "puzzel.csv"), None, IEDEREEN),
        ("get", _pad("2027-2028", "verslag.pdf"), None, NIEMAND),
        ("get", _pad("2027-2028", "puzzel.xlsx"), None, NIEMAND),
        ("get", _pad("2027-2028", "puzzel.csv"), None, NIEMAND),
        ("get", _pad("2025-2026", "verslag.docx"), None, NIEMAND),
    ],
}
