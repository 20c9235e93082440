"""Rows of the access matrix for the ways in of issue 15: GOO locations (the province and
the municipality itself), a half year of status holders (the province), the import
templates (whoever may import that kind) and a province in a cycle (an administrator only;
the superuser's own path is tested in tests/web/test_provincie_nieuw.py)."""

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]


def _rollen(anoniem, gemeente_a, gemeente_b, provincie, ministerie, **andere):
    """Per role; `andere` for the roles that otherwise get what the public gets."""
    rij = dict(zip(ROLLEN, [anoniem, gemeente_a, gemeente_b, provincie, ministerie], strict=True))
    return rij | andere


# A form of one's own province, which staff of Groningen may use too: the page (200), and
# posted with errors the Dutch errors come back (400), nothing is written.
EIGEN_PROVINCIE = _rollen(302, 200, 200, 200, 403, provincie_b=200)
EIGEN_PROVINCIE_FOUT = _rollen(302, 400, 400, 400, 403, provincie_b=400)


def nieuw_formulier(url):
    """The rows of the form at `url` that adds something to one's own province: the form,
    and the form posted empty."""
    return [
        ("get", lambda: url, None, EIGEN_PROVINCIE),
        ("post", lambda: url, lambda: {}, EIGEN_PROVINCIE_FOUT),
    ]


# A form of a row of Emmen (gemeente B), for the municipality itself and the province.
VAN_EMMEN = _rollen(302, 403, 200, 200, 403)
VAN_EMMEN_FOUT = _rollen(302, 403, 400, 400, 403)


def bewerk_formulier(url):
    """The rows of the form at `url()` that edits a row of Emmen: the form, and the form
    posted with a negative number of places."""
    return [
        ("get", url, None, VAN_EMMEN),
        ("post", url, lambda: {"plaatsen": "-1"}, VAN_EMMEN_FOUT),
    ]


def _emmen_goo():
    """A GOO location of Emmen (gemeente B), made on first use in a test."""
    from regietafel.oekraine.models import GooLocatie
    from regietafel.provincies.models import Gemeente

    emmen = Gemeente.objects.get(cbs_code="GM0114")
    return GooLocatie.objects.get_or_create(gemeente=emmen, naam="Matrix", plaatsen=10)[0].pk


ALLEEN_BEHEERDER = _rollen(302, 403, 403, 403, 403)

MATRIX = {
    # Staff of Groningen may add a GOO location in their own province.
    "goo-nieuw": nieuw_formulier("/oekraine/goo/nieuw/"),
    "goo-bewerken": bewerk_formulier(lambda: f"/oekraine/goo/{_emmen_goo()}/"),
    "goo-verwijderen": [
        # Without the version nothing is removed: 400 for those who may.
        (
            "post",
            lambda: f"/oekraine/goo/{_emmen_goo()}/verwijderen/",
            lambda: {},
            VAN_EMMEN_FOUT,
        ),
    ],
    "statushouders-halfjaar": [
        (
            "post",
            lambda: "/statushouders/halfjaar/",
            lambda: {"provincie": "drenthe", "periode": ""},
            _rollen(302, 403, 403, 400, 403),
        ),
    ],
    "import-sjabloon": [
        # Groningen takes part in no cycle here: there is nothing to import into yet (404).
        (
            "get",
            lambda: "/importeren/sjabloon/goo/",
            None,
            _rollen(302, 200, 200, 200, 403, provincie_b=404),
        ),
        (
            "get",
            lambda: "/importeren/sjabloon/puzzel/",
            None,
            _rollen(302, 403, 403, 200, 403, provincie_b=404),
        ),
    ],
    "provincie-nieuw": [
        ("get", lambda: "/importeren/provincie/", None, ALLEEN_BEHEERDER),
        ("post", lambda: "/importeren/provincie/", lambda: {}, ALLEEN_BEHEERDER),
    ],
}
