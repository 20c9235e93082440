"""Importing the seed's Bijlage 1 as XLSX: Tynaarlo's "28" is refused with a Dutch message
that names the row and the column, nothing is written; the corrected file imports."""

import hashlib

import pytest

from regietafel.importen.models import Import
from regietafel.importen.services import importeer
from regietafel.locaties.models import Locatie
from tests.importen.bijlage1 import TYNAARLO_RIJ, csv, rijen, xlsx

pytestmark = pytest.mark.django_db


def _stand():
    """Everything an import could touch, to prove that nothing was written."""
    locaties = list(Locatie.objects.order_by("id").values())
    return locaties, Locatie.history.count(), Import.objects.count()


def test_bijlage1_met_28_in_datumkolom_wordt_geweigerd_en_niets_opgeslagen(drenthe):
    voor = _stand()
    r = importeer("locaties", xlsx(rijen()), "bijlage1.xlsx", provincie="drenthe")
    assert not r.geldig and not r.toegepast
    assert len(r.fouten) == 1
    fout = r.fouten[0]
    assert (fout.rij, fout.kolom, fout.waarde, fout.code) == (
        TYNAARLO_RIJ,
        "Beschikbaar van",
        "28",
        "datum_is_getal",
    )
    assert fout.melding.startswith(
        f"Rij {TYNAARLO_RIJ}, kolom 'Beschikbaar van': '28' is een getal"
    )
    assert "d-m-jjjj" in fout.melding
    assert _stand() == voor


def test_gecorrigeerde_bijlage1_wordt_geimporteerd_met_audit(drenthe, rollen):
    inhoud = xlsx(rijen(gecorrigeerd=True))
    tynaarlo = Locatie.objects.get(gemeente__naam="Tynaarlo", soort="no")
    assert tynaarlo.onleesbaar == [["beschikbaar_van", "28"]]

    proef = importeer("locaties", inhoud, "bijlage1.xlsx", provincie="drenthe", droog=True)
    assert proef.geldig and not proef.toegepast
    wijzigingen = [(w.soort, w.wat) for w in proef.wijzigingen]
    assert wijzigingen == [("gewijzigd", "Locatie Tynaarlo: bijzonder: noodopvang")]
    assert Locatie.objects.get(pk=tynaarlo.pk).onleesbaar == [["beschikbaar_van", "28"]]

    r = importeer(
        "locaties", inhoud, "bijlage1.xlsx", provincie="drenthe", gebruiker=rollen["provincie"]
    )
    assert r.toegepast and r.wijzigingen == proef.wijzigingen
    tynaarlo.refresh_from_db()
    assert tynaarlo.onleesbaar == [] and tynaarlo.beschikbaar_van is None
    assert tynaarlo.versie == 2
    log = Import.objects.get()
    assert log.sha256 == hashlib.sha256(inhoud).hexdigest()
    assert (log.bestandsnaam, log.soort, log.gebruiker) == (
        "bijlage1.xlsx",
        "locaties",
        rollen["provincie"],
    )
    laatste = tynaarlo.history.first()
    assert (
        laatste.history_change_reason == f"Import {log.pk}: bijlage1.xlsx sha256:{log.sha256[:16]}"
    )
    assert laatste.history_user == rollen["provincie"]
    # the same file again changes nothing
    again = importeer("locaties", inhoud, "bijlage1.xlsx", provincie="drenthe")
    assert again.toegepast and again.wijzigingen == ()


def test_bijlage1_als_csv_met_puntkomma_geeft_dezelfde_fout(drenthe):
    r = importeer("locaties", csv(rijen()), "bijlage1.csv", provincie="drenthe")
    assert [(f.rij, f.kolom, f.code) for f in r.fouten] == [
        (TYNAARLO_RIJ, "Beschikbaar van", "datum_is_getal")
    ]


def test_alle_fouten_tegelijk_en_niets_opgeslagen(drenthe):
    tabel = rijen(gecorrigeerd=True)
    tabel[2][1] = "veel"  # Assen: plaatsen
    tabel[3][2] = "tent"  # Borger-Odoorn: soort
    tabel[5][5] = "31-2-2026"  # Coevorden: no such date
    tabel[8][0] = "Atlantis"  # unknown municipality
    tabel[10][4], tabel[10][5] = "1-1-2026", "1-1-2025"  # Hoogeveen: ends before it starts
    voor = _stand()
    r = importeer("locaties", xlsx(tabel), "fout.xlsx", provincie="drenthe")
    assert [(f.rij, f.kolom, f.code) for f in r.fouten] == [
        (3, "Plaatsen", "geen_getal"),
        (4, "Soort", "onbekende_soort"),
        (6, "Beschikbaar tot", "geen_datum"),
        (9, "Gemeente", "onbekende_gemeente"),
        (11, "Beschikbaar tot", "tot_voor_van"),
    ]
    assert r.fouten[0].melding == (
        "Rij 3, kolom 'Plaatsen': 'veel' is geen geheel getal. Schrijf bijvoorbeeld 1000 of 1.000."
    )
    assert _stand() == voor


def test_locaties_van_een_gemeente_worden_vervangen_door_de_lijst(drenthe):
    tabel = [rijen()[0], ["Emmen", "1.000", "regulier", "gerealiseerd", "2000-05-01", "", ""]]
    r = importeer("locaties", csv(tabel), "emmen.csv", provincie="drenthe")
    assert r.toegepast
    soorten = sorted((w.soort, w.wat) for w in r.wijzigingen)
    assert soorten == [
        ("gewijzigd", "Locatie Emmen: regulier"),
        ("verwijderd", "Locatie Emmen: AMV"),
    ]
    emmen = Locatie.objects.filter(gemeente__naam="Emmen")
    assert [(x.plaatsen, x.soort) for x in emmen] == [(1000, "regulier")]
    assert Locatie.objects.filter(gemeente__naam="Assen").count() == 1
