"""`regietafel token maak|lijst|intrekken` and the admin's token pages: the key is shown
once and works; only its hash is kept; the same rights check as the service."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from rest_framework.test import APIClient

from regietafel.cli import main
from regietafel.gebruikers.models import ApiToken
from tests.conftest import ASSEN, EMMEN

pytestmark = pytest.mark.django_db
SLEUTEL = re.compile(r"^rt_[0-9a-f]{8}_\S+$", re.MULTILINE)


def _leest(sleutel):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {sleutel}")
    return client.get("/api/v1/locaties").status_code


def test_token_maak_lijst_intrekken(rollen, capsys):
    naam = rollen["gemeente_a"].username
    assert main(["token", "maak", naam, "--bereik", "schrijven", "--naam", "koppeling"]) == 0
    uit = capsys.readouterr().out
    sleutel = SLEUTEL.search(uit).group(0)
    token = ApiToken.objects.get()
    assert (token.bereik, token.gemeente.cbs_code, token.naam) == ("schrijven", ASSEN, "koppeling")
    assert _leest(sleutel) == 200
    assert main(["token", "lijst"]) == 0
    lijst = capsys.readouterr().out
    assert token.prefix in lijst and "Assen" in lijst and sleutel not in lijst
    assert main(["token", "intrekken", token.prefix]) == 0
    assert _leest(sleutel) == 401
    assert main(["token", "intrekken", token.prefix]) == 2


def test_token_maak_weigert_meer_dan_de_gebruiker_mag(rollen, capsys):
    naam = rollen["gemeente_a"].username
    assert main(["token", "maak", naam, "--gemeente", EMMEN]) == 2
    assert "buiten de rechten" in capsys.readouterr().err
    assert main(["token", "maak", "niemand"]) == 2
    assert not ApiToken.objects.exists()


def test_admin_toont_de_sleutel_een_keer_en_bewaart_de_hash(rollen, client):
    beheerder = get_user_model().objects.create_superuser("beheer", "b@example.org", "x")
    client.force_login(beheerder)
    r = client.post(
        "/admin/gebruikers/apitoken/add/",
        {"gebruiker": rollen["provincie"].pk, "naam": "", "bereik": "lezen", "dagen": 30},
        follow=True,
    )
    assert r.status_code == 200
    [bericht] = [str(m) for m in get_messages(r.wsgi_request) if "alleen nu" in str(m)]
    sleutel = SLEUTEL.search(bericht.split(": ", 1)[1]).group(0)
    token = ApiToken.objects.get()
    assert token.provincie.code == "drenthe" and _leest(sleutel) == 200
    detail = client.get(f"/admin/gebruikers/apitoken/{token.pk}/change/").content.decode()
    assert sleutel not in detail and token.sleutel_hash not in detail
    # a municipal user cannot get a token for another municipality
    r = client.post(
        "/admin/gebruikers/apitoken/add/",
        {
            "gebruiker": rollen["gemeente_a"].pk,
            "bereik": "lezen",
            "dagen": 30,
            "gemeente": ApiToken._meta.get_field("gemeente")
            .related_model.objects.get(cbs_code=EMMEN)
            .pk,
        },
    )
    assert r.status_code == 200 and "buiten de rechten" in r.content.decode()
    assert ApiToken.objects.count() == 1
