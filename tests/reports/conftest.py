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
    from regietafel.services.rapporten import brieven, rapport

    def maak(formaat: str) -> bytes:
        if formaat not in _GEMAAKT:
            if formaat == "brieven":
                _GEMAAKT[formaat] = brieven("drenthe", "2027-2028", datum=DATUM).inhoud
            else:
                _GEMAAKT[formaat] = rapport("drenthe", "2025-2026", formaat, datum=DATUM).inhoud
        return _GEMAAKT[formaat]

    return maak
