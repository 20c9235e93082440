"""Each document is made once per test session, from the Drenthe data, dated 31 October
2024 (the date of the real report) so that the output does not depend on the clock."""

from datetime import date

import pytest

DATUM = date(2024, 10, 31)
GEMEENTEN = (
    "Aa en Hunze", "Assen", "Borger-Odoorn", "Coevorden", "De Wolden", "Emmen", "Hoogeveen",
    "Meppel", "Midden-Drenthe", "Noordenveld", "Tynaarlo", "Westerveld",
)  # fmt: skip
BIJLAGE1 = ("2.691", "4.155", "0", "229", "141", "200")
SPUK = ("€ 3.084.000", "€ 682.000", "€ 983.686", "€ 4.749.686", "€ 408.653")


_GEMAAKT: dict[str, bytes] = {}


@pytest.fixture
def documenten(drenthe):
    """A function formaat -> bytes of the Drenthe report; each document is made once per
    test session (the Drenthe data do not change between tests)."""
    from regietafel.verslagen.services import brieven, rapport

    def maak(formaat: str) -> bytes:
        if formaat not in _GEMAAKT:
            if formaat == "brieven":
                _GEMAAKT[formaat] = brieven("drenthe", "2027-2028", datum=DATUM).inhoud
            else:
                _GEMAAKT[formaat] = rapport("drenthe", "2025-2026", formaat, datum=DATUM).inhoud
        return _GEMAAKT[formaat]

    return maak


def soffice_pad() -> str:
    """The path of LibreOffice's soffice. Without it a developer's run skips the checks that
    need it, but CI (where `CI` is set) fails: there they must run (scripts/test installs
    LibreOffice)."""
    import os
    import shutil

    pad = shutil.which("soffice") or shutil.which("libreoffice")
    if pad is None:
        melding = "LibreOffice (soffice) is niet geïnstalleerd; scripts/test installeert het"
        if os.environ.get("CI"):
            pytest.fail(melding + " (in CI wordt deze controle nooit overgeslagen)")
        pytest.skip(melding)
    return pad


@pytest.fixture(scope="session")
def soffice():
    return soffice_pad()


def libreoffice_converteer(soffice, bestanden, naar, uit):
    """Convert `bestanden` with headless LibreOffice to format `naar` ("pdf", "xlsx", a CSV
    filter, …) into folder `uit`, with a profile of its own so parallel runs do not share
    one; fails on a non-zero exit or an error message."""
    import subprocess

    profiel = uit / "lo-profiel"
    resultaat = subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{profiel}",
         "--convert-to", naar, "--outdir", str(uit), *map(str, bestanden)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert resultaat.returncode == 0, resultaat.stderr
    assert "Error" not in resultaat.stderr and "error" not in resultaat.stdout, resultaat
    return resultaat
