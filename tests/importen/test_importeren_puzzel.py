"""The `puzzel` import: a province starts from its puzzle sheet. The inputs are stored, the
computed columns only checked (a difference is a warning, never stored), and bad input
writes nothing."""

import pytest

from regietafel.bronnen.models import Cijferbron
from regietafel.cycli.invoer import nieuwe_provincie_in_cyclus
from regietafel.importen.models import Import
from regietafel.importen.services import SYSTEEM, importeer
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.puzzel.services import puzzel
from regietafel.reports.xlsx import xlsx_bytes
from regietafel.services.toegang import toegang
from tests.factories import GebruikerFactory, gemeentegebruiker, provinciegebruiker
from tests.importen.bijlage1 import csv, xlsx
from tests.veenmarken_hulp import gemeenten_tabel, puzzel_tabel, verwachte_puzzel, zelfde_puzzel

pytestmark = pytest.mark.django_db


def _puzzel(tabel, provincie="drenthe", gebruiker=None, bestand=csv, cyclus="2025-2026", **kw):
    t = toegang(gebruiker) if gebruiker else SYSTEEM
    naam = "puzzel.xlsx" if bestand is xlsx else "puzzel.csv"
    inhoud = tabel if isinstance(tabel, bytes) else bestand(tabel)
    return importeer("puzzel", inhoud, naam, provincie=provincie, cyclus=cyclus, t=t,
                     gebruiker=gebruiker, **kw)  # fmt: skip


@pytest.fixture
def veenmarken(drenthe):
    """Veenmarken in cycle 2025-2026 with its municipalities, but no figures yet."""
    beheerder = GebruikerFactory(is_superuser=True)
    nieuwe_provincie_in_cyclus(
        toegang(beheerder), beheerder, "veenmarken", "Veenmarken", "2025-2026", 700
    )
    r = importeer("gemeenten", csv(gemeenten_tabel()), "gemeenten.csv", provincie="veenmarken")
    assert r.toegepast, [f.melding for f in r.fouten]


def test_de_eigen_export_terug_verandert_niets_en_waarschuwt_niet(drenthe):
    data = xlsx_bytes(puzzel("drenthe", "2025-2026"), "Drenthe", "2025-2026")
    r = _puzzel(data, bestand=xlsx, droog=True)
    assert (r.fouten, r.wijzigingen, r.waarschuwingen) == ((), (), ())
    assert r.aantal_rijen == 12  # the sheet "Puzzel", not "Overzicht"


def test_een_nieuwe_provincie_begint_met_haar_puzzelblad(veenmarken):
    provincie = provinciegebruiker("veenmarken")
    r = _puzzel(puzzel_tabel(), "veenmarken", provincie)
    assert r.toegepast, [f.melding for f in r.fouten]
    assert r.waarschuwingen == ()
    # The same puzzle, figure by figure, as the data file gives it.
    zelfde_puzzel(puzzel("veenmarken", "2025-2026"), verwachte_puzzel())
    # Every stored figure has the file as its source and a history record with the user.
    aldam = Opgave.objects.get(gemeente__cbs_code="GM9901", categorie="asiel_regulier")
    bron = Cijferbron.objects.get(model="opgaven.opgave", object_id=aldam.pk, veld="realisatie")
    assert bron.bron.bestandsnaam == "puzzel.csv"
    assert aldam.history.first().history_user == provincie
    # A second time: nothing changes.
    assert _puzzel(puzzel_tabel(), "veenmarken", provincie, droog=True).wijzigingen == ()


def test_berekende_kolommen_worden_gecontroleerd_niet_opgeslagen(veenmarken):
    tabel = puzzel_tabel(met_controle=True)
    aldam = next(i for i, r in enumerate(tabel) if r[0] == "Aldam")
    tabel[aldam][2] = 210  # the computed Ukrainian target is 200
    tabel.append(["Totaal", 70000, 700, 630, 700, 548, 503, 503, 503, 38, 18, 24, 25])
    r = _puzzel(tabel, "veenmarken")
    assert r.toegepast, [f.melding for f in r.fouten]
    assert [(w.rij, w.kolom, w.code) for w in r.waarschuwingen] == [
        (5, "Oekraïne opgave 2025", "berekend_wijkt_af"),
        (12, "opgave spreidingswet Asielopvang (AMV) aanbod gemeenten 2026", "totaal_wijkt_af"),
    ]
    assert r.waarschuwingen[0].melding == (
        "Rij 5, kolom 'Oekraïne opgave 2025': '210' wijkt af van het berekende 200; dit cijfer "
        "wordt berekend, niet ingelezen."
    )
    p = puzzel("veenmarken", "2025-2026")
    assert p.regels[0].oekraine.opgave == 200
    assert p.totaal.amv.aanbod[2026] == 24
    # Nothing of the Ukrainian target per municipality is stored.
    assert not Opgave.objects.filter(categorie="oekraine", opgave__isnull=False).exists()


def test_een_saldo_dat_niet_klopt_is_een_waarschuwing(drenthe):
    assen = puzzel("drenthe", "2025-2026").regels[1]
    assert assen.naam == "Assen"
    tabel = [
        ["Gemeente", "Regulier opgave", "Regulier aanbod 2025", "Regulier saldo 2025"],
        ["Assen", assen.asiel_regulier.opgave, "1.000", assen.asiel_regulier.saldo(2025) + 1],
    ]
    r = _puzzel(tabel, droog=True)
    assert [(w.rij, w.kolom, w.code, w.detail) for w in r.waarschuwingen] == [
        (2, "Regulier saldo 2025", "berekend_wijkt_af", str(assen.asiel_regulier.saldo(2025)))
    ]


def test_foute_invoer_noemt_rij_en_kolom_en_schrijft_niets(veenmarken):
    opgaven, aanbod, imports = (
        Opgave.objects.count(),
        Aanbod.objects.count(),
        Import.objects.count(),
    )
    tabel = puzzel_tabel()
    tabel[4][5] = "-200"  # Aldam's regular target
    tabel[5][0] = "Broekven"  # a misspelling
    tabel[6][8] = "veertig"
    tabel.append(["Assen", 70000, "", "", "", 1, 1, 1, 1, 1, 1, 1, 1])  # Drenthe
    r = _puzzel(tabel, "veenmarken", provinciegebruiker("veenmarken"))
    assert not r.toegepast
    assert [(f.rij, f.code) for f in r.fouten] == [
        (5, "negatief"),
        (6, "onbekende_gemeente_bedoelt"),
        (7, "geen_getal"),
        (12, "andere_provincie"),
    ]
    assert r.fouten[1].melding == (
        "Rij 6, kolom 'Gemeente': 'Broekven' is geen bekende gemeente. Bedoelt u Broekveen?"
    )
    assert (
        r.fouten[3].melding
        == "Rij 12, kolom 'Gemeente': 'Assen' hoort niet bij de provincie Veenmarken."
    )
    counts = (Opgave.objects.count(), Aanbod.objects.count(), Import.objects.count())
    assert counts == (opgaven, aanbod, imports)


def test_het_blad_van_een_andere_cyclus_wordt_genoemd(veenmarken):
    tabel = puzzel_tabel()
    tabel[3] = [2028 if c == 2026 else c for c in tabel[3]]  # the row of years
    r = _puzzel(tabel, "veenmarken")
    assert [(f.rij, f.kolom, f.code) for f in r.fouten] == [
        (3, "opgave spreidingswet Asielopvang (AMV) aanbod gemeenten 2028", "jaar_buiten_cyclus"),
        (3, "opgave spreidingswet Asielopvang (regulier) aanbod gemeenten 2028",
         "jaar_buiten_cyclus"),
    ]  # fmt: skip
    assert "'2028' ligt niet in de cyclus 2025-2026" in r.fouten[0].melding
    assert not Aanbod.objects.filter(gemeente__provincie__code="veenmarken").exists()


def test_een_gemeente_importeert_de_puzzel_niet(drenthe):
    r = _puzzel([["Gemeente", "AMV opgave", "AMV realisatie"], ["Assen", 1, 1]],
                gebruiker=gemeentegebruiker("GM0106"))  # fmt: skip
    assert [f.code for f in r.fouten] == ["soort_niet_toegestaan"]
