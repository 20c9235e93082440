"""Rows of the access matrix for the status-holder supervision ladder (issue 11): the
history page of a municipality, the province's ladder, and the API resource."""

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]


def _rollen(anoniem, gemeente_a, gemeente_b, provincie, ministerie):
    return dict(zip(ROLLEN, [anoniem, gemeente_a, gemeente_b, provincie, ministerie], strict=True))


INGELOGD = _rollen(302, 200, 200, 200, 200)
LADDER = "/toezicht/ladder/?provincie=drenthe"
# A ladder whose second step does not go up: the province gets 400, nothing is stored.
FOUTE_LADDER = {"versie": "0", "naam-1": "Signaal", "drempel-1": "2", "naam-2": "Overleg",
                "drempel-2": "2"}  # fmt: skip

MATRIX = {
    "toezicht-gemeente": [
        ("get", lambda: "/toezicht/gemeenten/GM0114/?provincie=drenthe", None, INGELOGD)
    ],
    "toezichtladder": [
        ("get", lambda: LADDER, None, INGELOGD),
        ("post", lambda: LADDER, lambda: FOUTE_LADDER, _rollen(302, 403, 403, 400, 403)),
    ],
    "api-toezichtladder": [
        ("get", lambda: "/api/v1/toezichtladders/drenthe", None, _rollen(401, 200, 200, 200, 200))
    ],
}
