"""One error of each kind says the same in the web app, the API and the CLI: the status or
exit code of its soort (domain.fouten) and its one Dutch message."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from regietafel.api.fouten import probleem_handler
from regietafel.cli import main
from regietafel.domain.bronnen import BronFout
from regietafel.domain.fouten import RegietafelFout, Soort
from regietafel.services.opslag import NietGevonden
from regietafel.services.wijzigingen import Conflict, GeenToegang
from regietafel.verdelingen.models import OnveranderlijkeVersie
from regietafel.web.fouten import FoutPagina

pytestmark = pytest.mark.django_db

FOUTEN = [
    BronFout("ouderDan", "x", "geen_dagen"),
    NietGevonden("Geen gegevens voor provincie 'x' in cyclus '2025-2026'."),
    GeenToegang("Alleen de provincie bewaart scenario's."),
    OnveranderlijkeVersie(3),
    Conflict("iemand anders", None, {}),
]


def test_elke_soort_is_er_een_keer():
    soorten = {f.soort for f in FOUTEN}
    assert {Soort.ONGELDIG, Soort.NIET_GEVONDEN, Soort.GEEN_TOEGANG, Soort.CONFLICT} <= soorten


@pytest.mark.parametrize("fout", FOUTEN, ids=lambda f: type(f).__name__)
def test_de_pagina_heeft_de_status_en_het_bericht_van_de_fout(fout):
    request = RequestFactory().get("/dashboard/")
    request.user = AnonymousUser()
    r = FoutPagina(lambda request: None).process_exception(request, fout)
    assert r.status_code == fout.soort.status
    assert str(fout).replace("'", "&#x27;") in r.content.decode()


def test_de_pagina_laat_een_fout_onder_de_api_aan_de_api():
    request = RequestFactory().get("/api/v1/provincies")
    assert FoutPagina(lambda request: None).process_exception(request, FOUTEN[1]) is None
    assert FoutPagina(lambda request: None).process_exception(request, ValueError()) is None


@pytest.mark.parametrize("fout", FOUTEN, ids=lambda f: type(f).__name__)
def test_de_api_geeft_de_status_en_het_bericht_van_de_fout(fout):
    r = probleem_handler(fout, {})
    assert r.status_code == fout.soort.status
    assert r.content_type == "application/problem+json"
    if fout.soort is Soort.ONGELDIG:
        assert r.data["invalidParams"] == [
            {"name": fout.veld, "code": fout.code, "reason": str(fout)}
        ]
    else:
        assert r.data["detail"] == str(fout)


@pytest.mark.parametrize("fout", FOUTEN, ids=lambda f: type(f).__name__)
def test_de_cli_zegt_het_bericht_en_stopt_met_de_code_van_de_soort(monkeypatch, capsys, fout):
    def faal(args):
        raise fout

    monkeypatch.setattr("regietafel.cli.opdrachten._lopende_cyclus", faal)
    assert main(["puzzel", "--provincie", "drenthe"]) == fout.soort.exitcode
    assert capsys.readouterr().err == f"Fout: {fout}\n"


def test_een_fout_zonder_veld_heet_in_de_api_body():
    r = probleem_handler(RegietafelFout("Dit bestand is leeg."), {})
    assert r.status_code == 400
    assert r.data["invalidParams"] == [
        {"name": "body", "code": "ongeldig", "reason": "Dit bestand is leeg."}
    ]
