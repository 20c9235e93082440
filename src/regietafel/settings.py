"""Django settings: every value comes from the environment, with a safe default.

The variables and their defaults are listed in docs/configuratie.md.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url

PACKAGE_DIR = Path(__file__).resolve().parent


def _bool(name: str, default: bool) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "ja"}


def _list(name: str, default: str) -> list[str]:
    return [v.strip() for v in os.environ.get(name, default).split(",") if v.strip()]


DATA_DIR = Path(os.environ.get("REGIETAFEL_DATA_DIR", Path.cwd() / "data"))

DEBUG = _bool("REGIETAFEL_DEBUG", False)
# Only a development default: set REGIETAFEL_SECRET_KEY on any shared server.
SECRET_KEY = os.environ.get("REGIETAFEL_SECRET_KEY", "regietafel-onveilige-ontwikkelsleutel")
ALLOWED_HOSTS = _list("REGIETAFEL_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = _list("REGIETAFEL_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "simple_history",
    "regietafel.provincies",
    "regietafel.cycli",
    "regietafel.opgaven",
    "regietafel.locaties",
    "regietafel.gebruikers",
    "regietafel.oekraine",
    "regietafel.statushouders",
    "regietafel.scenarios",
    "regietafel.verslagen",
    "regietafel.routekaart",
    "regietafel.consultatie",
    "regietafel.verdelingen",
    "regietafel.overleggen",
    "regietafel.uitruil",
    "regietafel.importen",
    "regietafel.herramingen",
    "regietafel.bronnen",
    "regietafel.publicaties",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "regietafel.web",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before CommonMiddleware, so that its 400 on a bad Host is problem+json under /api/.
    "regietafel.api.middleware.ApiMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
    "regietafel.web.middleware.EenStandPerVerzoek",
]

# Login attempts are rate-limited per user name and address (django-axes).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("REGIETAFEL_LOGIN_POGINGEN", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("REGIETAFEL_LOGIN_BLOKKADE_UREN", "0.25"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/geblokkeerd.html"
AXES_RESET_ON_SUCCESS = True

ROOT_URLCONF = "regietafel.urls"
WSGI_APPLICATION = "regietafel.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "regietafel.web.keuze.paginakeuze",
            ],
        },
    },
]

if "DATABASE_URL" not in os.environ:
    DATA_DIR.mkdir(parents=True, exist_ok=True)

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{DATA_DIR / 'regietafel.sqlite3'}"),
        # Each worker keeps its connection: opening one per request costs more than the
        # puzzle page itself on PostgreSQL (benchmarks/puzzelpagina).
        conn_max_age=int(os.environ.get("REGIETAFEL_DB_CONN_MAX_AGE", "60")),
        conn_health_checks=_bool("REGIETAFEL_DB_CONTROLE", True),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers wait for each other instead of failing with "database is locked":
    # a transaction takes the write lock when it begins (IMMEDIATE), so a read-then-write
    # transaction never has to give up half-way; a writer waits up to the busy timeout
    # for it; WAL lets readers go on while one writes (issue 22).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": float(os.environ.get("REGIETAFEL_SQLITE_TIMEOUT", "20")),
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
    # Tests use a file too (not SQLite's shared in-memory database), so that concurrent
    # writers in threads meet the same locking as on a server.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test-regietafel.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The computed pages are kept per data version in each worker process's memory (ADR 0005,
# ADR 0009): a hit costs no round trip to another process. Every page of the 13 provinces
# of the national dataset takes about 200 values (8 MB); the default limit of 300 would
# drop values that are still in use as soon as a few pages are asked with other parameters.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("REGIETAFEL_CACHE_WAARDEN", "2000"))},
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [PACKAGE_DIR / "locale"]

STATIC_URL = "/static/"
# Set only for `collectstatic` on a server; the app serves its static files itself.
STATIC_ROOT = os.environ.get("REGIETAFEL_STATIC_ROOT") or None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"  # the home page of every logged-in role
LOGOUT_REDIRECT_URL = "puzzel"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = _bool("REGIETAFEL_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"

# Background work (large reports): Django's tasks API on the database (django-tasks-db);
# run `manage.py db_worker` next to the web process. Tests use the ImmediateBackend.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("REGIETAFEL_TASKS_BACKEND", "django_tasks_db.DatabaseBackend")
    }
}

REGIETAFEL_DEFAULT_PROVINCIE = os.environ.get("REGIETAFEL_PROVINCIE", "drenthe")

# The REST API (/api/v1/, docs/api.md): token and session authentication, problem+json errors.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "regietafel.api.paginering.Paginering",
    "DEFAULT_SCHEMA_CLASS": "regietafel.api.schema.RegietafelSchema",
    "EXCEPTION_HANDLER": "regietafel.api.fouten.probleem_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Regietafel API",
    "DESCRIPTION": "De gegevens van de Spreidingswet-cyclus: provincies, gemeenten, cycli, "
    "opgaven, aanbod en opvanglocaties. Zie docs/api.md.",
    "VERSION": "1.0.0",
    "CONTACT": {
        "name": "Regietafel",
        "email": "regietafel@example.org",
        "url": "https://github.com/regietafel/regietafel",
    },
    "LICENSE": {"name": "EUPL-1.2", "url": "https://eupl.eu/1.2/nl/"},
    "SERVERS": [{"url": "/api/v1", "description": "Regietafel API, versie 1"}],
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SCHEMA_PATH_PREFIX_TRIM": True,
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # A's and B's category of an exchange are one choice set.
    "ENUM_NAME_OVERRIDES": {
        "UitruilCategorieEnum": "regietafel.api.uitruil.CATEGORIEEN",
        "FaseEnum": "regietafel.api.pijplijn.FASE_WAARDEN",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "regietafel.api.schema.nl_api_regels",
    ],
    "TAGS": [
        {"name": n, "description": d}
        for n, d in [
            ("aanbod", "Aanbod per gemeente, categorie en jaar"),
            ("bonussen", "SPUK-bonussen van een provincie in een cyclus; onbekend is null"),
            ("bronnen", "Bron en peildatum van elk cijfer"),
            ("cycli", "Cycli van de wet"),
            ("gemeenten", "Gemeenten"),
            ("herramingen", "Versies van het capaciteitsbesluit (herramingen)"),
            ("importen", "Het logboek van importen"),
            ("locaties", "Opvanglocaties"),
            ("opgaven", "Opgaven per gemeente"),
            ("provincies", "Provincies"),
            ("realisaties", "Realisatie van een cyclus: wat is er echt, en op tijd"),
            ("toezichtladders", "Toezichtladder huisvesting statushouders per provincie"),
            ("uitruilen", "Uitruil tussen gemeenten"),
        ]
    ],
}
