"""schemathesis against the OpenAPI document, in-process through the WSGI app: no request,
valid or not, anonymous or with a token, may end in a server error (5xx), and every
answer's status and content type are the documented ones.

The requests are random, with one seed per run: REGIETAFEL_SCHEMATHESIS_SEED, by default
taken from the clock. The seed is printed in the header of the test run and in a failure,
so that `REGIETAFEL_SCHEMATHESIS_SEED=<seed> pytest tests/api/test_api_schemathesis.py`
repeats it. Every bound the document names (minimum, maximum) is also tried on its edges,
just inside and just outside, by test_elke_grens_van_elke_parameter."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, seed, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, status_code_conformance

from regietafel.wsgi import application
from tests.conftest import SCHEMATHESIS_VOORBEELDEN, SCHEMATHESIS_ZAAD
from tests.factories import api_sleutel

pytestmark = pytest.mark.django_db
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance]
# No example database: a run is repeated by its seed alone.
VOORBEELDEN = settings(
    max_examples=SCHEMATHESIS_VOORBEELDEN,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture
def verbinding_open():
    """Keep the test's database connection (and its transaction) across the WSGI calls, as
    Django's own test client does: the app closes old connections after each request."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.mark.parametrize("modus", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_geeft_nooit_een_serverfout(rollen, modus, verbinding_open):
    print(f"schemathesis: REGIETAFEL_SCHEMATHESIS_SEED={SCHEMATHESIS_ZAAD}")
    tokens = [None] + [api_sleutel(rollen[r]) for r in ("provincie", "gemeente_b")]
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    operaties = [r.ok() for r in schema.get_all_operations()]
    assert len(operaties) >= 15

    for i, operatie in enumerate(operaties):

        @seed(SCHEMATHESIS_ZAAD + i)
        @VOORBEELDEN
        @given(case=operatie.as_strategy(generation_mode=modus))
        def controleer(case):
            for token in tokens:
                headers = {"Authorization": f"Token {token}"} if token else {}
                case.call_and_validate(headers=headers, checks=CHECKS)

        try:
            controleer()
        except Unsatisfiable:
            # an operation without parameters or body has no invalid requests to make
            assert modus is GenerationMode.NEGATIVE


# Values for the query parameters a read requires, from the Drenthe dataset.
VERPLICHT = {"provincie": "drenthe", "cyclus": "2025-2026", "halfjaar": "2025-2"}


def _grenzen(schema):
    """(path, required query, parameter, minimum, maximum) of every bounded integer query
    parameter of a read."""
    for pad, operaties in schema["paths"].items():
        parameters = operaties.get("get", {}).get("parameters", [])
        nodig = {
            p["name"]: VERPLICHT[p["name"]]
            for p in parameters
            if p.get("required") and p["in"] == "query"
        }
        for p in parameters:
            s = p["schema"]
            if p["in"] == "query" and s.get("type") == "integer" and "maximum" in s:
                yield pad, nodig, p["name"], s["minimum"], s["maximum"]


def _zonder_parameters(pad):
    return pad.replace("{id}", "1").replace("{code}", "drenthe")


def test_elke_grens_van_elke_parameter(client, rollen):
    """On the edges of each bound the document names the server answers (no 5xx), and just
    outside them with a 400 naming the parameter: the document and the server agree."""
    client.defaults["HTTP_AUTHORIZATION"] = f"Token {api_sleutel(rollen['provincie'])}"
    schema = client.get("/api/v1/openapi.json").json()
    grenzen = list(_grenzen(schema))
    assert {g[2] for g in grenzen} >= {"page", "pageSize", "ouderDan"}
    for pad, nodig, naam, laagste, hoogste in grenzen:
        url = "/api/v1" + _zonder_parameters(pad)
        for waarde in (laagste, hoogste):
            r = client.get(url, {**nodig, naam: waarde})
            assert r.status_code in (200, 404), (url, naam, waarde, r.content[:200])
        for waarde in (laagste - 1, hoogste + 1, "abc"):
            r = client.get(url, {**nodig, naam: waarde})
            assert r.status_code == 400, (url, naam, waarde, r.content[:200])
            assert naam in [p["name"] for p in r.json()["invalidParams"]]


@pytest.mark.parametrize("kenmerk", [0, 2**31, 2**63, 10**30])
def test_een_kenmerk_buiten_elk_bereik_is_onbekend(client, rollen, kenmerk):
    """A path id is any whole number: one past every column's range is a 404, not a 500."""
    client.defaults["HTTP_AUTHORIZATION"] = f"Token {api_sleutel(rollen['provincie'])}"
    schema = client.get("/api/v1/openapi.json").json()
    for pad in [p for p, ops in schema["paths"].items() if "{id}" in p and "get" in ops]:
        r = client.get("/api/v1" + pad.replace("{id}", str(kenmerk)))
        assert r.status_code == 404, (pad, kenmerk, r.content[:200])
