"""Setting up a database: migrate it, and load the embedded Drenthe data when it is empty."""

from __future__ import annotations

from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from regietafel.bronnen.services import leg_dataset_vast
from regietafel.cycli.models import ProvincieCyclus
from regietafel.cycli.volgende_cyclus import maak_volgende_cyclus
from regietafel.data import DRENTHE, lees_dataset, publicatiedatum
from regietafel.herramingen.services import zorg_voor_eerste_versie
from regietafel.provincies.models import Provincie
from regietafel.publicaties.services import leg_publicaties_vast
from regietafel.services.opslag import bewaar_gegevens
from regietafel.statushouders.services import DRENTHE_STATUSHOUDERS, laad_statushouders

DRENTHE_BESLUIT = (
    "Capaciteitsbesluit cyclus 2025-2026: indicatieve aantallen zoals in het provinciaal "
    "verslag van 31 oktober 2024"
)


def open_migraties() -> int:
    """How many migrations the database still lacks: 0 when it is set up. Reads the
    migration files and the table of applied ones; creates nothing, not even that table."""
    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def migreer() -> None:
    """Migrate the database if it lacks a migration (`regietafel init --leeg`)."""
    if open_migraties():
        call_command("migrate", verbosity=0, interactive=False)


def richt_in() -> bool:
    """Migrate if needed and load the Drenthe data into an empty database.

    Returns True when the Drenthe data was loaded now.
    """
    migreer()
    if Provincie.objects.exists():
        leg_publicaties_vast({("drenthe", "2025-2026"): publicatiedatum(DRENTHE)})
        _cyclus2_drenthe()
        return False
    pc = bewaar_gegevens(lees_dataset(DRENTHE))
    zorg_voor_eerste_versie(pc, DRENTHE_BESLUIT)
    leg_dataset_vast(DRENTHE, pc.provincie.code, pc.cyclus.naam)
    leg_publicaties_vast({("drenthe", "2025-2026"): publicatiedatum(DRENTHE)})
    laad_statushouders(DRENTHE_STATUSHOUDERS)
    _cyclus2_drenthe()
    return True


def _cyclus2_drenthe() -> None:
    """Drenthe's cycle 2027-2028, carried over from cycle 1, when it is not there yet."""

    drenthe = ProvincieCyclus.objects.filter(provincie__code="drenthe")
    namen = set(drenthe.values_list("cyclus__naam", flat=True))
    if "2025-2026" in namen and "2027-2028" not in namen:
        maak_volgende_cyclus("drenthe")
