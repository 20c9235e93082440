"""Every page about one province has a province choice for the ministry, who reads every
province (issue 16: "three pages have no province selector"); the pages that are not per
cycle choose the province only."""

import re

import pytest

from tests.factories import synthetische_provincie


def _provincies_in_keuze(html):
    keuze = re.search(r'<select[^>]*name="provincie">(.*?)</select>', html, re.S)
    assert keuze, "geen provinciekeuze"
    return re.findall(r'<option value="([^"]+)"', keuze.group(1))


@pytest.mark.parametrize("pad", ["/statushouders/", "/toezicht/ladder/", "/noodopvang/"])
def test_het_ministerie_kiest_de_provincie(client, rollen, pad):
    code, _naam = synthetische_provincie("Flevoland")
    client.force_login(rollen["ministerie"])
    html = client.get(pad + "?provincie=drenthe").content.decode()
    assert _provincies_in_keuze(html) == ["drenthe", code]
    assert 'name="cyclus"' not in re.search(r'<form method="get" class="keuze".*?</form>', html,
                                            re.S).group(0)  # fmt: skip
    # The province's own staff choose among their own province only.
    client.force_login(rollen["provincie"])
    assert _provincies_in_keuze(client.get(pad).content.decode()) == ["drenthe"]
