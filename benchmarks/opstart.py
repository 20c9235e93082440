"""Django for a benchmark script: on the database in DATABASE_URL, or else on SQLite in a
new temporary data folder, so that a benchmark never writes to the user's own data."""

import os
import tempfile


def start_django(naam: str) -> None:
    if "DATABASE_URL" not in os.environ:
        os.environ["REGIETAFEL_DATA_DIR"] = tempfile.mkdtemp(prefix=f"regietafel-{naam}-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regietafel.settings")
    import django

    django.setup()
