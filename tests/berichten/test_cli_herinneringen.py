"""`regietafel herinneringen`: the reminders due, through a real SMTP server; a second
run sends nothing new; bad input is a Dutch error and exit code 2."""

from datetime import date

import pytest
from django.utils import timezone

from regietafel.berichten.services import zet_adressen
from regietafel.cli import main
from regietafel.consultatie.models import Consultatie
from regietafel.cycli.models import ProvincieCyclus
from regietafel.provincies.models import Gemeente, Provincie
from tests.conftest import EMMEN

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultatie(rollen):
    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2027-2028")
    zet_adressen(rollen["provincie"], Provincie.objects.get(code="drenthe"),
                 Gemeente.objects.get(cbs_code=EMMEN), "asiel@emmen.nl")  # fmt: skip
    return Consultatie.objects.create(provincie_cyclus=pc, antwoord_voor=date(2026, 4, 1),
                                      geopend_op=timezone.now(),
                                      geopend_door=rollen["provincie"])  # fmt: skip


def test_herinneringen_een_keer_per_gemeente(consultatie, smtp_server, capsys):
    assert main(["herinneringen", "--datum", "2026-03-20", "--dagen", "14"]) == 0
    assert (
        "Herinneringen: 1 verzonden, 0 mislukt, 11 zonder contactadres." in capsys.readouterr().out
    )
    assert [b.aan for b in smtp_server.berichten] == [["asiel@emmen.nl"]]
    assert main(["herinneringen", "--datum", "2026-03-21", "--dagen", "14"]) == 0
    assert (
        "Herinneringen: 0 verzonden, 0 mislukt, 11 zonder contactadres." in capsys.readouterr().out
    )
    assert len(smtp_server.berichten) == 1
    # A municipality without an address is tried again: once it has one, its reminder goes.
    zet_adressen(consultatie.geopend_door, Provincie.objects.get(code="drenthe"),
                 Gemeente.objects.get(naam="Assen"), "spreiding@assen.nl")  # fmt: skip
    assert main(["herinneringen", "--datum", "2026-03-22", "--dagen", "14"]) == 0
    assert [b.aan for b in smtp_server.berichten][1:] == [["spreiding@assen.nl"]]


def test_zeven_dagen_is_de_standaard(consultatie, smtp_server, capsys):
    assert main(["herinneringen", "--datum", "2026-03-20"]) == 0  # twelve days before
    assert smtp_server.berichten == []
    assert main(["herinneringen", "--datum", "2026-03-25"]) == 0
    assert len(smtp_server.berichten) == 1


@pytest.mark.parametrize(
    ("argumenten", "melding"),
    [
        (["--datum", "25-03-2026"], "Fout: '25-03-2026' is geen datum; schrijf jjjj-mm-dd."),
        (["--dagen", "-1"], "Fout: --dagen is 0 of meer."),
    ],
)
def test_foute_invoer(consultatie, capsys, argumenten, melding):
    assert main(["herinneringen", *argumenten]) == 2
    assert melding in capsys.readouterr().err
