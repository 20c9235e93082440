"""Mijn gemeente, the message log, contact addresses and sending the action list
(issue 18) in the access matrix. Mijn gemeente is a municipal user's own page: everyone
else logged in is sent to their home page (302). The log and the province's addresses
are the province's own: staff of Groningen see Groningen's (200), never Drenthe's."""

from tests.cycli.hulp import alleen_provincie, eigen_gemeente, overleg_en_actie

LOGIN = 302
IEDER_ANDER = {"provincie": 302, "ministerie": 302, "geen_rol": 302, "provincie_b": 302}


def _eigen_provincie(status, groningen):
    """The province edits; staff of Groningen get `groningen` (their own province)."""
    return {**alleen_provincie(status), "geen_rol": 403, "provincie_b": groningen}


MATRIX = {
    "mijn-gemeente": [
        ("get", lambda: "/mijn-gemeente/", None,
         {"anoniem": LOGIN, "gemeente_a": 200, "gemeente_b": 200, **IEDER_ANDER}),
        # A horizon that is no number of months: the page with the error (400).
        ("get", lambda: "/mijn-gemeente/?maanden=veel", None,
         {"anoniem": LOGIN, "gemeente_a": 400, "gemeente_b": 400, **IEDER_ANDER}),
    ],
    "berichten": [
        ("get", lambda: "/berichten/", None, _eigen_provincie(200, 200)),
        ("get", lambda: "/berichten/?provincie=drenthe&soort=onzin", None,
         _eigen_provincie(400, 403)),
    ],
    "provincie-adressen": [
        ("get", lambda: "/berichten/adressen/?provincie=drenthe", None,
         _eigen_provincie(200, 403)),
        ("post", lambda: "/berichten/adressen/?provincie=drenthe",
         lambda: {"adressen": "geen-adres"}, _eigen_provincie(400, 403)),
    ],
    "gemeente-adressen": [
        ("get", lambda: "/gemeenten/GM0114/contactadressen/", None, eigen_gemeente(200)),
        ("post", lambda: "/gemeenten/GM0114/contactadressen/",
         lambda: {"adressen": "asiel@emmen"}, eigen_gemeente(400)),
    ],
    "actielijst-versturen": [
        ("post", lambda: f"/overleggen/{overleg_en_actie()[0]}/versturen/", lambda: {},
         _eigen_provincie(302, 403)),
    ],
}  # fmt: skip
