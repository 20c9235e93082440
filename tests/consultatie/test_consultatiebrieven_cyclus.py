"""Consultation letters are made for the chosen cycle, with the consultation's own deadline
(else the route map's) and the indicative numbers as they are now; from the web as from the
CLI."""

import io
import zipfile
from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone
from docx import Document

pytestmark = pytest.mark.django_db

C2 = "2027-2028"


def _pc():
    from regietafel.cycli.models import ProvincieCyclus

    return ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam=C2)


def brief_van(zip_bytes: bytes, gemeente: str = "assen"):
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as z:
        namen = z.namelist()
        brief = Document(io.BytesIO(z.read(f"consultatiebrief-{C2}-{gemeente}.docx")))
    tekst = "\n".join(p.text for p in brief.paragraphs)
    tabellen = ["|".join(c.text for c in r.cells) for t in brief.tables for r in t.rows]
    return namen, tekst, tabellen


@pytest.fixture
def consultatie(rollen):
    from regietafel.consultatie.models import Consultatie

    return Consultatie.objects.create(
        provincie_cyclus=_pc(),
        antwoord_voor=date(2026, 3, 15),
        geopend_op=timezone.now(),
        geopend_door=rollen["provincie"],
    )


@pytest.fixture
def nieuwe_opgave(drenthe):
    """An import of the 2027-2028 indicative numbers: Assen's regular task is 412."""
    from regietafel.opgaven.models import Opgave

    o = Opgave.objects.get(cyclus__naam=C2, gemeente__naam="Assen", categorie="asiel_regulier")
    o.opgave = 412
    o.save()


def test_brieven_zijn_voor_de_gekozen_cyclus(drenthe):
    from regietafel.verslagen.services import brieven

    r = brieven("drenthe", C2)
    assert r.bestandsnaam == f"consultatiebrieven-drenthe-{C2}.zip"
    namen, tekst, _ = brief_van(r.inhoud)
    assert all(n.startswith(f"consultatiebrief-{C2}-") for n in namen) and len(namen) == 12
    assert "2029-2030" not in tekst
    assert f"voortzetting van uw inzet in cyclus {C2}" in tekst


def test_brieven_noemen_de_termijn_van_de_consultatie(consultatie):
    from regietafel.verslagen.services import brieven

    _, tekst, _ = brief_van(brieven("drenthe", C2).inhoud)
    assert "uiterlijk 15 maart 2026" in tekst
    assert "1 april 2026" not in tekst


def test_zonder_consultatie_de_termijn_van_de_routekaart(drenthe):
    from regietafel.routekaart.models import Routekaart
    from regietafel.verslagen.services import brieven

    Routekaart.objects.update_or_create(
        provincie_cyclus=_pc(), defaults={"antwoord_voor": date(2026, 2, 20)}
    )
    _, tekst, _ = brief_van(brieven("drenthe", C2).inhoud)
    assert "uiterlijk 20 februari 2026" in tekst


def test_brieven_noemen_de_actuele_indicatieve_aantallen(nieuwe_opgave):
    from regietafel.verslagen.services import brieven

    _, _, tabellen = brief_van(brieven("drenthe", C2).inhoud)
    # 412 is the new task; 1.645 and 1.000 the realisation and offer of 2025-2026.
    assert "Asielopvang (regulier)|412|1.645|1.000" in tabellen


def test_web_maakt_dezelfde_brieven(client, rollen, consultatie, nieuwe_opgave, settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    client.force_login(rollen["provincie"])
    antwoord = client.post(
        reverse("rapport-aanvragen"),
        {"provincie": "drenthe", "cyclus": C2, "formaat": "brieven"},
        follow=True,
    )
    assert "Het document is klaar." in antwoord.content.decode()
    bestand = client.get(reverse("rapport-downloaden", args=[antwoord.context["opdracht"].pk]))
    assert f'filename="consultatiebrieven-drenthe-{C2}.zip"' in bestand["Content-Disposition"]
    _, tekst, tabellen = brief_van(bestand.content)
    assert "uiterlijk 15 maart 2026" in tekst
    assert "Asielopvang (regulier)|412|1.645|1.000" in tabellen


def test_cli_maakt_dezelfde_brieven(consultatie, nieuwe_opgave, tmp_path):
    from regietafel.cli import main

    uit = tmp_path / "brieven.zip"
    assert main(["brieven", "--provincie", "drenthe", "--cyclus", C2, "--uit", str(uit)]) == 0
    _, tekst, tabellen = brief_van(uit.read_bytes())
    assert "uiterlijk 15 maart 2026" in tekst
    assert "Asielopvang (regulier)|412|1.645|1.000" in tabellen
