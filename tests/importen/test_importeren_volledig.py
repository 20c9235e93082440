"""Imports that lose nothing: every problem of a file at once, a suggestion for a misspelled
municipality, words in a date column refused with the accepted spellings, and a locations
file without an optional column that leaves the stored values of those columns alone."""

from datetime import date

import pytest

from regietafel.importen.models import Import
from regietafel.importen.services import importeer
from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from tests.importen.bijlage1 import csv, xlsx

pytestmark = pytest.mark.django_db


def _stand():
    """Everything these imports could touch, to prove that nothing was written."""
    return (
        list(Aanbod.objects.order_by("id").values()),
        list(Locatie.objects.order_by("id").values()),
        Aanbod.history.count(),
        Locatie.history.count(),
        Import.objects.count(),
    )


def _fouten(r):
    return [(f.rij, f.kolom, f.code, f.melding) for f in r.fouten]


def test_elk_probleem_tegelijk_ook_naast_onbekende_gemeente_en_dubbele_rij(drenthe):
    tabel = [
        ["Gemeente", "Categorie", "Jaar", "Plaatsen"],
        ["Asen", "amv", "2026", "5"],
        ["Emmen", "amv", "2026", "1"],
        ["emmen", "AMV", "2026", "2"],
        ["Tynaarlo", "amv", "2030", "3"],
        ["Xyzzy", "amv", "twee", "4"],
    ]
    voor = _stand()
    r = importeer("aanbod", xlsx(tabel), "a.xlsx", provincie="drenthe", cyclus="2025-2026")
    assert _fouten(r) == [
        (
            2,
            "Gemeente",
            "onbekende_gemeente_bedoelt",
            "Rij 2, kolom 'Gemeente': 'Asen' is geen bekende gemeente. Bedoelt u Assen?",
        ),
        (
            4,
            "Gemeente",
            "dubbele_rij",
            "Rij 4, kolom 'Gemeente': deze gegevens staan al in rij 3.",
        ),
        (
            5,
            "Jaar",
            "jaar_buiten_cyclus",
            "Rij 5, kolom 'Jaar': '2030' ligt niet in de cyclus 2025-2026.",
        ),
        (
            6,
            "Gemeente",
            "onbekende_gemeente",
            "Rij 6, kolom 'Gemeente': 'Xyzzy' is geen bekende gemeente.",
        ),
        (
            6,
            "Jaar",
            "geen_jaar",
            "Rij 6, kolom 'Jaar': 'twee' is geen jaartal (schrijf bijvoorbeeld 2026).",
        ),
    ]
    assert not r.toegepast and _stand() == voor


def test_ontbrekende_kolom_en_de_fouten_in_de_rijen_tegelijk(drenthe):
    tabel = [
        ["Gemeente", "Categorie", "Plaatsen"],
        ["Asen", "amv", "5"],
        ["Emmen", "amv", "-3"],
    ]
    voor = _stand()
    r = importeer("aanbod", csv(tabel), "a.csv", provincie="drenthe", cyclus="2025-2026")
    assert [(f.rij, f.kolom, f.code) for f in r.fouten] == [
        (1, "Jaar", "kolom_ontbreekt"),
        (2, "Gemeente", "onbekende_gemeente_bedoelt"),
        (3, "Plaatsen", "negatief"),
    ]
    assert r.fouten[2].melding == (
        "Rij 3, kolom 'Plaatsen': '-3' is negatief; een aantal is 0 of meer."
    )
    assert _stand() == voor


def test_onbekende_cyclus_houdt_de_controle_van_de_gemeenten_niet_tegen(drenthe):
    tabel = [["Gemeente", "Categorie", "Jaar", "Plaatsen"], ["Emen", "amv", "2026", "5"]]
    r = importeer("aanbod", csv(tabel), "a.csv", provincie="drenthe", cyclus="2031-2032")
    assert [f.melding for f in r.fouten] == [
        "De provincie Drenthe heeft geen cyclus '2031-2032'.",
        "Rij 2, kolom 'Gemeente': 'Emen' is geen bekende gemeente. Bedoelt u Emmen?",
    ]


def test_geen_suggestie_op_een_cbs_code_of_een_naam_die_nergens_op_lijkt(drenthe):
    tabel = [
        ["CBS-code", "Gemeente", "Inwoners", "Peiljaar"],
        ["GM9999", "", "1", "2025"],
        ["", "Groningen", "1", "2025"],
    ]
    r = importeer("inwoners", csv(tabel), "inw.csv", provincie="drenthe")
    assert [f.melding for f in r.fouten] == [
        "Rij 2, kolom 'CBS-code': 'GM9999' is geen bekende gemeente.",
        "Rij 3, kolom 'Gemeente': 'Groningen' is geen bekende gemeente.",
    ]


@pytest.mark.parametrize("woord", ["indefinite", "permanent", "n.v.t.", "onbekend"])
def test_een_woord_in_de_datumkolom_noemt_de_toegestane_schrijfwijzen(drenthe, woord):
    tabel = [
        ["Gemeente", "Plaatsen", "Soort", "Beschikbaar van", "Beschikbaar tot"],
        ["Assen", "1000", "regulier", "1-3-2017", woord],
        ["Emmen", "675", "regulier", woord, "19-10-2031"],
    ]
    voor = _stand()
    r = importeer("locaties", xlsx(tabel), "l.xlsx", provincie="drenthe")
    uitleg = (
        "is geen datum; schrijf d-m-jjjj (1-3-2026), jjjj-mm-dd (2026-03-01) of "
        "(bij 'Beschikbaar tot') 'onbepaald' / 'onbepaalde tijd'."
    )
    assert _fouten(r) == [
        (
            2,
            "Beschikbaar tot",
            "datum_is_woord",
            f"Rij 2, kolom 'Beschikbaar tot': '{woord}' {uitleg}",
        ),
        (
            3,
            "Beschikbaar van",
            "datum_is_woord",
            f"Rij 3, kolom 'Beschikbaar van': '{woord}' {uitleg}",
        ),
    ]
    assert _stand() == voor


def _emmen():
    """Emmen's stored locations: a realised one with dates and a remark, a planned one."""
    return {
        loc.soort: loc for loc in Locatie.objects.filter(gemeente__cbs_code="GM0114")
    }  # fmt: skip


def test_locaties_zonder_optionele_kolommen_laten_de_opgeslagen_waarden_staan(drenthe):
    voor = _emmen()
    assert voor["amv"].status == "gepland" and voor["amv"].opmerking == "nog te realiseren"
    assert (voor["regulier"].beschikbaar_van, voor["regulier"].beschikbaar_tot) == (
        date(2000, 5, 1),
        date(2031, 10, 19),
    )
    tabel = [
        ["Gemeente", "Plaatsen", "Soort"],
        ["Emmen", "700", "regulier"],
        ["Emmen", "60", "AMV"],
        ["Emmen", "30", "TGO"],
    ]
    r = importeer("locaties", csv(tabel), "l.csv", provincie="drenthe")
    assert r.toegepast, [f.melding for f in r.fouten]
    assert [w.tekst() for w in r.wijzigingen] == [
        "Locatie Emmen: regulier (gewijzigd: plaatsen: 675 → 700)",
        "Locatie Emmen: AMV (gewijzigd: plaatsen: 50 → 60)",
        "Locatie Emmen: bijzonder: TGO (nieuw: plaatsen: leeg → 30; soort: leeg → bijzonder: TGO; "
        "status: leeg → gerealiseerd)",
    ]
    na = _emmen()
    regulier, amv, tgo = na["regulier"], na["amv"], na["tgo"]
    assert (regulier.plaatsen, regulier.status, regulier.opmerking) == (
        700,
        "gerealiseerd",
        "gezinslocatie voor uitgeprocedeerde asielzoekers",
    )
    assert (regulier.beschikbaar_van, regulier.beschikbaar_tot) == (
        date(2000, 5, 1),
        date(2031, 10, 19),
    )
    assert (amv.plaatsen, amv.status, amv.opmerking) == (60, "gepland", "nog te realiseren")
    # a new location gets the documented defaults
    assert (tgo.status, tgo.opmerking, tgo.beschikbaar_van, tgo.beschikbaar_tot) == (
        "gerealiseerd",
        "",
        None,
        None,
    )
    assert not tgo.onbepaalde_tijd


def test_lege_statuscel_laat_de_status_staan_en_een_gegeven_kolom_telt(drenthe):
    tabel = [
        ["Gemeente", "Plaatsen", "Soort", "Status", "Opmerking", "Beschikbaar tot"],
        ["Emmen", "675", "regulier", "", "", "onbepaald"],
        ["Emmen", "50", "AMV", "", "", ""],
    ]
    r = importeer("locaties", csv(tabel), "l.csv", provincie="drenthe")
    assert r.toegepast, [f.melding for f in r.fouten]
    na = _emmen()
    # Status: an empty cell says nothing, so the planned location stays planned.
    assert (na["amv"].status, na["regulier"].status) == ("gepland", "gerealiseerd")
    # Opmerking and Beschikbaar tot are in the file: their cells count, empty or not.
    assert (na["amv"].opmerking, na["regulier"].opmerking) == ("", "")
    assert (na["regulier"].beschikbaar_tot, na["regulier"].onbepaalde_tijd) == (None, True)
    # Beschikbaar van is not in the file: the stored date stays.
    assert na["regulier"].beschikbaar_van == date(2000, 5, 1)


def test_zonder_datumkolom_blijft_een_onleesbare_datum_gemarkeerd(drenthe):
    tynaarlo = Locatie.objects.get(gemeente__naam="Tynaarlo", soort="no")
    assert tynaarlo.onleesbaar == [["beschikbaar_van", "28"]]
    tabel = [
        ["Gemeente", "Plaatsen", "Soort"],
        ["Tynaarlo", "250", "NO"],
        ["Tynaarlo", "28", "AMV"],
    ]
    r = importeer("locaties", csv(tabel), "l.csv", provincie="drenthe")
    assert r.toegepast and r.wijzigingen == ()
    tynaarlo.refresh_from_db()
    assert tynaarlo.onleesbaar == [["beschikbaar_van", "28"]] and tynaarlo.versie == 1


def test_zonder_naamkolom_houden_locaties_hun_naam_en_hun_historie(drenthe):
    azc = Locatie.objects.get(gemeente__cbs_code="GM0114", soort="regulier")
    Locatie.objects.filter(pk=azc.pk).update(naam="AZC Emmen")
    tabel = [
        ["Gemeente", "Plaatsen", "Soort"],
        ["Emmen", "700", "regulier"],
        ["Emmen", "50", "AMV"],
    ]
    r = importeer("locaties", csv(tabel), "l.csv", provincie="drenthe")
    assert [w.tekst() for w in r.wijzigingen] == [
        "Locatie Emmen: AZC Emmen (gewijzigd: plaatsen: 675 → 700)"
    ]
    na = Locatie.objects.get(gemeente__cbs_code="GM0114", soort="regulier")
    assert (na.pk, na.naam, na.plaatsen) == (azc.pk, "AZC Emmen", 700)
