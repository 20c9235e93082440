"""A published cycle's report keeps the texts, the date and the sentences it was published
with (ADR 0007, "Het verslag zoals gepubliceerd"): a text edited or a route-map date moved
later changes the working version only. The public download is made once per publication."""

import subprocess
from datetime import date

import pytest

from regietafel.publicaties.models import Publicatie
from regietafel.publicaties.services import publiceer
from regietafel.verslagen.services import gepubliceerd_document, rapport, verslag_invoer
from regietafel.verslagen.teksten import bewaar_verslagtekst
from tests.factories import capaciteitsbesluit_2027
from tests.gelijktijdig_hulp import tegelijk

pytestmark = pytest.mark.django_db
C1, C2 = "2025-2026", "2027-2028"
NIEUW = "Een inleiding die de provincie na de publicatie schreef."


def _pdf_tekst(inhoud: bytes, tmp_path) -> str:
    pad = tmp_path / "document.pdf"
    pad.write_bytes(inhoud)
    uit = subprocess.run(["pdftotext", str(pad), "-"], check=True, capture_output=True, text=True)
    return " ".join(uit.stdout.split())


def _verschuif_verslagdag(provincie, cyclus, naar, gebruiker):
    from regietafel.routekaart.services import wijzig_stap, zorg_voor_routekaart
    from regietafel.services.opslag import provincie_cyclus

    r = zorg_voor_routekaart(provincie_cyclus(provincie, cyclus))
    wijzig_stap(gebruiker, r.stappen.get(code="verslag"), "gepland", naar)


def test_een_tekst_bewerkt_na_de_publicatie_verandert_het_gepubliceerde_verslag_niet(
    rollen, tmp_path
):
    capaciteitsbesluit_2027()
    publiceer("drenthe", C2, date(2026, 11, 1), rollen["provincie"])
    oud = verslag_invoer("drenthe", C2).teksten["inleiding"]
    bewaar_verslagtekst("drenthe", C2, "inleiding", NIEUW)
    bewaar_verslagtekst("drenthe", C2, "aanbiedingsbrief_aanhef", "Geachte minister,")
    # As published: the public download, and what staff get by default.
    download = gepubliceerd_document("drenthe", C2, "verslag.pdf").inhoud
    assert rapport("drenthe", C2, "pdf").inhoud == download  # staff's default: the same file
    publiek = _pdf_tekst(download, tmp_path)
    assert oud[:60] in publiek and NIEUW not in publiek
    assert verslag_invoer("drenthe", C2).teksten["inleiding"] == oud
    brief = _pdf_tekst(rapport("drenthe", C2, "pdf", document="aanbiedingsbrief").inhoud, tmp_path)
    assert "Excellentie," in brief and "Geachte minister," not in brief
    assert "Werkversie" not in publiek + brief
    # The working version has the texts as they are now, and says so on every page.
    werk = rapport("drenthe", C2, "pdf", werkversie=True)
    assert werk.bestandsnaam == f"verslag-werkversie-drenthe-{C2}.pdf"
    tekst = _pdf_tekst(werk.inhoud, tmp_path)
    assert NIEUW in tekst
    assert "Werkversie met de huidige teksten: dit is niet het verslag zoals het op 1 november " \
        "2026 is gepubliceerd." in tekst  # fmt: skip
    pdfinfo = subprocess.run(["pdfinfo", str(tmp_path / "document.pdf")], capture_output=True,
                             text=True, check=True).stdout  # fmt: skip
    pagina_s = int(next(r.split()[-1] for r in pdfinfo.splitlines() if r.startswith("Pages:")))
    assert tekst.count("Werkversie, niet zoals gepubliceerd") == pagina_s


def test_de_werkversie_van_een_cyclus_die_niet_gepubliceerd_is_is_gewoon_het_verslag(drenthe):
    bewaar_verslagtekst("drenthe", C2, "inleiding", NIEUW)
    v = verslag_invoer("drenthe", C2, werkversie=True)
    assert v.teksten["inleiding"] == NIEUW and v.werkversie == ""
    assert verslag_invoer("drenthe", C2).teksten["inleiding"] == NIEUW
    assert rapport("drenthe", C2, "docx", werkversie=True).bestandsnaam == (
        f"verslag-drenthe-{C2}.docx"
    )


def test_de_datum_van_het_verslag_blijft_die_van_de_publicatie(rollen):
    p = rollen["provincie"]
    capaciteitsbesluit_2027()
    voor = verslag_invoer("drenthe", C2).datum
    publiceer("drenthe", C2, date(2026, 11, 1), p)
    _verschuif_verslagdag("drenthe", C2, date(2026, 11, 20), p)
    assert verslag_invoer("drenthe", C2).datum == voor
    assert verslag_invoer("drenthe", C2, werkversie=True).datum == date(2026, 11, 20)
    # The letters carry the report's date too.
    from regietafel.domain.opmaak import datum_lang
    from regietafel.reports.aanbiedingsbrieven import collegebrief

    brief = collegebrief(verslag_invoer("drenthe", C2)).brief
    assert brief is not None and brief.plaats_datum == f"Assen, {datum_lang(voor)}"


def test_een_publicatie_van_voor_de_bevroren_teksten_volgt_ze_tot_ze_is_aangevuld(drenthe):
    """Backward compatible: a publication without a frozen stand reads the current texts
    (as before), until the next start completes it with the texts of that moment."""
    from regietafel.publicaties.services import leg_publicaties_vast

    pub = Publicatie.objects.get(provincie_cyclus__cyclus__naam=C1, soort="publicatie")
    vast = dict(pub.verslag)
    assert set(vast) >= {"teksten", "datum", "uitruilen", "bronnen"}
    Publicatie.objects.filter(pk=pub.pk).update(verslag={})
    bewaar_verslagtekst("drenthe", C1, "inleiding", NIEUW)
    assert verslag_invoer("drenthe", C1).teksten["inleiding"] == NIEUW
    assert verslag_invoer("drenthe", C1).datum == date.fromisoformat(vast["datum"])
    leg_publicaties_vast()  # what every start runs
    bewaar_verslagtekst("drenthe", C1, "inleiding", "Nog weer anders.")
    assert verslag_invoer("drenthe", C1).teksten["inleiding"] == NIEUW
    pub.refresh_from_db()
    assert pub.verslag["teksten"]["inleiding"] == NIEUW
    assert pub.verslag["datum"] == vast["datum"]


def test_een_tekst_die_de_publicatie_nog_niet_kende_komt_uit_de_huidige_teksten(drenthe):
    pub = Publicatie.objects.get(provincie_cyclus__cyclus__naam=C1, soort="publicatie")
    teksten = {k: v for k, v in pub.verslag["teksten"].items() if k != "brief_plaats"}
    Publicatie.objects.filter(pk=pub.pk).update(verslag={**pub.verslag, "teksten": teksten})
    bewaar_verslagtekst("drenthe", C1, "brief_plaats", "Hoogeveen")
    assert verslag_invoer("drenthe", C1).teksten["brief_plaats"] == "Hoogeveen"


def _teller(monkeypatch, vertraging: float = 0.0):
    """Count the documents that `rapport` makes, each taking at least `vertraging` s."""
    import time

    from regietafel.verslagen import services as rapporten

    gemaakt = []
    echt = rapporten.rapport

    def tellend(*args, **kwargs):
        gemaakt.append(args[:3])
        time.sleep(vertraging)
        return echt(*args, **kwargs)

    monkeypatch.setattr(rapporten, "rapport", tellend)
    return gemaakt


def test_de_openbare_download_wordt_eenmaal_gemaakt_en_daarna_gelezen(drenthe, monkeypatch):
    gemaakt = _teller(monkeypatch)
    eerste = gepubliceerd_document("drenthe", C1, "puzzel.csv")
    # Data entered since change neither the file nor make it again.
    bewaar_verslagtekst("drenthe", C1, "inleiding", NIEUW)
    for _ in range(3):
        assert gepubliceerd_document("drenthe", C1, "puzzel.csv") == eerste
    assert gemaakt == [("drenthe", C1, "csv")]
    gepubliceerd_document("drenthe", C1, "verslag.pdf")
    gepubliceerd_document("drenthe", C1, "verslag.pdf")
    assert gemaakt == [("drenthe", C1, "csv"), ("drenthe", C1, "pdf")]


def test_een_andere_publicatie_maakt_haar_bestand_opnieuw(drenthe, monkeypatch, settings):
    gemaakt = _teller(monkeypatch)
    gepubliceerd_document("drenthe", C1, "puzzel.csv")
    pub = Publicatie.objects.get(provincie_cyclus__cyclus__naam=C1, soort="publicatie")
    (oud,) = settings.GEPUBLICEERD_DIR.iterdir()
    # A correction in the admin (ADR 0007): the publication changes, and so does the file.
    pub.verslag = {**pub.verslag, "uitruilen": ["Een correctie."]}
    pub.save()
    gepubliceerd_document("drenthe", C1, "puzzel.csv")
    assert len(gemaakt) == 2
    (nieuw,) = settings.GEPUBLICEERD_DIR.iterdir()
    assert nieuw != oud and nieuw.name.startswith(f"{pub.pk}-")


@pytest.mark.django_db(transaction=True)
def test_gelijktijdige_openbare_downloads_maken_het_bestand_eenmaal(drenthe, monkeypatch):
    gemaakt = _teller(monkeypatch, vertraging=0.5)
    uitkomsten = []
    tegelijk(
        lambda: uitkomsten.append(gepubliceerd_document("drenthe", C1, "puzzel.xlsx").inhoud), 4
    )
    assert len(uitkomsten) == 4 and len(set(uitkomsten)) == 1
    assert gemaakt == [("drenthe", C1, "xlsx")]


def test_de_download_zonder_schrijfbare_map_wordt_toch_gegeven(drenthe, settings, tmp_path):
    bestand = tmp_path / "geen-map"
    bestand.write_text("een bestand, geen map")
    settings.GEPUBLICEERD_DIR = bestand / "gepubliceerd"
    r = gepubliceerd_document("drenthe", C1, "puzzel.csv")
    assert r.inhoud.decode("utf-8-sig").splitlines()[-1].startswith("Totaal;")


def test_herraming_uitruil_en_bronnen_van_na_de_publicatie_staan_alleen_in_de_werkversie(
    rollen,
):
    from regietafel.domain.uitruil import Voorstel
    from regietafel.opgaven.models import Aanbod
    from regietafel.services.opslag import provincie_cyclus
    from regietafel.services.toegang import toegang
    from regietafel.services.wijzigingen import wijzig_aanbod
    from regietafel.uitruil.services import bevestig, stel_voor
    from tests.conftest import ASSEN, EMMEN
    from tests.factories import gemeentegebruiker
    from tests.herramingen.test_herramingen import _pas_toe

    voor = verslag_invoer("drenthe", C1)
    _pas_toe(provincie_cyclus("drenthe", C1))
    u = stel_voor("drenthe", C1, Voorstel(ASSEN, "amv", 20, EMMEN, "asiel_regulier", 60),
                  gemeentegebruiker(ASSEN))  # fmt: skip
    bevestig(u, gemeentegebruiker(EMMEN), u.versie)
    emmen = rollen["gemeente_b"]
    a = Aanbod.objects.get(gemeente__cbs_code=EMMEN, cyclus__naam=C1, categorie="amv", jaar=2026)
    wijzig_aanbod(toegang(emmen), emmen, a, 60, a.versie)
    na = verslag_invoer("drenthe", C1)
    assert (na.teksten, na.uitruilen, na.bronnen) == (voor.teksten, voor.uitruilen, voor.bronnen)
    werk = verslag_invoer("drenthe", C1, werkversie=True)
    assert werk.teksten["verdeling"].startswith("Tijdens de cyclus is het capaciteitsbesluit")
    assert len(werk.uitruilen) == 1 and not voor.uitruilen
    assert any(b.startswith("Ingevoerd") for b in werk.bronnen)
    assert not any(b.startswith("Ingevoerd") for b in voor.bronnen)


def test_de_openbare_download_toont_geen_details_van_een_locatie_die_nog_niet_openbaar_is(
    drenthe, tmp_path
):
    """Emmen's AMV location is in phase idee: before the collegebesluit its name and remark
    are for Emmen, the province and the ministry only (ADR 0012), also in the published
    report's Bijlage 1 that anyone downloads; its places stay."""
    from regietafel.cycli.models import ProvincieCyclus
    from regietafel.locaties.models import Locatie
    from regietafel.publicaties.services import leg_vast

    opmerking = "Gesprek met de eigenaar van de boerderij"
    loc = Locatie.objects.get(gemeente__cbs_code="GM0114", soort="amv")
    loc.opmerking = opmerking
    loc.save()
    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam=C1)
    oud = Publicatie.objects.get(provincie_cyclus=pc, soort=Publicatie.Soort.PUBLICATIE)
    oud.delete()
    leg_vast(pc, Publicatie.Soort.PUBLICATIE, oud.datum)
    publiek = _pdf_tekst(gepubliceerd_document("drenthe", C1, "verslag.pdf").inhoud, tmp_path)
    intern = _pdf_tekst(rapport("drenthe", C1, "pdf").inhoud, tmp_path)
    assert opmerking in intern and opmerking not in publiek
    assert "Bijlage 1" in publiek and "Emmen" in publiek
