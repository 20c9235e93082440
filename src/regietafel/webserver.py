"""The production web server behind `regietafel serve`.

Python runs one request at a time per process, so on Unix the app is served by gunicorn
with several worker processes (REGIETAFEL_WORKERS, default: one per CPU core plus one)
to use every core, each with REGIETAFEL_THREADS threads (default 1: the pages are CPU
work, and more threads per process only lengthen the tail; see benchmarks/puzzelpagina).
Where gunicorn does not run (Windows), waitress serves it with threads.
"""

from __future__ import annotations

import os
from typing import Any


def aantal_werkers() -> int:
    """Worker processes: REGIETAFEL_WORKERS, or one per core plus one."""
    gekozen = os.environ.get("REGIETAFEL_WORKERS", "")
    return int(gekozen) if gekozen.isdigit() and int(gekozen) > 0 else (os.cpu_count() or 1) + 1


# gunicorn's largest request line (its default is 4094). A longer URL is refused by
# gunicorn itself with an HTML 414, before Django (and the API's problem+json) sees it;
# up to this length the app answers, under /api/ with a 404 problem+json.
LANGSTE_VERZOEKREGEL = 8190


def gunicorn_instellingen(host: str, port: int) -> dict[str, Any]:
    """gunicorn's configuration for `regietafel serve`.

    gunicorn sets no limit on a request's body; the app refuses one that is too large from
    its Content-Length before reading it (web.middleware.BegrensdVerzoek), and gunicorn
    then drains at most 64 KB of the unread body before it closes the connection. Its
    limits on the header lines (100 fields of at most 8,190 bytes) are kept."""
    return {
        "bind": f"{host}:{port}",
        "workers": aantal_werkers(),
        "worker_class": "gthread",
        "threads": int(os.environ.get("REGIETAFEL_THREADS", "1")),
        "accesslog": None,
        "loglevel": "warning",
        "limit_request_line": LANGSTE_VERZOEKREGEL,
    }


def serveer(host: str, port: int) -> None:
    """Serve the WSGI app on host:port until interrupted."""
    try:
        from gunicorn.app.base import BaseApplication  # lazy: the server, only for serve
    except ImportError:
        from waitress import serve  # lazy: the fallback server, only for serve

        from regietafel.wsgi import application  # lazy: sets Django up

        # isort: split
        from regietafel.web.middleware import GROOTSTE_VERZOEK  # lazy: after django.setup()

        # waitress receives a whole body before the app sees it: it refuses a larger one.
        serve(
            application,
            host=host,
            port=port,
            threads=8,
            _quiet=True,
            max_request_body_size=GROOTSTE_VERZOEK,
        )
        return

    class Gunicorn(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for sleutel, waarde in gunicorn_instellingen(host, port).items():
                self.cfg.set(sleutel, waarde)

        def load(self) -> Any:
            from regietafel.wsgi import application  # lazy: sets Django up, in the worker

            return application

    Gunicorn().run()
