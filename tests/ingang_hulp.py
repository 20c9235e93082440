"""Rows of the access matrix for the ways in of issue 15: GOO locations (the province and
the municipality itself), a half year of status holders (the province), the import
templates (whoever may import that kind) and a province in a cycle (an administrator only;
the superuser's own path is tested in tests/web/test_provincie_nieuw.py)."""

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]


def _rollen(anoniem, gemeente_a, gemeente_b, provincie, ministerie, **andere):
    """Per role; `andere` for the roles that otherwise get what the public gets."""
    rij = dict(zip(ROLLEN, [anoniem, gemeente_a, gemeente_b, provincie, ministerie], strict=True))
    return rij | andere


def _emmen_goo():
    """A GOO location of Emmen (gemeente B), made on first use in a test."""
    from regietafel.oekraine.models import GooLocatie
    from regietafel.provincies.models import Gemeente

    emmen = Gemeente.objects.get(cbs_code="GM0114")
    return GooLocatie.objects.get_or_create(gemeente=emmen, naam="Matrix", plaatsen=10)[0].pk


ALLEEN_BEHEERDER = _rollen(302, 403, 403, 403, 403)

MATRIX = {
    "goo-nieuw": [
        # Staff of Groningen may add a GOO location in their own province.
        (
            "get",
            lambda: "/oekraine/goo/nieuw/",
            None,
            _rollen(302, 200, 200, 200, 403, provincie_b=200),
        ),
        # An empty form: the Dutch errors come back (400), nothing is written.
        (
            "post",
            lambda: "/oekraine/goo/nieuw/",
            lambda: {},
            _rollen(302, 400, 400, 400, 403, provincie_b=400),
        ),
    ],
    "goo-bewerken": [
        ("get", lambda: f"/oekraine/goo/{_emmen_goo()}/", None, _rollen(302, 403, 200, 200, 403)),
        (
            "post",
            lambda: f"/oekraine/goo/{_emmen_goo()}/",
            lambda: {"plaatsen": "-1"},
            _rollen(302, 403, 400, 400, 403),
        ),
    ],
    "goo-verwijderen": [
        # Without the version nothing is removed: 400 for those who may.
        (
            "post",
            lambda: f"/oekraine/goo/{_emmen_goo()}/verwijderen/",
            lambda: {},
            _rollen(302, 403, 400, 400, 403),
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
