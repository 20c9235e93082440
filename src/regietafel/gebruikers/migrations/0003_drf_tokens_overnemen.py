"""The former tokens (rest_framework.authtoken, plain keys that never expired) become API
tokens (ADR 0018): the same key keeps working, now stored as its hash, with the rights it
had (bound to its user's province or municipality), valid for 90 days from this migration.
The plain keys are then removed from the old table."""

import hashlib
from datetime import timedelta

from django.db import migrations
from django.utils import timezone

OUD = "authtoken_token"


def neem_over(apps, schema_editor):
    verbinding = schema_editor.connection
    if OUD not in verbinding.introspection.table_names():
        return
    ApiToken = apps.get_model("gebruikers", "ApiToken")
    Profiel = apps.get_model("gebruikers", "Profiel")
    User = apps.get_model("auth", "User")
    verloopt = timezone.now() + timedelta(days=90)
    with verbinding.cursor() as c:
        c.execute(f"SELECT key, user_id FROM {OUD}")  # noqa: S608 - a fixed table name
        rijen = c.fetchall()
    for sleutel, gebruiker_id in rijen:
        gebruiker = User.objects.get(pk=gebruiker_id)
        profiel = Profiel.objects.filter(gebruiker_id=gebruiker_id).first()
        rol = None if gebruiker.is_superuser or profiel is None else profiel.rol
        ApiToken.objects.create(
            gebruiker_id=gebruiker_id,
            naam="overgenomen token",
            prefix=sleutel[:8],
            sleutel_hash=hashlib.sha256(sleutel.encode("ascii")).hexdigest(),
            bereik="schrijven" if rol in ("provincie", "gemeente") or gebruiker.is_superuser
            else "lezen",
            provincie_id=profiel.provincie_id if rol == "provincie" else None,
            gemeente_id=profiel.gemeente_id if rol == "gemeente" else None,
            verloopt_op=verloopt,
        )
    with verbinding.cursor() as c:
        c.execute(f"DELETE FROM {OUD}")  # noqa: S608


class Migration(migrations.Migration):
    dependencies = [("gebruikers", "0002_api_tokens")]

    operations = [migrations.RunPython(neem_over, migrations.RunPython.noop)]
