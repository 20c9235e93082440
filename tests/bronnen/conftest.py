import pytest

from regietafel.opgaven.models import Aanbod
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import wijzig_aanbod


@pytest.fixture
def emmen_wijzigde(rollen):
    """The user of Emmen (gemeente B), after it changed its AMV offer of 2026 to 60 in the
    web app."""
    emmen = rollen["gemeente_b"]
    a = Aanbod.objects.select_related("gemeente__provincie").get(
        gemeente__cbs_code="GM0114", categorie="amv", jaar=2026
    )
    wijzig_aanbod(toegang(emmen), emmen, a, 60, a.versie)
    return emmen
