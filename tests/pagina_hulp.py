"""Helpers of the page tests: counting a view's queries, a refused second edit and the
errors of a form."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries(client, pad, koud=True):
    """The queries of one view; `koud` empties the reuse cache first (services.stand)."""
    if koud:
        cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(pad).status_code == 200
    return len(ctx.captured_queries)


def tweede_wijziging_geweigerd(client, url, data, **anders):
    """Post `data` to the form at `url` (saved: 302), then, on the same version, `data`
    with `anders`: refused (400) as changed in the meantime. The HTML of the refusal."""
    assert client.post(url, data).status_code == 302
    return formulierfouten(client.post(url, {**data, **anders}), "intussen gewijzigd")


def formulierfouten(response, *meldingen):
    """The HTML of a form sent back with errors (400) that shows each of `meldingen`."""
    assert response.status_code == 400
    html = response.content.decode()
    for melding in meldingen:
        assert melding in html
    return html
