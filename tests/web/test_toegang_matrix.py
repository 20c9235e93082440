"""Every URL × every role: the allowed status codes.

Gemeente A is Assen, gemeente B is Emmen; the edit pages and POST endpoints are Emmen's, so
gemeente A must be refused. The test fails when a URL is added without a row here.

Two more roles read what the public reads and no more (services.toegang): `geen_rol`, a
logged-in user without a role, and `provincie_b`, staff of Groningen, a province without
data here. A row names their status only where it differs from the public's; otherwise they
get what the public gets, with a refusal (403) where the public is sent to log in.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from tests.apidata_hulp import MATRIX as APIDATA_MATRIX
from tests.berichten.hulp import MATRIX as BERICHTEN_MATRIX
from tests.bronnen.hulp import MATRIX as BRON_MATRIX
from tests.cycli.hulp import MATRIX as CYCLUS_MATRIX
from tests.data_hulp import MATRIX as DATA_MATRIX
from tests.download_hulp import MATRIX as DOWNLOAD_MATRIX
from tests.fase_hulp import MATRIX as FASE_MATRIX
from tests.herramingen.hulp import MATRIX as HERRAMING_MATRIX
from tests.ingang_hulp import MATRIX as INGANG_MATRIX
from tests.invoer_hulp import MATRIX as INVOER_MATRIX
from tests.laad_hulp import MATRIX as LAAD_MATRIX
from tests.laatste_ingangen_hulp import EXTRA as LAATSTE_EXTRA
from tests.laatste_ingangen_hulp import MATRIX as LAATSTE_MATRIX
from tests.landelijk.hulp import MATRIX as LANDELIJK_MATRIX
from tests.statushouders.hulp import MATRIX as TOEZICHT_MATRIX
from tests.toegang_hulp import MATRIX as KRUISENDE_MATRIX
from tests.toegang_hulp import VERTROUWELIJK, Json
from tests.uitruil.hulp import MATRIX as UITRUIL_MATRIX
from tests.verdeelbesluiten.hulp import MATRIX as VERDEELBESLUIT_MATRIX

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie", "geen_rol",
          "provincie_b"]  # fmt: skip
DRENTHE = ROLLEN[1:5]  # the roles bound to Drenthe, or reading every province
LOGIN = 302  # the public is sent to the login page


def zoals_publiek(status):
    """What a logged-in user who reads only what the public reads gets where the public gets
    `status`: the same, but a refusal where the public is asked to log in (302, API 401)."""
    return 403 if status in (LOGIN, 401) else status


def verwacht_voor(verwacht, rol):
    """The status `rol` should get from a row's expectations."""
    if rol in verwacht:
        return verwacht[rol]
    assert rol in ("geen_rol", "provincie_b"), f"de matrixregel noemt {rol} niet"
    return zoals_publiek(verwacht["anoniem"])


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
LOGIN_EERST = {"anoniem": LOGIN}


def RAPPORTEREN(status):  # noqa: N802 - reads like the other status helpers
    """Official documents: provincie and ministerie get `status`, a gemeente 403."""
    return {"anoniem": LOGIN, "gemeente_a": 403, "gemeente_b": 403, "provincie": status,
            "ministerie": status}  # fmt: skip


def ingelogd(status):
    """Pages for every logged-in role; the public is sent to the login page."""
    return {"anoniem": LOGIN, **dict.fromkeys(DRENTHE, status)}


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
            {"anoniem": 404, **dict.fromkeys(DRENTHE, 200)},
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
    # Who reads no province here internally lands on the public puzzle instead (302).
    "dashboard": [
        (
            "get",
            lambda: "/dashboard/?peildatum=2026-01-01",
            None,
            {**ingelogd(200), "geen_rol": 302, "provincie_b": 302},
        ),
        ("get", lambda: "/dashboard/?provincie=drenthe", None, ingelogd(200)),
    ],
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
    "rapport-opdracht": [
        ("get", lambda: f"/rapporten/{ONBEKEND}/", None, dict.fromkeys(ROLLEN, 404) | LOGIN_EERST)
    ],
    "rapport-downloaden": [
        (
            "get",
            lambda: f"/rapporten/{ONBEKEND}/downloaden/",
            None,
            dict.fromkeys(ROLLEN, 404) | LOGIN_EERST,
        )
    ],
    "rapport-opnieuw": [
        (
            "post",
            lambda: f"/rapporten/{ONBEKEND}/opnieuw/",
            lambda: {},
            dict.fromkeys(ROLLEN, 404) | LOGIN_EERST,
        )
    ],
    # Running the cycle (issue 6): rows in tests/cycli/hulp.py.
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
    # The source of every figure (issue 11): rows in tests/bronnen/hulp.py.
    **BRON_MATRIX,
    # The status-holder supervision ladder (issue 11): rows in tests/statushouders/hulp.py.
    **TOEZICHT_MATRIX,
    # Re-estimates of the capaciteitsbesluit (issue 11): rows in tests/herramingen/hulp.py.
    **HERRAMING_MATRIX,
    # The location pipeline and realisation timing (issue 11): rows in tests/fase_hulp.py.
    **FASE_MATRIX,
    # Exchanges between municipalities (issue 11): rows in tests/uitruil/hulp.py.
    **UITRUIL_MATRIX,
    # The minister's verdeelbesluit (issue 16): rows in tests/verdeelbesluiten/hulp.py.
    **VERDEELBESLUIT_MATRIX,
    # The published report and puzzle, for everyone (issue 17): tests/download_hulp.py.
    **DOWNLOAD_MATRIX,
    # Mijn gemeente and e-mail (issue 18): rows in tests/berichten/hulp.py.
    **BERICHTEN_MATRIX,
    # The figures of the web pages and their writes through the API (issue 19):
    # tests/apidata_hulp.py.
    **APIDATA_MATRIX,
    # The national overview and the reserve emergency places (issue 16): landelijk_hulp.py.
    **LANDELIJK_MATRIX,
    "login": [("get", lambda: "/inloggen/", None, dict.fromkeys(ROLLEN, 200))],
    "logout": [("post", lambda: "/uitloggen/", lambda: {}, dict.fromkeys(ROLLEN, 302))],
    # Django's admin: only staff; our role users are not staff and are sent to its login.
    "admin": [("get", lambda: "/admin/", None, dict.fromkeys(ROLLEN, 302))],
}


# Requests whose identifiers do not belong together (tests/toegang_hulp.py), and more rows
# for URLs listed above (tests/laatste_ingangen_hulp.py), added to the rows of their URL.
for _extra in (KRUISENDE_MATRIX, LAATSTE_EXTRA):
    for _naam, _regels in _extra.items():
        MATRIX[_naam] = [*MATRIX[_naam], *_regels]

# What a location of Emmen not yet public is called, remarked and sourced with: no page or
# answer that a role outside Emmen, its province and the ministry gets may show them
# (services.openbaarheid; the module's tests share it with their users: `matrixwereld` in
# tests/conftest.py).
ZIEN_ALLES = {"gemeente_b", "provincie", "ministerie"}


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


GEWEIGERD = {400, 401, 403, 404, 415}


@pytest.mark.parametrize(("naam", "i", "rol"), GEVALLEN)
def test_status_per_rol(client, gedeelde_rollen, naam, i, rol):
    """The status, and: a refused write changes nothing (the data version stays, see
    services.stand); a page or answer shows the confidential location only to who may."""
    from regietafel.services.stand import huidige_stand

    methode, pad, data, verwacht = MATRIX[naam][i]
    if gedeelde_rollen[rol] is not None:
        client.force_login(gedeelde_rollen[rol])
    kwargs = {}
    if data:
        inhoud = data()
        kwargs = {"data": inhoud}
        if isinstance(inhoud, Json):
            kwargs = {"data": dict(inhoud), "content_type": "application/json"}
    pad = pad()
    stand = huidige_stand()
    response = getattr(client, methode)(pad, **kwargs)
    status = verwacht_voor(verwacht, rol)
    assert response.status_code == status
    if methode != "get" and (status in GEWEIGERD or (rol == "anoniem" and status == LOGIN)):
        assert huidige_stand() == stand, "een geweigerd verzoek heeft toch iets geschreven"
    if rol not in ZIEN_ALLES:
        for tekst in VERTROUWELIJK:
            assert tekst.encode() not in response.content, f"{tekst} getoond aan {rol}"


def test_de_vertrouwelijke_locatie_staat_wel_op_de_paginas_van_wie_haar_mag_zien(
    client, gedeelde_rollen
):
    """The control of the check above: the names are there for Emmen and the province."""
    pk = Locatie.objects.get(gemeente__cbs_code="GM0114", soort="amv").pk
    for rol in ("gemeente_b", "provincie"):
        client.force_login(gedeelde_rollen[rol])
        for pad in ("/bijlage1/", "/locaties/", "/gemeenten/GM0114/", f"/locaties/{pk}/fasen/",
                    f"/api/v1/locaties/{pk}", f"/api/v1/locaties/{pk}/fasen"):  # fmt: skip
            inhoud = client.get(pad).content.decode()
            gevonden = [t for t in VERTROUWELIJK if t in inhoud]
            assert gevonden, f"{pad} toont {rol} niets van de locatie"


def test_gemeente_kan_aanbod_van_andere_gemeente_niet_wijzigen(client, gedeelde_rollen):
    client.force_login(gedeelde_rollen["gemeente_a"])
    pk = _emmen_aanbod()
    response = client.post(f"/gemeenten/GM0114/aanbod/{pk}/", {"plaatsen": "999", "versie": "1"})
    assert response.status_code == 403
    assert Aanbod.objects.get(pk=pk).plaatsen == 50


def test_publiek_ziet_onbekende_niet_gepubliceerde_puzzel_niet(client, gedeelde_rollen):
    from regietafel.cycli.models import ProvincieCyclus

    # Saved one by one, as the app saves: a bulk update would not move the data version
    # (services.stand), and the module's earlier tests computed the puzzle at this one.
    for pc in ProvincieCyclus.objects.all():
        pc.gepubliceerd = False
        pc.save(update_fields=["gepubliceerd"])
    assert client.get("/").status_code == LOGIN
    client.force_login(gedeelde_rollen["gemeente_a"])
    assert client.get("/").status_code == 200
