"""Rows of the access matrix for the location pipeline and realisation timing (issue 11).

The edit rows use Emmen's AMV unit (phase idee), so gemeente A (Assen) must be refused. The
API reads JSON only: a role that passes the access checks of the POST gets 415 from the
matrix client's form data, a role that does not gets 401 or 403 first.
"""

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]


def _rollen(anoniem, gemeente_a, gemeente_b, provincie, ministerie):
    return dict(zip(ROLLEN, [anoniem, gemeente_a, gemeente_b, provincie, ministerie], strict=True))


def emmen_amv():
    from regietafel.locaties.models import Locatie

    return Locatie.objects.get(gemeente__cbs_code="GM0114", soort="amv").pk


INGELOGD = _rollen(302, 200, 200, 200, 200)


def _zet(fase):
    return lambda: {"fase": fase, "datum": "1-2-2025", "bron": "collegebesluit", "versie": "1"}


MATRIX = {
    "locatie-fasen": [
        ("get", lambda: f"/locaties/{emmen_amv()}/fasen/", None, INGELOGD),
        # A valid move (302 back to the timeline) and one that skips phases (400).
        ("post", lambda: f"/locaties/{emmen_amv()}/fasen/", _zet("collegebesluit"),
         _rollen(302, 403, 302, 302, 403)),
        ("post", lambda: f"/locaties/{emmen_amv()}/fasen/", _zet("in_gebruik"),
         _rollen(302, 403, 400, 400, 403)),
    ],
    "realisatie": [
        ("get", lambda: "/realisatie/?peildatum=31-10-2024", None, INGELOGD),
        ("get", lambda: "/realisatie/?peildatum=gisteren", None, _rollen(302, 400, 400, 400, 400)),
    ],
    # Staff of another province do not find Drenthe's locations (404).
    "api-locatie-fasen": [
        ("get", lambda: f"/api/v1/locaties/{emmen_amv()}/fasen", None,
         {**_rollen(401, 200, 200, 200, 200), "provincie_b": 404}),
        ("post", lambda: f"/api/v1/locaties/{emmen_amv()}/fasen", lambda: {},
         {**_rollen(401, 403, 415, 415, 403), "provincie_b": 404}),
    ],
    "api-realisatie": [
        ("get", lambda: "/api/v1/realisaties/drenthe?peildatum=2024-10-31", None,
         _rollen(401, 200, 200, 200, 200)),
    ],
}  # fmt: skip
