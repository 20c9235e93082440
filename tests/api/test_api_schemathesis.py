"""schemathesis against the OpenAPI document, in-process through the WSGI app: no request,
valid or not, anonymous or with a token, may end in a server error (5xx), and every
answer's status and content type are the documented ones."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, status_code_conformance

from regietafel.wsgi import application
from tests.factories import api_sleutel

pytestmark = pytest.mark.django_db
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance]
VOORBEELDEN = settings(
    max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
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
    tokens = [None] + [api_sleutel(rollen[r]) for r in ("provincie", "gemeente_b")]
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    operaties = [r.ok() for r in schema.get_all_operations()]
    assert len(operaties) >= 15

    for operatie in operaties:

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
