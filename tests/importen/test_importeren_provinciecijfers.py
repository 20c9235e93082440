"""The `provinciecijfers` import: the figures of "Invoer provincie" from a spreadsheet, one
a row. The province imports its Ukrainian target, SPUK 3 budget and amount and the
realisation per municipality; only an administrator the cycle's national amounts, as on
the page. All or nothing, every problem at once in Dutch with row and column, an empty
cell is unknown (never 0), and each figure gets the file as its source with the row's
peildatum and a history record."""

from datetime import date

import pytest

from regietafel.bronnen.models import Cijferbron
from regietafel.cycli.invoer import bewaar_provincie
from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.importen.models import Import
from regietafel.importen.services import SYSTEEM, _Plan, importeer
from regietafel.opgaven.models import Opgave
from regietafel.services import klok
from regietafel.services.toegang import toegang
from tests.factories import gemeentegebruiker, ministeriegebruiker, provinciegebruiker
from tests.importen.bijlage1 import csv, xlsx

pytestmark = pytest.mark.django_db

KOP = ["Gegeven", "CBS-code", "Gemeente", "Waarde", "Peildatum"]


def _als(gebruiker, tabel, bestand=csv, t=None, **kw):
    return importeer(
        "provinciecijfers",
        bestand(tabel),
        "provinciecijfers.csv",
        provincie="drenthe",
        cyclus="2025-2026",
        t=t or toegang(gebruiker),
        gebruiker=gebruiker,
        **kw,
    )


def _pc():
    return ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026")


def _opgave(cbs_code, categorie):
    return Opgave.objects.get(gemeente__cbs_code=cbs_code, cyclus__naam="2025-2026",
                              categorie=categorie)  # fmt: skip


def _bron(obj, veld):
    return Cijferbron.objects.select_related("bron").get(
        model=obj._meta.label_lower, object_id=obj.pk, veld=veld
    )


def _tekst(waarde):
    return "" if waarde is None else str(waarde)


def test_provincie_importeert_haar_cijfers_met_bron_peildatum_en_historie(drenthe):
    provincie = provinciegebruiker()
    oud = _pc()
    assen_amv, emmen_ambitie = _opgave("GM0106", "amv"), _opgave("GM0114", "oekraine")
    assert (oud.oekraine_opgave, oud.spuk3_pot) == (5722, 983686)
    r = _als(
        provincie,
        [
            KOP,
            ["Provinciale Oekraïne-opgave", "", "", "5.800", "1-3-2026"],
            ["SPUK 3-budget", "", "", "€ 1.000.000", ""],
            ["Realisatie AMV", "GM0106", "Assen", 12, ""],
            ["ambitie oekraine", "", "Emmen", "300", "2026-02-01"],
        ],
        bestand=xlsx,
    )
    assert r.toegepast, [f.melding for f in r.fouten]
    pc = _pc()
    assert (pc.oekraine_opgave, pc.spuk3_pot, pc.provincie_bedrag) == (5800, 1_000_000, 408653)
    assert _opgave("GM0106", "amv").realisatie == 12
    assert _opgave("GM0114", "oekraine").ambitie == 300
    # The preview's lines, each naming its row, the stored field and old -> new.
    assert [(w.rij, w.soort, w.velden) for w in r.wijzigingen] == [
        (2, "gewijzigd", (("oekraine_opgave", "5722", "5800"),)),
        (3, "gewijzigd", (("spuk3_pot", "983686", "1000000"),)),
        (4, "gewijzigd", (("realisatie", _tekst(assen_amv.realisatie), "12"),)),
        (5, "gewijzigd", (("ambitie", _tekst(emmen_ambitie.ambitie), "300"),)),
    ]
    assert r.wijzigingen[0].wat == (
        "Provincie Drenthe 2025-2026: Provinciale Oekraïne-opgave (peildatum 1-3-2026)"
    )
    # Source: the file, with the row's peildatum (empty: the day of the import).
    bron = _bron(pc, "oekraine_opgave")
    assert (bron.bron.bestandsnaam, bron.peildatum) == ("provinciecijfers.csv", date(2026, 3, 1))
    assert _bron(pc, "spuk3_pot").peildatum == klok.vandaag()
    assert _bron(_opgave("GM0114", "oekraine"), "ambitie").peildatum == date(2026, 2, 1)
    assert not Cijferbron.objects.filter(
        veld="provincie_bedrag", bron__bestandsnaam="provinciecijfers.csv"
    ).exists()
    # History: who, with the import as the reason, and the old value before it.
    laatste = pc.history.first()
    assert laatste.history_user == provincie
    assert laatste.history_change_reason.startswith(f"Import {r.import_id}: provinciecijfers")
    assert laatste.prev_record.spuk3_pot == 983686 and laatste.spuk3_pot == 1_000_000
    # The province's two figures are one write of its row, one history record, and its
    # version moved on: a form opened before the import is stale.
    assert (laatste.oekraine_opgave, laatste.prev_record.oekraine_opgave) == (5800, 5722)
    assert pc.versie == oud.versie + 1
    assert Import.objects.get(pk=r.import_id).soort == "provinciecijfers"


def test_leeg_is_onbekend_een_streep_is_nul_en_wat_ontbreekt_blijft(drenthe):
    provincie = provinciegebruiker()
    assen_regulier = _opgave("GM0106", "asiel_regulier").realisatie
    r = _als(provincie, [["Gegeven", "Gemeente", "Waarde"],
                         ["Bedrag provincie (euro)", "", ""],
                         ["SPUK 3-budget (euro)", "", "-"]])  # fmt: skip
    assert r.toegepast, [f.melding for f in r.fouten]
    pc = _pc()
    assert (pc.provincie_bedrag, pc.spuk3_pot) == (None, 0)  # unknown is not 0
    assert (pc.oekraine_opgave, _opgave("GM0106", "asiel_regulier").realisatie) == (
        5722, assen_regulier,
    )  # fmt: skip
    # The same file again changes nothing.
    again = _als(provincie, [["Gegeven", "Waarde"], ["Bedrag provincie", ""]])
    assert again.toegepast and again.wijzigingen == ()


def test_twee_cijfers_in_een_nieuwe_rij_van_een_gemeente(drenthe):
    """A municipality without its Ukrainian row yet (a new province): the first figure
    creates it, the second changes it, both in one import."""
    Opgave.objects.filter(gemeente__cbs_code="GM0114", categorie="oekraine").delete()
    r = _als(provinciegebruiker(), [KOP, ["Realisatie Oekraïne", "GM0114", "", "40", ""],
                                    ["Ambitie Oekraïne", "GM0114", "", "", ""],
                                    ["Ambitie Oekraïne", "GM0106", "", "90", ""]])  # fmt: skip
    assert r.toegepast, [f.melding for f in r.fouten]
    assert [w.soort for w in r.wijzigingen] == ["nieuw", "gewijzigd"]
    emmen = _opgave("GM0114", "oekraine")
    assert (emmen.realisatie, emmen.ambitie, emmen.opgave) == (40, None, None)
    assert _opgave("GM0106", "oekraine").ambitie == 90


def test_landelijke_bedragen_alleen_door_een_beheerder(drenthe):
    cyclus = Cyclus.objects.get(naam="2025-2026")
    assert (cyclus.regels["spuk1_bedrag_per_plaats"], cyclus.amv_landelijk) == (2000, 8140)
    tabel = [KOP, ["SPUK 1: bedrag per plaats (euro)", "", "", "2500", ""],
             ["Landelijk aantal AMV", "", "", "8140", ""]]  # fmt: skip
    geweigerd = _als(provinciegebruiker(), tabel)
    assert not geweigerd.toegepast
    assert [f.melding for f in geweigerd.fouten] == [
        "Rij 2, kolom 'Waarde': u mag het SPUK 1-bedrag per plaats niet wijzigen ('2500'); dat "
        "doet een beheerder, want het geldt voor elke provincie."
    ]  # the unchanged national AMV number may stay in the file
    assert Cyclus.objects.get(pk=cyclus.pk).regels["spuk1_bedrag_per_plaats"] == 2000
    beheerder = provinciegebruiker()
    r = _als(beheerder, tabel, t=SYSTEEM)
    assert r.toegepast, [f.melding for f in r.fouten]
    cyclus.refresh_from_db()
    assert cyclus.regels["spuk1_bedrag_per_plaats"] == 2500
    assert cyclus.regels["spuk2_bedrag_per_plaats"] == 2000  # the rest of the rules stays
    assert _bron(cyclus, "spuk1_bedrag_per_plaats").bron.bestandsnaam == "provinciecijfers.csv"
    assert cyclus.history.first().history_change_reason.startswith(f"Import {r.import_id}")


def test_elke_fout_tegelijk_in_het_nederlands_en_niets_opgeslagen(drenthe):
    pc = _pc()
    r = _als(
        provinciegebruiker(),
        [
            KOP,
            ["Oekraïne-budget", "", "", "5", ""],
            ["Realisatie AMV", "", "", "5", ""],
            ["SPUK 3-budget", "GM0106", "", "5", ""],
            ["Provinciale Oekraïne-opgave", "", "", "", ""],
            ["Bedrag provincie", "", "", "-5", ""],
            ["Realisatie AMV", "", "Asen", "veel", ""],
            ["Ambitie Oekraïne", "GM0106", "", "5", "1-1-2999"],
            ["SPUK 3-budget", "", "", "12", ""],
            ["SPUK 3-budget", "", "", "13", ""],
            ["Realisatie asiel regulier", "", "Asen", "3", ""],
        ],
    )
    assert not r.toegepast
    meldingen = [f.melding for f in r.fouten]
    assert meldingen[0].startswith(
        "Rij 2, kolom 'Gegeven': 'Oekraïne-budget' is geen gegeven van Invoer provincie. Kies "
        "uit: 'Provinciale Oekraïne-opgave', 'SPUK 3-budget (euro)',"
    )
    assert meldingen[1:] == [
        "Rij 3, kolom 'CBS-code': 'Realisatie AMV' is een cijfer per gemeente: vul de kolom "
        "'CBS-code' of 'Gemeente' in.",
        "Rij 4, kolom 'CBS-code': 'SPUK 3-budget (euro)' geldt voor de hele provincie, niet "
        "voor één gemeente: laat 'CBS-code' en 'Gemeente' leeg.",
        "Rij 5, kolom 'Waarde': de cel is leeg; vul hier een waarde in.",
        "Rij 6, kolom 'Waarde': '-5' is negatief; een aantal is 0 of meer.",
        "Rij 7, kolom 'Gemeente': 'Asen' is geen bekende gemeente. Bedoelt u Assen?",
        "Rij 7, kolom 'Waarde': 'veel' is geen geheel getal. Schrijf bijvoorbeeld 1000 of 1.000.",
        "Rij 8, kolom 'Peildatum': de peildatum 1-1-2999 ligt in de toekomst.",
        "Rij 10, kolom 'Gegeven': deze gegevens staan al in rij 9.",
        "Rij 11, kolom 'Gemeente': 'Asen' is geen bekende gemeente. Bedoelt u Assen?",
    ]
    nu = _pc()
    assert (nu.spuk3_pot, nu.versie) == (pc.spuk3_pot, pc.versie)
    assert not Import.objects.exists()


def test_te_groot_bedrag_en_een_kolom_die_ontbreekt(drenthe):
    r = _als(provinciegebruiker(), [["Gegeven", "Bedrag"], ["SPUK 3-budget", "2.000.000.001"]])
    assert [f.melding for f in r.fouten] == [
        "Rij 2, kolom 'Bedrag': '2.000.000.001' is te groot voor een aantal."
    ]
    groot = _als(provinciegebruiker(), [["Gegeven", "Bedrag"], ["SPUK 3-budget", "2.000.000.000"]])
    assert groot.toegepast and _pc().spuk3_pot == 2_000_000_000
    zonder = _als(provinciegebruiker(), [["Gegeven", "Gemeente"], ["SPUK 3-budget", ""]])
    assert [f.code for f in zonder.fouten] == ["kolom_ontbreekt"]


def test_alleen_de_provincie_zelf(drenthe):
    tabel = [KOP, ["SPUK 3-budget", "", "", "5", ""]]
    for gebruiker in (gemeentegebruiker("GM0106"), ministeriegebruiker()):
        r = _als(gebruiker, tabel)
        assert [f.code for f in r.fouten] == ["soort_niet_toegestaan"]
    assert _pc().spuk3_pot == 983686


def test_een_wijziging_in_de_browser_tijdens_de_import_is_een_conflict(drenthe, monkeypatch):
    """Between the import's plan and its writing the page saves the province's figures:
    the import is refused as a whole (the edit shares its transaction here, so it is
    rolled back with it; from another browser it would stay)."""
    provincie = provinciegebruiker()
    t = toegang(provincie)
    origineel = _Plan.maak

    def maak_en_intussen_bewerken(plan):
        origineel(plan)
        pc = _pc()
        waarden = {"oekraine_opgave": 5722, "spuk3_pot": 1, "provincie_bedrag": None}
        bewaar_provincie(t, provincie, "drenthe", "2025-2026", waarden, pc.versie)

    monkeypatch.setattr(_Plan, "maak", maak_en_intussen_bewerken)
    r = _als(provincie, [KOP, ["Realisatie AMV", "GM0106", "", "7", ""],
                         ["SPUK 3-budget", "", "", "5", ""]])  # fmt: skip
    assert not r.toegepast and [f.code for f in r.fouten] == ["conflict"]
    assert _pc().spuk3_pot == 983686
    assert _opgave("GM0106", "amv").realisatie != 7


def test_droog_schrijft_niets(drenthe):
    r = _als(provinciegebruiker(), [KOP, ["SPUK 3-budget", "", "", "5", ""]], droog=True)
    assert r.geldig and not r.toegepast and len(r.wijzigingen) == 1
    assert _pc().spuk3_pot == 983686 and not Import.objects.exists()
