"""WSGI entry point for any WSGI server (waitress, gunicorn)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regietafel.settings")
application = get_wsgi_application()
