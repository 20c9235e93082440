"""Rows of the access matrix for the re-estimate pages and API (issue 11).

Every logged-in role reads the versions of its province (the ministry all); only the
province imports a revision; the public sees none of it. The matrix posts an empty form,
so the province gets 400 (no file) and the confirmation without a preview a redirect.
"""

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]
C1 = "?provincie=drenthe&cyclus=2025-2026"


def _rollen(anoniem, gemeente_a, gemeente_b, provincie, ministerie):
    return dict(zip(ROLLEN, [anoniem, gemeente_a, gemeente_b, provincie, ministerie], strict=True))


def twee_versies():
    """Versions 1 (made at set-up) and 2 of Drenthe's capaciteitsbesluit, cycle 2025-2026."""
    from django.utils import timezone

    from regietafel.cycli.models import ProvincieCyclus
    from regietafel.herramingen.models import Capaciteitsbesluitversie

    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026")
    een = Capaciteitsbesluitversie.objects.get(provincie_cyclus=pc, nummer=1)
    twee, _ = Capaciteitsbesluitversie.objects.get_or_create(
        provincie_cyclus=pc,
        nummer=2,
        defaults={
            "omschrijving": "matrix",
            "landelijke_behoefte": een.landelijke_behoefte,
            "aantallen": {**een.aantallen, "GM0114": {"regulier": 460, "amv": 42}},
            "geimporteerd_op": timezone.now(),
        },
    )
    return een.pk, twee.pk


LEZEN = _rollen(302, 200, 200, 200, 200)

MATRIX = {
    "herramingen": [
        ("get", lambda: "/herramingen/" + C1, None, LEZEN),
        ("post", lambda: "/herramingen/" + C1, lambda: {}, _rollen(302, 403, 403, 400, 403)),
    ],
    # Staff of another province confirm (without a preview: back to the page) their own.
    "herraming-bevestigen": [
        (
            "post",
            lambda: "/herramingen/bevestigen/",
            lambda: {},
            {**_rollen(302, 403, 403, 302, 403), "provincie_b": 302},
        ),
    ],
    "herramingen-vergelijken": [
        (
            "get",
            lambda: "/herramingen/vergelijken/?a={}&b={}".format(*twee_versies()),
            None,
            LEZEN,
        ),
    ],
    "api-herramingen": [
        # Staff of another province list their own province's versions: none here.
        (
            "get",
            lambda: "/api/v1/herramingen",
            None,
            {**_rollen(401, 200, 200, 200, 200), "provincie_b": 200},
        ),
    ],
}
