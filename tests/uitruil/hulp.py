"""Rows of the access matrix for exchanges between municipalities (issue 11): the page, its
confirm and ratify actions, and /api/v1/uitruilen. Gemeente A is Assen, gemeente B is
Emmen; the exchange made here is between Emmen and Coevorden, so Assen is a third party."""

from regietafel.domain.uitruil import Voorstel
from tests.conftest import ASSEN, EMMEN

C1 = "?provincie=drenthe&cyclus=2025-2026"
ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]


def voorstel(**anders) -> Voorstel:
    """A proposal: Assen takes 20 AMV places from Emmen, Emmen 60 regular ones from Assen;
    `anders` overrides fields. Pure domain, so tests/domain can use it without Django."""
    velden = {
        "gemeente_a": ASSEN,
        "categorie_a": "amv",
        "aantal_a": 20,
        "gemeente_b": EMMEN,
        "categorie_b": "asiel_regulier",
        "aantal_b": 60,
    }
    return Voorstel(**{**velden, **anders})


def _rollen(anoniem, gemeente_a, gemeente_b, provincie, ministerie):
    return dict(zip(ROLLEN, [anoniem, gemeente_a, gemeente_b, provincie, ministerie], strict=True))


def emmen_coevorden():
    """A proposal of the province: Emmen takes 10 AMV places from Coevorden, Coevorden 30
    regular places from Emmen; neither has confirmed yet."""
    from django.utils import timezone

    from regietafel.cycli.models import ProvincieCyclus
    from regietafel.provincies.models import Gemeente
    from regietafel.uitruil.models import Uitruil

    u, _ = Uitruil.objects.get_or_create(
        provincie_cyclus=ProvincieCyclus.objects.get(
            provincie__code="drenthe", cyclus__naam="2025-2026"
        ),
        gemeente_a=Gemeente.objects.get(cbs_code="GM0114"),
        gemeente_b=Gemeente.objects.get(cbs_code="GM0109"),
        defaults={
            "categorie_a": "amv",
            "aantal_a": 10,
            "perioden_a": ["2025", "2026"],
            "categorie_b": "asiel_regulier",
            "aantal_b": 30,
            "perioden_b": ["2025", "2026"],
            "voorgesteld_op": timezone.now(),
        },
    )
    return u.pk


# Emmen proposes with itself as A and an amount of 0: Assen is no party (403), Emmen and
# the province get the Dutch error on the form (400).
FOUT_VOORSTEL = {
    "gemeente_a": "GM0114",
    "categorie_a": "amv",
    "aantal_a": "0",
    "gemeente_b": "GM0109",
    "categorie_b": "asiel_regulier",
    "aantal_b": "30",
}

MATRIX = {
    "uitruilen": [
        ("get", lambda: "/uitruil/" + C1, None, _rollen(302, 200, 200, 200, 200)),
        ("post", lambda: "/uitruil/" + C1, lambda: FOUT_VOORSTEL, _rollen(302, 403, 400, 400, 403)),
    ],
    "uitruil-bevestigen": [
        ("post", lambda: f"/uitruil/{emmen_coevorden()}/bevestigen/", lambda: {"versie": "1"},
         _rollen(302, 403, 302, 403, 403)),
        ("post", lambda: f"/uitruil/{emmen_coevorden()}/bevestigen/", lambda: {"versie": "x"},
         _rollen(302, 403, 400, 403, 403)),
    ],
    "uitruil-bekrachtigen": [
        ("post", lambda: f"/uitruil/{emmen_coevorden()}/bekrachtigen/", lambda: {"versie": "1"},
         _rollen(302, 403, 403, 400, 403)),
    ],
    # The API reads JSON only: a role past the access checks gets 415 for form data.
    # Staff of another province: Drenthe's list is empty for them, its exchange not found.
    "api-uitruilen": [
        ("get", lambda: "/api/v1/uitruilen?provincie=drenthe", None,
         {**_rollen(401, 200, 200, 200, 200), "provincie_b": 200}),
        ("post", lambda: "/api/v1/uitruilen", lambda: {},
         {**_rollen(401, 415, 415, 415, 415), "provincie_b": 415}),
    ],
    "api-uitruil": [
        ("get", lambda: f"/api/v1/uitruilen/{emmen_coevorden()}", None,
         {**_rollen(401, 200, 200, 200, 200), "provincie_b": 404}),
    ],
    "api-uitruil-bevestiging": [
        ("post", lambda: f"/api/v1/uitruilen/{emmen_coevorden()}/bevestiging", lambda: {},
         {**_rollen(401, 415, 415, 415, 415), "provincie_b": 404}),
    ],
}  # fmt: skip
