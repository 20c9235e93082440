"""The locations page flags a contract whose end date has passed, instead of listing the
location as if nothing were wrong."""

from datetime import date

import pytest

from regietafel.services import klok

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("vandaag", "verlopen"), [(date(2026, 4, 1), False), (date(2026, 4, 2), True)]
)
def test_een_verlopen_contract_staat_als_verlopen_in_de_tabel(
    client, rollen, monkeypatch, vandaag, verlopen
):
    monkeypatch.setattr(klok, "vandaag", lambda: vandaag)
    client.force_login(rollen["provincie"])
    html = client.get("/locaties/?provincie=drenthe&cyclus=2025-2026").content.decode()
    rij = next(r for r in html.split("<tr")[1:] if ">Assen</a>" in r and "1-4-2026" in r)
    assert ('data-test="verlopen">verlopen<' in rij) is verlopen
