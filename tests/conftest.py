import os
import time

import pytest
from hypothesis import settings

# The browser tests' and the report tests' fixtures, used in every feature's folder.
from tests.browser_hulp import browser_context_args, drenthe_live, inloggen  # noqa: F401
from tests.documenten_hulp import documenten, soffice  # noqa: F401

# Hypothesis' per-example deadline measures wall time, which a loaded CI machine stretches;
# the properties are what is tested here, speed is measured in benchmarks/.
settings.register_profile("regietafel", deadline=None)
# HYPOTHESIS_PROFILE=grondig tries many more examples (slow; for hunting rare cases).
settings.register_profile("grondig", deadline=None, max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "regietafel"))

# The schemathesis run (tests/api/test_api_schemathesis.py) is random with one seed per run,
# printed in the header so that a failure repeats with REGIETAFEL_SCHEMATHESIS_SEED=<seed>.
SCHEMATHESIS_ZAAD = int(os.environ.get("REGIETAFEL_SCHEMATHESIS_SEED") or int(time.time()))
SCHEMATHESIS_VOORBEELDEN = int(os.environ.get("REGIETAFEL_SCHEMATHESIS_VOORBEELDEN", "20"))


def pytest_report_header(config):
    return f"schemathesis: REGIETAFEL_SCHEMATHESIS_SEED={SCHEMATHESIS_ZAAD}"


# Playwright's sync API runs an event loop in the test thread; the live server is fine with it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Drive Debian's chromium; Playwright's own browser download is not available here."""
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the embedded Drenthe dataset once, through the services, into the test database;
    each test runs in a transaction that is rolled back. A copy of it sets the database
    back after a transactional test has emptied it (tests/drenthe_kopie.py)."""
    from regietafel.services.inrichting import richt_in
    from tests.drenthe_kopie import maak_kopie

    with django_db_blocker.unblock():
        richt_in()
        maak_kopie()


@pytest.fixture
def drenthe(db):
    """The Drenthe dataset, loaded once by `django_db_setup` (`zorg_voor_drenthe`)."""
    from tests.drenthe_kopie import zorg_voor_drenthe

    zorg_voor_drenthe()


ASSEN, EMMEN = "GM0106", "GM0114"


@pytest.fixture
def ongepubliceerd(drenthe):
    """Drenthe 2025-2026 as a cycle not yet published: its figures follow every change
    (a published one keeps the figures it was published with, ADR 0007)."""
    from regietafel.cycli.models import ProvincieCyclus
    from regietafel.publicaties.models import Publicatie

    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026")
    Publicatie.objects.filter(provincie_cyclus=pc, soort="publicatie").delete()
    pc.gepubliceerd = False
    pc.save(update_fields=["gepubliceerd"])
    return pc


def maak_rollen():
    """One user per role: gemeente A is Assen, gemeente B is Emmen."""
    from tests.factories import gemeentegebruiker, ministeriegebruiker, provinciegebruiker

    return {
        "anoniem": None,
        "gemeente_a": gemeentegebruiker(ASSEN),
        "gemeente_b": gemeentegebruiker(EMMEN),
        "provincie": provinciegebruiker(),
        "ministerie": ministeriegebruiker(),
    }


def maak_lezers():
    """Two users who read what the public reads: one logged in without a role (no
    profile), and province staff of Groningen, a second province without data here."""
    from django.contrib.auth import get_user_model

    from regietafel.provincies.models import Provincie
    from tests.factories import provinciegebruiker

    Provincie.objects.get_or_create(code="groningen", defaults={"naam": "Groningen"})
    return {
        "geen_rol": get_user_model().objects.create_user("zonder-rol"),
        "provincie_b": provinciegebruiker("groningen"),
    }


def maak_vertrouwelijke_locatie():
    """Emmen's planned AMV location (phase idee), named, remarked and sourced as in
    tests.toegang_hulp.VERTROUWELIJK, also in the copy of Drenthe 2025-2026 frozen at its
    publication, which the public pages show."""
    from regietafel.cycli.models import ProvincieCyclus
    from regietafel.locaties.models import Locatie
    from regietafel.publicaties.models import Publicatie
    from regietafel.publicaties.services import leg_vast
    from tests.toegang_hulp import VERTROUWELIJK

    loc = Locatie.objects.get(gemeente__cbs_code="GM0114", soort="amv")
    loc.naam, loc.opmerking = VERTROUWELIJK[:2]
    loc.save()
    loc.fasen.update(bron=VERTROUWELIJK[2])
    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026")
    oud = Publicatie.objects.get(provincie_cyclus=pc, soort=Publicatie.Soort.PUBLICATIE)
    oud.delete()
    leg_vast(pc, Publicatie.Soort.PUBLICATIE, oud.datum)
    return loc


@pytest.fixture
def rollen(drenthe):
    """One user per role (`maak_rollen`)."""
    return maak_rollen()


@pytest.fixture
def meer_rollen(rollen):
    """`rollen` and the two readers of `maak_lezers`."""
    return {**rollen, **maak_lezers()}


@pytest.fixture
def vertrouwelijke_locatie(drenthe):
    """Emmen's confidential location (`maak_vertrouwelijke_locatie`)."""
    return maak_vertrouwelijke_locatie()


@pytest.fixture(scope="module")
def matrixwereld(django_db_setup, django_db_blocker):
    """The users of `meer_rollen` and `maak_vertrouwelijke_locatie`, made once for a module of many
    short tests (the role × URL matrix: 1,500 tests, which spent half their time making this
    world again). It is made in a transaction around the module's tests, rolled back after
    the last; each test's own transaction (`db`) is a savepoint in it, so what a test
    writes is still gone after it. Only for modules without transactional tests: those
    would flush the database inside this transaction."""
    from django.db import transaction

    from tests.drenthe_kopie import zorg_voor_drenthe

    with django_db_blocker.unblock():
        buiten = transaction.atomic()
        buiten.__enter__()
        zorg_voor_drenthe()
        wereld = {**maak_rollen(), **maak_lezers()}
        maak_vertrouwelijke_locatie()
    yield wereld
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        buiten.__exit__(None, None, None)


@pytest.fixture
def gedeelde_rollen(matrixwereld, db):
    """The seven roles of `matrixwereld`, with Emmen's confidential location, for one test."""
    return matrixwereld


def _django_settings(request):
    """pytest-django's `settings` fixture, or None when the run is without Django
    (`-p no:django`, as scripts/test runs tests/domain first: the rules need no Django)."""
    if not request.config.pluginmanager.hasplugin("django"):
        return None
    return request.getfixturevalue("settings")


@pytest.fixture(scope="session", autouse=True)
def statische_bestanden_eenmaal(request):
    """WhiteNoise reads the headers of every static file when a request handler is built. A
    server builds one handler per process, the test client one per test: 0,04 s each, a
    tenth of the suite. Here the first handler's table serves every later one."""
    if not request.config.pluginmanager.hasplugin("django"):
        yield
        return
    from whitenoise.middleware import WhiteNoiseMiddleware

    gelezen: dict = {}
    lees = WhiteNoiseMiddleware.add_files_from_finders

    def eenmaal(self):
        if gelezen:
            self.files.update(gelezen)
        else:
            lees(self)
            gelezen.update(self.files)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(WhiteNoiseMiddleware, "add_files_from_finders", eenmaal)
        yield


@pytest.fixture(scope="session", autouse=True)
def drenthe_na_een_transactietest(request):
    """A transactional test ends with the database set back to Drenthe from its copy
    (tests/drenthe_kopie.py), rather than emptied by `flush` and loaded again before the
    next test that needs it: 0,1 s instead of 1,4 s on PostgreSQL, in some 120 tests."""
    if not request.config.pluginmanager.hasplugin("django"):
        yield
        return
    from django.test import TransactionTestCase

    from tests.drenthe_kopie import zet_terug

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(TransactionTestCase, "_fixture_teardown", lambda _test: zet_terug())
        yield


@pytest.fixture(autouse=True)
def snelle_wachtwoorden(request):
    """Tests need no strong password hashing; it costs a third of a second per user."""
    if (settings := _django_settings(request)) is not None:
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def eigen_publicatiebestanden(request, tmp_path_factory):
    """Each test keeps the public downloads it makes (services.publicatiebestanden) in a
    folder of its own, made only when used: a file kept by one test is not another's."""
    import uuid

    if (settings := _django_settings(request)) is not None:
        basis = tmp_path_factory.getbasetemp() / "gepubliceerd"
        settings.GEPUBLICEERD_DIR = basis / uuid.uuid4().hex


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server (aiosmtpd) on a free local port, with Django's mail settings
    pointed at it: what the app sends arrives in `.berichten` as parsed e-mail messages
    (with `.aan`, the envelope's recipients)."""
    from tests.smtp_hulp import Postbus

    with Postbus() as postbus:
        settings.MAILERS = {"default": postbus.mailer}
        settings.REGIETAFEL_BASIS_URL = "https://regietafel.example.nl"
        yield postbus
