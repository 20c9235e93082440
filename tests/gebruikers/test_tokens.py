"""API tokens (ADR 0018): stored as a hash, with an expiry and a scope, bound to the user's
province or municipality and never beyond its user's rights; failed authentication is rate
limited per address and per token prefix (429 with Retry-After)."""

import hashlib
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection
from django.utils import timezone
from rest_framework.test import APIClient

from regietafel.gebruikers.apitokens import TokenFout, maak_token
from regietafel.gebruikers.models import ApiToken, Profiel
from regietafel.opgaven.models import Aanbod
from regietafel.provincies.models import Gemeente
from tests.conftest import ASSEN, EMMEN
from tests.factories import api_sleutel

pytestmark = pytest.mark.django_db
PROBLEEM = "application/problem+json"


def _client(sleutel, adres="127.0.0.1"):
    client = APIClient(REMOTE_ADDR=adres)
    client.credentials(HTTP_AUTHORIZATION=f"Token {sleutel}")
    return client


def _aanbod(cbs):
    return Aanbod.objects.filter(gemeente__cbs_code=cbs).order_by("id").first()


def _wijzig(client, aanbod, plaatsen=9):
    body = {"plaatsen": plaatsen, "versie": aanbod.versie, "reden": "test"}
    return client.patch(f"/api/v1/aanbod/{aanbod.pk}", body, format="json")


def _probleem(r, status):
    assert r.status_code == status, r.content[:300]
    assert r["Content-Type"] == PROBLEEM and r["API-Version"] == "1.0.0"
    return r.json()["detail"]


def test_alleen_de_hash_van_de_sleutel_wordt_bewaard(rollen):
    token, sleutel = maak_token(rollen["gemeente_a"], "lezen")
    opgeslagen = ApiToken.objects.filter(pk=token.pk).values().get()
    assert sleutel not in {str(v) for v in opgeslagen.values()}
    assert opgeslagen["sleutel_hash"] == hashlib.sha256(sleutel.encode()).hexdigest()
    assert sleutel.startswith(f"rt_{token.prefix}_")
    assert _client(sleutel).get("/api/v1/locaties").status_code == 200


def test_verlopen_en_ingetrokken_token_geven_401(rollen):
    token, sleutel = maak_token(rollen["gemeente_a"], "lezen", dagen=1)
    ApiToken.objects.filter(pk=token.pk).update(verloopt_op=timezone.now() - timedelta(hours=1))
    assert "verlopen" in _probleem(_client(sleutel).get("/api/v1/locaties"), 401)
    token, sleutel = maak_token(rollen["gemeente_a"], "lezen")
    ApiToken.objects.filter(pk=token.pk).update(ingetrokken_op=timezone.now())
    r = _client(sleutel).get("/api/v1/locaties")
    assert "ingetrokken" in _probleem(r, 401) and r["WWW-Authenticate"] == "Token"


def test_token_met_bereik_lezen_wijzigt_niets(rollen):
    a = _aanbod(ASSEN)
    client = _client(api_sleutel(rollen["gemeente_a"], "lezen"))
    assert client.get(f"/api/v1/aanbod/{a.pk}").status_code == 200
    assert "bereik lezen" in _probleem(_wijzig(client, a), 403)
    assert Aanbod.objects.get(pk=a.pk).versie == a.versie
    assert _wijzig(_client(api_sleutel(rollen["gemeente_a"], "schrijven")), a).status_code == 200


def test_provincietoken_gebonden_aan_een_gemeente_wijzigt_alleen_die(rollen):
    client = _client(api_sleutel(rollen["provincie"], "schrijven", gemeente=ASSEN))
    assert _wijzig(client, _aanbod(ASSEN)).status_code == 200
    assert _probleem(_wijzig(client, _aanbod(EMMEN)), 403)
    # the unbound province token (bound to its own province) writes both
    provincie = _client(api_sleutel(rollen["provincie"], "schrijven"))
    assert _wijzig(provincie, _aanbod(EMMEN)).status_code == 200


@pytest.mark.parametrize(
    ("rol", "opties", "reden"),
    [
        ("gemeente_a", {"gemeente": EMMEN}, "buiten de rechten"),
        ("gemeente_a", {"provincie": "drenthe"}, "buiten de rechten"),
        ("geen_rol", {}, "mag niets wijzigen"),
        ("provincie", {"dagen": 366}, "1 tot en met 365"),
        ("provincie", {"gemeente": "GM9999"}, "Onbekende"),
    ],
)
def test_een_token_gaat_nooit_verder_dan_zijn_gebruiker(meer_rollen, rol, opties, reden):
    with pytest.raises(TokenFout, match=reden):
        maak_token(meer_rollen[rol], "schrijven", **opties)
    assert not ApiToken.objects.exists()


def test_token_werkt_niet_meer_als_de_rechten_van_de_gebruiker_krimpen(rollen):
    sleutel = api_sleutel(rollen["gemeente_a"], "schrijven")
    Profiel.objects.filter(gebruiker=rollen["gemeente_a"]).update(
        gemeente=Gemeente.objects.get(cbs_code=EMMEN)
    )
    assert "buiten de huidige rechten" in _probleem(_client(sleutel).get("/api/v1/aanbod"), 401)


def test_mislukte_pogingen_per_adres_geven_429_met_retry_after(rollen, settings):
    settings.REGIETAFEL_API_POGINGEN_PER_ADRES = 3
    goed = api_sleutel(rollen["provincie"])
    for i in range(3):
        _probleem(_client(f"rt_{i:08d}_fout-fout-fout-fout").get("/api/v1/provincies"), 401)
    r = _client("nog-een-foute-sleutel-1234").get("/api/v1/provincies")
    assert "Te veel mislukte pogingen" in _probleem(r, 429)
    assert 1 <= int(r["Retry-After"]) <= 15 * 60
    # while the address is blocked, a good token from it waits too; elsewhere it works
    _probleem(_client(goed).get("/api/v1/provincies"), 429)
    assert _client(goed, adres="10.0.0.2").get("/api/v1/provincies").status_code == 200


def test_mislukte_pogingen_per_tokenprefix_geven_429(rollen, settings):
    settings.REGIETAFEL_API_POGINGEN_PER_TOKEN = 2
    token, sleutel = maak_token(rollen["provincie"], "lezen")
    fout = f"rt_{token.prefix}_geraden-geheim-dat-niet-klopt"
    for adres in ("10.0.0.1", "10.0.0.2"):
        _probleem(_client(fout, adres).get("/api/v1/provincies"), 401)
    _probleem(_client(sleutel, "10.0.0.3").get("/api/v1/provincies"), 429)
    r = _client(api_sleutel(rollen["provincie"]), "10.0.0.3").get("/api/v1/provincies")
    assert r.status_code == 200


def test_onzin_in_de_header_wordt_niet_bewaard(rollen):
    r = _client("a\x00b" * 10).get("/api/v1/provincies")
    _probleem(r, 401)
    assert _client("kort").get("/api/v1/provincies").status_code == 401


def test_oude_drf_tokens_blijven_werken_als_hash(rollen):
    """Migration 0003 takes a former rest_framework.authtoken key over (with its user's
    binding, valid 90 days) and removes the plain key from the old table."""
    neem_over = __import__(
        "regietafel.gebruikers.migrations.0003_drf_tokens_overnemen", fromlist=["neem_over"]
    ).neem_over
    oud = "0123456789abcdef0123456789abcdef01234567"
    with connection.cursor() as c:
        c.execute(
            "CREATE TABLE authtoken_token (key varchar(40), created varchar(40), user_id int)"
        )
        c.execute(
            "INSERT INTO authtoken_token VALUES (%s, %s, %s)", [oud, "x", rollen["gemeente_a"].pk]
        )
    neem_over(apps, SimpleNamespace(connection=connection))
    token = ApiToken.objects.get()
    assert (token.bereik, token.gemeente.cbs_code, token.prefix) == ("schrijven", ASSEN, oud[:8])
    assert timedelta(days=89) < token.verloopt_op - timezone.now() <= timedelta(days=90)
    assert _wijzig(_client(oud), _aanbod(ASSEN)).status_code == 200
    with connection.cursor() as c:
        c.execute("SELECT count(*) FROM authtoken_token")
        assert c.fetchone()[0] == 0


def test_schema_noemt_het_token():
    schema = APIClient().get("/api/v1/openapi.json").json()
    assert schema["components"]["securitySchemes"]["tokenAuth"]["name"] == "Authorization"


def test_een_post_die_niets_wijzigt_mag_met_bereik_lezen(rollen):
    """A view marks a POST that only reads (a report request) with post_leest_alleen."""
    from rest_framework.response import Response
    from rest_framework.test import APIRequestFactory
    from rest_framework.views import APIView

    class Vraag(APIView):
        post_leest_alleen = False

        def post(self, request):
            return Response({"ok": True})

    class Leesvraag(Vraag):
        post_leest_alleen = True

    sleutel = api_sleutel(rollen["ministerie"], "lezen")
    verzoek = APIRequestFactory().post(
        "/", {}, format="json", HTTP_AUTHORIZATION=f"Token {sleutel}"
    )
    assert Vraag.as_view()(verzoek).status_code == 403
    verzoek = APIRequestFactory().post(
        "/", {}, format="json", HTTP_AUTHORIZATION=f"Token {sleutel}"
    )
    assert Leesvraag.as_view()(verzoek).status_code == 200


def test_een_leestoken_vraagt_een_document_aan_maar_wijzigt_geen_aanbod(rollen):
    """Asking for a report changes no data (ADR 0018); changing an offer still does."""
    client = _client(api_sleutel(rollen["provincie"], "lezen"))
    aanvraag = {"provincie": "drenthe", "cyclus": "2025-2026", "formaat": "csv"}
    r = client.post("/api/v1/rapportopdrachten", aanvraag, format="json")
    assert r.status_code == 202, r.content
    assert "lezen" in _probleem(_wijzig(client, _aanbod(EMMEN)), 403)
