"""The report's list of sources: every document, import and entry its figures come from,
with how many figures and their reference dates (*peildatum*)."""

from __future__ import annotations

from collections.abc import Sequence

from regietafel.reports.document import Alinea, Opsomming, Sectie


def bronnen_sectie(bronnen: Sequence[str]) -> Sectie:
    """The section, from one sentence per source (`Bronvermelding.tekst`)."""
    return Sectie(
        "bronnen",
        "Bronnen",
        (
            Alinea(
                "De cijfers in dit verslag komen uit de volgende bronnen. Bij elke bron staat "
                "hoeveel opgeslagen cijfers eruit komen en de peildatum: de dag die de cijfers "
                "beschrijven."
            ),
            Opsomming(tuple(bronnen)),
        ),
        nieuwe_pagina=True,
    )
