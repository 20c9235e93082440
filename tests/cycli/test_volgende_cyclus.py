"""A province the system has never seen begins the live cycle from its own first one: the
fictional Veenmarken, loaded for 2025-2026 from its data file, begins 2027-2028 on its Cyclus
page or on the command line, with its commitments carried over and nothing invented."""

import time

import pytest

from regietafel.cli import main
from regietafel.cycli.models import ProvincieCyclus
from regietafel.cycli.volgende_cyclus import begin_volgende_cyclus, te_beginnen_cyclus
from regietafel.domain.model import Categorie
from regietafel.domain.routekaart import Invoerfout
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.services.wijzigingen import GeenToegang
from tests.factories import ProvincieFactory, gemeentegebruiker, provinciegebruiker
from tests.gelijktijdig_hulp import tegelijk
from tests.veenmarken_hulp import VEENMARKEN, gegevens

pytestmark = pytest.mark.django_db


@pytest.fixture
def veenmarken(drenthe, capsys):
    assert main(["laad", str(VEENMARKEN)]) == 0
    capsys.readouterr()


def _aanbod(cyclus):
    return {
        (a.gemeente.cbs_code, a.categorie, a.jaar): a.plaatsen
        for a in Aanbod.objects.filter(gemeente__provincie__code="veenmarken", cyclus__naam=cyclus)
    }


def test_de_provincie_begint_2027_2028_met_haar_aanbod_van_2026(veenmarken):
    assert te_beginnen_cyclus("veenmarken") == "2027-2028"
    assert te_beginnen_cyclus("drenthe") is None  # begun when the data was set up
    pc = begin_volgende_cyclus("veenmarken", provinciegebruiker("veenmarken"))
    assert (pc.cyclus.naam, pc.gepubliceerd) == ("2027-2028", False)
    oud, nieuw = _aanbod("2025-2026"), _aanbod("2027-2028")
    soorten = (Categorie.ASIEL_REGULIER.value, Categorie.AMV.value)
    codes = [m.cbs_code for m in gegevens().gemeenten]
    assert set(nieuw) == {(m, c, j) for m in codes for c in soorten for j in (2027, 2028)}
    assert all(nieuw[(code, cat, j)] == oud[(code, cat, 2026)] for code, cat, j in nieuw)
    # The ministry's numbers are not invented: every target of the new cycle is unknown.
    opgaven = Opgave.objects.filter(gemeente__provincie__code="veenmarken", cyclus=pc.cyclus)
    assert opgaven.exists() and not opgaven.filter(opgave__isnull=False).exists()
    assert (pc.spuk3_pot, pc.provincie_bedrag) == (None, None)
    assert te_beginnen_cyclus("veenmarken") is None
    with pytest.raises(Invoerfout, match="Cyclus 2027-2028 is voor deze provincie al begonnen"):
        begin_volgende_cyclus("veenmarken", provinciegebruiker("veenmarken"))


def test_een_provincie_zonder_vorige_cyclus_krijgt_een_melding(drenthe):
    code = ProvincieFactory().code
    assert te_beginnen_cyclus(code) is None
    with pytest.raises(Invoerfout, match="heeft geen cyclus 2025-2026 om de volgende uit te maken"):
        begin_volgende_cyclus(code, None)
    assert not ProvincieCyclus.objects.filter(provincie__code=code).exists()


def test_alleen_de_provincie_zelf_begint_haar_volgende_cyclus(veenmarken):
    for gebruiker in (provinciegebruiker("drenthe"), gemeentegebruiker("GM9901")):
        with pytest.raises(GeenToegang):
            begin_volgende_cyclus("veenmarken", gebruiker)
    assert not ProvincieCyclus.objects.filter(
        provincie__code="veenmarken", cyclus__naam="2027-2028"
    ).exists()


def test_op_de_cycluspagina_en_de_opdrachtregel(veenmarken, client, capsys):
    client.force_login(provinciegebruiker("veenmarken"))
    html = client.get("/cyclus/?provincie=veenmarken&cyclus=2025-2026").content.decode()
    assert "Cyclus 2027-2028 beginnen</button>" in html
    client.force_login(provinciegebruiker("drenthe"))
    assert "beginnen</button>" not in client.get("/cyclus/").content.decode()
    assert main(["volgende-cyclus", "--provincie", "veenmarken"]) == 0
    assert "Cyclus 2027-2028 van veenmarken is begonnen" in capsys.readouterr().out
    assert main(["volgende-cyclus", "--provincie", "veenmarken"]) == 1
    assert "al begonnen" in capsys.readouterr().err


def test_beginnen_via_de_pagina_brengt_de_provincie_naar_de_nieuwe_cyclus(veenmarken, client):
    client.force_login(provinciegebruiker("veenmarken"))
    r = client.post("/cyclus/volgende/", {"provincie": "veenmarken"}, follow=True)
    html = r.content.decode()
    assert r.redirect_chain[-1][0] == "/cyclus/?provincie=veenmarken&cyclus=2027-2028"
    assert "Cyclus 2027-2028 is begonnen; het aanbod van 2026 is meegenomen." in html
    assert "Routekaart Veenmarken, cyclus 2027-2028" in html


@pytest.mark.django_db(transaction=True)
def test_twee_gelijktijdige_starts_geven_een_cyclus_en_een_melding(drenthe, capsys, monkeypatch):
    """Two clicks at once: one begins the cycle, the other waits and is told it has begun
    (not a database error on the unique constraint)."""
    from regietafel.cycli import volgende_cyclus

    assert main(["laad", str(VEENMARKEN)]) == 0
    gebruiker = provinciegebruiker("veenmarken")
    traag = volgende_cyclus._draag_over

    def draag_traag_over(*args):
        time.sleep(0.3)  # the first start is still busy when the second one checks
        traag(*args)

    monkeypatch.setattr(volgende_cyclus, "_draag_over", draag_traag_over)
    uitkomsten = []

    def begin():
        try:
            uitkomsten.append(begin_volgende_cyclus("veenmarken", gebruiker).cyclus.naam)
        except Invoerfout as fout:
            uitkomsten.append(fout.code)

    tegelijk(begin, 2)
    assert sorted(uitkomsten) == ["2027-2028", "cyclus_bestaat"]
    assert ProvincieCyclus.objects.filter(provincie__code="veenmarken").count() == 2
