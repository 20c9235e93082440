"""The request pipeline of the views (web.pagina): the typed errors become the Dutch pages,
in one place, whichever view raises them."""

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory

from regietafel.services.opslag import NietGevonden, RijNietGevonden
from regietafel.services.wijzigingen import GeenToegang
from regietafel.web.pagina import OngeldigeKeuze, pagina

SJABLOON = "regietafel/verdelingen.html"


def _verzoek(gebruiker=None):
    request = RequestFactory().get("/ergens/?provincie=drenthe")
    SessionMiddleware(lambda r: None).process_request(request)
    request.user = gebruiker or AnonymousUser()
    return request


def _view(fout):
    @pagina(SJABLOON)
    def view(request):
        raise fout

    return view


@pytest.mark.django_db
def test_niet_gevonden_is_404_in_de_eigen_pagina_met_de_melding():
    antwoord = _view(NietGevonden("Geen gegevens voor provincie 'x' in cyclus 'y'."))(_verzoek())
    assert antwoord.status_code == 404
    assert "Geen gegevens voor provincie &#x27;x&#x27; in cyclus &#x27;y&#x27;." in (
        antwoord.content.decode()
    )


@pytest.mark.django_db
def test_een_rij_die_er_niet_is_geeft_de_404_pagina_van_de_site():
    antwoord = _view(RijNietGevonden("Geen gemeente 'GM9999'."))(_verzoek())
    assert antwoord.status_code == 404
    assert "Pagina niet gevonden" in antwoord.content.decode()


@pytest.mark.django_db
def test_een_onleesbare_keuze_is_400_met_de_melding():
    antwoord = _view(OngeldigeKeuze("Kies twee versies om te vergelijken."))(_verzoek())
    assert antwoord.status_code == 400
    assert "Kies twee versies om te vergelijken." in antwoord.content.decode()


def test_geen_toegang_stuurt_het_publiek_naar_het_inloggen():
    antwoord = _view(GeenToegang())(_verzoek())
    assert antwoord.status_code == 302
    assert "/inloggen/" in antwoord["Location"]


@pytest.mark.django_db
def test_geen_toegang_is_403_voor_wie_is_ingelogd():
    with pytest.raises(PermissionDenied):  # Django answers it with the Dutch 403 page
        _view(GeenToegang())(_verzoek(User.objects.create_user("iemand")))
