"""E-mail through a real SMTP server (aiosmtpd, started by the test): the consultation
letters, the answer notice, the reminders (each once), the action list, the notice of a
change by someone else; and a failing mail server never breaks the user's action."""

from datetime import date

import pytest
from django.utils import timezone

from regietafel.berichten.models import Bericht, Contactadres, Soort, Status
from regietafel.berichten.services import zet_adressen
from regietafel.consultatie.berichten_services import verstuur_herinneringen
from regietafel.consultatie.services import beantwoord, open_consultatie
from regietafel.domain.routekaart import Invoerfout
from regietafel.opgaven.models import Aanbod
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.services import klok
from regietafel.services.wijzigingen import GeenToegang, wijzig_aanbod
from tests.conftest import ASSEN, EMMEN
from tests.smtp_hulp import tekst

pytestmark = pytest.mark.django_db

C2 = "2027-2028"
TERMIJN = date(2026, 4, 1)
ASSEN_ADRESSEN = ["spreiding@assen.nl", "griffie@assen.nl"]


@pytest.fixture
def klokje(monkeypatch):
    stand = {"dag": date(2026, 2, 16)}
    monkeypatch.setattr(klok, "vandaag", lambda: stand["dag"])
    monkeypatch.setattr(
        klok,
        "nu",
        lambda: timezone.make_aware(timezone.datetime(*stand["dag"].timetuple()[:3], 10)),
    )
    return lambda dag: stand.update(dag=dag)


@pytest.fixture
def adressen(rollen):
    """Assen has two contact addresses, Emmen one, the province one; the rest none."""
    drenthe = Provincie.objects.get(code="drenthe")
    p = rollen["provincie"]
    zet_adressen(p, drenthe, Gemeente.objects.get(cbs_code=ASSEN), "\n".join(ASSEN_ADRESSEN))
    zet_adressen(p, drenthe, Gemeente.objects.get(cbs_code=EMMEN), "asiel@emmen.nl")
    zet_adressen(p, drenthe, None, "prt@drenthe.nl")
    return drenthe


def _open(rollen, capture):
    with capture(execute=True):
        return open_consultatie(rollen["provincie"], "drenthe", C2, TERMIJN, "Graag tijdig.")


def _beantwoord(gebruiker, c, cbs, capture, regulier=100):
    with capture(execute=True):
        return beantwoord(gebruiker, c, Gemeente.objects.get(cbs_code=cbs), "ja",
                          {"asiel_regulier": {"2027": regulier}})  # fmt: skip


def test_de_consultatiebrief_komt_aan_bij_de_contactadressen_van_elke_gemeente(
    rollen, adressen, klokje, smtp_server, django_capture_on_commit_callbacks
):
    c = _open(rollen, django_capture_on_commit_callbacks)
    assert len(smtp_server.berichten) == 2  # Assen and Emmen; the others have no address
    assen = smtp_server.aan("spreiding@assen.nl")[0]
    assert sorted(assen.aan) == sorted(ASSEN_ADRESSEN)
    assert assen["Subject"] == f"Consultatie spreiding asielopvang {C2}: antwoord vóór 01-04-2026"
    body = tekst(assen)
    assert "Aan het college van burgemeester en wethouders van Assen" in body
    assert "vóór 1 april 2026" in body and "Graag tijdig." in body
    assert f"https://regietafel.example.nl/consultatie/{ASSEN}/?cyclus={C2}" in body
    bijlagen = [d.get_filename() for d in assen.iter_attachments()]
    assert bijlagen == [f"consultatiebrief-{C2}-assen.docx"]
    # Every municipality is logged: sent, or not sent for want of an address.
    log = Bericht.objects.filter(soort=Soort.CONSULTATIEBRIEF)
    assert log.filter(status=Status.VERZONDEN).count() == 2
    assert log.filter(status=Status.GEEN_ADRES).count() == 10
    # Sending the letters again sends nothing twice.
    from regietafel.consultatie.berichten_services import verstuur_brieven

    verstuur_brieven(c)
    assert len(smtp_server.berichten) == 2


def test_de_provincie_hoort_dat_een_gemeente_heeft_geantwoord(
    rollen, adressen, klokje, smtp_server, django_capture_on_commit_callbacks
):
    c = _open(rollen, django_capture_on_commit_callbacks)
    klokje(date(2026, 3, 20))
    _beantwoord(rollen["gemeente_a"], c, ASSEN, django_capture_on_commit_callbacks)
    melding = smtp_server.aan("prt@drenthe.nl")
    assert len(melding) == 1
    assert melding[0]["Subject"] == f"Gemeente Assen heeft de consultatie {C2} beantwoord"
    body = tekst(melding[0])
    assert "beantwoord op 20 maart 2026" in body and "Huidige afspraken voortzetten: ja" in body
    assert "na de termijn" not in body
    assert body.rstrip().endswith("Regietafel: https://regietafel.example.nl/berichten/")
    # The municipality's own answer is no change "by someone else": no notice to Assen.
    assert not [b for b in smtp_server.aan("spreiding@assen.nl") if "gewijzigd" in b["Subject"]]


def test_een_antwoord_per_brief_meldt_de_gemeente_dat_de_provincie_haar_aanbod_wijzigde(
    rollen, adressen, klokje, smtp_server, django_capture_on_commit_callbacks
):
    c = _open(rollen, django_capture_on_commit_callbacks)
    voor = len(smtp_server.berichten)
    _beantwoord(rollen["provincie"], c, EMMEN, django_capture_on_commit_callbacks, 321)
    nieuw = smtp_server.berichten[voor:]
    assert [b.aan for b in nieuw] == [["asiel@emmen.nl"]]  # not to the province itself
    assert nieuw[0]["Subject"].startswith("Cijfers van gemeente Emmen gewijzigd door ")
    assert "Asielopvang (regulier) 2027: 321" in tekst(nieuw[0])


def test_herinneringen_gaan_elk_een_keer_voor_en_na_de_termijn(
    rollen, adressen, klokje, smtp_server, django_capture_on_commit_callbacks
):
    c = _open(rollen, django_capture_on_commit_callbacks)
    klokje(date(2026, 3, 1))
    _beantwoord(rollen["gemeente_a"], c, ASSEN, django_capture_on_commit_callbacks)
    smtp_server.berichten.clear()
    assert verstuur_herinneringen(date(2026, 3, 24), 7).verzonden == 0  # eight days before
    uit = verstuur_herinneringen(date(2026, 3, 25), 7)
    assert (uit.verzonden, uit.geen_adres) == (1, 10)  # Emmen; Assen has answered
    (herinnering,) = smtp_server.berichten
    assert herinnering.aan == ["asiel@emmen.nl"]
    assert herinnering["Subject"] == f"Herinnering: consultatie {C2} beantwoorden vóór 01-04-2026"
    assert "nog niet ontvangen" in tekst(herinnering)
    # Run again, that day and the next: nothing new.
    assert verstuur_herinneringen(date(2026, 3, 25), 7).verzonden == 0
    assert verstuur_herinneringen(date(2026, 3, 30), 7).verzonden == 0
    assert len(smtp_server.berichten) == 1
    # On the deadline: the late notice, once.
    assert verstuur_herinneringen(TERMIJN, 7).verzonden == 1
    assert verstuur_herinneringen(date(2026, 4, 2), 7).verzonden == 0
    laat = smtp_server.berichten[-1]
    assert laat["Subject"].startswith(f"Termijn verstreken: consultatie {C2}")
    assert "is verstreken" in tekst(laat)
    assert len(smtp_server.berichten) == 2


def test_een_mislukte_herinnering_wordt_de_volgende_keer_opnieuw_geprobeerd(
    rollen, adressen, klokje, smtp_server, settings, django_capture_on_commit_callbacks
):
    _open(rollen, django_capture_on_commit_callbacks)
    smtp_server.berichten.clear()
    goed = settings.MAILERS
    settings.MAILERS = {"default": {**goed["default"], "OPTIONS": {
        **goed["default"]["OPTIONS"], "port": smtp_server.poort + 1}}}  # fmt: skip
    uit = verstuur_herinneringen(date(2026, 3, 26), 7)
    assert (uit.verzonden, uit.mislukt) == (0, 2)
    mislukt = Bericht.objects.get(soort=Soort.HERINNERING, gemeente__cbs_code=EMMEN)
    assert mislukt.status == Status.MISLUKT and "Connection" in mislukt.fout
    settings.MAILERS = goed
    assert verstuur_herinneringen(date(2026, 3, 27), 7).verzonden == 2
    mislukt.refresh_from_db()
    assert (mislukt.status, mislukt.pogingen, mislukt.fout) == (Status.VERZONDEN, 2, "")
    assert len(smtp_server.berichten) == 2


def test_een_afgeronde_consultatie_krijgt_geen_herinneringen(
    rollen, adressen, klokje, smtp_server, django_capture_on_commit_callbacks
):
    from regietafel.routekaart.models import RoutekaartStap

    _open(rollen, django_capture_on_commit_callbacks)
    RoutekaartStap.objects.filter(code="consultatie").update(status="afgerond")
    assert verstuur_herinneringen(date(2026, 4, 5), 7).verzonden == 0


def test_wijziging_door_de_provincie_meldt_de_gemeente_en_eigen_wijziging_niet(
    rollen, adressen, smtp_server, django_capture_on_commit_callbacks
):
    from regietafel.services.toegang import toegang

    a = Aanbod.objects.get(gemeente__cbs_code=EMMEN, categorie="amv", jaar=2026)
    p = rollen["provincie"]
    with django_capture_on_commit_callbacks(execute=True):
        a = wijzig_aanbod(toegang(p), p, a, 61, a.versie, "afgestemd in de PRT")
    (melding,) = smtp_server.berichten
    assert melding.aan == ["asiel@emmen.nl"]
    assert melding["Subject"] == f"Cijfers van gemeente Emmen gewijzigd door {p.username}"
    body = tekst(melding)
    assert "Asielopvang (AMV) 2026: 61" in body and "Toelichting: afgestemd in de PRT" in body
    assert f"https://regietafel.example.nl/gemeenten/{EMMEN}/#historie" in body
    assert body.rstrip().endswith(
        "Dit bericht is verstuurd door Regietafel: https://regietafel.example.nl/mijn-gemeente/"
    )
    e = rollen["gemeente_b"]
    with django_capture_on_commit_callbacks(execute=True):
        wijzig_aanbod(toegang(e), e, a, 62, a.versie)
    assert len(smtp_server.berichten) == 1


def test_een_import_meldt_elke_gemeente_een_keer(
    rollen, adressen, smtp_server, django_capture_on_commit_callbacks
):
    from django.db import transaction

    from regietafel.services.schrijfplan import Schrijfplan

    plan = Schrijfplan(rollen["provincie"], "Import 12")
    for a in Aanbod.objects.filter(gemeente__cbs_code__in=[ASSEN, EMMEN], jaar=2026):
        a.plaatsen = (a.plaatsen or 0) + 1
        plan.wijzig(a, ["plaatsen"], a.versie)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        plan.voer_uit()
    assert sorted(tuple(sorted(b.aan)) for b in smtp_server.berichten) == sorted(
        [("asiel@emmen.nl",), tuple(sorted(ASSEN_ADRESSEN))])  # fmt: skip
    emmen = tekst(smtp_server.aan("asiel@emmen.nl")[0])
    assert emmen.count("\n- ") == 2 and "Toelichting: Import 12" in emmen


def test_de_actielijst_gaat_naar_de_deelnemers_met_een_adres(rollen, adressen, smtp_server):
    from regietafel.overleggen.berichten_services import verstuur_actielijst
    from regietafel.overleggen.services import plan_overleg, voeg_actie_toe

    p = rollen["provincie"]
    o = plan_overleg(adressen, date(2026, 5, 12), p,
                     deelnemers=["Gemeente Assen", "COA", "Provincie Drenthe"])  # fmt: skip
    voeg_actie_toe(o, p, "Locatie Kloosterveen verkennen", "Gemeente Assen", date(2026, 6, 1))
    v = verstuur_actielijst(o, p)
    assert v.zonder_adres == ("COA",)
    assert sorted(tuple(sorted(b.aan)) for b in smtp_server.berichten) == sorted(
        [("prt@drenthe.nl",), tuple(sorted(ASSEN_ADRESSEN))])  # fmt: skip
    body = tekst(smtp_server.berichten[0])
    assert "Actie: Locatie Kloosterveen verkennen (uiterlijk 01-06-2026)" in body
    assert "Door: Gemeente Assen" in body
    assert smtp_server.berichten[0]["Subject"].startswith("Actie- en besluitenlijst")
    assert [d.get_filename() for d in smtp_server.berichten[0].iter_attachments()] == [
        "actielijst-2026-05-12.docx"
    ]
    with pytest.raises(GeenToegang):
        verstuur_actielijst(o, rollen["gemeente_a"])


def test_contactadressen_met_fout_historie_en_rechten(rollen, drenthe):
    provincie = Provincie.objects.get(code="drenthe")
    emmen = Gemeente.objects.get(cbs_code=EMMEN)
    with pytest.raises(Invoerfout) as fout:
        zet_adressen(rollen["gemeente_b"], provincie, emmen, "goed@emmen.nl\ngeen-adres")
    assert str(fout.value) == "Regel 2: 'geen-adres' is geen e-mailadres."
    assert not Contactadres.objects.exists()
    with pytest.raises(GeenToegang):
        zet_adressen(rollen["gemeente_a"], provincie, emmen, "a@assen.nl")
    with pytest.raises(GeenToegang):
        zet_adressen(rollen["gemeente_b"], provincie, None, "a@emmen.nl")
    zet_adressen(rollen["gemeente_b"], provincie, emmen, "oud@emmen.nl")
    assert zet_adressen(
        rollen["provincie"], provincie, emmen, "nieuw@emmen.nl, Nieuw@emmen.nl"
    ) == ["nieuw@emmen.nl"]
    h = Contactadres.history.filter(gemeente=emmen).order_by("history_id")
    assert [(r.adres, r.history_type, r.history_user) for r in h] == [
        ("oud@emmen.nl", "+", rollen["gemeente_b"]),
        ("oud@emmen.nl", "-", rollen["provincie"]),
        ("nieuw@emmen.nl", "+", rollen["provincie"]),
    ]


def test_zonder_wordbrief_gaat_de_consultatiebrief_toch(
    rollen, adressen, klokje, smtp_server, monkeypatch, django_capture_on_commit_callbacks
):
    """A letter that cannot be made (a province without the data for it) does not stop the
    e-mail: it goes without the attachment."""
    from regietafel.consultatie import berichten_services

    def kapot(*args, **kwargs):
        raise ValueError("geen gegevens")

    monkeypatch.setattr(berichten_services, "brieflijst", kapot)
    _open(rollen, django_capture_on_commit_callbacks)
    assert len(smtp_server.berichten) == 2
    assert [list(b.iter_attachments()) for b in smtp_server.berichten] == [[], []]
