"""Django settings: every value comes from the environment, with a safe default.

The variables and their defaults are listed in docs/configuratie.md.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

PACKAGE_DIR = Path(__file__).resolve().parent


def _bool(name: str, default: bool) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "ja"}


def _list(name: str, default: str) -> list[str]:
    return [v.strip() for v in os.environ.get(name, default).split(",") if v.strip()]


DATA_DIR = Path(os.environ.get("REGIETAFEL_DATA_DIR", Path.cwd() / "data"))
# The public downloads of published cycles, each made once (services.publicatiebestanden).
GEPUBLICEERD_DIR = DATA_DIR / "gepubliceerd"

DEBUG = _bool("REGIETAFEL_DEBUG", False)
ALLOWED_HOSTS = _list("REGIETAFEL_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = _list("REGIETAFEL_CSRF_TRUSTED_ORIGINS", "")
# A refused form (expired or from elsewhere) in the site's layout, in Dutch.
CSRF_FAILURE_VIEW = "regietafel.web.toegang.csrf_mislukt"

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
    "regietafel.werkers",
    "regietafel.berichten",
    "regietafel.verdeelbesluiten",
    "regietafel.noodopvang",
    "regietafel.dashboard",
    "regietafel.landelijk",
    "regietafel.puzzel",
    "rest_framework",
    "corsheaders",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "regietafel.web",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Outside ApiMiddleware, so that the problem+json answers it makes get the CORS headers.
    "corsheaders.middleware.CorsMiddleware",
    # Before CommonMiddleware, so that its 400 on a bad Host is problem+json under /api/.
    "regietafel.api.middleware.ApiMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before any view or the CSRF check reads a body: refuses one that is too large.
    "regietafel.web.middleware.BegrensdVerzoek",
    "django.contrib.messages.middleware.MessageMiddleware",
    "regietafel.web.middleware.SessieVerloopt",  # after messages: it says why
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
    "regietafel.web.middleware.EenStandPerVerzoek",
]

# Login attempts are rate-limited per user name and address, and per address over all
# user names (password spraying), by django-axes (regietafel.gebruikers.inlogpogingen).
# The user is read with its role in one query (regietafel.gebruikers.aanmelden).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "regietafel.gebruikers.aanmelden.GebruikerMetRol",
]
AXES_FAILURE_LIMIT = int(os.environ.get("REGIETAFEL_LOGIN_POGINGEN", "5"))
REGIETAFEL_POGINGEN_PER_ADRES = int(os.environ.get("REGIETAFEL_LOGIN_POGINGEN_PER_ADRES", "20"))
AXES_COOLOFF_TIME = float(os.environ.get("REGIETAFEL_LOGIN_BLOKKADE_UREN", "0.25"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_HANDLER = "regietafel.gebruikers.inlogpogingen.PogingenPerAdres"
AXES_CLIENT_IP_CALLABLE = "regietafel.gebruikers.inlogpogingen.klantadres"
REGIETAFEL_PROXIES = int(os.environ.get("REGIETAFEL_PROXIES", "0"))  # in front of the app
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
                "django.template.context_processors.csp",
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
# ADR 0015): a hit costs no round trip to another process. Every page of the 13 provinces
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
# Files a browser asks for at the root of the site (/favicon.ico), served by WhiteNoise.
WHITENOISE_ROOT = PACKAGE_DIR / "web" / "wortel"
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"  # the home page of every logged-in role
LOGOUT_REDIRECT_URL = "puzzel"

# ---------------------------------------------------------------------------- security
# What is protected, how, and which test proves it: docs/beveiliging.md (issue 22).
ONTWIKKELSLEUTEL = "regietafel-onveilige-ontwikkelsleutel"  # public: it was the old default


def _geheime_sleutel() -> str:
    """REGIETAFEL_SECRET_KEY, else the key in the data folder, made at the first start
    (readable by its owner only): a fresh `scripts/start` needs no setting. Outside debug
    mode the public development key is refused."""
    sleutel = os.environ.get("REGIETAFEL_SECRET_KEY", "").strip()
    pad = DATA_DIR / "geheime-sleutel"
    try:
        if not sleutel and not pad.exists():
            DATA_DIR.mkdir(parents=True, exist_ok=True)
            nieuw = pad.with_name(f".geheime-sleutel-{os.getpid()}")
            nieuw.write_text(secrets.token_urlsafe(50), encoding="ascii")
            nieuw.chmod(0o600)
            try:  # of processes starting at once, the first to link its key wins
                os.link(nieuw, pad)
            except FileExistsError:
                pass
            finally:
                nieuw.unlink()
        sleutel = sleutel or pad.read_text(encoding="ascii").strip()
    except OSError as fout:
        raise ImproperlyConfigured(
            f"Regietafel kan geen geheime sleutel bewaren in {DATA_DIR} ({fout}). Zet "
            "REGIETAFEL_SECRET_KEY, of REGIETAFEL_DATA_DIR op een map waarin het mag schrijven."
        ) from None
    if sleutel == ONTWIKKELSLEUTEL and not DEBUG:
        raise ImproperlyConfigured(
            "REGIETAFEL_SECRET_KEY is de openbare ontwikkelsleutel; daarmee start Regietafel "
            "alleen in de debugmodus (REGIETAFEL_DEBUG=true). Zet een eigen geheime sleutel "
            "(python -c 'import secrets; print(secrets.token_urlsafe(50))'), of laat de "
            f"variabele weg: dan maakt Regietafel er zelf een in {pad}."
        )
    return sleutel


SECRET_KEY = _geheime_sleutel()

# HTTPS, off by default for use on one's own machine (docs/configuratie.md#productie).
SESSION_COOKIE_SECURE = _bool("REGIETAFEL_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = _bool("REGIETAFEL_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = int(os.environ.get("REGIETAFEL_HSTS_SECONDEN", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _bool("REGIETAFEL_HSTS_SUBDOMEINEN", False)
SECURE_HSTS_PRELOAD = _bool("REGIETAFEL_HSTS_PRELOAD", False)
# The header by which a proxy in front, which ends TLS, says the request came over HTTPS
# (e.g. X-Forwarded-Proto); only behind a proxy that sets it and drops a client's own.
_PROXY_HTTPS = os.environ.get("REGIETAFEL_PROXY_HTTPS_HEADER", "").strip()
if _PROXY_HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + _PROXY_HTTPS.upper().replace("-", "_"), "https")

# Django's database sessions, read in plain SQL on every request (issue 21).
SESSION_ENGINE = "regietafel.gebruikers.sessies"
# A session ends 8 hours after the login, or after 30 minutes without a request
# (web.middleware.SessieVerloopt; it writes the session at most once a minute).
SESSION_COOKIE_AGE = round(float(os.environ.get("REGIETAFEL_SESSIE_UREN", "8")) * 3600)
REGIETAFEL_SESSIE_INACTIEF = round(
    float(os.environ.get("REGIETAFEL_SESSIE_INACTIEF_MINUTEN", "30")) * 60
)
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Content Security Policy (Django's own, since 6.0): scripts and style sheets only from the
# app itself, no inline script at all, an inline <style> only with the page's nonce.
SECURE_CSP = {
    "default-src": [CSP.NONE],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
}
# Forms post at most 2.5 MB besides their files; files stay in memory up to the largest
# import (services.importeren.MAX_BYTES); web.middleware.BegrensdVerzoek bounds the body.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# ---------------------------------------------------------------------------- end security

# Background work (large reports): Django's tasks API on the database (django-tasks-db);
# `regietafel serve` supervises its own workers (`regietafel werker`). Tests use the
# ImmediateBackend.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("REGIETAFEL_TASKS_BACKEND", "django_tasks_db.DatabaseBackend")
    }
}

# Operations (docs/beheer.md): background workers and their heartbeat, and the log. ------
ACHTERGRONDWERKERS = int(os.environ.get("REGIETAFEL_ACHTERGRONDWERKERS", "1"))
# A worker writes its heartbeat every WERKER_HARTSLAG s; a task whose worker has been
# silent for WERKER_TIMEOUT s is failed ("De verwerking is onderbroken…").
WERKER_HARTSLAG = float(os.environ.get("REGIETAFEL_WERKER_HARTSLAG", "10"))
WERKER_TIMEOUT = float(os.environ.get("REGIETAFEL_WERKER_TIMEOUT", "45"))
# Every 500 with its traceback, and the workers' events, to stderr and to this file
# (rotated at 10 MB, five old files kept); empty: stderr only.
LOGBESTAND = os.environ.get("REGIETAFEL_LOGBESTAND", str(DATA_DIR / "logs" / "regietafel.log"))
_LOGNIVEAU = os.environ.get("REGIETAFEL_LOGNIVEAU", "INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "regel": {"format": "{asctime} {levelname} [{process}] {name}: {message}", "style": "{"}
    },
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "regel"},
        **(
            {
                "bestand": {
                    "class": "regietafel.logbestand.GedeeldLogbestand",
                    "filename": LOGBESTAND,
                    "maxBytes": 10_000_000,
                    "backupCount": 5,
                    "encoding": "utf-8",
                    "formatter": "regel",
                }
            }
            if LOGBESTAND
            else {}
        ),
    },
    "root": {"handlers": ["stderr", *(["bestand"] if LOGBESTAND else [])], "level": "WARNING"},
    "loggers": {
        # Django's own console handler (DEBUG only) would print everything twice.
        "django": {"handlers": [], "level": "WARNING", "propagate": True},
        "django.tasks": {"level": "INFO"},  # each task's start and end
        # 4xx answers are normal traffic; a 500 is logged at ERROR with its traceback.
        "django.request": {"level": "ERROR"},
        "regietafel": {"level": _LOGNIVEAU},
    },
}

REGIETAFEL_DEFAULT_PROVINCIE = os.environ.get("REGIETAFEL_PROVINCIE", "drenthe")

# The REST API (/api/v1/, docs/api.md): token and session authentication, problem+json errors.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "regietafel.api.authenticatie.TokenAuthenticatie",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # Who reads and writes what is services.toegang's; a token with scope lezen never writes.
    "DEFAULT_PERMISSION_CLASSES": ["regietafel.api.authenticatie.TokenBereik"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "regietafel.api.paginering.Paginering",
    # `?gewijzigdSinds=` on every list of inputs with an audit trail (api/gewijzigd.py).
    "DEFAULT_FILTER_BACKENDS": ["regietafel.api.gewijzigd.GewijzigdSindsFilter"],
    "DEFAULT_SCHEMA_CLASS": "regietafel.api.schema.RegietafelSchema",
    "EXCEPTION_HANDLER": "regietafel.api.fouten.probleem_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
# API tokens (ADR 0018): how long a new one is valid, and the rate limit on failed
# authentication (per client address and per token prefix, within a window of minutes).
REGIETAFEL_API_TOKEN_DAGEN = int(os.environ.get("REGIETAFEL_API_TOKEN_DAGEN", "90"))
REGIETAFEL_API_TOKEN_MAX_DAGEN = int(os.environ.get("REGIETAFEL_API_TOKEN_MAX_DAGEN", "365"))
REGIETAFEL_API_POGINGEN_PER_ADRES = int(os.environ.get("REGIETAFEL_API_POGINGEN_PER_ADRES", "20"))
REGIETAFEL_API_POGINGEN_PER_TOKEN = int(os.environ.get("REGIETAFEL_API_POGINGEN_PER_TOKEN", "10"))
REGIETAFEL_API_BLOKKADE_MINUTEN = float(os.environ.get("REGIETAFEL_API_BLOKKADE_MINUTEN", "15"))

# CORS (django-cors-headers) only under /api/: the OpenAPI document for every origin
# (api.cors), the rest for the origins in REGIETAFEL_API_CORS_ORIGINS (none by default).
# Clients send their token in the Authorization header, never a cookie: no credentials.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOWED_ORIGINS = _list("REGIETAFEL_API_CORS_ORIGINS", "")
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ["API-Version", "Retry-After"]

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
        "UitruilCategorieEnum": "regietafel.uitruil.api.CATEGORIEEN",
        "FaseEnum": "regietafel.puzzel.pijplijn_api.FASE_WAARDEN",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "regietafel.api.schema.nl_api_regels",
        "regietafel.api.voorbeelden.nullable_objecten",
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
            ("landelijke-overzichten", "Alle provincies van een cyclus naast elkaar"),
            ("locaties", "Opvanglocaties"),
            ("opgaven", "Opgaven per gemeente"),
            ("provincies", "Provincies"),
            ("realisaties", "Realisatie van een cyclus: wat is er echt, en op tijd"),
            ("toezichtladders", "Toezichtladder huisvesting statushouders per provincie"),
            ("uitruilen", "Uitruil tussen gemeenten"),
            ("verdeelbesluiten", "Het verdeelbesluit van de minister en het toezicht erna"),
            # The figures and the work of the web pages (issue 19).
            ("acties", "Acties van PRT-overleggen"),
            ("bijlagen1", "Bijlage 1: de zes cijfers en de locatielijst"),
            ("capaciteit", "Capaciteit in de tijd"),
            ("consultaties", "Consultatie van de gemeenten en hun antwoorden"),
            ("oekraine", "Oekraïne-opvang en GOO-locaties"),
            ("overleggen", "PRT-overleggen"),
            ("puzzels", "De puzzel: opgave tegen aanbod"),
            ("rapportopdrachten", "Documenten aanvragen, voortgang en downloaden"),
            ("routekaarten", "De routekaart van een cyclus"),
            ("scenarios", "Scenario's van de oplosser"),
            ("statushouders", "Huisvesting van statushouders per halfjaar"),
            ("verdelingsversies", "Versies van de verdeling"),
        ]
    ],
}

# ---------------------------------------------------------------------------- e-mail
# docs/e-mail.md. Django 6.1's MAILERS (its EMAIL_HOST etc. are deprecated), filled from
# REGIETAFEL_EMAIL_*. Without REGIETAFEL_EMAIL_HOST the messages are printed (console
# backend) and still logged on /berichten/.
_MAILSERVER = os.environ.get("REGIETAFEL_EMAIL_HOST", "").strip()
_SMTP = "django.core.mail.backends.smtp.EmailBackend"
_MAILBACKEND = os.environ.get(
    "REGIETAFEL_EMAIL_BACKEND",
    _SMTP if _MAILSERVER else "django.core.mail.backends.console.EmailBackend",
)
MAILERS = {
    "default": {
        "BACKEND": _MAILBACKEND,
        "OPTIONS": {
            "host": _MAILSERVER or "localhost",
            "port": int(os.environ.get("REGIETAFEL_EMAIL_PORT", "587")),
            "username": os.environ.get("REGIETAFEL_EMAIL_USER", ""),
            "password": os.environ.get("REGIETAFEL_EMAIL_PASSWORD", ""),
            "use_tls": _bool("REGIETAFEL_EMAIL_USE_TLS", True),
            "use_ssl": _bool("REGIETAFEL_EMAIL_USE_SSL", False),
            # A mail server that does not answer holds up the user's request no longer.
            "timeout": float(os.environ.get("REGIETAFEL_EMAIL_TIMEOUT", "10")),
        }
        if _MAILBACKEND == _SMTP
        else {},
    }
}
DEFAULT_FROM_EMAIL = os.environ.get(
    "REGIETAFEL_EMAIL_FROM", "Provinciale Regietafel <regietafel@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The address of the app in the links of every message (no trailing slash).
REGIETAFEL_BASIS_URL = os.environ.get("REGIETAFEL_BASIS_URL", "http://localhost:8000").rstrip("/")
# The reminder goes this many days before the consultation's deadline.
REGIETAFEL_HERINNERING_DAGEN = int(os.environ.get("REGIETAFEL_HERINNERING_DAGEN", "7"))
# Mijn gemeente lists the locations whose contract ends within this many months.
REGIETAFEL_CONTRACT_HORIZON_MAANDEN = int(
    os.environ.get("REGIETAFEL_CONTRACT_HORIZON_MAANDEN", "12")
)
