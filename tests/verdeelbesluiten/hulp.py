"""Rows of the access matrix for the verdeelbesluit (issue 16): the page, the ministry's
form and the API. A recorded decision is public; the concept and the form are not."""

from tests.toegang_hulp import Json

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie"]


def _rollen(anoniem, gemeente_a, gemeente_b, provincie, ministerie):
    return dict(zip(ROLLEN, [anoniem, gemeente_a, gemeente_b, provincie, ministerie], strict=True))


CYCLUS_1 = "?provincie=drenthe&cyclus=2025-2026"
CYCLUS_2 = "?provincie=drenthe&cyclus=2027-2028"  # not published, nothing decided yet
MINISTERIE = _rollen(302, 403, 403, 403, 200)
# A decision without a source: the ministry gets 400, nothing is recorded.
ZONDER_BRON = {"provincie": "drenthe", "cyclus": "2025-2026", "versie": "0",
               "datum": "20-12-2024", "bron": ""}  # fmt: skip

MATRIX = {
    "verdeelbesluit": [
        ("get", lambda: f"/verdeelbesluit/{CYCLUS_1}", None, dict.fromkeys(ROLLEN, 200)),
        ("get", lambda: f"/verdeelbesluit/{CYCLUS_2}", None, _rollen(302, 200, 200, 200, 200)),
    ],
    "verdeelbesluit-vastleggen": [
        ("get", lambda: f"/verdeelbesluit/vastleggen/{CYCLUS_1}", None, MINISTERIE),
        (
            "post",
            lambda: f"/verdeelbesluit/vastleggen/{CYCLUS_1}",
            lambda: ZONDER_BRON,
            _rollen(302, 403, 403, 403, 400),
        ),
    ],
    "api-verdeelbesluit": [
        (
            "get",
            lambda: "/api/v1/verdeelbesluiten/drenthe?cyclus=2025-2026",
            None,
            dict.fromkeys(ROLLEN, 200),
        ),  # fmt: skip
        (
            "get",
            lambda: "/api/v1/verdeelbesluiten/drenthe?cyclus=2027-2028",
            None,
            _rollen(404, 200, 200, 200, 200),
        ),  # fmt: skip
        (
            "post",
            lambda: "/api/v1/verdeelbesluiten/drenthe?cyclus=2025-2026",
            lambda: Json({"datum": "2024-12-20", "bron": "", "versie": 0, "aantallen": {}}),
            _rollen(401, 403, 403, 403, 400),
        ),  # fmt: skip
    ],
}


def besluit_waarden(provincie="drenthe", cyclus="2025-2026", plus=None):
    """The concept's numbers (unknown as 0) with `plus` {(code, cat, jaar): n} added: a
    complete decision to record."""
    from regietafel.verdeelbesluiten.services import concept

    _, c = concept(provincie, cyclus)
    waarden = {
        code: {cat: {j: (n or 0) for j, n in per.items()} for cat, per in per_cat.items()}
        for code, per_cat in c.waarden.items()
    }
    for (code, cat, jaar), n in (plus or {}).items():
        waarden[code][cat][jaar] += n
    return waarden


def leg_besluit_vast(gebruiker, waarden=None, versie=0, provincie="drenthe", cyclus="2025-2026"):
    """Record a decision as `gebruiker` (the ministry) through the service."""
    from datetime import date

    from regietafel.services.toegang import toegang
    from regietafel.verdeelbesluiten.services import leg_besluit_vast as vastleggen

    return vastleggen(
        toegang(gebruiker),
        gebruiker,
        provincie,
        cyclus,
        datum=date(2024, 12, 20),
        bron="Verdeelbesluit asielopvang, kenmerk 2024-0001",
        waarden=waarden if waarden is not None else besluit_waarden(provincie, cyclus),
        versie=versie,
    )
