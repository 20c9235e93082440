"""Rows of the access matrix for loading a data file in the browser (issue 15): only an
administrator (a superuser) may, so every role of the matrix is refused; the superuser's
own path is tested in tests/web/test_gegevensbestand_pagina.py."""

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]
ALLEEN_BEHEERDER = {"anoniem": 302, **dict.fromkeys(ROLLEN[1:], 403)}

MATRIX = {
    "gegevensbestand": [
        ("get", lambda: "/importeren/gegevensbestand/", None, ALLEEN_BEHEERDER),
        ("post", lambda: "/importeren/gegevensbestand/", lambda: {}, ALLEEN_BEHEERDER),
    ],
    "gegevensbestand-bevestigen": [
        ("post", lambda: "/importeren/gegevensbestand/bevestigen/", lambda: {}, ALLEEN_BEHEERDER),
    ],
}
