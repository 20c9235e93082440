from regietafel.data.synthetisch import PROVINCIES, synthetische_gegevens
from regietafel.domain.model import Categorie


def test_synthetische_gegevens_zijn_landelijk_en_herhaalbaar():
    gegevens = synthetische_gegevens(7)
    assert len(gegevens) == 12
    assert sum(len(g.gemeenten) for g in gegevens) == 342
    assert 1300 <= sum(len(g.locaties) for g in gegevens) <= 1700
    for g, (_naam, opgave, _aantal) in zip(gegevens, PROVINCIES, strict=True):
        taak = sum(
            c.opgave[Categorie.ASIEL_REGULIER] + c.opgave[Categorie.AMV] for c in g.cijfers.values()
        )
        assert taak == opgave
        assert g.provincie.code.startswith("syn-")
    assert synthetische_gegevens(7) == gegevens
    assert synthetische_gegevens(8) != gegevens
