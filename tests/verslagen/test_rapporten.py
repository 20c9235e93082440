import pytest
from django.urls import reverse

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def taken_direct(settings):
    settings.TASKS = IMMEDIATE


def client_voor(client, gebruiker):
    if gebruiker is not None:
        client.force_login(gebruiker)
    return client


def aanvragen(c, formaat, provincie="drenthe", **extra):
    """Ask for a document of `provincie`, cycle 2025-2026, in `formaat`: the response."""
    gegevens = {"provincie": provincie, "cyclus": "2025-2026", "formaat": formaat}
    return c.post(reverse("rapport-aanvragen"), gegevens, **extra)


@pytest.mark.parametrize(
    ("rol", "verwacht"),
    [("anoniem", 302), ("gemeente_a", 403), ("provincie", 200), ("ministerie", 200)],
)
def test_documentenpagina_alleen_voor_provincie_en_ministerie(client, rollen, rol, verwacht):
    c = client_voor(client, rollen[rol])
    antwoord = c.get(reverse("rapporten"), {"provincie": "drenthe", "cyclus": "2025-2026"})
    assert antwoord.status_code == verwacht
    if verwacht == 302:
        assert reverse("login") in antwoord["Location"]
    if verwacht == 200:
        assert b'data-formaat="pdf"' in antwoord.content


@pytest.mark.parametrize(
    ("rol", "verwacht"),
    [("anoniem", 302), ("gemeente_a", 403), ("gemeente_b", 403), ("provincie", 302),
     ("ministerie", 302)],
)  # fmt: skip
def test_aanvragen_alleen_voor_provincie_en_ministerie(client, rollen, rol, verwacht):
    c = client_voor(client, rollen[rol])
    antwoord = aanvragen(c, "xlsx")
    assert antwoord.status_code == verwacht
    if rol in ("provincie", "ministerie"):
        assert (
            "/rapporten/" in antwoord["Location"] and reverse("login") not in antwoord["Location"]
        )


def maak_en_download(c, soort):
    """Ask for `soort` (made at once in these tests) and download it: (job, response)."""
    antwoord = aanvragen(c, soort, follow=True)
    assert antwoord.status_code == 200
    assert "Het document is klaar." in antwoord.content.decode()
    opdracht = antwoord.context["opdracht"]
    return opdracht, c.get(reverse("rapport-downloaden", args=[opdracht.pk]))


def test_provincie_maakt_verslag_en_downloadt_het(client, rollen):
    c = client_voor(client, rollen["provincie"])
    opdracht, bestand = maak_en_download(c, "xlsx")
    assert bestand.status_code == 200
    assert bestand["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="puzzel-drenthe-2025-2026.xlsx"' in bestand["Content-Disposition"]
    assert bestand.content[:2] == b"PK"
    # someone else cannot download it, not even another authorised user
    anderen = client.__class__()
    anderen.force_login(rollen["ministerie"])
    assert anderen.get(reverse("rapport-downloaden", args=[opdracht.pk])).status_code == 404


def test_voortgang_wordt_gepold_tot_het_klaar_is(client, rollen, settings):
    from regietafel.verslagen.models import RapportOpdracht

    c = client_voor(client, rollen["provincie"])
    opdracht = RapportOpdracht.objects.create(
        provincie="drenthe", cyclus="2025-2026", formaat="pdf",
        aangevraagd_door=rollen["provincie"], status="bezig", voortgang=40, stap="PDF maken",
    )  # fmt: skip
    pagina = c.get(reverse("rapport-opdracht", args=[opdracht.pk])).content.decode()
    assert 'hx-trigger="every 1s"' in pagina and 'value="40"' in pagina and "PDF maken" in pagina
    deel = c.get(reverse("rapport-opdracht", args=[opdracht.pk]), HTTP_HX_REQUEST="true")
    assert "<html" not in deel.content.decode()  # only the status block
    assert c.get(reverse("rapport-downloaden", args=[opdracht.pk])).status_code == 404


def test_provincie_mag_geen_andere_provincie_of_alle_provincies(client, rollen):
    c = client_voor(client, rollen["provincie"])
    for provincie in ("groningen", "alle"):
        antwoord = aanvragen(c, "pdf", provincie)
        assert antwoord.status_code == 403


def test_onbekend_formaat_is_een_fout(client, rollen):
    c = client_voor(client, rollen["ministerie"])
    antwoord = aanvragen(c, "odt")
    assert antwoord.status_code == 400


def test_provincie_schrijft_eigen_teksten_van_het_verslag(client, rollen):
    from regietafel.verslagen.models import VerslagTekst
    from regietafel.verslagen.services import verslag_invoer

    client.force_login(rollen["provincie"])
    html = client.get("/rapporten/teksten/").content.decode()
    assert "Spreidingswet" in html and "Standaardtekst." in html  # the default, filled in
    standaard = client.get("/rapporten/teksten/").context["form"].initial
    response = client.post(
        "/rapporten/teksten/",
        {**standaard, "verzoeken": "Wij verzoeken de minister\r\n\r\n- om meer tijd."},
    )
    assert response.status_code == 302
    # Only the changed text is stored; the others stay the (future-proof) default.
    assert list(VerslagTekst.objects.values_list("sleutel", flat=True)) == ["verzoeken"]
    # 2025-2026 is published: the new text is in the working version, not in what was sent.
    teksten = verslag_invoer("drenthe", "2025-2026", werkversie=True).teksten
    assert teksten["verzoeken"] == "Wij verzoeken de minister\n\n- om meer tijd."
    assert verslag_invoer("drenthe", "2025-2026").teksten["verzoeken"] != teksten["verzoeken"]
    assert "Eigen tekst van de provincie." in client.get("/rapporten/teksten/").content.decode()
    client.post("/rapporten/teksten/", {**standaard, "verzoeken": ""})
    assert not VerslagTekst.objects.exists()


def test_te_lange_tekst_geeft_melding_en_bewaart_niets(client, rollen):
    from regietafel.verslagen.models import VerslagTekst

    client.force_login(rollen["provincie"])
    response = client.post("/rapporten/teksten/", {"inleiding": "x" * 20_001})
    assert response.status_code == 400
    assert "Inleiding" in response.content.decode()
    assert not VerslagTekst.objects.exists()


def test_ministerie_en_gemeente_schrijven_geen_verslagteksten(client, rollen):
    for rol in ("ministerie", "gemeente_a"):
        client.force_login(rollen[rol])
        assert client.post("/rapporten/teksten/", {"inleiding": "x"}).status_code == 403


@pytest.mark.parametrize(
    ("rol", "in_menu"),
    [("anoniem", False), ("gemeente_a", False), ("provincie", True), ("ministerie", True)],
)
def test_documenten_staat_in_het_hoofdmenu_van_wie_het_mag(client, rollen, rol, in_menu):
    import re

    c = client_voor(client, rollen[rol])
    html = c.get(reverse("puzzel"), {"provincie": "drenthe", "cyclus": "2025-2026"}).content
    menu = re.search(rb'aria-label="Hoofdmenu".*?</nav>', html, re.S).group(0).decode()
    link = f'href="{reverse("rapporten")}?provincie=drenthe&amp;cyclus=2025-2026">Documenten</a>'
    assert (link in menu) is in_menu


def _vastgelopen(gebruiker, formaat="xlsx", seconden_stil=120):
    """A job at 15 % whose worker stopped beating `seconden_stil` seconds ago."""
    from datetime import timedelta

    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from regietafel.verslagen.models import RapportOpdracht
    from regietafel.werkers.models import Werker

    opdracht = RapportOpdracht.objects.create(
        provincie="drenthe", cyclus="2025-2026", formaat=formaat, aangevraagd_door=gebruiker,
        status="bezig", voortgang=15, stap="Werkmap maken",
    )  # fmt: skip
    toen = timezone.now() - timedelta(seconds=seconden_stil)
    Werker.objects.create(werker_id="w1", host="h", pid=1, gestart=toen, hartslag=toen)
    DBTaskResult.objects.create(
        task_path="regietafel.verslagen.taken.maak_rapport",
        args_kwargs={"args": [str(opdracht.pk)], "kwargs": {}},
        status="RUNNING", backend_name="default", worker_ids=["w1"], started_at=toen,
    )  # fmt: skip
    return opdracht


def test_pagina_van_een_vastgelopen_opdracht_meldt_de_onderbreking(client, rollen):
    c = client_voor(client, rollen["provincie"])
    opdracht = _vastgelopen(rollen["provincie"])
    deel = c.get(reverse("rapport-opdracht", args=[opdracht.pk]), HTTP_HX_REQUEST="true")
    html = deel.content.decode()
    assert "De verwerking is onderbroken; probeer het opnieuw." in html
    assert 'hx-trigger="every 1s"' not in html  # it stops polling
    assert f'action="{reverse("rapport-opnieuw", args=[opdracht.pk])}"' in html
    lijst = c.get(reverse("rapporten"), {"provincie": "drenthe", "cyclus": "2025-2026"})
    assert f'data-opnieuw="{opdracht.pk}"' in lijst.content.decode()


def test_een_werker_die_nog_klopt_laat_de_opdracht_bezig(client, rollen):
    c = client_voor(client, rollen["provincie"])
    opdracht = _vastgelopen(rollen["provincie"], seconden_stil=1)
    html = c.get(reverse("rapport-opdracht", args=[opdracht.pk])).content.decode()
    assert 'value="15"' in html and "onderbroken" not in html and "data-opnieuw" not in html


def test_opnieuw_zet_de_mislukte_opdracht_weer_in_de_wachtrij(client, rollen):
    from regietafel.verslagen.models import RapportOpdracht

    c = client_voor(client, rollen["provincie"])
    opdracht = _vastgelopen(rollen["provincie"])
    c.get(reverse("rapport-opdracht", args=[opdracht.pk]))  # the page notices the failure
    antwoord = c.post(reverse("rapport-opnieuw", args=[opdracht.pk]), follow=True)
    assert antwoord.redirect_chain == [(reverse("rapport-opdracht", args=[opdracht.pk]), 302)]
    assert "Het document is klaar." in antwoord.content.decode()  # the same job, made now
    opdracht.refresh_from_db()
    assert (opdracht.status, opdracht.fout, opdracht.bestandsnaam) == (
        "klaar", "", "puzzel-drenthe-2025-2026.xlsx",
    )  # fmt: skip
    assert RapportOpdracht.objects.count() == 1


def test_opnieuw_doet_niets_met_een_opdracht_die_niet_mislukt_is(client, rollen):
    c = client_voor(client, rollen["provincie"])
    opdracht = _vastgelopen(rollen["provincie"], seconden_stil=1)
    assert c.post(reverse("rapport-opnieuw", args=[opdracht.pk])).status_code == 302
    opdracht.refresh_from_db()
    assert (opdracht.status, opdracht.voortgang) == ("bezig", 15)


@pytest.mark.parametrize(
    ("rol", "verwacht"),
    [("anoniem", 302), ("gemeente_a", 404), ("ministerie", 404), ("provincie", 302)],
)
def test_alleen_wie_de_opdracht_aanvroeg_mag_hem_opnieuw_aanvragen(client, rollen, rol, verwacht):
    from regietafel.werkers.services import onderbroken_taken_afbreken

    opdracht = _vastgelopen(rollen["provincie"])
    onderbroken_taken_afbreken()
    antwoord = client_voor(client, rollen[rol]).post(reverse("rapport-opnieuw", args=[opdracht.pk]))
    assert antwoord.status_code == verwacht
    opdracht.refresh_from_db()
    assert (opdracht.status == "klaar") is (rol == "provincie")
    if rol == "anoniem":
        assert reverse("login") in antwoord["Location"]


def test_documentenpagina_biedt_het_verslag_met_beide_brieven(client, rollen):
    c = client_voor(client, rollen["provincie"])
    html = c.get(reverse("rapporten"), {"provincie": "drenthe", "cyclus": "2025-2026"})
    html = html.content.decode()
    # Each button's name is its format and, for a screen reader, the document.
    for soort, naam in (
        ("aanbiedingsbrief-pdf", 'PDF<span class="visueel-verborgen">: Aanbiedingsbrief aan'),
        ("collegebrief-docx", 'Word<span class="visueel-verborgen">: Brief aan de colleges'),
        ("set-pdf", 'PDF<span class="visueel-verborgen">: Het verslag met beide brieven'),
        ("csv", 'CSV<span class="visueel-verborgen">: De puzzel'),
    ):
        assert f'data-formaat="{soort}">{naam}' in html, soort
    assert "De teksten van het verslag en de brieven bewerken" in html


def test_provincie_maakt_de_brief_aan_de_colleges_als_pdf(client, rollen):
    c = client_voor(client, rollen["provincie"])
    _opdracht, bestand = maak_en_download(c, "collegebrief-pdf")
    assert bestand["Content-Type"] == "application/pdf" and bestand.content[:5] == b"%PDF-"
    assert 'filename="brief-colleges-drenthe-2025-2026.pdf"' in bestand["Content-Disposition"]
    lijst = c.get(reverse("rapporten"), {"provincie": "drenthe", "cyclus": "2025-2026"})
    assert "Brief aan de colleges van B&amp;W (PDF)" in lijst.content.decode()


def test_tekstenpagina_heeft_een_deel_per_document_en_bewaart_een_brieftekst(client, rollen):
    from regietafel.verslagen.models import VerslagTekst

    client.force_login(rollen["provincie"])
    antwoord = client.get("/rapporten/teksten/")
    html = antwoord.content.decode()
    legendas = (
        "Provinciaal verslag",
        "Aanbiedingsbrief aan de minister",
        "Brief aan de colleges van burgemeester en wethouders",
        "Beide brieven",
    )
    for legenda in legendas:
        assert f'<h2 class="utrecht-heading-2">{legenda}</h2></legend>' in html
    assert 'name="aanbiedingsbrief_kenmerk"' in html and 'type="text"' in html
    standaard = antwoord.context["form"].initial
    assert standaard["collegebrief_aanhef"] == "Geacht college,"
    client.post("/rapporten/teksten/", {**standaard, "aanbiedingsbrief_kenmerk": "2024001581"})
    assert list(VerslagTekst.objects.values_list("sleutel", "tekst")) == [
        ("aanbiedingsbrief_kenmerk", "2024001581")
    ]


def test_documenten_van_een_gepubliceerde_cyclus_zijn_zoals_gepubliceerd_met_een_werkversie(
    client, rollen
):
    c = client_voor(client, rollen["provincie"])
    html = c.get(reverse("rapporten"), {"provincie": "drenthe", "cyclus": "2025-2026"})
    html = html.content.decode()
    assert "Gepubliceerd op 1 november 2024." in html
    assert "dezelfde als de openbare download" in html
    assert 'data-formaat="werkversie-set-pdf">PDF<span class="visueel-verborgen">: Werkversie' in (
        html
    )
    niet = c.get(reverse("rapporten"), {"provincie": "drenthe", "cyclus": "2027-2028"})
    assert "werkversie" not in niet.content.decode().lower()
    assert "Gepubliceerd op" not in niet.content.decode()


def test_de_werkversie_heet_zo_in_elke_bestandsnaam(client, rollen):
    import io
    import zipfile

    c = client_voor(client, rollen["provincie"])
    _opdracht, bestand = maak_en_download(c, "werkversie-set-docx")
    assert (
        'filename="verslag-met-brieven-werkversie-drenthe-2025-2026-docx.zip"'
        in bestand["Content-Disposition"]
    )
    with zipfile.ZipFile(io.BytesIO(bestand.content)) as z:
        assert sorted(z.namelist()) == [
            "aanbiedingsbrief-minister-werkversie-drenthe-2025-2026.docx",
            "brief-colleges-werkversie-drenthe-2025-2026.docx",
            "verslag-werkversie-drenthe-2025-2026.docx",
        ]
    lijst = c.get(reverse("rapporten"), {"provincie": "drenthe", "cyclus": "2025-2026"})
    assert "Werkversie: het verslag met beide brieven, huidige teksten (ZIP met Word)" in (
        lijst.content.decode()
    )


def test_alle_provincies_hebben_geen_werkversie(client, rollen):
    c = client_voor(client, rollen["ministerie"])
    antwoord = aanvragen(c, "werkversie-set-pdf", "alle")
    assert antwoord.status_code == 400
    html = c.get(reverse("rapporten"), {"provincie": "alle", "cyclus": "2025-2026"})
    assert "werkversie-set" not in html.content.decode()


def test_tekstenpagina_van_een_gepubliceerde_cyclus_zegt_waar_de_teksten_komen(client, rollen):
    client.force_login(rollen["provincie"])
    html = client.get("/rapporten/teksten/?provincie=drenthe&cyclus=2025-2026").content.decode()
    assert "Deze cyclus is gepubliceerd op 1 november 2024." in html
    assert "staat in de werkversie op Documenten" in html
    html = client.get("/rapporten/teksten/?provincie=drenthe&cyclus=2027-2028").content.decode()
    assert "gepubliceerd op" not in html
