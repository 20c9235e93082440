"""`regietafel serve`'s gunicorn lets a long URL reach the app (which answers a 404
problem+json under /api/) instead of answering an HTML 414 itself at 4 KB."""

from regietafel.webserver import LANGSTE_VERZOEKREGEL, gunicorn_instellingen


def test_gunicorn_laat_lange_urls_door_tot_zijn_maximum():
    from gunicorn.config import Config

    instellingen = gunicorn_instellingen("127.0.0.1", 8000)
    cfg = Config()
    for sleutel, waarde in instellingen.items():
        cfg.set(sleutel, waarde)
    assert cfg.limit_request_line == LANGSTE_VERZOEKREGEL == 8190
    assert cfg.limit_request_line > Config().limit_request_line
