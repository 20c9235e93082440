"""Every URL × every role: the allowed status codes.

Gemeente A is Assen, gemeente B is Emmen; the edit pages and POST endpoints are Emmen's, so
gemeente A must be refused. The test fails when a URL is added without a row here.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from tests.bron_hulp import MATRIX as BRON_MATRIX
from tests.cyclus_hulp import MATRIX as CYCLUS_MATRIX
from tests.data_hulp import MATRIX as DATA_MATRIX
from tests.fase_hulp import MATRIX as FASE_MATRIX
from tests.herraming_hulp import MATRIX as HERRAMING_MATRIX
from tests.ingang_hulp import MATRIX as INGANG_MATRIX
from tests.invoer_hulp import MATRIX as INVOER_MATRIX
from tests.laad_hulp import MATRIX as LAAD_MATRIX
from tests.laatste_ingangen_hulp import EXTRA as LAATSTE_EXTRA
from tests.laatste_ingangen_hulp import MATRIX as LAATSTE_MATRIX
from tests.toezicht_hulp import MATRIX as TOEZICHT_MATRIX
from tests.uitruil_hulp import MATRIX as UITRUIL_MATRIX

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]
LOGIN = 302  # the public is sent to the login page


def _emmen_locatie():
    return Locatie.objects.filter(gemeente__cbs_code="GM0114").first().pk


def _emmen_aanbod():
    return Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026).pk


def _twee_scenarios():
    """Two saved scenarios of Drenthe, cycle 2025-2026 (created on first use in a test)."""
    from regietafel.cycli.models import ProvincieCyclus
    from regietafel.scenarios.models import Scenario

    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026")
    return [
        Scenario.objects.get_or_create(provincie_cyclus=pc, naam=naam)[0].pk
        for naam in ("Matrix A", "Matrix B")
    ]


def eigen_gemeente(status):
    """Edit pages of gemeente B: only B itself and the province get `status`."""
    return {"anoniem": LOGIN, "gemeente_a": 403, "gemeente_b": status, "provincie": status,
            "ministerie": 403}  # fmt: skip


def eigen_provincie(status):
    """Pages only the province edits: the province gets `status`, other roles 403."""
    return {"anoniem": LOGIN, "gemeente_a": 403, "gemeente_b": 403, "provincie": status,
            "ministerie": 403}  # fmt: skip


ONBEKEND = "00000000-0000-4000-8000-000000000000"


def RAPPORTEREN(status):  # noqa: N802 - reads like the other status helpers
    """Official documents: provincie and ministerie get `status`, a gemeente 403."""
    return {"anoniem": LOGIN, "gemeente_a": 403, "gemeente_b": 403, "provincie": status,
            "ministerie": status}  # fmt: skip


def ingelogd(status):
    """Pages for every logged-in role; the public is sent to the login page."""
    return {"anoniem": LOGIN, **dict.fromkeys(ROLLEN[1:], status)}


# url name -> list of (method, path maker, data, {role: status})
MATRIX = {
    "puzzel": [("get", lambda: "/", None, dict.fromkeys(ROLLEN, 200))],
    # Drenthe 2025-2026 is published, so the public reads the bonuses and Bijlage 1 too.
    "bonus": [("get", lambda: "/bonus/", None, dict.fromkeys(ROLLEN, 200))],
    # The same through the API; 2027-2028 is not published: the public gets 404.
    "api-bonus": [
        (
            "get",
            lambda: "/api/v1/bonussen/drenthe?cyclus=2025-2026",
            None,
            dict.fromkeys(ROLLEN, 200),
        ),
        (
            "get",
            lambda: "/api/v1/bonussen/drenthe?cyclus=2027-2028",
            None,
            {"anoniem": 404, **dict.fromkeys(ROLLEN[1:], 200)},
        ),
    ],
    "bijlage1": [("get", lambda: "/bijlage1/", None, dict.fromkeys(ROLLEN, 200))],
    "gemeente": [
        (
            "get",
            lambda: "/gemeenten/GM0114/",
            None,
            ingelogd(200),
        )
    ],
    "aanbod-wijzigen": [
        (
            "post",
            lambda: f"/gemeenten/GM0114/aanbod/{_emmen_aanbod()}/",
            lambda: {"plaatsen": "60", "versie": "1"},
            eigen_gemeente(302),
        )
    ],
    "locatie-nieuw": [
        (
            "get",
            lambda: "/gemeenten/GM0114/locaties/nieuw/",
            None,
            eigen_gemeente(200),
        ),
        (
            "post",
            lambda: "/gemeenten/GM0114/locaties/nieuw/",
            lambda: {"plaatsen": "-1"},
            eigen_gemeente(400),
        ),
    ],
    "locaties": [
        (
            "get",
            lambda: "/locaties/",
            None,
            ingelogd(200),
        )
    ],
    "locatie-bewerken": [
        (
            "get",
            lambda: f"/locaties/{_emmen_locatie()}/bewerken/",
            None,
            eigen_gemeente(200),
        ),
        (
            "post",
            lambda: f"/locaties/{_emmen_locatie()}/bewerken/",
            lambda: {"plaatsen": "-5"},
            eigen_gemeente(400),
        ),
    ],
    "locatie-beeindigen": [
        (
            "get",
            lambda: f"/locaties/{_emmen_locatie()}/beeindigen/",
            None,
            eigen_gemeente(200),
        ),
        (
            "post",
            lambda: f"/locaties/{_emmen_locatie()}/beeindigen/",
            lambda: {"einddatum": "geen datum", "versie": "1"},
            eigen_gemeente(400),
        ),
    ],
    # The solver: everyone logged in reads; only the province computes with its own
    # parameters and saves scenarios (a POST without a name is refused with 400).
    "oplossen": [
        ("get", lambda: "/oplossen/", None, ingelogd(200)),
        (
            "post",
            lambda: "/oplossen/",
            lambda: {"naam": "", "actie": "bewaren"},
            {**ingelogd(403), "provincie": 400},
        ),
    ],
    "scenario-vergelijken": [
        (
            "get",
            lambda: "/oplossen/vergelijken/?a={}&b={}".format(*_twee_scenarios()),
            None,
            ingelogd(200),
        ),
    ],
    # The report's own texts: only the province writes them.
    "verslagteksten": [
        ("get", lambda: "/rapporten/teksten/", None, eigen_provincie(200)),
        (
            "post",
            lambda: "/rapporten/teksten/",
            lambda: {"inleiding": "Tekst"},
            eigen_provincie(302),
        ),
    ],
    # Only the province turns a scenario into a concept version (then sent to that version).
    "scenario-concept": [
        (
            "post",
            lambda: f"/oplossen/scenarios/{_twee_scenarios()[0]}/concept/",
            None,
            {
                "anoniem": LOGIN,
                "gemeente_a": 403,
                "gemeente_b": 403,
                "provincie": 302,
                "ministerie": 403,
            },
        ),
    ],
    # Dashboard, capacity, Ukraine and status holders (issue 9): every logged-in role reads.
    "dashboard": [("get", lambda: "/dashboard/?peildatum=2026-01-01", None, ingelogd(200))],
    "capaciteit": [("get", lambda: "/capaciteit/", None, ingelogd(200))],
    "oekraine": [("get", lambda: "/oekraine/", None, ingelogd(200))],
    "statushouders": [("get", lambda: "/statushouders/", None, ingelogd(200))],
    "statushouders-invoer": [
        # The number housed: the municipality itself and the province.
        (
            "post",
            lambda: "/statushouders/2025-2/GM0114/",
            lambda: {"realisatie": "38"},
            eigen_gemeente(302),
        ),
        # The task: only the province (issue 15).
        (
            "post",
            lambda: "/statushouders/2025-2/GM0114/",
            lambda: {"taakstelling": "40", "realisatie": "38"},
            {**eigen_gemeente(302), "gemeente_b": 403},
        ),
        (
            "post",
            lambda: "/statushouders/2025-2/GM0114/",
            lambda: {"taakstelling": "", "realisatie": "-3"},
            eigen_gemeente(400),
        ),
    ],
    # Official documents: provincie and ministerie only. The matrix asks for an unknown format
    # (400) so that no document is made here; someone else's job does not exist (404).
    "rapporten": [("get", lambda: "/rapporten/", None, RAPPORTEREN(200))],
    "rapport-aanvragen": [
        (
            "post",
            lambda: "/rapporten/aanvragen/",
            lambda: {"provincie": "drenthe", "cyclus": "2025-2026", "formaat": "odt"},
            RAPPORTEREN(400),
        )
    ],
    "rapport-opdracht": [("get", lambda: f"/rapporten/{ONBEKEND}/", None, ingelogd(404))],
    "rapport-downloaden": [
        ("get", lambda: f"/rapporten/{ONBEKEND}/downloaden/", None, ingelogd(404))
    ],
    "rapport-opnieuw": [
        ("post", lambda: f"/rapporten/{ONBEKEND}/opnieuw/", lambda: {}, ingelogd(404))
    ],
    # Running the cycle (issue 6): rows in tests/cyclus_hulp.py.
    **CYCLUS_MATRIX,
    # Imports and the REST API (issue 8): rows in tests/data_hulp.py.
    **DATA_MATRIX,
    # Loading a data file, only for an administrator (issue 15): tests/laad_hulp.py.
    **LAAD_MATRIX,
    # The province's own inputs and the cycle's national amounts (issue 15): invoer_hulp.py.
    **INVOER_MATRIX,
    # GOO, half years, import templates, a province in a cycle (issue 15): ingang_hulp.py.
    **INGANG_MATRIX,
    # New offer rows, the province figures import (issue 15): laatste_ingangen_hulp.py.
    **LAATSTE_MATRIX,
    # The source of every figure (issue 11): rows in tests/bron_hulp.py.
    **BRON_MATRIX,
    # The status-holder supervision ladder (issue 11): rows in tests/toezicht_hulp.py.
    **TOEZICHT_MATRIX,
    # Re-estimates of the capaciteitsbesluit (issue 11): rows in tests/herraming_hulp.py.
    **HERRAMING_MATRIX,
    # The location pipeline and realisation timing (issue 11): rows in tests/fase_hulp.py.
    **FASE_MATRIX,
    # Exchanges between municipalities (issue 11): rows in tests/uitruil_hulp.py.
    **UITRUIL_MATRIX,
    "login": [("get", lambda: "/inloggen/", None, dict.fromkeys(ROLLEN, 200))],
    "logout": [("post", lambda: "/uitloggen/", lambda: {}, dict.fromkeys(ROLLEN, 302))],
    # Django's admin: only staff; our role users are not staff and are sent to its login.
    "admin": [("get", lambda: "/admin/", None, dict.fromkeys(ROLLEN, 302))],
}


# Rows for URLs listed above already, added to theirs.
for _naam, _regels in LAATSTE_EXTRA.items():
    MATRIX[_naam] = [*MATRIX[_naam], *_regels]


def _namen(patronen, prefix=""):
    for p in patronen:
        if isinstance(p, URLResolver):
            if p.namespace == "admin":
                yield "admin"
            else:
                yield from _namen(p.url_patterns, prefix)
        elif isinstance(p, URLPattern):
            yield p.name


def test_elke_url_staat_in_de_matrix():
    namen = set(_namen(get_resolver().url_patterns))
    assert namen - MATRIX.keys() == set(), "voeg deze URL's toe aan de matrix"
    assert MATRIX.keys() - namen == set(), "deze matrixregels horen bij geen URL meer"


GEVALLEN = [
    pytest.param(naam, i, rol, id=f"{naam}-{regel[0]}-{rol}")
    for naam, regels in MATRIX.items()
    for i, regel in enumerate(regels)
    for rol in ROLLEN
]


@pytest.mark.parametrize(("naam", "i", "rol"), GEVALLEN)
def test_status_per_rol(client, rollen, naam, i, rol):
    methode, pad, data, verwacht = MATRIX[naam][i]
    if rollen[rol] is not None:
        client.force_login(rollen[rol])
    kwargs = {"data": data()} if data else {}
    response = getattr(client, methode)(pad(), **kwargs)
    assert response.status_code == verwacht[rol]


def test_gemeente_kan_aanbod_van_andere_gemeente_niet_wijzigen(client, rollen):
    client.force_login(rollen["gemeente_a"])
    pk = _emmen_aanbod()
    response = client.post(f"/gemeenten/GM0114/aanbod/{pk}/", {"plaatsen": "999", "versie": "1"})
    assert response.status_code == 403
    assert Aanbod.objects.get(pk=pk).plaatsen == 50


def test_publiek_ziet_onbekende_niet_gepubliceerde_puzzel_niet(client, rollen):
    from regietafel.cycli.models import ProvincieCyclus

    ProvincieCyclus.objects.update(gepubliceerd=False)
    assert client.get("/").status_code == LOGIN
    client.force_login(rollen["gemeente_a"])
    assert client.get("/").status_code == 200
