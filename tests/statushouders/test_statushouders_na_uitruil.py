"""A status holder's task after exchanges, from the service the web, the API, the CLI and
the report share (services.statushouders.na_uitruil)."""

from regietafel.domain.statushouders import Periode
from regietafel.domain.uitruil import Voorstel
from regietafel.statushouders.services import bewaar_huisvesting, na_uitruil, statushouders
from regietafel.uitruil.services import bevestig, stel_voor
from tests.conftest import ASSEN, EMMEN


def test_de_taak_na_uitruil_verschuift_pas_als_de_uitruil_bevestigd_is(rollen):
    bewaar_huisvesting("drenthe", Periode(2025, 2), EMMEN, 100, None)  # Assen: task unknown
    voorstel = Voorstel(
        gemeente_a=ASSEN, categorie_a="amv", aantal_a=20,
        gemeente_b=EMMEN, categorie_b="statushouders", aantal_b=12, perioden_b="2025-2",
    )  # fmt: skip
    u = stel_voor("drenthe", "2025-2026", voorstel, rollen["gemeente_b"])
    o = statushouders("drenthe", "2025-2")
    voor = na_uitruil(o)
    assert voor.verschil == {} and set(voor.taakstelling.values()) == {None}

    bevestig(u, rollen["gemeente_a"], u.versie)
    na = na_uitruil(o)
    assert na.verschil == {ASSEN: -12, EMMEN: 12}
    assert na.taakstelling[EMMEN] == 112
    assert {c for c, n in na.taakstelling.items() if n is not None} == {EMMEN}
    assert na_uitruil(statushouders("drenthe", "2026-1")).verschil == {}
