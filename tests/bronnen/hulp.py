"""Rows of the access matrix for the sources of the figures (issue 11): the page /bronnen/
and /api/v1/bronnen. Drenthe 2025-2026 is published, 2027-2028 is not."""

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]
C1 = "provincie=drenthe&cyclus=2025-2026"
C2 = "provincie=drenthe&cyclus=2027-2028"


def _rollen(anoniem, overige):
    return {"anoniem": anoniem, **dict.fromkeys(ROLLEN[1:], overige)}


MATRIX = {
    "bronnen": [
        ("get", lambda: f"/bronnen/?{C1}", None, _rollen(200, 200)),
        ("get", lambda: f"/bronnen/?{C2}", None, _rollen(302, 200)),
        ("get", lambda: f"/bronnen/?{C1}&ouder_dan=nul", None, _rollen(400, 400)),
        (
            "get",
            lambda: f"/bronnen/?{C2}&stand=verouderd&soort=amv.aanbod&gemeente=GM0114",
            None,
            _rollen(302, 200),
        ),
        ("get", lambda: f"/bronnen/?{C1}&soort=onzin", None, _rollen(400, 400)),
        ("get", lambda: f"/bronnen/?{C1}&pagina=99", None, _rollen(404, 404)),
    ],
    "api-bronnen": [
        ("get", lambda: f"/api/v1/bronnen?{C1}", None, _rollen(200, 200)),
        ("get", lambda: f"/api/v1/bronnen?{C2}", None, _rollen(401, 200)),
        ("get", lambda: "/api/v1/bronnen?provincie=drenthe", None, _rollen(400, 400)),
    ],
}
