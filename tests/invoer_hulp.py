"""Rows of the access matrix for the page "Invoer provincie" (issue 15): only the province
itself enters its figures; the cycle's national amounts only a superuser (the superuser's
own path is tested in tests/web/test_invoer_pagina.py)."""

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]
PAD = "/cyclus/invoer/?provincie=drenthe&cyclus=2025-2026"


def _openbaarheid(fase):
    """The form that sets from which phase the details of locations are public."""

    def data():
        from regietafel.cycli.models import ProvincieCyclus

        pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026")
        return {"formulier": "openbaarheid", "locaties_openbaar_vanaf": fase,
                "versie": str(pc.versie)}  # fmt: skip

    return data


def _rollen(anoniem, gemeente_a, gemeente_b, provincie, ministerie):
    return dict(zip(ROLLEN, [anoniem, gemeente_a, gemeente_b, provincie, ministerie], strict=True))


MATRIX = {
    "cyclus-invoer": [
        ("get", lambda: PAD, None, _rollen(302, 403, 403, 200, 403)),
        # An empty form: the province gets its Dutch errors back (400).
        ("post", lambda: PAD, lambda: {"formulier": "provincie"}, _rollen(302, 403, 403, 400, 403)),
        ("post", lambda: PAD, lambda: {"formulier": "gemeenten"}, _rollen(302, 403, 403, 302, 403)),
        # From which phase locations are public: only the province (a phase that is none: 400).
        ("post", lambda: PAD, _openbaarheid("raadsbesluit"), _rollen(302, 403, 403, 302, 403)),
        ("post", lambda: PAD, _openbaarheid("morgen"), _rollen(302, 403, 403, 400, 403)),
        # The national amounts: not even the province.
        ("post", lambda: PAD, lambda: {"formulier": "regels"}, _rollen(302, 403, 403, 403, 403)),
    ],
}
