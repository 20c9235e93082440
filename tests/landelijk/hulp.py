"""Rows of the access matrix for the national overview and the reserve emergency places
(issue 16): the page and its API for everyone (the public reads the published provinces),
the register of reserves for the province, its municipalities and the ministry only, and
its forms for the province and the municipality itself."""

from tests.ingang_hulp import ROLLEN, _rollen, bewerk_formulier, nieuw_formulier


def _emmen_reserve():
    """A reserve of Emmen (gemeente B), made on first use in a test."""
    from regietafel.noodopvang.models import Reservenoodopvang
    from regietafel.provincies.models import Gemeente

    emmen = Gemeente.objects.get(cbs_code="GM0114")
    return Reservenoodopvang.objects.get_or_create(gemeente=emmen, plaatsen=40)[0].pk


ALLEN = _rollen(200, 200, 200, 200, 200)
# Drenthe 2027-2028 is not published: the public does not learn that it exists (404).
ONGEPUBLICEERD = _rollen(404, 200, 200, 200, 200)

MATRIX = {
    "landelijk": [
        ("get", lambda: "/landelijk/", None, ALLEN),
        ("get", lambda: "/landelijk/?cyclus=2027-2028", None, ONGEPUBLICEERD),
    ],
    "api-landelijk-overzicht": [
        ("get", lambda: "/api/v1/landelijke-overzichten", None, ALLEN),
        ("get", lambda: "/api/v1/landelijke-overzichten?cyclus=2027-2028", None, ONGEPUBLICEERD),
        # Bad input: a cycle that is no cycle is a 400 with the field named.
        (
            "get",
            lambda: "/api/v1/landelijke-overzichten?cyclus=morgen",
            None,
            dict.fromkeys(ROLLEN, 400),
        ),
    ],  # fmt: skip
    "noodopvang": [
        ("get", lambda: "/noodopvang/?provincie=drenthe", None, _rollen(302, 200, 200, 200, 200)),
    ],
    # Staff of Groningen may add a reserve in their own province.
    "noodopvang-nieuw": nieuw_formulier("/noodopvang/nieuw/"),
    "noodopvang-bewerken": bewerk_formulier(lambda: f"/noodopvang/{_emmen_reserve()}/"),
}
