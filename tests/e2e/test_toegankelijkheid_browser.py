"""WCAG 2.1 A and AA checks with axe-core (npm, run inside Debian's chromium) on the main
pages, for the public and for a logged-in province user."""

from pathlib import Path

import pytest

from tests.factories import provinciegebruiker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PUBLIEK = ["/", "/bonus/", "/bijlage1/", "/bronnen/", "/inloggen/"]
INGELOGD = [
    "/dashboard/",
    "/?fasen=1",
    "/gemeenten/GM0114/",
    "/locaties/",
    "/realisatie/",
    "/capaciteit/",
    "/statushouders/",
    "/oekraine/",
    "/oplossen/",
    "/cyclus/",
    "/consultatie/",
    "/verdelingen/",
    "/uitruil/",
    "/herramingen/",
    "/overleggen/",
    "/rapporten/",
    "/rapporten/teksten/",
    "/importeren/",
    "/toezicht/ladder/",
    # Cycle 2, whose SPUK amounts are not yet known: the warning and the unknown cells.
    "/bonus/?provincie=drenthe&cyclus=2027-2028",
    "/dashboard/?provincie=drenthe&cyclus=2027-2028",
]


def _overtredingen(page) -> list[str]:
    # Evaluated by the test, not added as a <script>: the page's CSP allows no inline script.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    uitkomst = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa',"
        " 'wcag21a', 'wcag21aa']}})"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {n['target']}"
        for v in uitkomst["violations"]
        for n in v["nodes"]
    ]


def _overtredingen_op(page, url, paden) -> dict[str, list[str]]:
    """The violations per page of `paden` (below `url`) that has any."""
    fouten = {}
    for pad in paden:
        page.goto(url + pad)
        if gevonden := _overtredingen(page):
            fouten[pad] = gevonden
    return fouten


def test_openbare_paginas_voldoen_aan_wcag_aa(drenthe_live, page):
    assert _overtredingen_op(page, drenthe_live.url, PUBLIEK) == {}


def test_paginas_van_de_provincie_voldoen_aan_wcag_aa(drenthe_live, inloggen, page):
    inloggen(page, provinciegebruiker())
    assert _overtredingen_op(page, drenthe_live.url, INGELOGD) == {}
