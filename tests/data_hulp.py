"""Rows of the access matrix for the import pages and the REST API (issue 8).

The matrix client sends form data; the API reads JSON only, so a role that passes the
access checks of a write endpoint gets 415 there, and a role that does not gets 401 or 403
first. The JSON writes themselves are tested in tests/api/.
"""

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]
ALLEN = dict.fromkeys(ROLLEN, 200)


def _rollen(anoniem, gemeente_a, gemeente_b, provincie, ministerie):
    return dict(zip(ROLLEN, [anoniem, gemeente_a, gemeente_b, provincie, ministerie], strict=True))


def _emmen_locatie():
    from regietafel.locaties.models import Locatie

    return Locatie.objects.filter(gemeente__cbs_code="GM0114").order_by("pk").first().pk


def _emmen_aanbod():
    from regietafel.opgaven.models import Aanbod

    return Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026).pk


INGELOGD_LEZEN = _rollen(401, 200, 200, 200, 200)
EMMEN_SCHRIJVEN = _rollen(401, 403, 415, 415, 403)
# Staff of another province (tests/web/test_toegang_matrix.py) list their own province's
# rows, none of Drenthe, and do not find Drenthe's: a list is empty, a row 404.
EIGEN_LIJST = {"provincie_b": 200}
NIET_GEVONDEN = {"provincie_b": 404}

MATRIX = {
    # Imports: the province all kinds, a municipality its own offers and locations.
    "importeren": [
        # Staff of another province import for their own province.
        (
            "get",
            lambda: "/importeren/",
            None,
            {**_rollen(302, 200, 200, 200, 403), "provincie_b": 200},
        ),
        (
            "post",
            lambda: "/importeren/",
            lambda: {"soort": "locaties"},
            {**_rollen(302, 400, 400, 400, 403), "provincie_b": 400},
        ),
    ],
    "import-bevestigen": [
        (
            "post",
            lambda: "/importeren/bevestigen/",
            lambda: {},
            {**_rollen(302, 302, 302, 302, 403), "provincie_b": 302},
        ),
    ],
    "api-provincies": [("get", lambda: "/api/v1/provincies", None, ALLEN)],
    "api-provincie": [("get", lambda: "/api/v1/provincies/drenthe", None, ALLEN)],
    "api-gemeenten": [("get", lambda: "/api/v1/gemeenten?provincie=drenthe", None, ALLEN)],
    "api-gemeente": [("get", lambda: "/api/v1/gemeenten/GM0114", None, ALLEN)],
    "api-cycli": [("get", lambda: "/api/v1/cycli", None, ALLEN)],
    "api-cyclus": [("get", lambda: "/api/v1/cycli/2025-2026", None, ALLEN)],
    "api-opgaven": [("get", lambda: "/api/v1/opgaven?provincie=drenthe", None, ALLEN)],
    "api-aanbod": [("get", lambda: "/api/v1/aanbod?cyclus=2025-2026", None, ALLEN)],
    "api-aanbod-detail": [
        ("get", lambda: f"/api/v1/aanbod/{_emmen_aanbod()}", None, ALLEN),
        ("patch", lambda: f"/api/v1/aanbod/{_emmen_aanbod()}", lambda: {}, EMMEN_SCHRIJVEN),
    ],
    "api-locaties": [
        ("get", lambda: "/api/v1/locaties", None, {**INGELOGD_LEZEN, **EIGEN_LIJST}),
        (
            "post",
            lambda: "/api/v1/locaties",
            lambda: {},
            {**_rollen(401, 415, 415, 415, 403), "provincie_b": 415},
        ),
    ],
    "api-locatie": [
        (
            "get",
            lambda: f"/api/v1/locaties/{_emmen_locatie()}",
            None,
            {**INGELOGD_LEZEN, **NIET_GEVONDEN},
        ),
        (
            "patch",
            lambda: f"/api/v1/locaties/{_emmen_locatie()}",
            lambda: {},
            {**EMMEN_SCHRIJVEN, **NIET_GEVONDEN},
        ),
        (
            "put",
            lambda: f"/api/v1/locaties/{_emmen_locatie()}",
            lambda: {},
            {**EMMEN_SCHRIJVEN, **NIET_GEVONDEN},
        ),
    ],
    "api-importen": [
        (
            "get",
            lambda: "/api/v1/importen",
            None,
            {**_rollen(401, 403, 403, 200, 200), **EIGEN_LIJST},
        ),
    ],
    "api-openapi": [("get", lambda: "/api/v1/openapi.json", None, ALLEN)],
    "api-docs": [("get", lambda: "/api/v1/docs", None, ALLEN)],
}
