"""Solver parameters shared by the CLI tests: Drenthe short of regular places (Assen and
Hoogeveen offer less), with Aa en Hunze and Borger-Odoorn building in units of 20, so that
stage 2 has places to choose among rows with units."""

import json
from pathlib import Path

MET_EENHEDEN = {
    "aanbod": {
        "GM0106": {"asiel_regulier": {"2025": 250, "2026": 250}},
        "GM0118": {"asiel_regulier": {"2025": 235, "2026": 235}},
    },
    "gemeenten": {
        "GM1680": {"eenheid": {"asiel_regulier": 20}},
        "GM1681": {"eenheid": {"asiel_regulier": 20}},
    },
}


def parameterbestand(map: Path) -> str:
    """`MET_EENHEDEN` written as a parameter file for `regietafel los-op --parameters`."""
    bestand = map / "eenheden.json"
    bestand.write_text(json.dumps(MET_EENHEDEN))
    return str(bestand)
