"""The data-file form written back (the form of a frozen publication, ADR 0007): reading it
gives the same inputs, counted the same way."""

import json

import pytest

from regietafel.data import gegevens_naar_dict, gegevens_uit_dict, lees_dataset
from regietafel.data.synthetisch import synthetische_gegevens
from regietafel.domain.bijlage1 import bereken_bijlage1
from regietafel.domain.puzzel import bereken_puzzel


def _rondje(g):
    return gegevens_uit_dict(json.loads(json.dumps(gegevens_naar_dict(g))))


@pytest.mark.parametrize(
    "g", [lees_dataset(), *synthetische_gegevens()[:3]], ids=lambda g: g.provincie.code
)
def test_terug_gelezen_gegevens_zijn_dezelfde(g):
    terug = _rondje(g)
    assert terug.locaties == g.locaties
    assert terug.niet_meetellend == g.niet_meetellend
    assert terug.gemeenten == g.gemeenten
    assert terug.cyclus == g.cyclus
    assert terug.provincie_opgave == g.provincie_opgave
    assert bereken_puzzel(terug) == bereken_puzzel(g)
    assert bereken_bijlage1(terug) == bereken_bijlage1(g)


def test_een_onleesbare_datum_blijft_zoals_geschreven():
    g = lees_dataset()
    (tynaarlo,) = [loc for loc in g.locaties if loc.onleesbaar]
    (terug,) = [loc for loc in _rondje(g).locaties if loc.onleesbaar]
    assert terug.onleesbaar == tynaarlo.onleesbaar == (("beschikbaar_van", "28"),)
