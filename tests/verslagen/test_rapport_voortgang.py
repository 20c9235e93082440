"""The progress of a report as the user sees it (issue 21): named steps per section of the
document, percentages that only rise and in small steps; the reports of all provinces as
one task per province and one that puts the ZIP together, once, after the last."""

import io
import zipfile
from pathlib import Path

import pytest
from django.tasks import default_task_backend

from regietafel.importen.laden import laad_bestand
from regietafel.verslagen.models import RapportOpdracht
from regietafel.verslagen.services import ALLE, rapport, rapporten_alle_provincies, voortgang_van
from regietafel.verslagen.taken import maak_opdracht, stel_opdracht_samen, vraag_rapport_aan

pytestmark = pytest.mark.django_db
DUMMY = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
VEENMARKEN = Path(__file__).parent.parent / "data" / "veenmarken-2025-2026.toml"


def _stappen(provincie, formaat):
    gemeld = []
    rapport(provincie, "2025-2026", formaat, lambda p, s: gemeld.append((p, s)))
    return gemeld


def _stijgend_in_kleine_stappen(gemeld, grootste_sprong):
    procenten = [p for p, _ in gemeld]
    assert procenten == sorted(procenten), gemeld
    assert procenten[-1] == 100 and gemeld[-1][1] == "Klaar"
    assert all(p < 100 for p in procenten[:-1])
    sprongen = [b - a for a, b in zip([0, *procenten], procenten, strict=False)]
    assert max(sprongen) <= grootste_sprong, gemeld


def test_het_pdf_verslag_meldt_elke_sectie_en_de_opmaak_per_pagina(drenthe):
    gemeld = _stappen("drenthe", "pdf")
    stappen = [s for _, s in gemeld]
    # the longest single step is WeasyPrint applying the style sheets, about a fifth
    _stijgend_in_kleine_stappen(gemeld, 15)
    assert all(s.startswith("Drenthe: ") for s in stappen[:-1])
    for sectie in ("Inleiding", "Huidige situatie", "Verdeling opvangopgaven", "Bijlage 1",
                   "Bijlage 2", "Bronnen"):  # fmt: skip
        assert f"Drenthe: {sectie}" in stappen
    assert stappen.index("Drenthe: Bijlage 1") < stappen.index("Drenthe: Bijlage 2")
    for stap in ("PDF: opmaakregels toepassen", "PDF: pagina 1 opmaken", "PDF: bestand schrijven"):
        assert f"Drenthe: {stap}" in stappen
    paginas = [s for s in stappen if s.endswith(" opmaken") and "pagina" in s]
    assert len(paginas) > 5  # the layout reports page after page, not one long step


def test_het_word_verslag_meldt_elke_sectie_bij_het_schrijven(drenthe):
    gemeld = _stappen("drenthe", "docx")
    stappen = [s for _, s in gemeld]
    # the longest single step is drawing the chart
    _stijgend_in_kleine_stappen(gemeld, 20)
    assert "Drenthe: Word: Inleiding" in stappen
    assert any(s.startswith("Drenthe: Word: Bijlage 1") for s in stappen)
    assert stappen[-2] == "Drenthe: Word: Word-bestand opslaan"


def test_de_puzzel_als_werkmap_stijgt_ook(drenthe):
    gemeld = _stappen("drenthe", "xlsx")
    _stijgend_in_kleine_stappen(gemeld, 60)
    assert [s for _, s in gemeld] == [
        "Drenthe: gegevens laden en berekenen",
        "Drenthe: werkmap maken",
        "Klaar",
    ]


@pytest.fixture
def twee_provincies(drenthe):
    assert laad_bestand(VEENMARKEN.read_bytes(), "veenmarken.toml").toegepast


def test_alle_provincies_na_elkaar_meldt_elke_provincie_op_haar_beurt(twee_provincies):
    gemeld = []
    r = rapporten_alle_provincies("2025-2026", "xlsx", lambda p, s: gemeld.append((p, s)))
    _stijgend_in_kleine_stappen(gemeld, 50)
    provincies = [s.split(":")[0] for _, s in gemeld if ":" in s]
    assert provincies == sorted(provincies) and set(provincies) == {"Drenthe", "Veenmarken"}
    assert gemeld[-2] == (95, "ZIP samenstellen")
    assert sorted(zipfile.ZipFile(io.BytesIO(r.inhoud)).namelist()) == [
        "puzzel-drenthe-2025-2026.xlsx",
        "puzzel-veenmarken-2025-2026.xlsx",
    ]


def test_alle_provincies_is_een_taak_per_provincie_en_een_om_samen_te_stellen(
    twee_provincies, rollen, settings
):
    settings.TASKS = DUMMY
    default_task_backend.clear()
    opdracht = vraag_rapport_aan(rollen["ministerie"], ALLE, "2025-2026", "xlsx")
    wachtrij = list(default_task_backend.results)
    delen = {str(d.pk): d for d in opdracht.delen.all()}
    assert sorted(d.provincie for d in delen.values()) == ["drenthe", "veenmarken"]
    assert [r.task.name for r in wachtrij] == ["maak_rapport", "maak_rapport"]
    assert sorted(r.args[0] for r in wachtrij) == sorted(delen)

    # Two workers: the second province finishes first, nothing is put together yet.
    eerste, tweede = (delen[r.args[0]] for r in wachtrij)
    maak_opdracht(RapportOpdracht.objects.get(pk=tweede.pk))
    assert len(default_task_backend.results) == 2
    v = voortgang_van(RapportOpdracht.objects.get(pk=opdracht.pk))
    # half of the parts done, of the 95% the parts take (the ZIP the last 5%)
    assert v.bezig and v.procent == 47 and v.stap == "1 van de 2 provincies klaar"
    assert [(d.provincie, d.procent) for d in v.delen] == sorted(
        [(_naam(tweede), 100), (_naam(eerste), 0)]
    )
    maak_opdracht(RapportOpdracht.objects.get(pk=eerste.pk))
    samenstellen = default_task_backend.results[2:]
    assert [(r.task.name, r.args) for r in samenstellen] == [("stel_samen", [str(opdracht.pk)])]
    # a part that reports done again (a retried task) does not queue it a second time
    from regietafel.verslagen.taken import _deel_klaar

    _deel_klaar(opdracht.pk)
    assert len(default_task_backend.results) == 3
    stel_opdracht_samen(RapportOpdracht.objects.get(pk=opdracht.pk))
    klaar = RapportOpdracht.objects.get(pk=opdracht.pk)
    assert (klaar.status, klaar.voortgang, klaar.bestandsnaam) == (
        "klaar",
        100,
        "verslagen-2025-2026-xlsx.zip",
    )
    assert sorted(zipfile.ZipFile(io.BytesIO(bytes(klaar.inhoud))).namelist()) == [
        "puzzel-drenthe-2025-2026.xlsx",
        "puzzel-veenmarken-2025-2026.xlsx",
    ]
    assert not RapportOpdracht.objects.filter(deel_van=opdracht, inhoud__isnull=False).exists()


def _naam(deel):
    return {"drenthe": "Drenthe", "veenmarken": "Veenmarken"}[deel.provincie]


def test_een_mislukte_provincie_laat_het_geheel_mislukken_met_haar_naam(
    twee_provincies, rollen, settings
):
    settings.TASKS = DUMMY
    opdracht = vraag_rapport_aan(rollen["ministerie"], ALLE, "2025-2026", "pdf")
    veenmarken = opdracht.delen.get(provincie="veenmarken")
    RapportOpdracht.objects.filter(pk=veenmarken.pk).update(cyclus="2099-2100")
    with pytest.raises(Exception, match="2099-2100"):
        maak_opdracht(RapportOpdracht.objects.get(pk=veenmarken.pk))
    geheel = RapportOpdracht.objects.get(pk=opdracht.pk)
    assert geheel.status == "mislukt" and geheel.fout.startswith("Veenmarken: ")
    # the other province's task stops instead of making a report no one gets
    drenthe = opdracht.delen.get(provincie="drenthe")
    maak_opdracht(RapportOpdracht.objects.get(pk=drenthe.pk))
    assert RapportOpdracht.objects.get(pk=drenthe.pk).status == "mislukt"


def test_met_werkers_die_meteen_draaien_is_het_geheel_klaar(twee_provincies, rollen, settings):
    settings.TASKS = IMMEDIATE
    opdracht = vraag_rapport_aan(rollen["ministerie"], ALLE, "2025-2026", "xlsx")
    opdracht.refresh_from_db()
    assert opdracht.status == "klaar" and opdracht.delen.count() == 2


def test_het_verslag_met_beide_brieven_meldt_elk_document(drenthe):
    gemeld = []
    rapport("drenthe", "2025-2026", "pdf", lambda p, s: gemeld.append((p, s)), document="set")
    _stijgend_in_kleine_stappen(gemeld, 15)
    stappen = [s for _, s in gemeld]
    for document in ("Provinciaal verslag", "Aanbiedingsbrief aan de minister",
                     "Brief aan de colleges van burgemeester en wethouders"):  # fmt: skip
        assert f"Drenthe: {document}: PDF: bestand schrijven" in stappen
    assert "Drenthe: Provinciaal verslag: Bijlage 1" in stappen


def test_opnieuw_zet_alleen_de_provincies_die_niet_klaar_waren_in_de_wachtrij(
    twee_provincies, rollen, settings
):
    from regietafel.verslagen.taken import vraag_opnieuw_aan

    settings.TASKS = DUMMY
    default_task_backend.clear()
    opdracht = vraag_rapport_aan(rollen["ministerie"], ALLE, "2025-2026", "xlsx")
    drenthe, veenmarken = (opdracht.delen.get(provincie=p) for p in ("drenthe", "veenmarken"))
    maak_opdracht(RapportOpdracht.objects.get(pk=drenthe.pk))
    RapportOpdracht.objects.filter(pk=veenmarken.pk).update(cyclus="2099-2100")
    with pytest.raises(Exception, match="2099-2100"):
        maak_opdracht(RapportOpdracht.objects.get(pk=veenmarken.pk))
    RapportOpdracht.objects.filter(pk=veenmarken.pk).update(cyclus="2025-2026")
    default_task_backend.clear()
    assert vraag_opnieuw_aan(RapportOpdracht.objects.get(pk=opdracht.pk))
    assert [r.args for r in default_task_backend.results] == [[str(veenmarken.pk)]]
    assert RapportOpdracht.objects.get(pk=drenthe.pk).status == "klaar"
    assert RapportOpdracht.objects.get(pk=opdracht.pk).status == "wacht"
    maak_opdracht(RapportOpdracht.objects.get(pk=veenmarken.pk))
    assert [r.task.name for r in default_task_backend.results] == ["maak_rapport", "stel_samen"]
