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


def serveer(host: str, port: int) -> None:
    """Serve the WSGI app on host:port until interrupted."""
    try:
        from gunicorn.app.base import BaseApplication
    except ImportError:
        from waitress import serve

        from regietafel.wsgi import application

        serve(application, host=host, port=port, threads=8, _quiet=True)
        return

    class Gunicorn(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            instellingen: dict[str, Any] = {
                "bind": f"{host}:{port}",
                "workers": aantal_werkers(),
                "worker_class": "gthread",
                "threads": int(os.environ.get("REGIETAFEL_THREADS", "1")),
                "accesslog": None,
                "loglevel": "warning",
            }
            for sleutel, waarde in instellingen.items():
                self.cfg.set(sleutel, waarde)

        def load(self) -> Any:
            from regietafel.wsgi import application

            return application

    Gunicorn().run()
