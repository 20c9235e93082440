"""Rows of the access matrix for the last ways in of issue 15: a new offer row on the
municipality page (the province and the municipality itself), and, in `EXTRA`, rows for
URLs that other files list already: the province figures import and its template (the
province's own staff; the national amounts in it only an administrator, whose path is
tested in tests/web/test_provinciecijfers_pagina.py)."""

from tests.ingang_hulp import EIGEN_PROVINCIE, EIGEN_PROVINCIE_FOUT, _rollen

NIEUW = "/gemeenten/GM0114/aanbod/nieuw/?provincie=drenthe&cyclus=2025-2026"


def _zonder_emmen_amv_2026():
    """The path, with Emmen's AMV offer of 2026 removed, as a new province has none yet."""
    from regietafel.opgaven.models import Aanbod

    Aanbod.objects.filter(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026).delete()
    return NIEUW


MATRIX = {
    "aanbod-nieuw": [
        (
            "post",
            _zonder_emmen_amv_2026,
            lambda: {"categorie": "amv", "jaar": "2026", "plaatsen": "5"},
            _rollen(302, 403, 302, 302, 403),
        ),
        # A year outside the cycle: the Dutch error (400), nothing written.
        (
            "post",
            lambda: NIEUW,
            lambda: {"categorie": "amv", "jaar": "2031", "plaatsen": "5"},
            _rollen(302, 403, 400, 400, 403),
        ),
    ],
}

EXTRA = {
    "import-sjabloon": [
        (
            "get",
            lambda: "/importeren/sjabloon/provinciecijfers/",
            None,
            # Groningen takes part in no cycle here: no figures to fill in yet (404).
            _rollen(302, 403, 403, 200, 403, provincie_b=404),
        ),
    ],
    # Without a file: the province gets its Dutch form errors, a municipality too (it may
    # not choose this kind), the ministry imports nothing.
    "importeren": [
        (
            "post",
            lambda: "/importeren/",
            lambda: {"soort": "provinciecijfers", "cyclus": "2025-2026"},
            EIGEN_PROVINCIE_FOUT,
        ),
        # A province user asking for another province keeps its own: 200, not 403.
        ("get", lambda: "/importeren/?provincie=drenthe", None, EIGEN_PROVINCIE),
    ],
}
