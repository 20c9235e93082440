"""Rows of the access matrix for the API's figures of the web pages and their writes
(issue 19): the puzzle, Bijlage 1, capacity, Ukraine, status holders, the route map, the
consultation and an answer, distribution versions, PRT meetings and actions, scenarios and
report tasks. Gemeente A is Assen, gemeente B is Emmen; `provincie_b` is staff of
Groningen, which has no data here: it does not find what Drenthe keeps for its own users
(404), and gets an empty list where a list is asked."""

from tests.cycli.hulp import open_consultatie, overleg_en_actie, twee_versies
from tests.toegang_hulp import Json

API = "/api/v1"
C1, C2 = "?cyclus=2025-2026", "?cyclus=2027-2028"
ONBEKEND = "00000000-0000-4000-8000-000000000000"
ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie", "provincie_b"]


def _rollen(*statussen):
    """The status per role, in ROLLEN's order; `geen_rol` gets what the public gets, with
    403 where the public gets 401 (tests/web/test_toegang_matrix.py)."""
    return dict(zip(ROLLEN, statussen, strict=True))


IEDEREEN = _rollen(200, 200, 200, 200, 200, 200)
# Published cycle 1 for everyone; cycle 2 only for who reads Drenthe internally.
ONGEPUBLICEERD = _rollen(404, 200, 200, 200, 200, 404)
# The pages for logged-in users: who reads Drenthe internally.
INTERN = _rollen(401, 200, 200, 200, 200, 404)
# A list of what Drenthe keeps for its own users: empty (200) for another province's staff.
INTERNE_LIJST = _rollen(401, 200, 200, 200, 200, 200)


def _antwoord():
    """The answer URL of Emmen in cycle 2027-2028, whose consultation is open."""
    open_consultatie()
    return f"{API}/consultaties/drenthe/antwoorden/GM0114{C2}"


# A write only the province may do, of something that is not valid (400).
PROVINCIE_400 = _rollen(401, 403, 403, 400, 403, 404)


def _overleg():
    """The URL of a PRT meeting of Drenthe, made on first use in a test."""
    return f"{API}/overleggen/{overleg_en_actie()[0]}"


def _actie():
    """The URL of an action of that meeting."""
    return f"{API}/acties/{overleg_en_actie()[1]}"


MATRIX = {
    "api-puzzel": [
        ("get", lambda: f"{API}/puzzels/drenthe{C1}", None, IEDEREEN),
        ("get", lambda: f"{API}/puzzels/drenthe{C2}", None, ONGEPUBLICEERD),
    ],
    "api-bijlage1": [
        ("get", lambda: f"{API}/bijlagen1/drenthe{C1}", None, IEDEREEN),
        ("get", lambda: f"{API}/bijlagen1/drenthe{C2}", None, ONGEPUBLICEERD),
    ],
    "api-capaciteit": [("get", lambda: f"{API}/capaciteit/drenthe{C1}", None, INTERN)],
    "api-oekraine": [("get", lambda: f"{API}/oekraine/drenthe{C1}", None, INTERN)],
    "api-statushouders": [("get", lambda: f"{API}/statushouders/drenthe", None, INTERN)],
    "api-routekaart": [("get", lambda: f"{API}/routekaarten/drenthe{C2}", None, INTERN)],
    "api-consultatie": [("get", lambda: f"{API}/consultaties/drenthe{C2}", None, INTERN)],
    # An answer that is not valid: Emmen itself and the province get the Dutch error (400).
    "api-consultatie-antwoord": [
        (
            "put",
            _antwoord,
            lambda: Json(voortzetten="misschien", versie=0),
            _rollen(401, 403, 400, 400, 403, 404),
        ),
    ],  # fmt: skip
    "api-verdelingsversies": [
        ("get", lambda: f"{API}/verdelingsversies?provincie=drenthe", None, INTERNE_LIJST)
    ],
    "api-verdelingsversie": [
        ("get", lambda: f"{API}/verdelingsversies/{twee_versies()[0]}", None, INTERN)
    ],
    "api-overleggen": [("get", lambda: f"{API}/overleggen?provincie=drenthe", None, INTERNE_LIJST)],
    "api-overleg": [("get", _overleg, None, INTERN)],
    # Only the province records actions; without a description the province gets 400.
    "api-overleg-acties": [
        ("post", lambda: _overleg() + "/acties", lambda: Json(eigenaar="Emmen"), PROVINCIE_400),
    ],
    "api-actie": [
        ("get", _actie, None, INTERN),
        ("patch", _actie, lambda: Json(status="misschien", versie=1), PROVINCIE_400),
    ],
    "api-scenarios": [
        ("get", lambda: f"{API}/scenarios?provincie=drenthe", None, INTERNE_LIJST),
        # Without a name: the province (and Groningen's staff, for its own) get 400.
        (
            "post",
            lambda: f"{API}/scenarios",
            lambda: Json(provincie="drenthe", cyclus="2025-2026"),
            _rollen(401, 403, 403, 400, 403, 400),
        ),
    ],  # fmt: skip
    # An unknown format: refused (400) for who may ask for documents, nothing is made.
    "api-rapportopdrachten": [
        (
            "post",
            lambda: f"{API}/rapportopdrachten",
            lambda: Json(provincie="drenthe", cyclus="2025-2026", formaat="odt"),
            _rollen(401, 403, 403, 400, 400, 400),
        ),
    ],  # fmt: skip
    "api-rapportopdracht": [
        (
            "get",
            lambda: f"{API}/rapportopdrachten/{ONBEKEND}",
            None,
            _rollen(401, 404, 404, 404, 404, 404),
        ),
    ],  # fmt: skip
    "api-rapportopdracht-bestand": [
        (
            "get",
            lambda: f"{API}/rapportopdrachten/{ONBEKEND}/bestand",
            None,
            _rollen(401, 404, 404, 404, 404, 404),
        ),
    ],  # fmt: skip
}
