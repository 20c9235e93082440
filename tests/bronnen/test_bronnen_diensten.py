"""Every stored figure keeps its source: the Drenthe documents at setup, an import's file
and hash, the person who edits; and the list of sources with the stale figures."""

import hashlib
from datetime import date
from pathlib import Path

import pytest

from regietafel.bronnen.models import Actualiteitsnorm, Cijferbron
from regietafel.bronnen.services import (
    bronnenoverzicht,
    herkomsten,
    leg_dataset_vast,
    puzzelbronnen,
)
from regietafel.domain.bronnen import BronFout, BronSoort
from regietafel.importen.services import importeer
from regietafel.locaties.models import Locatie
from regietafel.provincies.models import Provincie
from regietafel.services.toegang import toegang
from tests.importen.bijlage1 import csv

pytestmark = pytest.mark.django_db


def _per_kolom(cbs_code):
    return {
        c.kolom: h for c, h in herkomsten("drenthe", "2025-2026").items() if c.cbs_code == cbs_code
    }


def test_drenthe_krijgt_bij_de_inrichting_de_documenten_als_bron(drenthe):
    assen = _per_kolom("GM0106")
    assert assen["asiel_regulier.opgave"].bron.omschrijving == (
        "Capaciteitsbesluit cyclus 2025-2026 (brief van de staatssecretaris van JenV) van 31-1-2024"
    )
    assert assen["amv.aanbod.2025"].peildatum == date(2024, 10, 25)  # "opgave per 25-10-2024"
    assert assen["inwoners"].peildatum == date(2023, 1, 1)
    assert (
        assen["locaties"].bron.omschrijving
        == "Provinciaal verslag Drenthe, Bijlage 1 van 31-10-2024"
    )
    assert {h.bron.soort for h in herkomsten("drenthe", "2025-2026").values()} == {
        BronSoort.DOCUMENT
    }


def test_elk_cijfer_van_drenthe_heeft_een_bron(drenthe):
    from regietafel.bronnen.services import _cijfers
    from regietafel.cycli.models import ProvincieCyclus

    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026")
    cijfers = set(_cijfers(pc).values())
    assert cijfers and cijfers == set(herkomsten("drenthe", "2025-2026"))


def test_een_import_legt_bestand_en_hash_vast_als_bron_van_elk_geschreven_cijfer(drenthe, rollen):
    inhoud = csv(
        [
            ["Gemeente", "Categorie", "Jaar", "Plaatsen"],
            ["Emmen", "amv", "2026", "60"],
            ["Assen", "amv", "2025", "5"],
        ]
    )
    r = importeer(
        "aanbod",
        inhoud,
        "aanbod-maart.csv",
        provincie="drenthe",
        cyclus="2025-2026",
        t=toegang(rollen["provincie"]),
        gebruiker=rollen["provincie"],
    )
    assert r.toegepast
    for cbs in ("GM0114", "GM0106"):
        kolom = "amv.aanbod.2026" if cbs == "GM0114" else "amv.aanbod.2025"
        bron = _per_kolom(cbs)[kolom].bron
        assert bron.soort is BronSoort.IMPORT
        assert (bron.bestandsnaam, bron.sha256) == (
            "aanbod-maart.csv",
            hashlib.sha256(inhoud).hexdigest(),
        )
        assert bron.persoon == rollen["provincie"].username
    # a figure the file did not touch keeps its document
    assert _per_kolom("GM0114")["amv.aanbod.2025"].bron.soort is BronSoort.DOCUMENT


def test_een_afgewezen_import_verandert_geen_bron(drenthe):
    inhoud = csv([["Gemeente", "Categorie", "Jaar", "Plaatsen"], ["Emmen", "amv", "2031", "60"]])
    voor = Cijferbron.objects.count()
    r = importeer("aanbod", inhoud, "fout.csv", provincie="drenthe", cyclus="2025-2026")
    assert not r.toegepast
    assert Cijferbron.objects.count() == voor
    assert _per_kolom("GM0114")["amv.aanbod.2026"].bron.soort is BronSoort.DOCUMENT


def test_een_wijziging_in_de_webapp_legt_de_persoon_vast(emmen_wijzigde):
    h = _per_kolom("GM0114")["amv.aanbod.2026"]
    assert h.bron.soort is BronSoort.PERSOON
    assert h.bron.persoon == emmen_wijzigde.username
    assert h.bron.omschrijving.startswith(f"Ingevoerd door {emmen_wijzigde.username} op ")


def test_een_verwijderde_locatie_neemt_haar_bron_mee(drenthe):
    loc = Locatie.objects.filter(gemeente__cbs_code="GM0114").first()
    pk = loc.pk
    loc.delete()
    assert not Cijferbron.objects.filter(model="locaties.locatie", object_id=pk).exists()


def test_de_actualiteitsnorm_komt_uit_het_verzoek_de_provincie_of_de_standaard(drenthe):
    assert bronnenoverzicht("drenthe", "2025-2026").norm.max_dagen == 180
    Actualiteitsnorm.objects.create(provincie=Provincie.objects.get(code="drenthe"), max_dagen=400)
    assert bronnenoverzicht("drenthe", "2025-2026").norm.max_dagen == 400
    assert bronnenoverzicht("drenthe", "2025-2026", ouder_dan=30).norm.max_dagen == 30


def test_verouderde_cijfers_volgen_de_peildatum_en_de_soort(ongepubliceerd, monkeypatch):
    from regietafel.services import klok

    monkeypatch.setattr(klok, "vandaag", lambda: date(2025, 1, 1))
    o = bronnenoverzicht("drenthe", "2025-2026", ouder_dan=60)
    oud = {c.kolom for c, _, stand in o.cijfers if stand == "verouderd"}
    # on 1 January 2025 the report's figures (25-10-2024, 31-10-2024) are older than 60
    # days; the inhabitants (1-1-2023) and the decision (31-1-2024) are older still, but
    # fixed for the cycle
    assert "inwoners" not in oud and "amv.opgave" not in oud
    assert {"asiel_regulier.aanbod.2025", "amv.realisatie", "locaties"} <= oud
    vast = {c.kolom for c, _, stand in o.cijfers if stand == "vast"}
    assert vast == {"inwoners", "asiel_regulier.opgave", "amv.opgave", "oekraine.opgave"}


def test_de_bronnenlijst_van_drenthe(drenthe):
    o = bronnenoverzicht("drenthe", "2025-2026")
    assert [v.bron.titel for v in o.bronnen] == [
        "Capaciteitsbesluit cyclus 2025-2026 (brief van de staatssecretaris van JenV)",
        # documents of the same date in alphabetical order
        "CBS-bevolkingscijfers, zoals in het provinciaal verslag Drenthe",
        "Provinciaal verslag Drenthe, Bijlage 1",
        "Provinciaal verslag Drenthe, tabel 'gegevens voor puzzel'",
    ]
    assert sum(v.aantal for v in o.bronnen) == len(o.cijfers)


def test_de_puzzel_krijgt_peildatum_per_kolom_en_bron_per_cel(drenthe):
    p = puzzelbronnen("drenthe", "2025-2026", ["oekraine.opgave", "amv.aanbod.2025"])
    koppen = {k["kolom"]: k for k in p["koppen"]}
    assert koppen["inwoners"]["peildatum"] == "1-1-2023"
    assert koppen["amv.aanbod.2025"]["peildatum"] == "25-10-2024"
    cel = p["cellen"]["GM0106 oekraine.opgave"]
    assert cel["bron"].startswith("Provinciaal verslag Drenthe, tabel")
    assert cel["id"] == "bron-GM0106-oekraine-opgave"


def test_het_publiek_ziet_niet_wie_invoerde(emmen_wijzigde):
    p = puzzelbronnen("drenthe", "2025-2026", ["amv.aanbod.2026"], met_personen=False)
    assert emmen_wijzigde.username not in p["cellen"]["GM0114 amv.aanbod.2026"]["bron"]


def test_een_onjuiste_bronnensectie_schrijft_niets(drenthe, tmp_path: Path):
    pad = tmp_path / "fout.toml"
    pad.write_text(
        '[[bron]]\ndocument = "A"\ndatum = "1-1-2024"\ncijfers = ["inwoners"]\n'
        '[[bron]]\ndocument = "B"\ndatum = "1-1-2024"\ncijfers = ["amv.opgaaf"]\n'
    )
    voor = list(Cijferbron.objects.values_list("bron_id", flat=True).order_by("id"))
    with pytest.raises(BronFout, match="'amv.opgaaf' is geen bekende groep cijfers"):
        leg_dataset_vast(pad, "drenthe", "2025-2026")
    assert list(Cijferbron.objects.values_list("bron_id", flat=True).order_by("id")) == voor


def test_ingevoerde_statushouders_krijgen_de_persoon_als_bron(rollen):
    from regietafel.domain.statushouders import Periode
    from regietafel.statushouders.services import bewaar_huisvesting

    provincie = rollen["provincie"]
    bewaar_huisvesting("drenthe", Periode(2025, 2), "GM0114", 40, 30, provincie)
    emmen = _per_kolom("GM0114")
    for kolom in ("statushouders.taakstelling.2025-2", "statushouders.realisatie.2025-2"):
        assert emmen[kolom].bron.persoon == provincie.username


def test_de_volgende_cyclus_neemt_de_bronnen_van_overgenomen_cijfers_mee(drenthe):
    # cycle 2027-2028 carries over Drenthe's offers of 2026 and the Ukrainian figures
    c2 = {
        c.kolom: h
        for c, h in herkomsten("drenthe", "2027-2028").items()
        if c.cbs_code in ("GM0106", "")
    }
    assert c2["amv.aanbod.2027"] == c2["amv.aanbod.2028"] == _per_kolom("GM0106")["amv.aanbod.2026"]
    assert c2["oekraine.ambitie"].peildatum == date(2024, 10, 25)
    assert c2["oekraine.opgave"].bron.titel.startswith("Provinciaal verslag Drenthe, tabel")
    assert "amv.opgave" not in c2  # the new targets are not known yet: no source
