"""Mijn gemeente: where a municipal user lands, what it shows; the message log and the
contact address pages; a failing mail server does not break an answer."""

import re
from datetime import date, timedelta

import pytest

from regietafel.berichten.models import Bericht, Status
from regietafel.berichten.services import zet_adressen
from regietafel.domain import opmaak
from regietafel.locaties.models import Locatie
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.services import klok
from tests.conftest import ASSEN, EMMEN
from tests.factories import WACHTWOORD

pytestmark = pytest.mark.django_db

C2 = "2027-2028"


def _inloggen(client, gebruiker, volgende=""):
    return client.post("/inloggen/" + volgende, {"username": gebruiker.username,
                                                 "password": WACHTWOORD})  # fmt: skip


def test_een_gemeente_landt_op_mijn_gemeente_en_de_provincie_op_het_dashboard(client, rollen):
    assert _inloggen(client, rollen["gemeente_b"])["Location"] == "/mijn-gemeente/"
    client.logout()
    assert _inloggen(client, rollen["provincie"])["Location"] == "/dashboard/"
    client.logout()
    # A page asked for before logging in still wins.
    assert _inloggen(client, rollen["gemeente_b"], "?next=/locaties/")["Location"] == "/locaties/"


@pytest.fixture
def consultatie(rollen):
    from regietafel.consultatie.services import open_consultatie

    return open_consultatie(rollen["provincie"], "drenthe", C2, klok.vandaag() + timedelta(days=20))


def test_mijn_gemeente_toont_de_open_consultatie_en_daarna_het_antwoord(
    client, rollen, consultatie
):
    client.force_login(rollen["gemeente_b"])
    inhoud = client.get("/mijn-gemeente/").content.decode()
    datum = f"{consultatie.antwoord_voor.day} "
    assert "U hebt een consultatie te beantwoorden vóór " + datum in inhoud
    assert f'href="/consultatie/{EMMEN}/?cyclus={C2}"' in inhoud
    antwoord = client.post(f"/consultatie/{EMMEN}/?cyclus={C2}", {"voortzetten": "ja"})
    assert antwoord.status_code == 302
    inhoud = client.get("/mijn-gemeente/").content.decode()
    assert "te beantwoorden" not in inhoud
    assert f"U hebt de consultatie over cyclus {C2} beantwoord op" in inhoud


def _rijen(html, tabel):
    """The rows of table `tabel` as text, one string a row."""
    deel = html[html.index(f'id="{tabel}"') :]
    deel = deel[: deel.index("</table>")]
    rijen = re.findall(r"<tr[^>]*>(.*?)</tr>", deel, re.S)[1:]
    return [" ".join(re.sub(r"<[^>]+>", " ", r).split()) for r in rijen]


def _saldo(n):
    if n is None:
        return "nog niet bekend"
    return "sluitend" if n == 0 else f"{'tekort' if n < 0 else 'overschot'} {opmaak.getal(abs(n))}"


def test_mijn_gemeente_toont_de_cijfers_van_de_puzzel_per_cyclus(client, rollen):
    """Per cycle, each category and year: opgave, aanbod and balance as the puzzle has
    them (2027-2028 has no task yet: unknown)."""
    from regietafel.domain.model import Categorie
    from regietafel.puzzel.services import actuele_puzzel

    client.force_login(rollen["gemeente_b"])
    for cyclus in ("2025-2026", C2):
        p = actuele_puzzel("drenthe", cyclus)
        regel = next(r for r in p.regels if r.cbs_code == EMMEN)
        verwacht = [
            f"{label} {j} {opmaak.getal(a.opgave)} {opmaak.getal(a.aanbod[j])} {_saldo(a.saldo(j))}"
            for label, a in (("Asielopvang (regulier)", regel.categorie(Categorie.ASIEL_REGULIER)),
                             ("Asielopvang (AMV)", regel.categorie(Categorie.AMV)))
            for j in p.jaren
        ]  # fmt: skip
        html = client.get(f"/mijn-gemeente/?cyclus={cyclus}").content.decode()
        assert f"Uw cijfers in cyclus {cyclus}" in html
        assert _rijen(html, "cijfers") == verwacht


def test_mijn_gemeente_waarschuwt_dat_het_aanbod_niet_meetelt(client, rollen):
    """Emmen's carried-over AMV offer rests on places that do not count in 2027-2028: its
    own page says so, with the puzzle's words; other municipalities' signals stay off."""
    client.force_login(rollen["gemeente_b"])
    html = client.get(f"/mijn-gemeente/?cyclus={C2}").content.decode()
    sectie = html.split('id="sig-kop"')[1].split("</section>")[0]
    meldingen = re.findall(r'data-code="(\w+)">([^<]+)<', sectie)
    assert meldingen == [("locaties_aanbod", "Emmen: de locaties tellen op tot 0 plaatsen AMV "
                          "(50 genoemde plaatsen tellen niet mee in cyclus 2027-2028), maar het "
                          "aanbod voor 2027 is 50.")]  # fmt: skip
    assert 'id="sig-kop"' not in client.get("/mijn-gemeente/?cyclus=2025-2026").content.decode()


def test_mijn_gemeente_toont_alleen_de_eigen_open_acties(client, rollen):
    from regietafel.overleggen.services import (
        plan_overleg,
        trek_terug,
        voeg_actie_toe,
        zet_actiestatus,
    )

    p = rollen["provincie"]
    o = plan_overleg(Provincie.objects.get(code="drenthe"), date(2026, 5, 12), p)
    voeg_actie_toe(o, p, "Locatie Rietlanden uitwerken", "Gemeente Emmen", date(2026, 7, 1))
    voeg_actie_toe(o, p, "Gesprek met het COA", "Assen")
    klaar = voeg_actie_toe(o, p, "Brief aan de raad", "Emmen")
    zet_actiestatus(klaar, p, "afgerond")
    weg = voeg_actie_toe(o, p, "Vergunning aanvragen", "Emmen")
    trek_terug(weg, p, weg.versie)
    client.force_login(rollen["gemeente_b"])
    acties = client.get("/mijn-gemeente/").content.decode()
    assert "Locatie Rietlanden uitwerken" in acties and "uiterlijk 1 juli 2026" in acties
    assert "Gesprek met het COA" not in acties and "Brief aan de raad" not in acties
    assert "Vergunning aanvragen" not in acties  # withdrawn


def test_mijn_gemeente_toont_de_contracten_die_binnen_de_horizon_aflopen(client, rollen):
    loc = Locatie.objects.filter(gemeente__cbs_code=EMMEN).first()
    loc.naam = "Ter Apelervenen"
    loc.beschikbaar_tot, loc.onbepaalde_tijd = klok.vandaag() + timedelta(days=40), False
    loc.save()
    client.force_login(rollen["gemeente_b"])
    standaard = client.get("/mijn-gemeente/").content.decode()
    assert "Contracten die binnen 12 maanden aflopen" in standaard
    assert "Ter Apelervenen" in standaard and "40 dagen" in standaard
    een = client.get("/mijn-gemeente/?maanden=1").content.decode()
    assert "Contracten die binnen 1 maand aflopen" in een and "Ter Apelervenen" not in een
    fout = client.get("/mijn-gemeente/?maanden=0")
    assert fout.status_code == 400 and "Ter Apelervenen" in fout.content.decode()
    # Assen does not see Emmen's locations here.
    client.force_login(rollen["gemeente_a"])
    assert "Ter Apelervenen" not in client.get("/mijn-gemeente/").content.decode()


def test_een_falende_mailserver_breekt_het_antwoord_niet_en_de_provincie_ziet_het(
    client, rollen, consultatie, settings, django_capture_on_commit_callbacks
):
    from tests.smtp_hulp import vrije_poort

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                                    "OPTIONS": {"host": "127.0.0.1", "port": vrije_poort(),
                                                "timeout": 2}}}  # fmt: skip
    zet_adressen(rollen["provincie"], Provincie.objects.get(code="drenthe"), None, "prt@drenthe.nl")
    client.force_login(rollen["gemeente_b"])
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(f"/consultatie/{EMMEN}/?cyclus={C2}", {"voortzetten": "ja"})
    assert antwoord.status_code == 302
    assert consultatie.antwoorden.filter(gemeente__cbs_code=EMMEN).exists()
    b = Bericht.objects.get(soort="antwoord")
    assert b.status == Status.MISLUKT and b.fout
    client.force_login(rollen["provincie"])
    pagina = client.get("/berichten/?status=mislukt").content.decode()
    assert "Gemeente Emmen heeft de consultatie" in pagina and "mislukt" in pagina
    assert b.fout in pagina


def test_de_gemeente_zet_haar_contactadressen_met_historie(client, rollen):
    client.force_login(rollen["gemeente_b"])
    pad = f"/gemeenten/{EMMEN}/contactadressen/"
    fout = client.post(pad, {"adressen": "asiel@emmen.nl\nwethouder@"})
    assert fout.status_code == 400
    assert "Regel 2: &#x27;wethouder@&#x27; is geen e-mailadres." in fout.content.decode()
    assert client.post(pad, {"adressen": "asiel@emmen.nl"}).status_code == 302
    pagina = client.get(pad).content.decode()
    assert "asiel@emmen.nl toegevoegd door " + rollen["gemeente_b"].username in pagina
    client.force_login(rollen["provincie"])
    log = client.get("/berichten/").content.decode()
    assert "asiel@emmen.nl" in log


def test_de_provincie_verstuurt_de_actielijst_vanaf_de_overlegpagina(client, rollen, smtp_server):
    from regietafel.overleggen.services import plan_overleg

    drenthe = Provincie.objects.get(code="drenthe")
    zet_adressen(rollen["provincie"], drenthe, Gemeente.objects.get(cbs_code=ASSEN), "a@assen.nl")
    o = plan_overleg(drenthe, date(2026, 5, 12), rollen["provincie"],
                     deelnemers=["Gemeente Assen", "COA"])  # fmt: skip
    client.force_login(rollen["provincie"])
    assert "Actielijst per e-mail" in client.get(f"/overleggen/{o.pk}/").content.decode()
    antwoord = client.post(f"/overleggen/{o.pk}/versturen/", follow=True)
    inhoud = antwoord.content.decode()
    assert "Er is 1 bericht met de actielijst verstuurd." in inhoud
    assert "1 bericht is niet verstuurd" in inhoud  # the province has no address yet
    assert "Zonder e-mailadres in Regietafel: COA." in inhoud
    assert [b.aan for b in smtp_server.berichten] == [["a@assen.nl"]]
